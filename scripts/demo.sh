#!/usr/bin/env bash
# Usage: scripts/demo.sh        (what `make demo` runs, after `make build`)
#   A narrated, non-interactive demo of zookeeper.so in its real setting: a
#   local ZooKeeper, php-fpm (static pool of 3 workers, the extension loaded)
#   behind nginx, a small PHP app (demo/app/) that reads its config from
#   ZooKeeper and picks a service instance among ephemeral nodes, and a
#   CLI watcher. See demo/README.md for how to read the output.
#   Everything it starts is stopped again on exit (also on Ctrl-C / failure).
#   Exit status 0 if every claim it checks held, 1 otherwise.
#   Env: ZK_TEST_DIR (state dir, default /tmp/zkphp-demo), ZK_PORT (ZooKeeper
#   client port, default 22181), NGINX_LISTEN (default 127.0.0.1:8080),
#   EXTENSION (default modules/zookeeper.so of this repo).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH=$PATH:/usr/sbin:/sbin  # nginx lives there; not on a user's PATH
# shellcheck source=scripts/php-env.sh
source "$ROOT/scripts/php-env.sh"
php_env
export ZK_TEST_DIR=${ZK_TEST_DIR:-/tmp/zkphp-demo}
export ZK_PORT=${ZK_PORT:-22181}
export ZK_HOST=127.0.0.1:$ZK_PORT
NGINX_LISTEN=${NGINX_LISTEN:-127.0.0.1:8080}
EXTENSION=${EXTENSION:-$ROOT/modules/zookeeper.so}
APP=$ROOT/demo/app
URL=http://$NGINX_LISTEN/
NGINX_DIR=$ZK_TEST_DIR/nginx
LOG=$ZK_TEST_DIR/demo.log         # output of the helper scripts
RESPONSES=$ZK_TEST_DIR/responses  # every response body of the demo
ZKCLI=${ZK_BIN_DIR:-/usr/share/zookeeper/bin}/zkCli.sh
PHP_CMD=("$PHP" -n -d "extension=$EXTENSION")
WORKERS=3

FAILED=0
INSTANCE_PIDS=()
WATCH_PID=
START_TIME=$EPOCHREALTIME

# ---- output --------------------------------------------------------------
if [[ -t 1 ]]; then B=$'\e[1m' G=$'\e[32m' R=$'\e[31m' D=$'\e[2m' N=$'\e[0m'; else B='' G='' R='' D='' N=''; fi
step() { printf '\n%s== %s%s\n' "$B" "$*" "$N"; }
say() { printf '%s\n' "$*"; }
run() { printf '%s$ %s%s\n' "$D" "$*" "$N"; }  # show a command the demo runs
check() {                                       # check <message> <command...>
    local message=$1
    shift
    if "$@"; then
        printf '  %s✓%s %s\n' "$G" "$N" "$message"
    else
        printf '  %s✗ %s%s\n' "$R" "$message" "$N"
        FAILED=1
    fi
}
die() {
    printf '%sdemo: %s%s\n' "$R" "$*" "$N" >&2
    [[ -s $LOG ]] && { echo "---- last lines of $LOG" >&2; tail -n 30 "$LOG" >&2; }
    exit 1
}

# ---- processes -----------------------------------------------------------
pid_alive() { kill -0 "$1" 2>/dev/null; }

nginx_pid() { [[ -s $NGINX_DIR/nginx.pid ]] && pid_alive "$(<"$NGINX_DIR/nginx.pid")" && cat "$NGINX_DIR/nginx.pid"; }

stop_nginx() {
    local pid i
    pid=$(nginx_pid) || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do pid_alive "$pid" || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}

stop_instance() {  # SIGTERM, then wait until the process is really gone
    local pid=$1 i
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do pid_alive "$pid" || break; sleep 0.1; done
    pid_alive "$pid" && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    trap - EXIT
    trap '' INT TERM  # a second Ctrl-C must not cut the clean-up short
    step "Cleaning up"
    [[ -n $WATCH_PID ]] && pid_alive "$WATCH_PID" && kill -KILL "$WATCH_PID" 2>/dev/null
    for pid in "${INSTANCE_PIDS[@]}"; do pid_alive "$pid" && stop_instance "$pid"; done
    stop_nginx
    "$ROOT/scripts/php-fpm.sh" stop >>"$LOG" 2>&1 || true
    "$ROOT/scripts/zk-standalone.sh" stop >>"$LOG" 2>&1 || true
    say "  stopped nginx, php-fpm, the service instances and ZooKeeper (state left in $ZK_TEST_DIR)"
    exit "$rc"
}

# ---- the app -------------------------------------------------------------
# requests <count> [parallel]: GETs through nginx (the command is shown); the
# bodies (one line each) go to $out and are recorded in $RESPONSES. Parallel
# requests ask the app to work 50 ms, so that they occupy every worker.
requests() {
    local count=$1 parallel=${2:-1} url
    url=$URL
    ((count == 1)) || url="$url?r=[1-$count]"
    ((parallel == 1)) || url="$url&work_ms=50"
    run "curl$( ((parallel == 1)) || echo " --parallel --parallel-immediate --parallel-max $parallel") '$url'"
    out=$(curl -sS --no-progress-meter --fail --max-time 20 --parallel --parallel-immediate --parallel-max "$parallel" "$url") ||
        die "request to $URL failed: $out"
    grep -v '^pid=' <<<"$out" && die "unexpected response (above)"
    printf '%s\n' "$out" >>"$RESPONSES"
}
# requests_all_workers <count> <parallel>: `requests` and show the bodies,
# again (at most 5 times) until every worker has answered; $out then holds
# all the bodies.
requests_all_workers() {
    local all='' i
    for ((i = 0; i < 5; i++)); do
        requests "$1" "$2"
        show <<<"$out"
        all+=${all:+$'\n'}$out
        out=$all
        [[ $(distinct pid <<<"$out") -lt $WORKERS ]] || return 0
    done
}
show() { sed 's/^/    /'; }                      # indent responses
field() { sed -n "s/\(.* \)\{0,1\}$1=\([^ ]*\).*/\2/p"; }  # field <name> < lines
distinct() { field "$1" | sort -u | wc -l; }      # distinct <name> < lines
all_have() { ! grep -v -- "$1" <<<"$out" >/dev/null; }   # all_have <pattern>: every line of $out
every_worker_has() {  # every_worker_has <pattern>: all workers answered in $out, all lines match
    [[ $(distinct pid <<<"$out") -eq $WORKERS ]] && all_have "$1"
}

start_instance() {  # start_instance <address>: background "api" instance
    local address=$1 out=$ZK_TEST_DIR/instance-$1.out i
    rm -f "$out"
    "${PHP_CMD[@]}" "$APP/instance.php" "$address" >"$out" 2>&1 &
    INSTANCE_PIDS+=($!)
    for ((i = 0; i < 100; i++)); do
        grep -q '^/demo/services/api/' "$out" 2>/dev/null && break
        sleep 0.1
    done
    grep -q '^/demo/services/api/' "$out" || die "instance $address did not register: $(cat "$out")"
    say "  instance $address (pid $!) registered as $(<"$out")"
}

zk_sessions() {  # sessions the ZooKeeper server itself counts
    "$ROOT/scripts/zk-4lw.sh" "$ZK_PORT" cons | grep -c 'sid=' || true
}

# ---- set-up --------------------------------------------------------------
step "Setting up: ZooKeeper, php-fpm ($WORKERS workers) and nginx on this machine"
[[ -f $EXTENSION ]] || die "no $EXTENSION: run 'make build' first"
command -v nginx >/dev/null || NEED_DEPS=1
command -v curl >/dev/null || NEED_DEPS=1
[[ -z ${NEED_DEPS:-} ]] || "$ROOT/scripts/deps.sh" nginx curl
mkdir -p "$ZK_TEST_DIR"
: >"$LOG"
: >"$RESPONSES"
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Leftovers of an interrupted earlier run would keep old nodes and sessions.
stop_nginx
"$ROOT/scripts/php-fpm.sh" stop >>"$LOG" 2>&1 || true
"$ROOT/scripts/zk-standalone.sh" stop >>"$LOG" 2>&1 || true

"$ROOT/scripts/zk-standalone.sh" start >>"$LOG" 2>&1 || die "ZooKeeper did not start"
say "  ZooKeeper      $ZK_HOST (standalone, fresh data dir)"
"${PHP_CMD[@]}" "$APP/seed.php" || die "could not create the demo's nodes"
say "  seeded         /demo/config/greeting = \"Hello\", /demo/config/feature_x = \"off\" (demo/app/seed.php)"

FPM_EXTENSION=$EXTENSION FPM_WORKERS=$WORKERS "$ROOT/scripts/php-fpm.sh" start >>"$LOG" 2>&1 ||
    die "php-fpm did not start"
say "  php-fpm        $("$ROOT/scripts/php-fpm.sh" status)"
chmod go+x "$ZK_TEST_DIR" "$ZK_TEST_DIR/fpm"  # nginx's workers (www-data) reach the socket

mkdir -p "$NGINX_DIR/tmp"
user_line=
[[ $(id -u) -ne 0 ]] || user_line="user www-data;"  # workers must not run as root
sed -e "s|@USER_LINE@|$user_line|" -e "s|@DIR@|$NGINX_DIR|g" -e "s|@LISTEN@|$NGINX_LISTEN|" \
    -e "s|@FPM_SOCKET@|$ZK_TEST_DIR/fpm/fpm.sock|" -e "s|@APP_DIR@|$APP|" -e "s|@ZK_HOST@|$ZK_HOST|" \
    "$ROOT/demo/nginx.conf.in" >"$NGINX_DIR/nginx.conf"
nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log" >>"$LOG" 2>&1 ||
    die "nginx did not start (is $NGINX_LISTEN free? set NGINX_LISTEN=host:port)"
for ((i = 0; i < 50; i++)); do nginx_pid >/dev/null && break; sleep 0.1; done
say "  nginx          $URL -> php-fpm -> demo/app/index.php"

say "  two \"api\" service instances register themselves (demo/app/instance.php):"
start_instance api-a:9000
start_instance api-b:9000

# ---- 1. one session per worker ------------------------------------------
step "1. 30 requests (6 at a time): each php-fpm worker opens ONE ZooKeeper session"
say "  Each response line: worker pid, its ZooKeeper session id, the worker's cache"
say "  counters (Zookeeper::getStats()), the config values and the picked instance."
requests 30 6
say "  The first response of each worker (every read was a miss: cache empty):"
awk '!seen[$1]++' <<<"$out" | show
say "  All 30, per worker:"
awk '{ split($1, p, "="); split($2, s, "="); n[p[2]]++; sid[p[2]] = s[2] }
     END { for (w in n) printf "    worker %s  session %s  requests: %d\n", w, sid[w], n[w] }' <<<"$out" | sort
sessions=$(distinct session <<<"$out")
workers=$(distinct pid <<<"$out")
say "  => 30 requests, $workers workers, $sessions distinct ZooKeeper sessions (PECL would open 30)"
check "$sessions sessions for $workers workers: one per worker, not one per request" \
    [ "$sessions" -eq "$WORKERS" -a "$workers" -eq "$WORKERS" ]
server_sessions=$(zk_sessions)
check "the server agrees (4lw cons): $server_sessions sessions = $WORKERS workers + 2 instances" \
    [ "$server_sessions" -eq $((WORKERS + 2)) ]

# ---- 2. cache hits -------------------------------------------------------
step "2. Repeated requests are answered from the cache"
say "  Each request reads 2 config nodes, the children of /demo/services/api and"
say "  one node per instance. After a worker's first request all of it is cached:"
before=$(awk '{ print $1, $4 }' <<<"$out" | sort -u)
requests 6
show <<<"$out"
after=$(awk '{ print $1, $4 }' <<<"$out" | sort -u)
say "  hits climb by 8 per request (2 config reads; instances() and pick() each read the"
say "  children and each instance), misses stay where step 1 left them"
check "no new cache misses (no round trip to ZooKeeper)" [ -z "$(comm -13 <(echo "$before") <(echo "$after"))" ]

# ---- 3. config change ----------------------------------------------------
step "3. An operator changes the greeting with zkCli.sh"
run "zkCli.sh -server $ZK_HOST set /demo/config/greeting Bonjour"
"$ZKCLI" -server "$ZK_HOST" set /demo/config/greeting Bonjour >>"$LOG" 2>&1 || die "zkCli.sh set failed"
say "  The very next requests:"
requests_all_workers 6 3
check "every response shows greeting=\"Bonjour\": the server's watch invalidated the cached value" \
    all_have 'greeting="Bonjour"'
check "all $WORKERS workers counted 1 invalidation" every_worker_has 'invalidations=1 '

# ---- 4. a new instance ---------------------------------------------------
step "4. A third service instance starts"
start_instance api-c:9000
requests_all_workers 3 3
check "all $WORKERS workers list api-c:9000 at once" every_worker_has 'instances=api-a:9000,api-b:9000,api-c:9000 '

# ---- 5. an instance goes away --------------------------------------------
step "5. Instance api-a is stopped (kill -TERM ${INSTANCE_PIDS[0]})"
stop_instance "${INSTANCE_PIDS[0]}"
say "  It exits; the extension closes its session at process end, so ZooKeeper"
say "  deletes its ephemeral node at once (not after the session timeout)."
requests_all_workers 3 3
check "all $WORKERS workers dropped api-a:9000 at once" every_worker_has 'instances=api-b:9000,api-c:9000 '

# ---- 6. watcher callback in a CLI script ---------------------------------
step "6. A CLI script watches /demo/config/feature_x and just sleeps"
ready=$ZK_TEST_DIR/watch.ready
rm -f "$ready"
run "php demo/app/watch.php /demo/config/feature_x &"
"${PHP_CMD[@]}" "$APP/watch.php" /demo/config/feature_x "$ready" &
WATCH_PID=$!
for ((i = 0; i < 100; i++)); do [[ -e $ready ]] && break; sleep 0.1; done
[[ -e $ready ]] || die "watch.php did not arm its watcher"
sleep 0.3  # let it enter its sleep(1) loop
say "  another process sets the node:"
# shellcheck disable=SC2016 # PHP code, expanded by PHP
"${PHP_CMD[@]}" -r '
    $zk = new Zookeeper(getenv("ZK_HOST"));
    printf("  [other process %s] set /demo/config/feature_x = \"on\"\n", (new DateTime())->format("H:i:s.v"));
    $zk->set("/demo/config/feature_x", "on");'
watch_rc=0
wait "$WATCH_PID" || watch_rc=$?
WATCH_PID=
check "the callback ran inside the sleep(1) loop, without a dispatch() call" [ "$watch_rc" -eq 0 ]
say "  (the event arrives at once; PHP runs the callback when the current sleep(1) returns)"
requests 1
show <<<"$out"
check "the web app sees feature_x=on too" all_have 'feature_x=on '

# ---- summary -------------------------------------------------------------
step "Summary"
total=$(wc -l <"$RESPONSES")
sessions=$(distinct session <"$RESPONSES")
pairs=$(awk '{ print $1, $2 }' "$RESPONSES" | sort -u | wc -l)
say "  $total requests through nginx used $sessions ZooKeeper sessions in all."
check "each of the $WORKERS workers kept its one session from first request to last" \
    [ "$sessions" -eq "$WORKERS" -a "$pairs" -eq "$WORKERS" ]
say "  the demo took $(awk -v a="$START_TIME" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s"
if ((FAILED)); then
    printf '%sSome checks failed (✗ above).%s\n' "$R" "$N"
    exit 1
fi
printf '%sAll checks passed.%s\n' "$G" "$N"
