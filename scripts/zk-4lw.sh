#!/usr/bin/env bash
# Usage: scripts/zk-4lw.sh <port> <cmd>
#   Send a ZooKeeper four-letter word (ruok, srvr, stat, mntr, cons, conf, ...)
#   to 127.0.0.1:<port> and print the answer on stdout.
#   Pure bash (/dev/tcp), no nc needed. Gives up after ZK_4LW_TIMEOUT seconds
#   (default 5; e.g. against a SIGSTOPped server, whose kernel still accepts
#   the TCP connection but which never answers).
#   Exit status: 0 answer printed, 1 connection failed / no answer, 2 usage,
#   124 timed out.
set -euo pipefail

usage() {
    sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
port=$1
cmd=$2
if ! [[ $port =~ ^[0-9]+$ ]] || ((port < 1 || port > 65535)); then usage; fi
if ! [[ $cmd =~ ^[a-z]{4}$ ]]; then usage; fi
timeout_s=${ZK_4LW_TIMEOUT:-5}

# The inner bash opens the socket, sends the word and copies the reply until
# the server closes the connection (every 4lw handler closes when done).
set +e
# shellcheck disable=SC2016 # $1/$2 are expanded by the inner bash
out=$(timeout "$timeout_s" bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "%s" "$2" >&3
    cat <&3
' zk-4lw "$port" "$cmd" 2>/dev/null)
rc=$?
set -e

if [[ $rc -ne 0 ]]; then
    [[ $rc -eq 124 ]] || rc=1
    echo "zk-4lw: no answer to '$cmd' from 127.0.0.1:$port (rc=$rc)" >&2
    exit "$rc"
fi
if [[ -z $out ]]; then
    echo "zk-4lw: empty answer to '$cmd' from 127.0.0.1:$port" >&2
    exit 1
fi
printf '%s\n' "$out"
