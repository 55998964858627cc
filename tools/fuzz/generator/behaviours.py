"""Hostile behaviour: what runs inside callbacks, destructors, session save
handler methods, log stream writes, shutdown functions and signal handlers.

A body is one to three steps behind the fuzz_hostile() gate (runtime.inc),
which bounds how often hostile code runs and silences it during the probe;
the site names given to it are unique in a script. A step that ends the code
path (throw, exit, a fatal error) is the last one.
"""

from . import actions
from .php import block, guarded, indent, string


def body(ctx, site: str, favour=(), repeated: bool = False) -> str:
    """favour: steps that matter most at this site, made four times as likely.
    repeated: the site runs more than once (a global watcher gets CONNECTED
    first, a log stream many lines), so it may turn hostile only later."""
    with ctx.nested():
        table = [(weight * (4 if step in favour else 1), step) for weight, step in
                 (STEPS if not ctx.deep else SHALLOW_STEPS)
                 if not (step is time_limit and ctx.in_signal_handler)]
        steps = []
        for _ in range(ctx.rng.randint(1, 3)):
            step = ctx.pick(table)
            steps.append(step(ctx))
            if step in ENDINGS:
                break
    code = "\n".join(steps)
    # From the first call, or a later one (a log stream writes a line per call).
    start = ctx.pick([(4, ""), (3, ", 2"), (2, ", 3"), (2, ", 6"), (1, ", 12")]) if repeated else ""
    return f"if (fuzz_hostile({string(site)}{start})) {{\n{indent(code)}\n}}"


def guard(ctx) -> str:
    """A class whose destructor runs a body; returns its name."""
    name = ctx.fresh("FuzzGuard")
    ctx.declare(block(f"class {name}", block("public function __destruct()",
                                             body(ctx, f"{name}::__destruct()"))))
    return name


def throw(ctx):
    return "throw new FuzzThrown('thrown by hostile code');"


def exit_(ctx):
    return "exit(3);"


def fatal_error(ctx):
    return "trigger_error('fatal error raised by hostile code', E_USER_ERROR);"


def time_limit(ctx):
    # max_execution_time counts CPU time: a busy loop reaches it.
    return "set_time_limit(1);\nwhile (true) {\n}"


def memory_limit(ctx):
    return ("ini_set('memory_limit', (string) (memory_get_usage(true) + (2 << 20)));\n"
            "$junk = str_repeat('x', 32 << 20);")


def close(ctx):
    return guarded(actions.close(ctx))


def forget(ctx):
    return actions.forget(ctx)


def session(ctx):
    return actions.session_call(ctx)


def fork(ctx):
    return actions.fork(ctx)


def reenter(ctx):
    """A call into the extension, often on the object that is dispatching."""
    return guarded(actions.any_action(ctx))


def register(ctx):
    """A new callable handed to the extension (or a new log stream)."""
    return guarded(actions.registration(ctx))


def nothing(ctx):
    return "// harmless this time"


ENDINGS = {throw, exit_, fatal_error, time_limit, memory_limit}

STEPS = [
    (12, throw),
    (5, exit_),
    (6, fatal_error),
    (2, time_limit),
    (5, memory_limit),
    (7, close),
    (6, forget),
    (9, session),
    (3, fork),
    (18, reenter),
    (14, register),
    (4, nothing),
]

# At the deepest level: nothing that registers callables or forks.
SHALLOW_STEPS = [(weight, step) for weight, step in STEPS if step not in (fork, register)]
