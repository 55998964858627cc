"""Turns the logs of one chaos soak (scripts/chaos.sh) into a report per
fault window, checks the README's failure promises against it, and exits 1
if one broke. With --results it also writes the CHAOS section of
RESULTS.md and chaos.png there (needs matplotlib). Nothing here measures:
it only reads RUN_DIR.

Usage: python chaos_report.py RUN_DIR --recv-timeout MS --slack MS --workers N
                              [--results BENCHES_DIR --note TEXT]

RUN_DIR holds: events.tsv (time, kind, fault, detail: start/inject/heal/end),
access.log (nginx: msec status request_time), page-<pid>.tsv (one line per
page, see benches/chaos_page.php), writer.tsv (benches/chaos_writer.php),
rss.tsv (time pid kB), fpm.log (php-fpm's log).
"""

import argparse
import bisect
import math
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

FAULTS = {  # fault: (what is done, the README promise about calls meanwhile)
    "baseline": ("no fault", "no failed page"),
    "follower_kill": ("SIGKILL the follower most workers use, restart it", "no failed page: calls wait for the reconnect"),
    "leader_kill": ("SIGKILL the leader, restart it", "calls wait for the new leader, or CONNECTIONLOSS after recv_timeout"),
    "member_freeze": ("SIGSTOP the member the writer writes through, SIGCONT", "cached reads answer, other calls wait, or CONNECTIONLOSS"),
    "quorum_loss": ("SIGKILL the leader and a follower, restart both", "cached reads answer for one timeout, then CONNECTIONLOSS within one timeout of the disconnection"),
    "worker_kill": ("SIGKILL a php-fpm worker", "no failed page but the killed worker's; the new worker opens one session"),
}
NO_FAILED_PAGE = {"baseline", "follower_kill", "worker_kill"}


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("run", type=Path)
    parser.add_argument("--recv-timeout", type=int, required=True, help="ms")
    parser.add_argument("--slack", type=int, required=True, help="ms allowed for scheduling on a loaded machine")
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--results", type=Path, help="write the CHAOS section of RESULTS.md and chaos.png here")
    parser.add_argument("--note", default="")
    return parser.parse_args()


def percentile(values, p):
    """Nearest-rank percentile; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def rows(path):
    for line in path.read_text().splitlines():
        if line:
            yield line.split("\t")


class Run:
    """Everything the soak logged, parsed."""

    def __init__(self, run_dir):
        self.events = [(float(t), kind, fault, detail) for t, kind, fault, detail in rows(run_dir / "events.tsv")]
        self.start = self.events[0][0]
        self.end = self.events[-1][0]
        # Fault windows: from a fault's injection to the next one's (the first
        # from the start: the calm baseline), each with its heal time.
        marks = [(t, fault) for t, kind, fault, _ in self.events if kind in ("start", "inject")]
        heals = {fault: t for t, kind, fault, _ in self.events if kind == "heal"}
        self.details = {fault: detail for _, kind, fault, detail in self.events if kind == "inject"}
        self.windows = []
        for i, (begin, fault) in enumerate(marks):
            end = marks[i + 1][0] if i + 1 < len(marks) else self.end
            self.windows.append((fault, begin, heals.get(fault, begin), end))

        self.requests = []  # (time, status, seconds)
        for line in (run_dir / "access.log").read_text().splitlines():
            msec, status, seconds = line.split()
            self.requests.append((float(msec), int(status), float(seconds)))

        self.pages = []
        for path in sorted(run_dir.glob("page-*.tsv")):
            for f in rows(path):
                self.pages.append(
                    {
                        "begin": float(f[0]),
                        "end": float(f[1]),
                        "pid": int(f[2]),
                        "session": int(f[3]),
                        "sessions_created": int(f[4]),
                        "version": None if f[5] == "-" else int(f[5]),
                        "read_at": None if f[6] == "-" else float(f[6]),
                        "config_ok": f[7],
                        "error": None if f[8] == "-" else (f[8], int(f[9]), f[10]),
                    }
                )
        self.pages.sort(key=lambda p: p["end"])

        self.writes = []  # (version, sent, acked, outcome, code, message)
        self.final = None
        for f in rows(run_dir / "writer.tsv"):
            if f[0] == "write":
                self.writes.append((int(f[1]), float(f[2]), float(f[3]), f[4], None if f[5] == "-" else int(f[5]), f[6]))
            elif f[0] == "final":
                self.final = None if f[1] == "-" else int(f[1])
        # Staleness is measured against acknowledged writes: the first write
        # newer than a served version, and when the writer was told it committed.
        acked = sorted((v, ack) for v, _, ack, outcome, *_ in self.writes if outcome == "ok")
        self.acked_versions = [v for v, _ in acked]
        self.acked_at = [ack for _, ack in acked]

        self.rss = defaultdict(list)  # pid -> [(time, kB)]
        for t, pid, kb in rows(run_dir / "rss.tsv"):
            self.rss[int(pid)].append((float(t), int(kb)))

        self.signal_exits = []  # (time to the second, pid, signal text)
        pattern = re.compile(r"^\[([^\]]+)\] WARNING: \[pool \S+\] child (\d+) exited on signal (.+?) after")
        for line in (run_dir / "fpm.log").read_text(errors="replace").splitlines():
            m = pattern.match(line)
            if m:
                when = datetime.strptime(m.group(1), "%d-%b-%Y %H:%M:%S").timestamp()
                self.signal_exits.append((when, int(m.group(2)), m.group(3)))

    def window_of(self, when):
        """The fault window that began last before `when`."""
        return max((w for w in self.windows if w[1] < when), key=lambda w: w[1], default=self.windows[0])[0]

    def staleness_ms(self, page):
        """How long the served version had been superseded by an acknowledged write when it was read."""
        if page["version"] is None:
            return None
        i = bisect.bisect_right(self.acked_versions, page["version"])
        if i == len(self.acked_versions) or self.acked_at[i] >= page["read_at"]:
            return 0.0
        return (page["read_at"] - self.acked_at[i]) * 1000


def normalize(message):
    """An exception message with its numbers (ms, ports, ids) as N, so alike messages count together."""
    return re.sub(r"\d+", "N", message)


def window_figures(run, fault, begin, heal, end):
    """The per-window figures of the report."""
    requests = [r for r in run.requests if begin <= r[0] < end]
    pages = [p for p in run.pages if begin <= p["end"] < end]
    stale = [s for s in (run.staleness_ms(p) for p in pages) if s is not None]
    errors = Counter((p["error"][0], p["error"][1], normalize(p["error"][2])) for p in pages if p["error"])
    writer_errors = Counter(
        (outcome, code, normalize(message)) for _, _, acked, outcome, code, message in run.writes if outcome != "ok" and begin <= acked < end
    )
    sessions = defaultdict(set)
    for p in pages:
        sessions[p["pid"]].add(p["session"])
    # Catch-up: from the end of the fault until every worker has served the
    # first version the writer got acknowledged after it.
    first_after = next(((v, ack) for v, _, ack, outcome, *_ in run.writes if outcome == "ok" and ack >= heal), None)
    catch_up = None
    if first_after and fault != "baseline":
        caught = {}
        for p in pages:
            if p["version"] is not None and p["version"] >= first_after[0] and p["read_at"] >= heal:
                caught.setdefault(p["pid"], p["read_at"])
        live = {p["pid"] for p in pages if p["end"] >= heal}
        catch_up = (max(caught.values()) - heal) * 1000 if live and live <= caught.keys() else float("inf")

    def rss_kib(last):
        """All workers' RSS at the window's first (or last) sample."""
        total = 0
        for samples in run.rss.values():
            inside = [kb for t, kb in samples if begin <= t < end]
            if inside:
                total += inside[-1] if last else inside[0]
        return total / 1024

    return {
        "fault": fault,
        "begin": begin,
        "heal": heal,
        "end": end,
        "requests": len(requests),
        "non_200": sum(1 for r in requests if r[1] != 200),
        "pages": len(pages),
        "failed_pages": sum(1 for p in pages if p["error"]),
        "errors": errors,
        "writer_errors": writer_errors,
        "stale_max": max(stale, default=0.0),
        "stale_p99": percentile(stale, 99),
        "page_max_ms": max(((p["end"] - p["begin"]) * 1000 for p in pages), default=0.0),
        "catch_up": catch_up,
        "sessions": sessions,
        "rss_before": rss_kib(last=False),
        "rss_after": rss_kib(last=True),
        "signal_exits": [e for e in run.signal_exits if run.window_of(e[0] + 1) == fault],
        "seconds": end - begin,
    }


class Checks:
    """The README promises, each with the figure that shows whether it held."""

    def __init__(self):
        self.results = []  # (promise, figure, held)

    def check(self, promise, figure, held):
        self.results.append((promise, figure, held))

    @property
    def all_held(self):
        return all(held for _, _, held in self.results)


def check_promises(run, windows, args):
    bound = args.recv_timeout + args.slack
    checks = Checks()
    killed_workers = {int(run.details["worker_kill"].split()[-1])} if "worker_kill" in run.details else set()

    non_200 = sum(w["non_200"] for w in windows)
    # The request the killed worker was serving gets a 502 from nginx.
    allowed_non_200 = len(killed_workers)
    unexpected_exits = [e for e in run.signal_exits if e[1] not in killed_workers]
    checks.check(
        "Nothing crashes: every request answered 200 (a ZooKeeper error is an exception the page catches) but the one the killed worker was serving; "
        "no worker exits on a signal but the one the soak killed",
        f"{sum(w['requests'] for w in windows):,} requests, {non_200} non-200; workers that exited on a signal: "
        + (", ".join(f"{pid} ({sig})" for _, pid, sig in run.signal_exits) or "none"),
        non_200 <= allowed_non_200 and not unexpected_exits,
    )

    wrong_config = sum(1 for p in run.pages if p["error"] is None and p["config_ok"] != "1")
    highest_sent = max((v for v, *_ in run.writes), default=0)
    too_new = sum(1 for p in run.pages if p["version"] is not None and p["version"] > highest_sent)
    backwards = 0
    last_seen = {}
    for p in sorted((p for p in run.pages if p["version"] is not None), key=lambda p: p["read_at"]):
        if p["version"] < last_seen.get(p["pid"], -1):
            backwards += 1
        last_seen[p["pid"]] = p["version"]
    checks.check(
        "No wrong data: config values as written, no version the writer never sent, no worker ever serves an older version than it served before",
        f"wrong config values: {wrong_config}; unknown versions: {too_new}; a worker going back to an older version: {backwards}",
        wrong_config == 0 and too_new == 0 and backwards == 0,
    )

    worst = max(windows, key=lambda w: w["stale_max"])
    checks.check(
        "Cached data is served at most one session timeout after the server was last heard from (staleness within recv_timeout)",
        f"largest staleness {worst['stale_max']:,.0f} ms ({worst['fault']}); bound {args.recv_timeout:,} ms + {args.slack:,} ms slack",
        worst["stale_max"] <= bound,
    )

    slowest = max(windows, key=lambda w: w["page_max_ms"])
    checks.check(
        "No call waits longer than recv_timeout, and a page waits at most once (a page during an outage fails in one timeout, not one per read)",
        f"slowest page {slowest['page_max_ms']:,.0f} ms ({slowest['fault']}); bound {args.recv_timeout:,} ms + {args.slack:,} ms slack",
        slowest["page_max_ms"] <= bound,
    )

    quorum = next((w for w in windows if w["fault"] == "quorum_loss"), None)
    if quorum:
        # Pages begun during the outage end within one timeout of the disconnection
        # (the injection: the member left drops its clients at once), or at once.
        late = [
            p
            for p in run.pages
            if quorum["begin"] <= p["begin"] < quorum["heal"]
            and p["end"] > max(p["begin"], quorum["begin"] + args.recv_timeout / 1000) + args.slack / 1000
        ]
        during = [p for p in run.pages if quorum["begin"] <= p["begin"] < quorum["heal"]]
        first_failure = min((p["end"] - quorum["begin"] for p in during if p["error"]), default=None)
        slowest = max((p["end"] - p["begin"] for p in during), default=0)
        checks.check(
            "Quorum loss: a page fails within one recv_timeout of the disconnection; once the outage has lasted that long, at once",
            f"first failed page {fmt_ms(first_failure and first_failure * 1000)} ms after the outage began, slowest page during it "
            f"{slowest * 1000:,.0f} ms; pages that ended later than allowed: {len(late)}",
            not late,
        )

    errors = Counter()
    for w in windows:
        errors.update(w["errors"])
    writer_errors = Counter()
    for w in windows:
        writer_errors.update(w["writer_errors"])
    wrong_class = {e: n for e, n in (errors + writer_errors).items() if (e[0], e[1]) != ("ZookeeperConnectionException", -4)}
    checks.check(
        "A hung member (and any outage) gives waits or ZookeeperConnectionException (CONNECTIONLOSS), never SYSTEMERROR or another error",
        f"{sum(errors.values()):,} failed pages and {sum(writer_errors.values())} failed writes, "
        + (f"{sum(wrong_class.values())} with another exception: {sorted(wrong_class)}" if wrong_class else "all ZookeeperConnectionException (-4)"),
        not wrong_class,
    )

    failing = {w["fault"]: w["failed_pages"] for w in windows if w["fault"] in NO_FAILED_PAGE and w["failed_pages"]}
    checks.check(
        "A follower killed (or a worker killed) costs no failed page: calls wait for the reconnect",
        "failed pages: " + ", ".join(f"{w['fault']} {w['failed_pages']}" for w in windows if w["fault"] in NO_FAILED_PAGE),
        not failing,
    )

    sessions = defaultdict(set)
    created = defaultdict(int)
    for p in run.pages:
        sessions[p["pid"]].add(p["session"])
        created[p["pid"]] = max(created[p["pid"]], p["sessions_created"])
    several = {pid: ids for pid, ids in sessions.items() if len(ids - {0}) != 1 or created[pid] != 1}
    checks.check(
        "One ZooKeeper session per worker, kept through every fault (same getClientId(), sessions_created 1)",
        f"{len(sessions)} workers, {sum(created.values())} sessions created in all"
        + (f"; workers with another count: {sorted(several)}" if several else ", one each"),
        not several,
    )

    slowest_catch_up = max((w for w in windows if w["catch_up"] is not None), key=lambda w: w["catch_up"], default=None)
    if slowest_catch_up:
        checks.check(
            "After each fault every worker serves the latest value (the writer's first acknowledged write after the fault ended) within recv_timeout",
            f"slowest catch-up {slowest_catch_up['catch_up']:,.0f} ms ({slowest_catch_up['fault']}); bound {bound:,} ms",
            slowest_catch_up["catch_up"] <= bound,
        )

    acked = [v for v, _, _, outcome, *_ in run.writes if outcome == "ok"]
    failed_writes = len(run.writes) - len(acked)
    increasing = all(a < b for a, b in zip(acked, acked[1:]))
    kept = run.final is not None and acked and acked[-1] <= run.final <= highest_sent
    checks.check(
        "The writer loses nothing: the value read back at the end is its last acknowledged write or a later attempt",
        f"{len(acked):,} writes acknowledged, {failed_writes} failed (CONNECTIONLOSS, may or may not be applied); "
        f"last acknowledged {acked[-1] if acked else '-'}, read back {run.final}",
        bool(kept) and increasing,
    )
    return checks


def fmt_ms(value):
    if value is None:
        return "-"
    if value == float("inf"):
        return "never"
    return f"{value:,.0f}"


def window_table(windows):
    header = (
        "| window | s | requests | non-200 | pages failed | staleness max / p99 (ms) | slowest page (ms) "
        "| catch-up after the fault (ms) | sessions per worker | RSS of the workers before → after (MiB) | exits on a signal |"
    )
    lines = [header, "|" + "---|" * 11]
    for w in windows:
        per_worker = Counter(len(ids - {0}) for ids in w["sessions"].values())
        sessions = ", ".join(f"{n} worker{'s' if n > 1 else ''} × {k}" for k, n in sorted(per_worker.items()))
        exits = ", ".join(f"pid {pid} ({sig})" for _, pid, sig in w["signal_exits"]) or "none"
        lines.append(
            f"| {w['fault']} | {w['seconds']:.0f} | {w['requests']:,} | {w['non_200']} | {w['failed_pages']:,} "
            f"| {fmt_ms(w['stale_max'])} / {fmt_ms(w['stale_p99'])} | {fmt_ms(w['page_max_ms'])} | {fmt_ms(w['catch_up'])} "
            f"| {sessions} | {w['rss_before']:.1f} → {w['rss_after']:.1f} | {exits} |"
        )
    return "\n".join(lines)


def error_table(windows):
    lines = ["| window | who | exception | code | message (numbers as N) | count |", "|---|---|---|---|---|---|"]
    for w in windows:
        for who, errors in (("pages", w["errors"]), ("writer", w["writer_errors"])):
            for (cls, code, message), n in sorted(errors.items(), key=lambda item: -item[1]):
                lines.append(f"| {w['fault']} | {who} | {cls} | {code} | {message} | {n:,} |")
    return "\n".join(lines) if len(lines) > 2 else "No page and no write failed."


def checks_table(checks):
    lines = ["| promise (README) | figure | held |", "|---|---|---|"]
    for promise, figure, held in checks.results:
        lines.append(f"| {promise} | {figure} | {'yes' if held else '**NO**'} |")
    return "\n".join(lines)


def plot(run, windows, args, path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    t0 = run.start
    fig, (ax_stale, ax_err, ax_rate) = plt.subplots(3, 1, figsize=(12, 8.5), sharex=True, gridspec_kw={"height_ratios": [3, 2, 2]})
    colors = {}
    for pid in sorted({p["pid"] for p in run.pages}):
        colors[pid] = f"C{len(colors) % 10}"
    served = [p for p in run.pages if p["version"] is not None]
    ax_stale.scatter(
        [p["read_at"] - t0 for p in served], [run.staleness_ms(p) for p in served], s=2, c=[colors[p["pid"]] for p in served], rasterized=True
    )
    ax_stale.axhline(args.recv_timeout, color="red", linestyle="--", linewidth=1)
    ax_stale.text(run.end - t0, args.recv_timeout, "recv_timeout: the promised bound ", color="red", va="bottom", ha="right", fontsize=8)
    ax_stale.set_ylabel("staleness of the served\nversion (ms; a dot per page,\na color per worker)")
    ax_stale.set_ylim(bottom=-100, top=max(args.recv_timeout * 1.25, max((run.staleness_ms(p) for p in served), default=0) * 1.1))

    seconds = int(run.end - t0) + 1
    failed = [0] * seconds
    non_200 = [0] * seconds
    ok = [0] * seconds
    for p in run.pages:
        if p["error"] and 0 <= int(p["end"] - t0) < seconds:
            failed[int(p["end"] - t0)] += 1
    for t, status, _ in run.requests:
        i = int(t - t0)
        if 0 <= i < seconds:
            if status == 200:
                ok[i] += 1
            else:
                non_200[i] += 1
    xs = list(range(seconds))
    ax_err.step(xs, failed, where="post", label="pages with a ZookeeperConnectionException", color="C3")
    ax_err.step(xs, non_200, where="post", label="non-200 responses", color="black")
    ax_err.set_ylabel("per second")
    ax_err.legend(loc="upper left", fontsize=8)
    ax_rate.step(xs, ok, where="post", color="C2")
    ax_rate.set_ylabel("200 responses per second\n(data, or an error\nthe page caught)")
    ax_rate.set_xlabel("seconds since the start of the soak")
    for w in windows:
        if w["fault"] == "baseline":
            continue
        for ax in (ax_stale, ax_err, ax_rate):
            ax.axvspan(w["begin"] - t0, max(w["heal"], w["begin"] + 0.3) - t0, color="orange", alpha=0.25, linewidth=0)
        ax_stale.text(w["begin"] - t0, ax_stale.get_ylim()[1], " " + w["fault"], va="top", ha="left", fontsize=8)
    fig.suptitle("Chaos soak: staleness and errors while faults are injected (shaded: the fault is on)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def write_results(run, windows, checks, args):
    total_seconds = run.end - run.start
    pages = sum(w["pages"] for w in windows)
    faults = "\n".join(
        f"- **{fault}**: {what} ({run.details.get(fault, '')}). Promise: {promise}."
        for fault, (what, promise) in FAULTS.items()
        if fault != "baseline"
    )
    section = f"""<!-- chaos: written by benches/chaos_report.py (make chaos); everything up to the end marker is replaced -->
## Chaos soak: the failure promises under load

`make chaos` (scripts/chaos.sh): a 3-node ensemble on 127.0.0.1, php-fpm ({args.workers} workers) behind
nginx, wrk driving a page that reads 11 nodes (10 config values and a version node) through the worker's
shared session and cache, a writer bumping the version node every 200 ms, all sessions with
recv_timeout {args.recv_timeout:,} ms, and five faults one after another with calm periods between:

{faults}

{args.note}. {pages:,} pages in {total_seconds:.0f} s. Throughput and latency are noisy here; the checks
are about outcomes and bounds derived from recv_timeout (+{args.slack:,} ms slack for scheduling).
Staleness of a page: how long the version it served had been superseded by a write the writer had been
told was committed. Catch-up: from the end of a fault until every worker has served the writer's first
acknowledged write after it.

### The promises

{checks_table(checks)}

### Per fault window (from one injection to the next, calm period included)

{window_table(windows)}

### Failed pages and writes by exception

{error_table(windows)}

![staleness, errors and throughput over the soak](chaos.png)
<!-- /chaos -->
"""
    results = args.results / "RESULTS.md"
    text = results.read_text() if results.exists() else ""
    pattern = re.compile(r"<!-- chaos:.*?<!-- /chaos -->\n", re.S)
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    results.write_text(text)
    plot(run, windows, args, args.results / "chaos.png")


def main():
    args = parse_args()
    run = Run(args.run)
    windows = [window_figures(run, *window) for window in run.windows]
    checks = check_promises(run, windows, args)
    print(window_table(windows))
    print()
    print(error_table(windows))
    print()
    print(checks_table(checks))
    if args.results:
        write_results(run, windows, checks, args)
    print("\nchaos: " + ("every promise held" if checks.all_held else "a promise broke (see **NO** above)"))
    sys.exit(0 if checks.all_held else 1)


if __name__ == "__main__":
    main()
