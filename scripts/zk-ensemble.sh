#!/usr/bin/env bash
# Usage: scripts/zk-ensemble.sh start|stop|status|leader|client-ports|connect-string
#        scripts/zk-ensemble.sh kill|stop-node|start-node|pause|resume N
#   A throw-away 3-node ZooKeeper ensemble on 127.0.0.1 (Debian package
#   `zookeeper`). Node N (1..3) uses client port ZK_ENSEMBLE_BASE+N-1
#   (default 22281..22283), quorum port 22880+N, election port 23880+N
#   (bases: ZK_ENSEMBLE_QUORUM_BASE, ZK_ENSEMBLE_ELECTION_BASE). These
#   variables are read by a fresh `start` only and remembered in
#   $ZK_TEST_DIR/ensemble/ports for all later commands until `stop`.
#   State: $ZK_TEST_DIR/ensemble/nodeN/{zoo.cfg,zoo.cfg.dynamic*,data/myid,
#   log/zookeeper.log,log/zookeeper.out,zookeeper.pid} (ZK_TEST_DIR default
#   /tmp/zkphp-test). reconfigEnabled=true with a dynamic config file;
#   ZooKeeper rewrites zoo.cfg / zoo.cfg.dynamic.<version> itself on reconfig.
#   start          if no node runs: wipe, configure and start all nodes; else
#                  start the missing ones. Waits until every node serves as
#                  leader/follower and there is one leader (max
#                  ZK_ENSEMBLE_TIMEOUT s, default 60)
#   stop           tear everything down (SIGCONT, SIGTERM, SIGKILL after 10 s,
#                  SIGKILL leftover JVMs of this directory); idempotent
#   status         one line per node; exit 0 if some node is leader
#   kill N         SIGKILL node N
#   stop-node N    clean stop of node N
#   start-node N   start node N with its current config and data; waits
#                  until it serves as leader/follower (max ZK_START_TIMEOUT s,
#                  default 60)
#   pause N        SIGSTOP node N      resume N   SIGCONT node N
#   leader         print N of the current leader (exit 1 if none)
#   client-ports   print the client ports, space separated
#   connect-string print 127.0.0.1:22281,127.0.0.1:22282,127.0.0.1:22283
#   Super user (needed for reconfig): `addauth digest super:superpw`;
#   superDigest = super:base64(sha1("super:superpw"))
#               = super:g9oN2HttPfn8MMWJZ2r45Np/LIA=
#   JVM: -Xmx$ZK_HEAP, serial GC, C1 only, -XX:-UsePerfData (no /tmp/hsperfdata).
#   Other env: ZK_HEAP (default 256m), ZK_JVMFLAGS, ZK_LOG_LEVEL (INFO),
#   ZK_BIN_DIR (default /usr/share/zookeeper/bin).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ZK_TEST_DIR=${ZK_TEST_DIR:-/tmp/zkphp-test}
ZK_BIN_DIR=${ZK_BIN_DIR:-/usr/share/zookeeper/bin}
DIR=$ZK_TEST_DIR/ensemble
SIZE=3
CLIENT_BASE=${ZK_ENSEMBLE_BASE:-22281}
QUORUM_BASE=${ZK_ENSEMBLE_QUORUM_BASE:-22881}
ELECTION_BASE=${ZK_ENSEMBLE_ELECTION_BASE:-23881}
SUPER_PASSWORD=superpw
mapfile -t NODES < <(seq 1 "$SIZE")
PORTS_FILE=$DIR/ports

# The port bases of the running ensemble are kept in $PORTS_FILE, so that
# later commands need not repeat the ZK_ENSEMBLE_* variables; only a fresh
# `start` takes them from the environment.
load_ports() {
    [[ -f $PORTS_FILE ]] || return 0
    read -r CLIENT_BASE QUORUM_BASE ELECTION_BASE <"$PORTS_FILE"
}

log() { printf 'zk-ensemble: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

usage() {
    sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0" >&2
    exit 2
}

client_port() { echo $((CLIENT_BASE + $1 - 1)); }
quorum_port() { echo $((QUORUM_BASE + $1 - 1)); }
election_port() { echo $((ELECTION_BASE + $1 - 1)); }
node_dir() { echo "$DIR/node$1"; }
node_cfg() { echo "$DIR/node$1/zoo.cfg"; }
node_pidfile() { echo "$DIR/node$1/zookeeper.pid"; }
node_logdir() { echo "$DIR/node$1/log"; }

check_node_arg() {
    if ! [[ ${1:-} =~ ^[0-9]+$ ]] || ((${1:-0} < 1 || ${1:-0} > SIZE)); then
        die "node number must be 1..$SIZE, got '${1:-}'"
    fi
}

# base64(sha1("super:<password>")) with coreutils only (no openssl/xxd).
super_digest() {
    local hex
    hex=$(printf '%s' "super:$SUPER_PASSWORD" | sha1sum | cut -d' ' -f1)
    # shellcheck disable=SC2059 # the format string is the \xNN byte sequence
    printf "$(printf '%s' "$hex" | sed 's/../\\x&/g')" | base64
}

# True if $1 is a live process; a SIGSTOPped one counts, a zombie does not.
pid_alive() {
    local pid=$1 stat
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat%% *} != Z ]]
}

# Pids of live processes whose command line has $1 as one argument.
pids_with_arg() {
    local want=$1 p arg
    for p in /proc/[0-9]*; do
        [[ -r $p/cmdline ]] || continue
        while IFS= read -r -d '' arg; do
            if [[ $arg == "$want" ]]; then
                pid_alive "${p#/proc/}" && echo "${p#/proc/}"
                break
            fi
        done <"$p/cmdline" 2>/dev/null || true
    done
}

# Pid of node $1 if it is alive and really runs that node's zoo.cfg.
node_pid() {
    local pidfile pid
    pidfile=$(node_pidfile "$1")
    [[ -f $pidfile ]] || return 1
    pid=$(<"$pidfile")
    pid_alive "$pid" || return 1
    tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qxF "$(node_cfg "$1")" || return 1
    echo "$pid"
}

node_paused() { [[ -f $(node_dir "$1")/paused ]]; }

# Mode of node $1 as reported by `srvr` (leader/follower/...), empty if none.
node_mode() {
    ZK_4LW_TIMEOUT=${ZK_4LW_TIMEOUT:-2} "$SCRIPT_DIR/zk-4lw.sh" "$(client_port "$1")" srvr 2>/dev/null |
        sed -n 's/^Mode: //p' || true
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# JAVA and class path from the package's zkEnv.sh, plus the log4j binding
# that the Debian package ships but leaves off the class path (without it
# the server logs nothing at all).
java_cmd() {
    local env_out java cp jar
    env_out=$(
        set +eu
        # shellcheck disable=SC1091
        . "$ZK_BIN_DIR/zkEnv.sh" >/dev/null 2>&1
        printf '%s\n%s\n' "${JAVA:-}" "${CLASSPATH:-}"
    )
    java=$(sed -n 1p <<<"$env_out")
    cp=$(sed -n 2p <<<"$env_out")
    [[ -n $java ]] || java=$(command -v java) || die "no java found"
    [[ -n $cp ]] || cp=/usr/share/java/zookeeper.jar
    for jar in /usr/share/java/slf4j-log4j12.jar /usr/share/java/log4j-1.2.jar; do
        [[ -f $jar ]] && cp=$cp:$jar
    done
    JAVA_BIN=$java
    JAVA_CP=$cp
}

write_node_config() {
    local n=$1 ndir m
    ndir=$(node_dir "$n")
    mkdir -p "$ndir/data" "$ndir/log"
    echo "$n" >"$ndir/data/myid"
    cat >"$ndir/zoo.cfg" <<EOF
# generated by zk-ensemble.sh (ZooKeeper rewrites this file on reconfig)
tickTime=1000
initLimit=5
syncLimit=2
minSessionTimeout=2000
maxSessionTimeout=60000
dataDir=$ndir/data
maxClientCnxns=0
admin.enableServer=false
4lw.commands.whitelist=*
reconfigEnabled=true
standaloneEnabled=false
dynamicConfigFile=$ndir/zoo.cfg.dynamic
EOF
    : >"$ndir/zoo.cfg.dynamic"
    for m in "${NODES[@]}"; do
        echo "server.$m=127.0.0.1:$(quorum_port "$m"):$(election_port "$m"):participant;127.0.0.1:$(client_port "$m")" \
            >>"$ndir/zoo.cfg.dynamic"
    done
    cat >"$ndir/log4j.properties" <<EOF
log4j.rootLogger=${ZK_LOG_LEVEL:-INFO}, FILE
log4j.appender.FILE=org.apache.log4j.FileAppender
log4j.appender.FILE.File=$ndir/log/zookeeper.log
log4j.appender.FILE.layout=org.apache.log4j.PatternLayout
log4j.appender.FILE.layout.ConversionPattern=%d{ISO8601} - %-5p [%t:%C{1}@%L] - %m%n
EOF
}

launch_node() {
    local n=$1 ndir digest
    ndir=$(node_dir "$n")
    [[ -f $ndir/zoo.cfg && -f $ndir/data/myid ]] || write_node_config "$n"
    [[ -n ${JAVA_BIN:-} ]] || java_cmd
    digest=$(super_digest)
    local -a jvm=(
        "-Xmx${ZK_HEAP:-256m}" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData
        -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true
        "-Dzookeeper.log.dir=$ndir/log" -Dzookeeper.log.file=zookeeper.log
        "-Dlog4j.configuration=file:$ndir/log4j.properties"
        "-Dzookeeper.DigestAuthenticationProvider.superDigest=super:$digest"
    )
    # shellcheck disable=SC2206 # ZK_JVMFLAGS is a space separated flag list
    [[ -n ${ZK_JVMFLAGS:-} ]] && jvm+=(${ZK_JVMFLAGS})
    rm -f "$ndir/zookeeper.pid" "$ndir/paused"
    # setsid: own session, so the caller's Ctrl-C / job control does not
    # reach the JVM; the inner shell records its own pid, then execs java.
    (
        cd "$ndir"
        # shellcheck disable=SC2016 # expanded by the inner bash
        exec setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' zk-launch "$ndir/zookeeper.pid" \
            "$JAVA_BIN" "${jvm[@]}" -cp "$JAVA_CP" \
            org.apache.zookeeper.server.quorum.QuorumPeerMain "$ndir/zoo.cfg" \
            </dev/null >>"$ndir/log/zookeeper.out" 2>&1 &
    )
    local i
    for ((i = 0; i < 50; i++)); do
        [[ -s $ndir/zookeeper.pid ]] && break
        sleep 0.1
    done
    log "node $n launched (pid $(cat "$ndir/zookeeper.pid" 2>/dev/null || echo '?'), client port $(client_port "$n"))"
}

show_logs() {
    local n=$1 ldir
    ldir=$(node_logdir "$n")
    log "---- node $n: tail $ldir/zookeeper.out"
    tail -n 10 "$ldir/zookeeper.out" >&2 2>/dev/null || true
    log "---- node $n: tail $ldir/zookeeper.log"
    tail -n 30 "$ldir/zookeeper.log" >&2 2>/dev/null || true
}

# Stop the given nodes: SIGCONT, SIGTERM, wait up to 10 s, SIGKILL.
# With "-9" as first argument, SIGKILL right away.
stop_nodes() {
    local hard=0 n p i alive cfg
    if [[ ${1:-} == -9 ]]; then hard=1; shift; fi
    local -a pids=()
    for n in "$@"; do
        if p=$(node_pid "$n"); then pids+=("$p"); fi
        cfg=$(node_cfg "$n")
        while read -r p; do
            [[ -n $p ]] && pids+=("$p")
        done < <(pids_with_arg "$cfg")
    done
    if [[ ${#pids[@]} -gt 0 ]]; then
        mapfile -t pids < <(printf '%s\n' "${pids[@]}" | sort -u)
        if ((hard)); then
            kill -KILL "${pids[@]}" 2>/dev/null || true
        else
            kill -CONT "${pids[@]}" 2>/dev/null || true
            kill -TERM "${pids[@]}" 2>/dev/null || true
            for ((i = 0; i < 100; i++)); do
                alive=0
                for p in "${pids[@]}"; do pid_alive "$p" && alive=1; done
                ((alive)) || break
                sleep 0.1
            done
            for p in "${pids[@]}"; do
                if pid_alive "$p"; then
                    log "pid $p ignored SIGTERM, sending SIGKILL"
                    kill -KILL "$p" 2>/dev/null || true
                fi
            done
        fi
        for ((i = 0; i < 50; i++)); do
            alive=0
            for p in "${pids[@]}"; do pid_alive "$p" && alive=1; done
            ((alive)) || break
            sleep 0.1
        done
    fi
    for n in "$@"; do
        rm -f "$(node_pidfile "$n")" "$(node_dir "$n")/paused"
    done
    echo "${pids[*]}"
}

# Wait until nodes $2.. all serve as leader/follower and, if $1 == all, the
# ensemble has exactly one leader. Timeout in seconds from $TIMEOUT.
wait_serving() {
    local want=$1 n mode leaders ok start now
    shift
    start=$(date +%s.%N)
    local deadline=$((SECONDS + TIMEOUT))
    while ((SECONDS < deadline)); do
        ok=1
        for n in "$@"; do
            if ! node_pid "$n" >/dev/null; then
                log "node $n is not running (died?)"
                show_logs "$n"
                return 1
            fi
            mode=$(node_mode "$n")
            [[ $mode == leader || $mode == follower ]] || ok=0
        done
        if ((ok)) && [[ $want == all ]]; then
            leaders=0
            for n in "$@"; do
                [[ $(node_mode "$n") == leader ]] && leaders=$((leaders + 1))
            done
            ((leaders == 1)) || ok=0
        fi
        if ((ok)); then
            now=$(date +%s.%N)
            log "serving after $(awk -v a="$start" -v b="$now" 'BEGIN { printf "%.1f", b - a }') s"
            return 0
        fi
        sleep 0.2
    done
    log "not serving within $TIMEOUT s"
    for n in "$@"; do
        log "node $n mode: $(node_mode "$n")"
        show_logs "$n"
    done
    return 1
}

do_start() {
    local n running=() missing=() p
    for n in "${NODES[@]}"; do
        if node_pid "$n" >/dev/null; then load_ports; break; fi
    done
    for n in "${NODES[@]}"; do
        if node_pid "$n" >/dev/null; then running+=("$n"); else missing+=("$n"); fi
    done
    TIMEOUT=${ZK_ENSEMBLE_TIMEOUT:-60}
    if [[ ${#running[@]} -eq 0 ]]; then
        # Fresh ensemble: make sure nothing of ours lingers, ports are free.
        stop_nodes -9 "${NODES[@]}" >/dev/null
        for n in "${NODES[@]}"; do
            for p in "$(client_port "$n")" "$(quorum_port "$n")" "$(election_port "$n")"; do
                [[ $p != 2181 ]] || die "refusing to use port 2181"
                if port_in_use "$p"; then die "port $p is already in use"; fi
            done
        done
        rm -rf "$DIR"
        mkdir -p "$DIR"
        echo "$CLIENT_BASE $QUORUM_BASE $ELECTION_BASE" >"$PORTS_FILE"
        for n in "${NODES[@]}"; do write_node_config "$n"; done
    elif [[ ${#missing[@]} -eq 0 ]]; then
        for n in "${running[@]}"; do
            if node_paused "$n"; then
                log "node $n is paused; resuming it"
                kill -CONT "$(node_pid "$n")"
                rm -f "$(node_dir "$n")/paused"
            fi
        done
        log "already running (nodes ${running[*]})"
    else
        log "nodes ${running[*]} already running; starting ${missing[*]}"
    fi
    for n in "${missing[@]}"; do launch_node "$n"; done
    wait_serving all "${NODES[@]}" || { do_stop >/dev/null; exit 1; }
    log "leader is node $(do_leader)"
}

do_stop() {
    local pids
    pids=$(stop_nodes "${NODES[@]}")
    # Also any other node dir left from an earlier, differently sized run.
    local cfg p extra=()
    for cfg in "$DIR"/node*/zoo.cfg; do
        [[ -f $cfg ]] || continue
        while read -r p; do [[ -n $p ]] && extra+=("$p"); done < <(pids_with_arg "$cfg")
    done
    if [[ ${#extra[@]} -gt 0 ]]; then
        kill -CONT "${extra[@]}" 2>/dev/null || true
        kill -KILL "${extra[@]}" 2>/dev/null || true
        pids="$pids ${extra[*]}"
    fi
    rm -f "$PORTS_FILE"
    if [[ -n ${pids// /} ]]; then log "stopped (pids $pids)"; else log "not running"; fi
}

do_kill() {
    local n=$1 pid
    if ! pid=$(node_pid "$n"); then
        log "node $n is not running"
        return 0
    fi
    stop_nodes -9 "$n" >/dev/null
    log "node $n killed (pid $pid)"
}

do_stop_node() {
    local n=$1 pids
    pids=$(stop_nodes "$n")
    if [[ -n ${pids// /} ]]; then log "node $n stopped (pid $pids)"; else log "node $n was not running"; fi
}

do_start_node() {
    local n=$1
    if node_pid "$n" >/dev/null; then
        if node_paused "$n"; then
            log "node $n is paused; resuming it"
            do_resume "$n"
        fi
    else
        launch_node "$n"
    fi
    TIMEOUT=${ZK_START_TIMEOUT:-60}
    wait_serving one "$n" || exit 1
    log "node $n serves as $(node_mode "$n")"
}

do_pause() {
    local n=$1 pid
    pid=$(node_pid "$n") || die "node $n is not running"
    kill -STOP "$pid"
    touch "$(node_dir "$n")/paused"
    log "node $n paused (pid $pid)"
}

do_resume() {
    local n=$1 pid
    pid=$(node_pid "$n") || die "node $n is not running"
    kill -CONT "$pid"
    rm -f "$(node_dir "$n")/paused"
    log "node $n resumed (pid $pid)"
}

do_leader() {
    local n
    for n in "${NODES[@]}"; do
        node_pid "$n" >/dev/null || continue
        node_paused "$n" && continue
        if [[ $(node_mode "$n") == leader ]]; then
            echo "$n"
            return 0
        fi
    done
    log "no leader"
    return 1
}

do_status() {
    local n pid state mode rc=1
    for n in "${NODES[@]}"; do
        mode=-
        if pid=$(node_pid "$n"); then
            if node_paused "$n"; then
                state=paused
            else
                state=running
                mode=$(node_mode "$n")
                mode=${mode:-unresponsive}
                [[ $mode == leader ]] && rc=0
            fi
        else
            pid=-
            state=down
        fi
        echo "node$n pid=$pid client=127.0.0.1:$(client_port "$n") state=$state mode=$mode"
    done
    return "$rc"
}

do_client_ports() {
    local n out=()
    for n in "${NODES[@]}"; do out+=("$(client_port "$n")"); done
    echo "${out[*]}"
}

do_connect_string() {
    local n out=()
    for n in "${NODES[@]}"; do out+=("127.0.0.1:$(client_port "$n")"); done
    local IFS=,
    echo "${out[*]}"
}

[[ $# -ge 1 ]] || usage
cmd=$1
shift
case $cmd in
start | stop | status | leader | client-ports | connect-string)
    [[ $# -eq 0 ]] || usage
    ;;
kill | stop-node | start-node | pause | resume)
    [[ $# -eq 1 ]] || usage
    check_node_arg "$1"
    ;;
*) usage ;;
esac
[[ $cmd == start ]] || load_ports
case $cmd in
start) do_start ;;
stop) do_stop ;;
status) do_status ;;
leader) do_leader ;;
client-ports) do_client_ports ;;
connect-string) do_connect_string ;;
kill) do_kill "$1" ;;
stop-node) do_stop_node "$1" ;;
start-node) do_start_node "$1" ;;
pause) do_pause "$1" ;;
resume) do_resume "$1" ;;
esac
