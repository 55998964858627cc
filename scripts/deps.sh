#!/usr/bin/env bash
# Usage: scripts/deps.sh [extra-package ...]
#   Installs what building and testing need on Debian (idempotent, through
#   apt-install.sh): the targeted PHP's -cli, -dev and -fpm packages, plus
#   libclang-dev, zookeeper, libfcgi-bin, valgrind, python3 and gdb (the
#   fuzzer) and the packages named.
#   The targeted PHP is PHP / PHP_CONFIG (see php-env.sh): Debian's phpX.Y
#   packages of its version; with neither set and no `php` installed yet, the
#   distribution's default PHP (php-cli, php-dev, php-fpm). A PHP not installed
#   from a Debian package is used as it is (its php-config and php-fpm must be
#   there). DEPS_PHP_EXTENSIONS: PHP extension packages by short name, e.g.
#   "apcu opcache" (php8.2-apcu ...).
set -euo pipefail
scripts=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/php-env.sh
source "$scripts/php-env.sh"

# The Debian package prefix of the targeted PHP: "php8.4", "php" (the
# distribution's default), or nothing when that PHP is not Debian's.
php_packages_prefix() {
    local name=${PHP:-php} version
    if [[ -n ${PHP_CONFIG:-} || -n ${PHP:-} ]] || command -v php >/dev/null; then
        if [[ ${name##*/} =~ ^php[0-9]+\.[0-9]+$ ]] && ! command -v "$name" >/dev/null; then
            echo "${name##*/}" # not installed yet: its name says the version
            return
        fi
        php_env >/dev/null || exit 1
        if ! dpkg -S "$PHP" >/dev/null 2>&1; then
            echo "deps: $PHP is not from a Debian package: using it as it is" >&2
            return
        fi
        version=$("$PHP_CONFIG" --version | cut -d. -f1,2)
        echo "php$version"
    else
        echo php
    fi
}

packages=(libclang-dev zookeeper libfcgi-bin valgrind python3 gdb "$@")
prefix=$(php_packages_prefix)
if [[ -n $prefix ]]; then
    packages+=("$prefix-cli" "$prefix-dev" "$prefix-fpm")
    for extension in ${DEPS_PHP_EXTENSIONS:-}; do packages+=("$prefix-$extension"); done
fi
"$scripts/apt-install.sh" "${packages[@]}"
command -v cargo >/dev/null || { echo "deps: cargo (Rust) is required" >&2; exit 1; }
