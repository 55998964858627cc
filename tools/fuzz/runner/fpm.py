"""A php-fpm pool of one worker (scripts/php-fpm.sh) that serves exactly two
requests per worker (pm.max_requests=2): a fuzz script, then the probe
request, which so reaches the worker that ran the script; then the worker
exits (its module shutdown runs) and the master starts a fresh one for the
next script. Whatever the fpm log says meanwhile (a worker that died, or a
recycled one that did not exit cleanly) belongs to that one script."""

import os
import re
import time
from dataclasses import dataclass

from . import cli, processes
from .verdict import PROBE_OK

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SCRIPTS = os.path.join(ROOT, "scripts")
PROBE = os.path.join(ROOT, "tools", "fuzz", "probe.inc")
# How long a recycled worker may take to exit (its module shutdown closes its ZooKeeper session).
EXIT_SECONDS = 5


@dataclass
class Pair:
    script: processes.Run
    probe: processes.Run
    log: str  # the fpm log from before the script until the worker's exit (or EXIT_SECONDS)
    exited: bool  # the log shows the worker's exit


class Pool:
    def __init__(self, directory: str, extension: str, ini: list[str], env: dict, hang_seconds: float):
        self.directory = directory
        self.hang_seconds = hang_seconds
        self.log = os.path.join(directory, "fpm", "fpm.log")
        # php-fpm only runs *.php: a one-line script that requires the probe.
        os.makedirs(directory, exist_ok=True)
        self.probe_script = os.path.join(directory, "probe.php")
        with open(self.probe_script, "w") as probe:
            probe.write(f"<?php require {PROBE!r};\n")
        self.env = {**env, "ZK_TEST_DIR": directory, "FPM_EXTENSION": extension, "FPM_WORKERS": "1",
                    "FPM_MAX_REQUESTS": "2", "FPM_INI": " ".join(cli.BASE_INI + ["display_errors=1"] + ini)}

    def start(self) -> None:
        """Starts the pool; its first worker serves php-fpm.sh's ping and one probe, then exits."""
        started = processes.run([os.path.join(SCRIPTS, "php-fpm.sh"), "start"], 60, self.env)
        if started.status != 0:
            raise RuntimeError(f"php-fpm.sh start failed:\n{started.output}")
        probe = self.request(self.probe_script)
        if not PROBE_OK.search(probe.output):
            raise RuntimeError(f"the probe fails on a fresh php-fpm worker:\n{probe.output}")

    def stop(self) -> None:
        processes.run([os.path.join(SCRIPTS, "php-fpm.sh"), "stop"], 60, self.env)

    def restart(self) -> None:
        self.stop()
        self.start()

    def request(self, script: str) -> processes.Run:
        """One GET of the script: status 0 with the body, 124 no answer in time, 1 no response."""
        env = {**self.env, "FPM_SOCKET": os.path.join(self.directory, "fpm", "fpm.sock"),
               "FCGI_TIMEOUT": str(int(self.hang_seconds))}
        return processes.run([os.path.join(SCRIPTS, "fcgi-get.sh"), script], self.hang_seconds + 10, env)

    def run(self, script: str) -> Pair:
        offset = self._log_size()
        result = self.request(script)
        probe = self.request(self.probe_script)
        pid = PROBE_OK.search(probe.output)
        deadline = time.monotonic() + EXIT_SECONDS
        while True:
            log = self._log_since(offset)
            exited = bool(pid) and re.search(rf"child {pid.group(1)} exited", log) is not None
            if exited or not pid or time.monotonic() > deadline:
                return Pair(result, probe, log, exited)
            time.sleep(0.02)

    def _log_size(self) -> int:
        try:
            return os.path.getsize(self.log)
        except FileNotFoundError:
            return 0

    def _log_since(self, offset: int) -> str:
        try:
            with open(self.log, errors="replace") as log:
                log.seek(offset)
                return log.read()
        except FileNotFoundError:
            return ""
