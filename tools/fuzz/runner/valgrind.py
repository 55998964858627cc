"""A fuzz script under the CLI in valgrind's memcheck, for a sample of seeds.

Only errors count (invalid reads and writes, uninitialised values, bad frees,
a fatal signal), not leaks: a hostile script ends in fatal errors and exits
that leak by design. An error is the extension's when its stack has a frame
in zookeeper.so or in the crate (`zookeeper::`), the rule scripts/valgrind.sh
uses; everything linked into zookeeper.so counts. USE_ZEND_ALLOC=0 makes
PHP's allocations visible to valgrind, ZEND_DONT_UNLOAD_MODULES keeps the
extension's symbols for the stacks printed at exit.
"""

import glob
import os
import re

from . import cli, processes

FRAME = re.compile(r"^\s+(at|by) 0x[0-9A-F]+: (.*)$")


def run(extension: str, ini: list[str], script: str, hang_seconds: float, env: dict,
        log_dir: str) -> tuple[processes.Run, list[str]]:
    """The run, and one line per error attributed to the extension."""
    for old in glob.glob(os.path.join(log_dir, "valgrind.*.log")):
        os.remove(old)
    os.makedirs(log_dir, exist_ok=True)
    command = ["valgrind", "-q", "--tool=memcheck", "--leak-check=no", "--num-callers=40",
               f"--log-file={log_dir}/valgrind.%p.log",
               *cli.command(extension, ini + ["pcre.jit=0"], script)]
    run = processes.run(command, hang_seconds, {**env, "USE_ZEND_ALLOC": "0", "ZEND_DONT_UNLOAD_MODULES": "1"})
    errors = []
    for log in sorted(glob.glob(os.path.join(log_dir, "valgrind.*.log"))):
        with open(log, errors="replace") as text:
            for report in _reports(text.read()):
                frame = _extension_frame(report)
                if frame:
                    errors.append(f"valgrind: {report[0][:100]} in {frame[:120]}")
    return run, errors


def _reports(log: str) -> list[list[str]]:
    """Blocks of lines between blank `==PID==` lines, per process."""
    by_pid: dict[str, list[list[str]]] = {}
    for line in log.splitlines():
        match = re.match(r"^==(\d+)== ?(.*)$", line)
        if not match:
            continue
        blocks = by_pid.setdefault(match.group(1), [[]])
        if re.match(r"Thread \d+", match.group(2)) and not blocks[-1]:
            continue  # "Thread 3 tokio-runtime-w:" before a report of another thread
        if match.group(2).strip():
            blocks[-1].append(match.group(2))
        elif blocks[-1]:
            blocks.append([])
    return [block for blocks in by_pid.values() for block in blocks if block]


def _extension_frame(report: list[str]) -> str | None:
    """The first stack frame in the extension, if any."""
    for line in report:
        frame = FRAME.match(line)
        if frame and ("zookeeper.so)" in line or "zookeeper::" in line):
            return frame.group(2)
    return None
