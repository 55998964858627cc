#!/usr/bin/env bash
# Usage: scripts/deps.sh [extra-package ...]
#   Installs what building and testing need on Debian 12 (idempotent; runs
#   apt-get only when something is missing). Extra packages (e.g. nginx wrk
#   php8.2-apcu for benchmarks) may be named on the command line.
set -euo pipefail

packages=(php8.2-dev php8.2-cli php8.2-fpm libclang-dev zookeeper libfcgi-bin valgrind python3 gdb "$@")
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "deps: installing ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v cargo >/dev/null || { echo "deps: cargo (Rust) is required" >&2; exit 1; }
