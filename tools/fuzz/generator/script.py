"""One fuzz script from a seed: the same seed gives the same script.

Layout: a header naming the seed and the ini settings the runner must pass
(`// fuzz-ini: k=v` lines), the runtime, the declarations the actions
needed, fuzz_begin() (node tree, probe at shutdown), the main actions each in
a try (half of them catch only ZookeeperException, so an exception thrown by
hostile code often ends the script), and usually a last round of changes
that fires the watchers still armed.
"""

from pathlib import Path

from . import actions
from .context import Context
from .php import guarded

RUNTIME = Path(__file__).resolve().parent.parent / "runtime.inc"

# Settings PHP only takes from php.ini / the command line (PHP_INI_SYSTEM):
# the two ways the zookeeper save handler protects session nodes.
PROFILES = [
    (1, ["zookeeper.session_acl=world"]),
    (1, ["zookeeper.session_auth=digest:fuzz:fuzzpw"]),
]
# A held session lock makes session_start() wait; bounded, so no script hangs on one.
COMMON_INI = ["zookeeper.session_lock_timeout=2000"]


def generate(seed: int) -> str:
    ctx = Context(seed)
    ini = ctx.pick(PROFILES) + COMMON_INI
    main = []
    for number, (name, statement) in enumerate(actions.main(ctx), 1):
        catch = "Throwable" if ctx.chance(0.5) else "ZookeeperException"
        main.append(f"// {number}. {name}\n{guarded(statement, catch)}")
    if ctx.chance(0.7):
        main.append("// last: changes that fire the watchers still armed\nfuzz_poke_all();\nfuzz_settle(100);")
    parts = [
        "<?php",
        f"// zookeeper.so fuzz script, seed {seed} (tools/fuzz/fuzz.py generate {seed})\n"
        + "\n".join(f"// fuzz-ini: {setting}" for setting in ini)
        + f"\nrequire '{RUNTIME}';",
        *ctx.declarations,
        f"fuzz_begin({seed});",
        *main,
        "fuzz_say('end of script');",
    ]
    return "\n\n".join(parts) + "\n"


def ini_settings(script: str) -> list[str]:
    """The `// fuzz-ini:` settings of a generated script."""
    prefix = "// fuzz-ini: "
    return [line[len(prefix):] for line in script.splitlines() if line.startswith(prefix)]
