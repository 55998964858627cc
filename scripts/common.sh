# shellcheck shell=bash
# Sourced by the server scripts (zk-standalone.sh, zk-ensemble.sh, php-fpm.sh):
# process checks, the test servers' super user, how to start ZooKeeper's JVM.
# They define log() and die() themselves (each with its own prefix).

# The usage text is the script's header comment.
usage() {
    sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0" >&2
    exit 2
}

# Password of the test servers' super user (`addauth digest super:superpw`).
SUPER_PASSWORD=superpw

# base64(sha1("super:<password>")) with coreutils only (no openssl/xxd).
super_digest() {
    local hex
    hex=$(printf '%s' "super:$SUPER_PASSWORD" | sha1sum | cut -d' ' -f1)
    # shellcheck disable=SC2059 # the format string is the \xNN byte sequence
    printf "$(printf '%s' "$hex" | sed 's/../\\x&/g')" | base64
}

# True if $1 is a live process; a SIGSTOPped one counts, a zombie does not
# (PID 1 here reaps killed processes late, and `kill -0` says yes to zombies).
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

# The pid in pid file $1, if that process is alive and its command line
# contains $2 (so a recycled pid of another program never counts as ours;
# php-fpm rewrites its title, hence a substring).
pid_from_file() {
    local pid
    [[ -f $1 ]] || return 1
    pid=$(<"$1")
    pid_alive "$pid" || return 1
    tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$2" || return 1
    echo "$pid"
}

# True if something listens on 127.0.0.1:$1.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# JAVA and class path from the zookeeper package's zkEnv.sh (in $ZK_BIN_DIR),
# plus the log4j binding that the Debian package ships but leaves off the
# class path (without it the server logs nothing at all). Sets JAVA_BIN, JAVA_CP.
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
    # shellcheck disable=SC2034 # read by the sourcing script
    JAVA_BIN=$java
    # shellcheck disable=SC2034 # read by the sourcing script
    JAVA_CP=$cp
}

# Waits up to $1 tenths of a second until none of the pids $2... is alive.
wait_gone() {
    local tenths=$1 i p alive
    shift
    for ((i = 0; i < tenths; i++)); do
        alive=0
        for p in "$@"; do pid_alive "$p" && alive=1; done
        ((alive)) || return 0
        sleep 0.1
    done
    return 1
}

# Stops pids $@: SIGCONT (a paused one must see the signal), SIGTERM, up to
# 10 s to exit, then SIGKILL for the rest and up to 5 s more.
terminate() {
    local p
    kill -CONT "$@" 2>/dev/null || true
    kill -TERM "$@" 2>/dev/null || true
    wait_gone 100 "$@" && return 0
    for p in "$@"; do
        if pid_alive "$p"; then
            log "pid $p ignored SIGTERM, sending SIGKILL"
            kill -KILL "$p" 2>/dev/null || true
        fi
    done
    wait_gone 50 "$@" || true
}

# JVM flags of a test server logging into $1, with its log4j.properties in $2;
# plus ZK_JVMFLAGS (space separated). Sets the array JVM_FLAGS.
zk_jvm_flags() {
    JVM_FLAGS=(
        "-Xmx${ZK_HEAP:-256m}" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData
        -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true
        "-Dzookeeper.log.dir=$1" -Dzookeeper.log.file=zookeeper.log
        "-Dlog4j.configuration=file:$2/log4j.properties"
        "-Dzookeeper.DigestAuthenticationProvider.superDigest=super:$(super_digest)"
    )
    # shellcheck disable=SC2206 # ZK_JVMFLAGS is a space separated flag list
    [[ -z ${ZK_JVMFLAGS:-} ]] || JVM_FLAGS+=(${ZK_JVMFLAGS})
}
