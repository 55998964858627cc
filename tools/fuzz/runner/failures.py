"""The failures folder: each failing run's script, named after its seed and
target, with a report whose first line is the reason; and index.tsv, one
line per failing run (seed, target, reason, last hostile site)."""

import os


class Failures:
    def __init__(self, folder: str):
        self.folder = folder
        os.makedirs(folder, exist_ok=True)

    def record(self, seed: int, target: str, script: str, reasons: list[str], site: str, details: str) -> str:
        """Writes seed-<seed>-<target>.php and .txt; returns the report's path."""
        base = os.path.join(self.folder, f"seed-{seed}-{target}")
        with open(base + ".php", "w") as php:
            php.write(script)
        with open(base + ".txt", "w") as report:
            report.write("; ".join(reasons) + "\n")
            report.write(f"seed {seed}, target {target}, hostile code ran last at: {site}\n\n{details}\n")
        with open(os.path.join(self.folder, "index.tsv"), "a") as index:
            index.write(f"{seed}\t{target}\t{'; '.join(reasons)}\t{site}\n")
        return base + ".txt"
