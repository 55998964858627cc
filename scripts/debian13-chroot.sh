#!/usr/bin/env bash
# Usage: scripts/debian13-chroot.sh ensure|run|dir [...]
#   A Debian 13 (trixie) chroot with PHP 8.4 and ZooKeeper 3.9, built with
#   debootstrap from the machine's own Debian mirror and cached between runs
#   in $ZKPHP_CACHE/debian13 (ZKPHP_CACHE default /var/cache/zkphp). Needs root.
#   ensure   build the chroot if it is missing (or was left half-built), and
#            install PACKAGES below when the list changed since the last run
#   run [--bind DIR]... [--env K=V]... -- COMMAND...
#            run COMMAND inside the chroot with /proc, /sys and /dev mounted,
#            each DIR bind-mounted at the same path, a clean environment
#            (PATH, HOME, LANG) plus the K=V given. The mounts live in a mount
#            namespace of their own (unshare): nothing is visible outside, and
#            they are gone when COMMAND ends, however it ends. Processes left
#            in the chroot when COMMAND returns are killed.
#   dir      print the chroot's directory
#   The mirror is the one the host's apt uses for its Debian release
#   (override: DEBIAN13_MIRROR). Runs of `ensure`/`run` take a lock
#   ($ZKPHP_CACHE/debian13.lock): a second run waits for the first.
set -euo pipefail

ZKPHP_CACHE=${ZKPHP_CACHE:-/var/cache/zkphp}
ROOT=$ZKPHP_CACHE/debian13
LOCK=$ZKPHP_CACHE/debian13.lock
# What the builds and test suites need inside. A change here is applied by
# the next `ensure` (apt-get install), without building the chroot again.
PACKAGES=(php8.4-cli php8.4-dev php8.4-fpm zookeeper libclang-dev libfcgi-bin gcc libc6-dev make ca-certificates)
STAMP=$ROOT/.zkphp-packages
DONE=$ROOT/.zkphp-debootstrap-done

log() { printf 'debian13-chroot: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
usage() {
    sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0" >&2
    exit 2
}

# The Debian mirror of the host's apt sources (deb822 or one-line format).
host_mirror() {
    local uri
    uri=$(awk '
        /^URIs:/ { uri = $2 }
        /^Suites:/ { for (i = 2; i <= NF; i++) if ($i !~ /-/) suite = 1 }
        /^$/ { if (suite && uri != "") exit; uri = ""; suite = 0 }
        END { if (suite && uri != "") print uri }
    ' /etc/apt/sources.list.d/*.sources 2>/dev/null) || true
    [[ -n $uri ]] || uri=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null) || true
    echo "${uri:-http://deb.debian.org/debian}"
}

take_lock() {
    mkdir -p "$ZKPHP_CACHE"
    exec 9>"$LOCK"
    if ! flock -n 9; then
        log "waiting for another run using the chroot (lock $LOCK)"
        flock 9
    fi
}

# Mounts below $ROOT in this (host) namespace would mean a run of ours is
# still active or one died without unshare's cleanup: never delete through them.
check_no_mounts() {
    if awk -v root="$ROOT/" 'index($5 "/", root) == 1 { found = 1 } END { exit !found }' /proc/self/mountinfo; then
        die "something is mounted below $ROOT; unmount it first"
    fi
}

do_ensure() {
    local mirror started
    [[ $(id -u) -eq 0 ]] || die "needs root (debootstrap, chroot, mount)"
    if [[ ! -f $DONE ]]; then
        "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" debootstrap
        check_no_mounts
        mirror=${DEBIAN13_MIRROR:-$(host_mirror)}
        log "building $ROOT with debootstrap from $mirror"
        started=$SECONDS
        rm -rf "$ROOT" "$ROOT.partial"
        debootstrap --variant=minbase trixie "$ROOT.partial" "$mirror" >"$ZKPHP_CACHE/debootstrap.log" 2>&1 ||
            { tail -n 30 "$ZKPHP_CACHE/debootstrap.log" >&2; die "debootstrap failed (log: $ZKPHP_CACHE/debootstrap.log)"; }
        # Packages must not start their services (php8.4-fpm, zookeeper) in here.
        printf '#!/bin/sh\nexit 101\n' >"$ROOT.partial/usr/sbin/policy-rc.d"
        chmod 0755 "$ROOT.partial/usr/sbin/policy-rc.d"
        touch "$ROOT.partial/.zkphp-debootstrap-done"
        mv "$ROOT.partial" "$ROOT"
        log "debootstrap done in $((SECONDS - started)) s"
    fi
    if [[ $(cat "$STAMP" 2>/dev/null) != "${PACKAGES[*]}" ]]; then
        started=$SECONDS
        cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
        log "installing ${PACKAGES[*]}"
        in_chroot -- sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null' \
            apt "${PACKAGES[@]}" || die "package installation failed"
        echo "${PACKAGES[*]}" >"$STAMP"
        log "packages installed in $((SECONDS - started)) s"
    fi
}

# Kills what still runs with its root in the chroot (a server a test left).
kill_leftovers() {
    local p left=()
    for p in /proc/[0-9]*; do
        [[ $(readlink "$p/root" 2>/dev/null) == "$ROOT" ]] && left+=("${p#/proc/}")
    done
    ((${#left[@]})) || return 0
    log "killing processes left in the chroot: ${left[*]}"
    kill -KILL "${left[@]}" 2>/dev/null || true
}

unmount_all() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTED[i]}" 2>/dev/null || true; done
}

# run's work, in a private mount namespace: mount, chroot, unmount.
in_namespace() {
    local binds=() envs=() dir
    while [[ $# -gt 0 && $1 != -- ]]; do
        case $1 in
        --bind) binds+=("$2"); shift 2 ;;
        --env) envs+=("$2"); shift 2 ;;
        *) usage ;;
        esac
    done
    [[ ${1:-} == -- ]] || usage
    shift
    # Undone on every exit path (the namespace would drop them anyway).
    MOUNTED=()
    trap unmount_all EXIT
    mount -t proc proc "$ROOT/proc"
    MOUNTED+=("$ROOT/proc")
    mount --rbind /sys "$ROOT/sys"
    MOUNTED+=("$ROOT/sys")
    mount --rbind /dev "$ROOT/dev"
    MOUNTED+=("$ROOT/dev")
    for dir in "${binds[@]}"; do
        [[ $dir == /* && -d $dir ]] || die "--bind needs an existing absolute directory, got '$dir'"
        mkdir -p "$ROOT$dir"
        mount --bind "$dir" "$ROOT$dir"
        MOUNTED+=("$ROOT$dir")
    done
    local status=0
    chroot "$ROOT" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 "${envs[@]}" "$@" 9>&- || status=$?
    return $status
}

in_chroot() {
    local status=0
    unshare --mount --propagation private -- "$0" _in_namespace "$@" || status=$?
    kill_leftovers
    return $status
}

[[ $# -ge 1 ]] || usage
cmd=$1
shift
case $cmd in
ensure) take_lock; do_ensure ;;
run)
    take_lock
    [[ -f $DONE && -f $STAMP ]] || die "no chroot at $ROOT: run '$0 ensure' first"
    in_chroot "$@"
    ;;
_in_namespace) in_namespace "$@" ;;
dir) echo "$ROOT" ;;
*) usage ;;
esac
