"""What counts as a failure, and what is an expected end of a hostile script.

Expected: the script ends by exit (status 3 from hostile code), a PHP fatal
error or an uncaught exception it caused itself (status 255), or runs to its
end (0). A failure: a signal, a status PHP never gives, a hang, a Rust panic
anywhere, a FUZZ-FAIL line (an invariant the runtime checks broke), a
callback the extension accepted but could not call, a probe that did not
succeed, a broken php-fpm worker, a valgrind error in the extension.

Each failure is one short reason line; `site()` adds where hostile code last
ran, which tells most causes apart.
"""

import re
import signal

from .processes import Run

EXPECTED_STATUS = {0: "completed", 3: "exit", 255: "fatal error or uncaught exception"}
PANIC = re.compile(r"Rust panic.*|.*panicked at.*")
# A callable the extension accepted when it was registered (so valid in that
# scope) but could not call later: PHP's error, or the extension's warning.
NOT_CALLED = re.compile(r"Invalid callback .*cannot access (private|protected) method.*"
                        r"|could not invoke (watcher|completion) callback")
PROBE_OK = re.compile(r"^PROBE OK pid=(\d+)$", re.M)
# A recycled worker exits with code 0; anything else is a death.
WORKER_DIED = re.compile(r"child \d+ (exited on signal \d+ \(\w+\)|exited with code [1-9]\d*)")


def signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def site(output: str) -> str:
    """Where hostile code ran last ("at <site>" lines of fuzz_hostile())."""
    sites = re.findall(r"^at (.+)$", output, re.M)
    return sites[-1] if sites else "-"


def outcome(run: Run) -> str:
    """The expected outcome a run had (meaningful when it did not fail)."""
    if "Uncaught" in run.output:
        return "uncaught exception"
    if "Fatal error" in run.output:
        return "fatal error"
    return EXPECTED_STATUS.get(run.status, f"status {run.status}")


def output_failures(output: str) -> list[str]:
    """Failures visible in what a script printed (CLI output or php-fpm response)."""
    reasons = []
    panic = PANIC.search(output)
    if panic:
        reasons.append(f"Rust panic: {panic.group(0).strip()[:160]}")
    reasons += [line[len("FUZZ-FAIL: "):][:200] for line in output.splitlines() if line.startswith("FUZZ-FAIL: ")]
    not_called = NOT_CALLED.search(output)
    if not_called:
        reasons.append(f"a callback accepted at registration was not called: {not_called.group(0)[:160]}")
    if "PROBE BEGIN" in output and not PROBE_OK.search(output) and not any(r.startswith("probe") for r in reasons):
        after = output[output.index("PROBE BEGIN"):]
        fatal = re.search(r"^.*Fatal error: .*$", after, re.M)
        reasons.append("probe did not finish: " + (fatal.group(0)[:160] if fatal else _last_line(after)))
    return reasons


def process_failures(run: Run, hang_seconds: float) -> list[str]:
    """Failures of a script run as a process of its own (CLI, valgrind)."""
    reasons = []
    if run.timed_out:
        reasons.append(f"hang: still running after {hang_seconds:g} s")
    elif run.status < 0:
        reasons.append(f"killed by {signal_name(-run.status)}")
    elif run.status not in EXPECTED_STATUS:
        reasons.append(f"exit status {run.status}")
    reasons += output_failures(run.output)
    if not run.timed_out and run.status >= 0 and "PROBE BEGIN" not in run.output:
        reasons.append("the probe never ran: " + _last_line(run.output))
    return reasons


def fpm_failures(pair) -> list[str]:
    """Failures of a script run as a php-fpm request, followed by the probe
    request on the same worker and that worker's exit (fpm.Pool)."""
    script, probe = pair.script, pair.probe
    reasons = []
    if script.status == 124:
        reasons.append("php-fpm: no answer (hang)")
    elif script.status != 0:
        reasons.append("php-fpm: no response (the worker died during the request)")
    else:
        # The probe's lines may be missing from a response without a failure:
        # PHP discards buffered output when a request ends above its memory
        # limit (hostile code lowered it after the probe). The probe request
        # that follows checks the worker.
        reasons += output_failures(script.output)
    reasons += [f"php-fpm: worker {died}" for died in WORKER_DIED.findall(pair.log)]
    panic = PANIC.search(pair.log)
    if panic:
        reasons.append(f"Rust panic in the php-fpm log: {panic.group(0).strip()[:160]}")
    pid = PROBE_OK.search(probe.output)
    script_pid = re.search(r"^begin seed \d+ pid (\d+)$", script.output, re.M)
    if probe.status != 0:
        reasons.append("php-fpm: the probe request got no response")
    elif not pid or probe.output != f"PROBE BEGIN\nPROBE OK pid={pid.group(1)}\n":
        reasons.append("php-fpm: the next request failed: " + _first_lines(probe.output))
    elif script.status == 0 and script_pid and script_pid.group(1) != pid.group(1):
        reasons.append(f"php-fpm: worker replaced between the request and the next (pid {script_pid.group(1)} -> {pid.group(1)})")
    elif script.status == 0 and not pair.exited:
        reasons.append("php-fpm: the worker did not exit after its last request (pm.max_requests)")
    return reasons


# Kinds of reasons, most severe first: a run is listed under its most severe one.
SEVERITY = [re.compile(pattern) for pattern in (
    r"killed by|died|exited|Rust panic|valgrind:",
    r"hang|no answer|no response|did not exit|replaced",
    r"probe|next request|forked child",
)]


def most_severe_first(reasons: list[str]) -> list[str]:
    def rank(reason: str) -> int:
        return next((i for i, kind in enumerate(SEVERITY) if kind.search(reason)), len(SEVERITY))
    return sorted(reasons, key=rank)


def group(reason: str) -> str:
    """A reason without the numbers, paths and quoted values that differ between runs of one cause."""
    reason = re.sub(r"/fuzz[^\s\"',)]*", "PATH", reason)
    reason = re.sub(r"\"[^\"]*\"", '"…"', reason)
    return re.sub(r"\d+", "N", reason)


def _last_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    return lines[-1][:160] if lines else "(no output)"


def _first_lines(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip() and line != "PROBE BEGIN"]
    return " / ".join(lines[:2])[:200] if lines else "(empty)"
