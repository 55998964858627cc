#!/usr/bin/env bash
# Usage: scripts/bench.sh        (what `make bench` runs, after the build)
#   Benchmarks the extension against what users would pick instead, on a
#   throw-away ZooKeeper, php-fpm and nginx of its own, and writes
#   benches/RESULTS.md, benches/rps.png, benches/sessions.png and
#   benches/propagation.png (raw results stay in $ZK_TEST_DIR/results).
#   Steps (see each benches/*.php):
#     1. micro        in-process ns/op: cached reads vs apcu_fetch, a PHP
#                     array, an uncached round trip (benches/micro.php); ns
#                     per whole page: through the extension, through APCu,
#                     hard-coded (benches/pages.php); the first request of a
#                     fresh process without and with zookeeper.preload
#                     (benches/first_request.php)
#     2. load         nginx + php-fpm + wrk on benches/page.php (20 reads) in
#                     five modes: cache, APCu (benches/page_apcu.php), cache
#                     off, session per request, hard-coded values
#                     (benches/page_hardcoded.php)
#     3. sessions     nginx + php-fpm + wrk on benches/session_page.php (start
#                     a PHP session, read and write a value) for many users
#                     (benches/session_users.lua) with PHP's files handler,
#                     session.save_handler=zookeeper, and a ZooKeeper session
#                     per request (benches/session_per_request.inc)
#     4. propagation  delay from a write until every worker serves it
#     5. memory       RSS after many cached reads and many distinct nodes
#                     (and glibc's bytes in use / kept free, via FFI)
#     6. profile      callgrind instruction counts per loop body of
#                     benches/profile_loop.php (each read against apcu_fetch,
#                     new Zookeeper, whole pages), and of the extension's
#                     request hooks in a php-fpm worker serving an empty page
#     7. chaos        the chaos soak (scripts/chaos.sh full, its own ensemble
#                     and ports): the failure promises under load; adds the
#                     CHAOS section of RESULTS.md and benches/chaos.png, and
#                     makes `make bench` fail if a promise broke
#   Installs what it needs (scripts/deps.sh nginx wrk, the PHP's apcu and opcache ...;
#   matplotlib into a venv under $ZK_TEST_DIR) and stops everything it
#   started, also on failure.
#   Env: ZK_TEST_DIR (default /tmp/zkphp-bench), ZK_PORT (22191),
#        BENCH_HTTP_PORT (nginx, 28080), EXTENSION (modules/zookeeper.so),
#        FPM_WORKERS (4), BENCH_RUNS (wrk and propagation runs per mode, 5),
#        BENCH_SECONDS (per wrk run, 10), BENCH_MICRO_RUNS (7), BENCH_WRITES (200),
#        BENCH_NODES (100000), BENCH_READS (1000000),
#        BENCH_SESSION_USERS (users with a PHP session each, 1000),
#        BENCH_NOTE (a sentence shown at the top of RESULTS.md, e.g. that
#        the machine was busy with other work).
#   The server runs with -Dzookeeper.forceSync=no: set-up writes 100k nodes,
#   and no figure here is about write durability (PHP's files handler does
#   not fsync either).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCHES=$ROOT/benches
SCRIPTS=$ROOT/scripts
export ZK_TEST_DIR=${ZK_TEST_DIR:-/tmp/zkphp-bench}
export ZK_PORT=${ZK_PORT:-22191}
export ZK_HOST=127.0.0.1:$ZK_PORT
export FPM_WORKERS=${FPM_WORKERS:-4}
export FPM_EXTENSION=${EXTENSION:-$ROOT/modules/zookeeper.so}
HTTP_PORT=${BENCH_HTTP_PORT:-28080}
RUNS=${BENCH_RUNS:-5}
SESSION_USERS=${BENCH_SESSION_USERS:-1000}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
RESULTS=$ZK_TEST_DIR/results
NGINX_DIR=$ZK_TEST_DIR/nginx
VENV=$ZK_TEST_DIR/venv
FPM_SOCK=$ZK_TEST_DIR/fpm/fpm.sock
OPCACHE="zend_extension=opcache.so opcache.enable=1"
# shellcheck source=scripts/php-env.sh
source "$SCRIPTS/php-env.sh"

# Also samples the load average: RESULTS.md shows how busy the machine was.
log() {
    printf '\n== bench: %s\n' "$*" >&2
    [[ -d $RESULTS ]] && cut -d' ' -f1 /proc/loadavg >>"$RESULTS/loadavg.txt"
    return 0
}
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

started=$(date +%s)
# Before anything of ours runs: how busy the machine is with other work.
load_before=$(cut -d' ' -f1 /proc/loadavg)

# ---- set-up --------------------------------------------------------------

DEPS_PHP_EXTENSIONS="apcu opcache" "$SCRIPTS/deps.sh" nginx wrk valgrind python3-venv
php_env
PHP_CMD=("$PHP" -n -d "extension=$FPM_EXTENSION")
PHP_APCU=("${PHP_CMD[@]}" -d extension=apcu.so -d apc.enable_cli=1)
# Pages include files: with opcache, as under php-fpm (no compile per include).
PHP_APCU_OPCACHE=("${PHP_APCU[@]}" -d zend_extension=opcache.so -d opcache.enable_cli=1)
[[ -f $FPM_EXTENSION ]] || die "no extension at $FPM_EXTENSION (make build)"
"$SCRIPTS/matplotlib-venv.sh" "$VENV"

nginx_stop() { NGINX_DIR=$NGINX_DIR "$SCRIPTS/nginx.sh" stop; }
nginx_start() { NGINX_DIR=$NGINX_DIR NGINX_ROOT=$BENCHES NGINX_PORT=$HTTP_PORT "$SCRIPTS/nginx.sh" start; }

cleanup() {
    nginx_stop || true
    "$SCRIPTS/php-fpm.sh" stop 2>/dev/null || true
    "$SCRIPTS/zk-standalone.sh" stop 2>/dev/null || true
    rm -rf "${SESSION_FILES:-/nonexistent}"
}
trap cleanup EXIT

mntr() { "$SCRIPTS/zk-4lw.sh" "$ZK_PORT" mntr | awk -v k="zk_$1" '$1 == k { print $2 }'; }

"$SCRIPTS/zk-standalone.sh" stop 2>/dev/null
"$SCRIPTS/php-fpm.sh" stop 2>/dev/null
nginx_stop
ZK_HEAP=512m ZK_JVMFLAGS="-Dzookeeper.forceSync=no" "$SCRIPTS/zk-standalone.sh" start
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

{
    printf 'date\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf 'nproc\t%s\n' "$(nproc)"
    printf 'cpu\t%s\n' "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
    printf 'memory\t%s MiB\n' "$(awk '/^MemTotal/ { print int($2 / 1024) }' /proc/meminfo)"
    printf 'kernel\t%s\n' "$(uname -sr)"
    printf 'php\t%s\n' "$("$PHP" -n -r 'echo PHP_VERSION;')"
    printf 'extension\t%s (commit %s)\n' "$("${PHP_CMD[@]}" -r 'echo phpversion("zookeeper");')" \
        "$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)"
    printf 'apcu\t%s\n' "$("${PHP_APCU[@]}" -r 'echo phpversion("apcu");')"
    printf 'zookeeper\t%s\n' "$(mntr version | cut -d- -f1)"
    printf 'nginx\t%s\n' "$(nginx -v 2>&1 | sed 's/^nginx version: //')"
    printf 'wrk\t%s\n' "$(wrk -v 2>&1 | head -1 | awk '{ print $2 }')"
    printf 'workers\t%s\n' "$FPM_WORKERS"
    printf 'seconds_per_run\t%s\n' "$SECONDS_PER_RUN"
    printf 'note\t%s\n' "${BENCH_NOTE:-}"
    printf 'load_before\t%s\n' "$load_before"
} >"$RESULTS/env.tsv"

# ---- 1. micro ------------------------------------------------------------

log "1/6 micro: in-process ns/op"
"${PHP_APCU[@]}" "$BENCHES/micro.php" "${BENCH_MICRO_RUNS:-7}" >"$RESULTS/micro.json"
"${PHP_CMD[@]}" "$BENCHES/setup_app.php"
log "1/6 micro: in-process ns/page"
"${PHP_APCU_OPCACHE[@]}" "$BENCHES/pages.php" "${BENCH_MICRO_RUNS:-7}" >"$RESULTS/pages.json"
# The first request of a fresh process (the page's 20 reads, from opening
# the ZooKeeper session), without and with zookeeper.preload of its subtree;
# a process per sample, the two kinds taking turns.
log "1/6 micro: first request of a fresh process, without and with zookeeper.preload"
for ((run = 0; run < ${BENCH_FIRST_RUNS:-15}; run++)); do
    "${PHP_CMD[@]}" "$BENCHES/first_request.php" >>"$RESULTS/first-request-plain.jsonl"
    "${PHP_CMD[@]}" -d zookeeper.preload=/bench/app "$BENCHES/first_request.php" >>"$RESULTS/first-request-preload.jsonl"
done

# ---- 2. load -------------------------------------------------------------

# wrk_run SECONDS PAGE [USERS ID_PREFIX FIRST_USER]: one wrk run against PAGE;
# with USERS, each request carries the session cookie of the next of USERS
# users (benches/session_users.lua).
wrk_run() {
    local seconds=$1 url="http://127.0.0.1:$HTTP_PORT/$2"
    shift 2
    if (($#)); then
        wrk -t1 -c8 -d"${seconds}s" --timeout 10s --latency -s "$BENCHES/session_users.lua" "$url" -- "$@"
    else
        wrk -t1 -c8 -d"${seconds}s" --timeout 10s --latency "$url"
    fi
}

# measure MODE PAGE [USERS ID_PREFIX]: RUNS wrk runs, each with the server's
# packet counter around it.
measure() {
    local mode=$1 run packets0
    shift
    for ((run = 1; run <= RUNS; run++)); do
        packets0=$(mntr packets_received)
        wrk_run "$SECONDS_PER_RUN" "$@" >"$RESULTS/wrk-$mode-$run.txt"
        printf '%s\n' "$(($(mntr packets_received) - packets0 - 1))" >"$RESULTS/zk-packets-$mode-$run.txt"
    done
}

# load MODE PAGE FPM_INI: restarts php-fpm with the ini, checks the page's
# output against the hard-coded one, then warm-up + RUNS wrk runs, with the
# server's counters around them.
load() {
    local mode=$1 page=$2 ini=$3 sessions0
    log "2/6 load: $mode ($page, $ini)"
    FPM_INI="$ini" "$SCRIPTS/php-fpm.sh" start
    sessions0=$(mntr connection_request_count)
    [[ $("$SCRIPTS/fcgi-get.sh" "$BENCHES/$page") == "$expected" ]] || die "$page in mode $mode does not give the expected page"
    wrk_run 2 "$page" >/dev/null
    measure "$mode" "$page"
    printf '%s\n' "$(($(mntr connection_request_count) - sessions0))" >"$RESULTS/zk-sessions-$mode.txt"
    "$SCRIPTS/php-fpm.sh" stop
}

FPM_INI="$OPCACHE" "$SCRIPTS/php-fpm.sh" start
expected=$("$SCRIPTS/fcgi-get.sh" "$BENCHES/page_hardcoded.php")
"$SCRIPTS/php-fpm.sh" stop
nginx_start
load hardcoded page_hardcoded.php "$OPCACHE"
load cached page.php "$OPCACHE"
load apcu page_apcu.php "$OPCACHE extension=apcu.so"
load cache_off page.php "$OPCACHE zookeeper.cache=0"
# A new session per request, as with PECL; no cache either, since PECL sets
# no watches (a cache in a session that lives one request is of no use).
load session_per_request page.php "$OPCACHE zookeeper.persistent=0 zookeeper.cache=0"

# ---- 3. sessions ---------------------------------------------------------

# Common to every session mode: errors make the request fail (a 500 that
# wrk counts) instead of being printed into a 200, and no gc at
# session_start() (Debian's php.ini has session.gc_probability=0 too: its
# cron job cleans up; here every request pays the same).
SESSION_INI="$OPCACHE display_errors=0 session.gc_probability=0"

# Where each mode stores its sessions: a directory, or the chroot in
# ZooKeeper under which the handler keeps php-sessid/<id>.
SESSION_FILES=$ZK_TEST_DIR/php-sessions
SESSION_ZK_HANDLER=$ZK_HOST/bench/sessions/zookeeper
SESSION_ZK_PER_REQUEST=$ZK_HOST/bench/sessions/per_request

# stored_sessions MODE: how many sessions the store holds (for the check
# that every user's session was stored).
# shellcheck disable=SC2016 # PHP code: $zk and $argv are PHP's
stored_sessions() {
    local where
    case $1 in
    sessions_files)
        find "$SESSION_FILES" -name 'sess_*' | wc -l
        return ;;
    sessions_zookeeper) where=$SESSION_ZK_HANDLER ;;
    sessions_per_request) where=$SESSION_ZK_PER_REQUEST ;;
    esac
    "${PHP_CMD[@]}" -r '$zk = new Zookeeper($argv[1], null, 10000, ["persistent" => false, "cache" => false]);
        $zk->addAuth("digest", "bench:benchpw");
        echo count(preg_grep("/-lock\$/", $zk->getChildren("/php-sessid"), PREG_GREP_INVERT)), "\n";' "$where"
}

# session_load MODE FPM_INI: restarts php-fpm with the ini, checks that a
# user's second request sees what the first one wrote, then a warm-up that
# gives every user a session, then RUNS wrk runs over the same users.
session_load() {
    local mode=$1 ini=$2 sessions0 warmed=0 served first second
    local prefix=${mode//_/-} # session ids take [a-zA-Z0-9,-] only
    log "3/6 sessions: $mode ($ini)"
    FPM_INI="$SESSION_INI $ini" "$SCRIPTS/php-fpm.sh" start
    sessions0=$(mntr connection_request_count)
    first=$(curl -sf -b "PHPSESSID=check-$prefix" "http://127.0.0.1:$HTTP_PORT/session_page.php") || true
    second=$(curl -sf -b "PHPSESSID=check-$prefix" "http://127.0.0.1:$HTTP_PORT/session_page.php") || true
    [[ $first == views=1 && $second == views=2 ]] ||
        die "session_page.php in mode $mode: got '$first' and '$second' instead of views=1 and views=2"
    while ((warmed < SESSION_USERS)); do
        served=$(wrk_run 1 session_page.php "$SESSION_USERS" "$prefix" "$warmed" | awk '/ requests in / { print $1 }')
        ((served > 0)) || die "session warm-up in mode $mode: no request answered"
        warmed=$((warmed + served))
    done
    measure "$mode" session_page.php "$SESSION_USERS" "$prefix"
    printf '%s\n' "$(($(mntr connection_request_count) - sessions0))" >"$RESULTS/zk-sessions-$mode.txt"
    "$SCRIPTS/php-fpm.sh" stop
    stored_sessions "$mode" >"$RESULTS/sessions-stored-$mode.txt"
}

rm -rf "$SESSION_FILES"
mkdir -p "$SESSION_FILES"
# The chroots must exist (the handler never creates a save path's chroot).
# shellcheck disable=SC2016 # PHP code: $argv is PHP's
"${PHP_CMD[@]}" -r 'require $argv[1]; $zk = bench_admin(); foreach (array_slice($argv, 2) as $chroot) { bench_put($zk, $chroot, ""); }' \
    "$BENCHES/bench.inc" "${SESSION_ZK_HANDLER#"$ZK_HOST"}" "${SESSION_ZK_PER_REQUEST#"$ZK_HOST"}"
printf '%s\n' "$SESSION_USERS" >"$RESULTS/session-users.txt"
session_load sessions_files "session.save_handler=files session.save_path=$SESSION_FILES"
session_load sessions_zookeeper "session.save_handler=zookeeper session.save_path=$SESSION_ZK_HANDLER zookeeper.session_auth=digest:bench:benchpw"
# A ZooKeeper session per request, as code on PECL's Zookeeper class pays it
# (PECL's own save handler keeps one handle per worker, as ours does), by a
# save handler in PHP: zookeeper.persistent=0 cannot give it, the zookeeper
# handler ignores that setting and always uses the process's shared session.
session_load sessions_per_request "session.save_path=$SESSION_ZK_PER_REQUEST auto_prepend_file=$BENCHES/session_per_request.inc"
nginx_stop

# ---- 3. propagation ------------------------------------------------------

for mode in cached cache_off; do
    log "4/6 propagation: $mode"
    ini=$OPCACHE
    [[ $mode == cache_off ]] && ini="$OPCACHE zookeeper.cache=0"
    FPM_INI="$ini" "$SCRIPTS/php-fpm.sh" start
    for ((run = 1; run <= RUNS; run++)); do
        "${PHP_CMD[@]}" "$BENCHES/propagation.php" "$FPM_SOCK" "$FPM_WORKERS" "${BENCH_WRITES:-200}" 20 \
            >"$RESULTS/propagation-$mode-$run.json"
    done
    "$SCRIPTS/php-fpm.sh" stop
done

# ---- 4. memory -----------------------------------------------------------

nodes=${BENCH_NODES:-100000}
log "5/6 memory: creating $nodes nodes"
# shellcheck disable=SC2016 # PHP code: $argv is PHP's
"${PHP_CMD[@]}" -r 'require $argv[1]; bench_put(bench_admin(), "/bench/memory", "");' "$BENCHES/bench.inc"
pids=()
for ((part = 0; part < 4; part++)); do
    "${PHP_CMD[@]}" "$BENCHES/make_nodes.php" $((nodes * part / 4)) $((nodes * (part + 1) / 4)) 256 &
    pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
log "5/6 memory: reading"
"${PHP_CMD[@]}" -d zookeeper.cache_max_bytes=16777216 -d extension=ffi.so -d ffi.enable=1 "$BENCHES/memory.php" "${BENCH_READS:-1000000}" "$nodes" \
    >"$RESULTS/memory.json"

# ---- 5. profile ----------------------------------------------------------

log "6/6 profile: callgrind"
# profile MODE N1 N2: the loop body of MODE run N1 and N2 times; report.py
# divides the difference by N2 - N1 (start-up cost cancels out).
profile() {
    local mode=$1 n
    shift
    printf '%s\n' "$@" >"$RESULTS/ir-$mode-runs.txt"
    for n in "$@"; do
        valgrind --tool=callgrind --callgrind-out-file="$RESULTS/callgrind-$mode-$n.out" \
            "${PHP_APCU_OPCACHE[@]}" "$BENCHES/profile_loop.php" "$mode" "$n" 2>"$RESULTS/callgrind-$mode-$n.log"
        sed -n 's/.*Collected : //p' "$RESULTS/callgrind-$mode-$n.log" >"$RESULTS/ir-$mode-$n.txt"
    done
}
for mode in get get16 exists apcu apcu16 apcu_exists construct none; do
    profile "$mode" 20000 120000
done
# Bodies of tens of thousands of instructions: fewer runs keep callgrind short.
for mode in children apcu_children; do
    profile "$mode" 2000 12000
done
for mode in page page_apcu page_hardcoded; do
    profile "$mode" 1000 6000
done

# Whole requests in a php-fpm worker under callgrind (all its threads, the
# extension's runtime threads too): the worker serves page.php once (it joins
# its ZooKeeper session and fills its cache, as any worker of an app does),
# then N requests of one page; twice, with N1 and N2, so report.py takes
# (instructions, N2 run − N1 run) / (N2 − N1) per request. For empty.php, a
# page that uses nothing of the extension, report.py also takes the calls of
# the extension's request hooks (RINIT + RSHUTDOWN) and the instructions
# inside them from the worker's callgrind file.
printf '%s\n' 20 120 >"$RESULTS/fpm-profile-runs.txt"
for page in empty page page_apcu page_hardcoded; do
    for n in 20 120; do
        log "6/6 profile: php-fpm worker under callgrind, $n requests of $page.php"
        FPM_WORKERS=1 FPM_START_TIMEOUT=120 FPM_INI="$OPCACHE extension=apcu.so" \
            FPM_WRAPPER="valgrind --tool=callgrind --callgrind-out-file=$RESULTS/callgrind-fpm-$page-$n.%p.out --log-file=$RESULTS/callgrind-fpm-$page-$n.%p.log" \
            "$SCRIPTS/php-fpm.sh" start
        [[ $("$SCRIPTS/fcgi-get.sh" "$BENCHES/page.php") == "$expected" ]] || die "page.php under callgrind does not give the expected page"
        want=$expected
        [[ $page == empty ]] && want=
        for ((i = 0; i < n; i++)); do
            [[ $("$SCRIPTS/fcgi-get.sh" "$BENCHES/$page.php") == "$want" ]] || die "$page.php under callgrind does not give the expected page"
        done
        "$SCRIPTS/php-fpm.sh" stop
    done
done
# The 20 symbols with the most own instructions (awk reads to the end: no SIGPIPE).
callgrind_annotate "$RESULTS/callgrind-get-120000.out" 2>/dev/null |
    awk '/^ *[0-9,]+ \([ 0-9.]+%\) / && n++ < 20' >"$RESULTS/profile-top.txt"
# The extension's own functions by inclusive instructions (what one get costs where).
callgrind_annotate --inclusive=yes "$RESULTS/callgrind-get-120000.out" 2>/dev/null |
    awk '/^ *[0-9,]+ \([ 0-9.]+%\) .*zookeeper::/ && n++ < 12' >"$RESULTS/profile-inclusive.txt"
# Where `new Zookeeper($hosts)` (and the object's end) spends its instructions.
callgrind_annotate --inclusive=yes "$RESULTS/callgrind-construct-120000.out" 2>/dev/null |
    awk '/^ *[0-9,]+ \([ 0-9.]+%\) / && /zookeeper::|object_init_ex|zend_objects_store_del|free_obj/ && n++ < 16' \
        >"$RESULTS/profile-construct.txt"

cleanup
trap - EXIT

# ---- report --------------------------------------------------------------

printf 'elapsed\t%s s\n' "$(($(date +%s) - started))" >>"$RESULTS/env.tsv"
"$VENV/bin/python" "$BENCHES/report.py" "$RESULTS" "$BENCHES"
log "report written in $(($(date +%s) - started)) s: $BENCHES/RESULTS.md"

# ---- 7. chaos (after the report: it adds its section to RESULTS.md) ------

log "7/7 chaos soak"
ZK_TEST_DIR=$ZK_TEST_DIR/chaos EXTENSION=$FPM_EXTENSION "$SCRIPTS/chaos.sh" full
