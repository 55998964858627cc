"""Running one command with a deadline: in a process group of its own, so a
hang, a forked child or a signal sender it left behind is killed with it."""

import os
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass

# Output kept per run: enough to see what happened, bounded for runaway scripts.
MAX_OUTPUT = 256 * 1024


@dataclass
class Run:
    status: int  # exit status; negative: killed by that signal
    output: str  # stdout and stderr, interleaved
    timed_out: bool
    seconds: float


def run(command: list[str], timeout: float, env: dict | None = None) -> Run:
    start = time.monotonic()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                   env=env, start_new_session=True)
        timed_out = False
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        status = process.wait()
        out.seek(0)
        output = out.read(MAX_OUTPUT).decode("utf-8", errors="replace")
    return Run(status, output, timed_out, time.monotonic() - start)
