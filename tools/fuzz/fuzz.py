#!/usr/bin/env python3
"""The fuzzer of hostile PHP scripts (issue 9). See README.md, Development.

  fuzz.py generate SEED   print the script of SEED
  fuzz.py run [options]   generate and run seeds: each under the CLI and
                          under php-fpm (then a probe request on the same
                          worker), a sample under valgrind; failing scripts
                          go to the failures folder; a summary at the end.
                          Needs a ZooKeeper at FUZZ_ZK_HOST (scripts/fuzz.sh
                          starts one). Exit status 1 if any run failed.
"""

import argparse
import os
import subprocess
import sys
import time
from collections import defaultdict
from itertools import count

from generator import script as scripts
from runner import backtrace, cli, fpm, valgrind, verdict
from runner.failures import Failures

HERE = os.path.dirname(os.path.abspath(__file__))
# Reset the node trees this often: scripts leave nodes behind.
RESET_EVERY = 200
PROGRESS_EVERY = 25


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate")
    generate.add_argument("seed", type=int)
    run = commands.add_parser("run")
    run.add_argument("--seeds", help="comma-separated seeds (instead of --first-seed and counting up)")
    run.add_argument("--first-seed", type=int, default=1)
    run.add_argument("--count", type=int, default=0, help="seeds to run; 0: no limit")
    run.add_argument("--seconds", type=float, default=0, help="stop starting seeds after this long; 0: no limit")
    run.add_argument("--targets", default="cli,fpm")
    run.add_argument("--valgrind-every", type=int, default=10, help="every Nth seed also under valgrind; 0: never")
    run.add_argument("--hang-seconds", type=float, default=20)
    run.add_argument("--extension", required=True)
    run.add_argument("--work", required=True, help="scripts, php-fpm pools, valgrind logs")
    run.add_argument("--failures", required=True)
    args = parser.parse_args()
    if args.command == "generate":
        sys.stdout.write(scripts.generate(args.seed))
        return 0
    return Fuzzer(args).run()


class Fuzzer:
    def __init__(self, args):
        self.args = args
        self.targets = args.targets.split(",")
        self.env = dict(os.environ)
        self.failures = Failures(args.failures)
        self.pools: dict[tuple, fpm.Pool] = {}
        self.failing: dict[str, list[str]] = defaultdict(list)  # reason group -> "seed (target)"
        self.outcomes: dict[str, int] = defaultdict(int)
        self.runs: dict[str, int] = defaultdict(int)
        self.clean = 0
        self.seeds_run = 0

    def seeds(self):
        if self.args.seeds:
            return [int(seed) for seed in self.args.seeds.split(",")]
        return count(self.args.first_seed)

    def run(self) -> int:
        started = time.monotonic()
        self.reset_tree()
        try:
            for seed in self.seeds():
                if self.args.count and self.seeds_run >= self.args.count:
                    break
                if self.args.seconds and time.monotonic() - started >= self.args.seconds:
                    break
                if self.seeds_run and self.seeds_run % RESET_EVERY == 0:
                    self.reset_tree()
                self.run_seed(seed)
                self.seeds_run += 1
                if self.seeds_run % PROGRESS_EVERY == 0:
                    print(f"fuzz: {self.seeds_run} scripts, {self.seeds_run - self.clean} failing, "
                          f"{time.monotonic() - started:.0f} s", flush=True)
        except KeyboardInterrupt:
            print(f"\nfuzz: stopped during seed {seed}: its runs so far are counted, the seed is not", flush=True)
        finally:
            for pool in self.pools.values():
                pool.stop()
        self.summary(time.monotonic() - started)
        return 1 if self.failing else 0

    def reset_tree(self) -> None:
        subprocess.run(cli.command(self.args.extension, [], os.path.join(HERE, "tree.php")), check=True, env=self.env)

    def run_seed(self, seed: int) -> None:
        text = scripts.generate(seed)
        ini = scripts.ini_settings(text)
        path = os.path.join(self.args.work, "scripts", f"seed-{seed}.php")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as php:
            php.write(text)
        failed = False
        if "cli" in self.targets:
            failed |= self.run_cli(seed, text, ini, path)
        if "fpm" in self.targets:
            failed |= self.run_fpm(seed, text, ini, path)
        if self.args.valgrind_every and seed % self.args.valgrind_every == 0:
            failed |= self.run_valgrind(seed, text, ini, path)
        self.clean += not failed
        os.remove(path)  # a failing script was copied to the failures folder

    def run_cli(self, seed: int, text: str, ini: list[str], path: str) -> bool:
        run = cli.run(self.args.extension, ini, path, self.args.hang_seconds, self.env)
        reasons = verdict.process_failures(run, self.args.hang_seconds)
        details = run.output
        if run.status < 0 and not run.timed_out:
            trace, frame = backtrace.run(self.args.extension, ini, path, self.args.hang_seconds * 3, self.env)
            if frame:
                reasons[0] += f" in {frame}"
            details += f"\n--- gdb\n{trace or 'no crash when run again under gdb'}"
        return self.judge(seed, "cli", text, reasons, details, verdict.outcome(run))

    def run_fpm(self, seed: int, text: str, ini: list[str], path: str) -> bool:
        pool = self.pool(ini)
        pair = pool.run(path)
        reasons = verdict.fpm_failures(pair)
        if reasons:
            # The worker may have died, hung or be out of step with the
            # two-requests rhythm: the next script gets a fresh pool.
            pool.restart()
        details = (f"--- response\n{pair.script.output}\n--- probe request\n{pair.probe.output}\n"
                   f"--- php-fpm log\n{pair.log}")
        return self.judge(seed, "fpm", text, reasons, details, verdict.outcome(pair.script))

    def run_valgrind(self, seed: int, text: str, ini: list[str], path: str) -> bool:
        logs = os.path.join(self.args.work, "valgrind")
        # Everything is 10 to 50 times slower under valgrind.
        env = {**self.env, "FUZZ_PROBE_WAIT": "10"}
        run, errors = valgrind.run(self.args.extension, ini, path, self.args.hang_seconds * 10, env, logs)
        reasons = errors + verdict.process_failures(run, self.args.hang_seconds * 10)
        return self.judge(seed, "valgrind", text, reasons, run.output, verdict.outcome(run))

    def pool(self, ini: list[str]) -> fpm.Pool:
        key = tuple(ini)
        if key not in self.pools:
            directory = os.path.join(self.args.work, f"pool-{len(self.pools)}")
            self.pools[key] = fpm.Pool(directory, self.args.extension, ini, self.env, self.args.hang_seconds)
            self.pools[key].start()
        return self.pools[key]

    def judge(self, seed: int, target: str, text: str, reasons: list[str], details: str, outcome: str) -> bool:
        self.runs[target] += 1
        if not reasons:
            self.outcomes[f"{target}: {outcome}"] += 1
            return False
        reasons = verdict.most_severe_first(reasons)
        site = verdict.site(details)
        report = self.failures.record(seed, target, text, reasons, site, details)
        print(f"FAIL seed {seed} ({target}): {'; '.join(reasons)}\n  hostile code last at {site}; {report}", flush=True)
        self.failing[verdict.group(reasons[0])].append(f"{seed} ({target})")
        return True

    def summary(self, seconds: float) -> None:
        runs = ", ".join(f"{n} {target}" for target, n in sorted(self.runs.items()))
        print(f"\nfuzz: {self.seeds_run} scripts ({runs}) in {seconds:.0f} s: "
              f"{self.clean} clean, {self.seeds_run - self.clean} failing")
        print("expected outcomes of clean runs: "
              + ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items())))
        if self.failing:
            print(f"failing seeds by their most severe reason (scripts and reports in {self.args.failures}):")
            for reason, seeds in sorted(self.failing.items(), key=lambda item: -len(item[1])):
                print(f"  {reason}\n    {', '.join(seeds)}")


if __name__ == "__main__":
    sys.exit(main())
