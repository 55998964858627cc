#!/usr/bin/env bash
# Usage: scripts/chaos.sh [full|short]   (`make chaos`: full; `make test`: short)
#   The chaos soak: the README's failure promises checked under load. Starts a
#   3-node ensemble (or uses the one running in ZK_TEST_DIR), php-fpm behind
#   nginx serving benches/chaos_page.php (10 config reads + the version node),
#   a writer bumping the version node every 200 ms (benches/chaos_writer.php)
#   and wrk, then injects five faults one after another, each followed by a
#   calm period:
#     follower_kill  SIGKILL the follower most workers are attached to; restart it
#     leader_kill    SIGKILL the leader; restart it
#     member_freeze  SIGSTOP the member the writer writes through (so an
#                    uncached call is on it), for CHAOS_FREEZE s; SIGCONT
#     quorum_loss    SIGKILL the leader and a follower at once; restart both
#     worker_kill    SIGKILL a php-fpm worker (the master starts another)
#   benches/chaos_report.py then reports per fault window and checks each
#   promise. full also writes the CHAOS section of benches/RESULTS.md and
#   benches/chaos.png. Raw logs stay in $ZK_TEST_DIR/chaos-run.
#   Exit status: 0 every promise held, 1 a promise broke, 2 the soak could
#   not run (set-up failed).
#   Env (the defaults keep clear of the other test stages' ports):
#     ZK_TEST_DIR (/tmp/zkphp-chaos), ZK_ENSEMBLE_BASE (22481),
#     ZK_ENSEMBLE_QUORUM_BASE (22981), ZK_ENSEMBLE_ELECTION_BASE (23981),
#     CHAOS_HTTP_PORT (nginx, 28180), EXTENSION (modules/zookeeper.so),
#     FPM_WORKERS (4), CHAOS_RECV_TIMEOUT (ms, 4000), CHAOS_SLACK_MS (what the
#     bounds allow for scheduling on a loaded machine, 1000), CHAOS_CALM (s
#     between faults: full 20, short 6), CHAOS_HOLD (s a killed member stays
#     down: full 5, short 3), CHAOS_FREEZE (s: 8), CHAOS_QUORUM_LOSS (s: 10),
#     CHAOS_NOTE (a sentence for RESULTS.md, e.g. how busy the machine was).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCRIPTS=$ROOT/scripts
BENCHES=$ROOT/benches
MODE=${1:-full}
[[ $MODE == full || $MODE == short ]] || { sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0" >&2; exit 2; }

export ZK_TEST_DIR=${ZK_TEST_DIR:-/tmp/zkphp-chaos}
export ZK_ENSEMBLE_BASE=${ZK_ENSEMBLE_BASE:-22481}
export ZK_ENSEMBLE_QUORUM_BASE=${ZK_ENSEMBLE_QUORUM_BASE:-22981}
export ZK_ENSEMBLE_ELECTION_BASE=${ZK_ENSEMBLE_ELECTION_BASE:-23981}
export FPM_WORKERS=${FPM_WORKERS:-4}
export FPM_EXTENSION=${EXTENSION:-$ROOT/modules/zookeeper.so}
export CHAOS_RECV_TIMEOUT=${CHAOS_RECV_TIMEOUT:-4000}
HTTP_PORT=${CHAOS_HTTP_PORT:-28180}
SLACK_MS=${CHAOS_SLACK_MS:-1000}
if [[ $MODE == full ]]; then CALM=${CHAOS_CALM:-20} HOLD=${CHAOS_HOLD:-5}; else CALM=${CHAOS_CALM:-6} HOLD=${CHAOS_HOLD:-3}; fi
FREEZE=${CHAOS_FREEZE:-8}
QUORUM_LOSS=${CHAOS_QUORUM_LOSS:-10}
RUN=$ZK_TEST_DIR/chaos-run
export CHAOS_LOG_DIR=$RUN
PHP=(php -n -d "extension=$FPM_EXTENSION")

log() { printf '== chaos: %s\n' "$*" >&2; }
die() { printf 'chaos: %s\n' "$*" >&2; exit 2; }
ensemble() { "$SCRIPTS/zk-ensemble.sh" "$@"; }
# One line of the event log: when, what, which fault, a detail.
event() { printf '%s\t%s\t%s\t%s\n' "$EPOCHREALTIME" "$1" "$2" "${3:-}" >>"$RUN/events.tsv"; }

"$SCRIPTS/deps.sh" nginx wrk curl python3
[[ -f $FPM_EXTENSION ]] || die "no extension at $FPM_EXTENSION (make build)"

# An ensemble already running in ZK_TEST_DIR (make test's) is used and left running.
own_ensemble=1
ensemble status >/dev/null 2>&1 && own_ensemble=0
pids_to_stop=()
cleanup() {
    local pid
    for pid in "${pids_to_stop[@]}"; do kill "$pid" 2>/dev/null || true; done
    "$SCRIPTS/nginx.sh" stop || true
    "$SCRIPTS/php-fpm.sh" stop 2>/dev/null || true
    if ((own_ensemble)); then ensemble stop 2>/dev/null || true; else ensemble start >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

ensemble start || die "the ensemble did not start"
export ZK_HOST
ZK_HOST=$(ensemble connect-string)
rm -rf "$RUN"
mkdir -p "$RUN"
"${PHP[@]}" "$BENCHES/chaos_setup.php" || die "could not create the nodes"
FPM_INI="display_errors=0 log_errors=1" "$SCRIPTS/php-fpm.sh" start || die "php-fpm did not start"
NGINX_ROOT=$BENCHES NGINX_PORT=$HTTP_PORT NGINX_ACCESS_LOG=1 "$SCRIPTS/nginx.sh" start || die "nginx did not start"
page=$(curl -sf "http://127.0.0.1:$HTTP_PORT/chaos_page.php") || true
[[ $page == "version 0" ]] || die "the page answered '$page' instead of 'version 0'"
fpm_master=$(<"$ZK_TEST_DIR/fpm/fpm.pid")

workers() { pgrep -P "$fpm_master" || true; }

# Resident memory of every worker once a second: "time pid kB".
sample_rss() {
    local pid rss
    while true; do
        for pid in $(workers); do
            rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null) && printf '%s\t%s\t%s\n' "$EPOCHREALTIME" "$pid" "$rss"
        done
        sleep 1
    done
}

# Of the members $2.., the one with the most of the sessions whose ids (in
# decimal, one a line) are in file $1 (`cons` lists each connection's sid).
member_with_most() {
    local sessions=$1 n best=$2 most=-1 count id ids="" ports
    shift
    # bash's printf, not awk's: session ids need all 64 bits.
    while read -r id; do
        if ((id > 0)); then ids+=$(printf 'sid=0x%x,' "$id")$'\n'; fi
    done < <(sort -u "$sessions")
    read -r -a ports <<<"$(ensemble client-ports)"
    for n in "$@"; do
        count=$("$SCRIPTS/zk-4lw.sh" "${ports[n - 1]}" cons 2>/dev/null | grep -cFf <(printf '%s' "$ids") || true)
        if ((count > most)); then best=$n most=$count; fi
    done
    echo "$best"
}

# The member of $@ most workers are attached to (their ids are in their logs).
busiest_member() { member_with_most <(cut -f4 "$RUN"/page-*.tsv) "$@"; }

writer_member() { member_with_most <(awk -F'\t' '$1 == "session" { print $2 }' "$RUN/writer.tsv") 1 2 3; }

followers() { local leader; leader=$(ensemble leader); printf '%s\n' 1 2 3 | grep -vx "$leader"; }

calm() { sleep "$CALM"; }

# Runs `zk-ensemble.sh $1 N` for each member N in $2.. at once.
each_member() {
    local command=$1 n pids=()
    shift
    for n in "$@"; do
        ensemble "$command" "$n" &
        pids+=($!)
    done
    for n in "${pids[@]}"; do wait "$n" || die "zk-ensemble.sh $command failed"; done
}

# Members $2.. down (SIGKILL, at once) for HOLD s, then restarted.
kill_members() {
    local fault=$1
    shift
    event inject "$fault" "members $*"
    each_member kill "$@"
    sleep "$HOLD"
    each_member start-node "$@"
    event heal "$fault"
}

log "$MODE run: calm ${CALM}s, members down ${HOLD}s, freeze ${FREEZE}s, quorum loss ${QUORUM_LOSS}s, recv_timeout ${CHAOS_RECV_TIMEOUT}ms"
cut -d' ' -f1 /proc/loadavg >"$RUN/load_before"
"${PHP[@]}" "$BENCHES/chaos_writer.php" "$RUN/stop-writer" >"$RUN/writer.tsv" &
writer=$!
pids_to_stop+=("$writer")
sample_rss >"$RUN/rss.tsv" &
pids_to_stop+=($!)
wrk -t1 -c8 -d1h --timeout 60s "http://127.0.0.1:$HTTP_PORT/chaos_page.php" >"$RUN/wrk.txt" 2>&1 &
pids_to_stop+=($!)
event start baseline
calm

log "1/5 follower_kill"
# shellcheck disable=SC2046 # one argument per follower
kill_members follower_kill "$(busiest_member $(followers))"
calm

log "2/5 leader_kill"
kill_members leader_kill "$(ensemble leader)"
calm

log "3/5 member_freeze"
frozen=$(writer_member)
event inject member_freeze "member $frozen"
ensemble pause "$frozen"
sleep "$FREEZE"
ensemble resume "$frozen"
event heal member_freeze
calm

log "4/5 quorum_loss"
# shellcheck disable=SC2046 # one argument per follower
HOLD=$QUORUM_LOSS kill_members quorum_loss "$(ensemble leader)" "$(busiest_member $(followers))"
calm

log "5/5 worker_kill"
victim=$(workers | head -n 1)
event inject worker_kill "pid $victim"
kill -KILL "$victim"
for ((i = 0; i < 400; i++)); do
    [[ $(workers | grep -vcx "$victim") -lt $FPM_WORKERS ]] || break
    sleep 0.05
done
event heal worker_kill
calm
event end -

touch "$RUN/stop-writer"
wait "$writer" || die "the writer failed"
cleanup
trap - EXIT
cp "$ZK_TEST_DIR/fpm/fpm.log" "$RUN/fpm.log"
cp "$ZK_TEST_DIR/nginx/access.log" "$RUN/access.log"

report=(--recv-timeout "$CHAOS_RECV_TIMEOUT" --slack "$SLACK_MS" --workers "$FPM_WORKERS")
if [[ $MODE == full ]]; then
    VENV=$ZK_TEST_DIR/venv
    "$SCRIPTS/matplotlib-venv.sh" "$VENV"
    note=${CHAOS_NOTE:-"Load average $(<"$RUN/load_before") before the run, on $(nproc) cores shared with other work"}
    "$VENV/bin/python" "$BENCHES/chaos_report.py" "$RUN" "${report[@]}" --results "$BENCHES" --note "$note"
else
    /usr/bin/python3 "$BENCHES/chaos_report.py" "$RUN" "${report[@]}"
fi
