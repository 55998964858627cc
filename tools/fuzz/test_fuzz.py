"""Checks of the fuzzer itself: python3 -m unittest discover -s tools/fuzz
(scripts/fuzz.sh runs them before fuzzing). No ZooKeeper needed."""

import os
import subprocess
import tempfile
import unittest

from generator import script as scripts
from runner import processes, verdict
from runner.fpm import Pair


def run(status: int, output: str, timed_out: bool = False) -> processes.Run:
    return processes.Run(status, output, timed_out, 0.1)


PROBED = "begin seed 1 pid 10\nPROBE BEGIN\nPROBE OK pid=10\n"


class Generator(unittest.TestCase):
    def test_a_seed_always_gives_the_same_script(self):
        self.assertEqual(scripts.generate(7), scripts.generate(7))
        self.assertNotEqual(scripts.generate(7), scripts.generate(8))

    def test_scripts_are_valid_php(self):
        with tempfile.TemporaryDirectory() as directory:
            for seed in range(1, 41):
                path = os.path.join(directory, f"seed-{seed}.php")
                with open(path, "w") as php:
                    php.write(scripts.generate(seed))
                lint = subprocess.run(["php", "-n", "-l", path], capture_output=True, text=True)
                self.assertEqual(lint.returncode, 0, f"seed {seed}: {lint.stdout}{lint.stderr}")

    def test_ini_settings_come_from_the_header(self):
        settings = scripts.ini_settings(scripts.generate(3))
        self.assertIn("zookeeper.session_lock_timeout=2000", settings)


class Verdicts(unittest.TestCase):
    def test_expected_ends_are_not_failures(self):
        for status, output in [(0, ""), (3, ""), (255, "Fatal error: Uncaught FuzzThrown")]:
            self.assertEqual(verdict.process_failures(run(status, output + PROBED), 20), [])

    def test_signal_hang_and_odd_status_fail(self):
        self.assertEqual(verdict.process_failures(run(-11, PROBED), 20)[0], "killed by SIGSEGV")
        self.assertTrue(verdict.process_failures(run(-9, "", timed_out=True), 20)[0].startswith("hang"))
        self.assertEqual(verdict.process_failures(run(139, PROBED), 20)[0], "exit status 139")

    def test_panics_broken_probes_and_uncalled_callbacks_fail(self):
        outputs = [
            "Fatal error: Uncaught Exception: Rust panic: RefCell already borrowed\n" + PROBED,
            "PROBE BEGIN\nFUZZ-FAIL: probe: ZookeeperException: x\n",
            "PROBE BEGIN\nFatal error: something\n",
            "Warning: get(): could not invoke watcher callback\n" + PROBED,
            "begin seed 1 pid 10\n",
        ]
        for output in outputs:
            self.assertNotEqual(verdict.process_failures(run(255, output), 20), [], output)

    def test_the_most_severe_reason_comes_first(self):
        reasons = ["a callback accepted at registration was not called: x", "probe: y", "killed by SIGSEGV"]
        self.assertEqual(verdict.most_severe_first(reasons)[0], "killed by SIGSEGV")

    def test_php_fpm_worker_death_and_replacement_fail(self):
        ok = Pair(run(0, PROBED), run(0, "PROBE BEGIN\nPROBE OK pid=10\n"),
                  "child 10 exited with code 0 after 0.2 seconds", True)
        self.assertEqual(verdict.fpm_failures(ok), [])
        died = Pair(run(1, ""), run(0, "PROBE BEGIN\nPROBE OK pid=11\n"),
                    "WARNING: [pool zkphp] child 10 exited on signal 11 (SIGSEGV) after 0.1 seconds", False)
        self.assertIn("php-fpm: worker exited on signal 11 (SIGSEGV)", verdict.fpm_failures(died))
        replaced = Pair(run(0, PROBED), run(0, "PROBE BEGIN\nPROBE OK pid=11\n"), "", True)
        self.assertTrue(verdict.fpm_failures(replaced)[0].startswith("php-fpm: worker replaced"))
        stayed = Pair(run(0, PROBED), run(0, "PROBE BEGIN\nPROBE OK pid=10\n"), "", False)
        self.assertTrue(verdict.fpm_failures(stayed)[0].startswith("php-fpm: the worker did not exit"))


class CliRuns(unittest.TestCase):
    def test_a_php_process_killed_by_a_signal_is_seen(self):
        with tempfile.NamedTemporaryFile("w", suffix=".php") as php:
            php.write("<?php exec('kill -SEGV ' . getmypid());\n")
            php.flush()
            result = processes.run(["php", "-n", php.name], 60)
        self.assertEqual(verdict.process_failures(result, 60)[0], "killed by SIGSEGV")

    def test_a_hang_is_stopped_and_seen(self):
        with tempfile.NamedTemporaryFile("w", suffix=".php") as php:
            php.write("<?php sleep(60);\n")
            php.flush()
            result = processes.run(["php", "-n", php.name], 1)
        self.assertTrue(result.timed_out)
        self.assertTrue(verdict.process_failures(result, 1)[0].startswith("hang"))


if __name__ == "__main__":
    unittest.main()
