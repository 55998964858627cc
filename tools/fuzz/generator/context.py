"""What the generation of one script shares: the seeded random source, fresh
names, the declarations (functions, classes) collected on the way, and how
deeply the code being generated is nested in callbacks."""

import random
from contextlib import contextmanager


class Context:
    # Nesting of bodies (a callback registering a callback ...): at this depth
    # a body no longer registers callables, forks or re-enters with callables.
    MAX_DEPTH = 2

    def __init__(self, seed: int):
        self.seed = seed
        self.rng = random.Random(seed)
        self.declarations: list[str] = []
        self.depth = 0
        # Inside a pcntl signal handler: PHP blocks every signal while one
        # runs, max_execution_time's SIGPROF too, so a busy loop there hangs
        # with or without the extension.
        self.in_signal_handler = False
        self.connected: set[int] = set()
        self._names = 0

    def fresh(self, prefix: str) -> str:
        """A name not used before in this script: prefix + counter."""
        self._names += 1
        return f"{prefix}{self._names}"

    def declare(self, php: str) -> None:
        self.declarations.append(php)

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def pick(self, productions):
        """One value of a list of (weight, value) pairs."""
        weights = [weight for weight, _ in productions]
        values = [value for _, value in productions]
        return self.rng.choices(values, weights=weights)[0]

    def slot(self) -> int:
        """One of the global variables $zk0..$zk2 that hold Zookeeper objects,
        mostly one an earlier action connected."""
        if self.connected and self.chance(0.8):
            return self.rng.choice(sorted(self.connected))
        return self.rng.randrange(3)

    def node(self) -> int:
        """One of the script's nodes: n0..n2 exist at the start, n3 does not."""
        return self.rng.randrange(4)

    @property
    def deep(self) -> bool:
        return self.depth >= self.MAX_DEPTH

    @contextmanager
    def signal_handler(self):
        was, self.in_signal_handler = self.in_signal_handler, True
        try:
            yield
        finally:
            self.in_signal_handler = was

    @contextmanager
    def nested(self):
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
