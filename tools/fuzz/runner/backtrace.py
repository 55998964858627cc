"""Where a crash happened: a CLI run that died on a signal is run again under
gdb, for the backtrace of the thread that got the signal and its innermost
frames in the extension (everything linked into zookeeper.so counts, as for
valgrind). A crash that does not come again under gdb gives no backtrace."""

import re

from . import cli, processes

# Signals scripts use on purpose: SIGUSR1 (signal streams), SIGPROF
# (max_execution_time), SIGCHLD (fork); gdb must pass them on silently.
PASSED = "SIGUSR1 SIGPROF SIGCHLD SIGPIPE"
# Extension frames shown in the reason: the innermost two tell most crashes apart.
SHOWN = 2


def function(frame: str) -> str:
    """"#1  0x00.. in a::b::h0123456789abcdef () from x.so" -> "a::b"."""
    name = re.sub(r"^#\d+\s+(0x[0-9a-f]+ in )?", "", frame)
    name = name.split(" (", 1)[0]
    return re.sub(r"::h[0-9a-f]{16}$", "", name)


def run(extension: str, ini: list[str], script: str, timeout: float, env: dict) -> tuple[str, str | None]:
    """The backtrace (empty if no crash under gdb) and its innermost frames in the extension."""
    command = ["gdb", "-q", "-nx", "-batch", "-ex", "set pagination off",
               "-ex", f"handle {PASSED} nostop noprint pass", "-ex", "run", "-ex", "bt 40",
               "--args", *cli.command(extension, ini, script)]
    output = processes.run(command, timeout, env).output
    if "received signal" not in output:
        return "", None
    trace = output[output.index("received signal"):]
    ours = [function(line) for line in trace.splitlines()
            if line.startswith("#") and ("zookeeper.so" in line or "zookeeper::" in line)]
    return trace, (" < ".join(ours[:SHOWN])[:200] if ours else None)
