"""A php-fpm pool of one worker (scripts/php-fpm.sh), so that the probe
request after a fuzz script reaches the worker that ran it; requests through
scripts/fcgi-get.sh. The pool keeps its worker across scripts (that is where
state left by one request breaks a later one) until a script breaks it."""

import os
import re

from . import cli, processes
from .verdict import PROBE_OK

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SCRIPTS = os.path.join(ROOT, "scripts")
PROBE = os.path.join(ROOT, "tools", "fuzz", "probe.inc")


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
                    "FPM_INI": " ".join(cli.BASE_INI + ["display_errors=1"] + ini)}
        self.worker_pid = 0
        self.scripts_served = 0  # fuzz scripts the current worker ran

    def start(self) -> None:
        started = processes.run([os.path.join(SCRIPTS, "php-fpm.sh"), "start"], 60, self.env)
        if started.status != 0:
            raise RuntimeError(f"php-fpm.sh start failed:\n{started.output}")
        probe = self.request(self.probe_script)
        pid = PROBE_OK.search(probe.output)
        if not pid:
            raise RuntimeError(f"the probe fails on a fresh php-fpm worker:\n{probe.output}")
        self.worker_pid = int(pid.group(1))
        self.scripts_served = 0

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

    def log_size(self) -> int:
        try:
            return os.path.getsize(self.log)
        except FileNotFoundError:
            return 0

    def log_since(self, offset: int) -> str:
        try:
            with open(self.log, errors="replace") as log:
                log.seek(offset)
                return log.read()
        except FileNotFoundError:
            return ""

    def run(self, script: str) -> tuple[processes.Run, processes.Run, str]:
        """The script, then the probe on the same worker; with what the fpm log said meanwhile."""
        offset = self.log_size()
        result = self.request(script)
        probe = self.request(self.probe_script)
        self.scripts_served += 1
        return result, probe, self.log_since(offset)

    def worker_broken(self, reasons: list[str]) -> bool:
        """Whether the reasons say the worker cannot be trusted for the next script."""
        return any(re.match(r"(php-fpm|Rust panic)", reason) for reason in reasons)
