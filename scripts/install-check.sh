#!/usr/bin/env bash
# Usage: scripts/install-check.sh   (test-php84.sh runs it in the chroot)
#   scripts/install.sh (the repository's `make install`) for real, into the
#   targeted PHP (PHP / PHP_CONFIG, see php-env.sh), from the build in
#   modules/zookeeper.so: then the CLI and php-fpm must load the extension
#   through their own ini files (no -n), and it is uninstalled again, also on
#   failure. Before that, the layout without phpenmod (php.net builds, the
#   Docker images: an ini file in the scan directory), staged with DESTDIR.
#   It changes that PHP's files: meant for a disposable system such as the
#   test chroot.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/php-env.sh
source scripts/php-env.sh
php_env

log() { printf 'install-check: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
[[ -f modules/zookeeper.so ]] || die "no build in modules/zookeeper.so"

version=$("$PHP_CONFIG" --version | cut -d. -f1,2)
staged=$(mktemp -d)
uninstall() {
    rm -rf "$staged"
    if command -v phpdismod >/dev/null && [[ -f /etc/php/$version/mods-available/zookeeper.ini ]]; then
        phpdismod -v "$version" -s ALL zookeeper || true
        rm -f "/etc/php/$version/mods-available/zookeeper.ini"
    fi
    rm -f "$("$PHP_CONFIG" --ini-dir)/zookeeper.ini" "$("$PHP_CONFIG" --extension-dir)/zookeeper.so"
}
trap uninstall EXIT

DESTDIR=$staged scripts/install.sh >&2 || die "DESTDIR=$staged scripts/install.sh failed"
PHP_INI_SCAN_DIR=$staged$("$PHP_CONFIG" --ini-dir) "$PHP" -d "extension_dir=$staged$("$PHP_CONFIG" --extension-dir)" -m |
    grep -x zookeeper >/dev/null || die "$PHP does not load zookeeper from the ini file install.sh staged in $staged"
log "install.sh with DESTDIR: loaded from the staged scan directory"

# Not `make install`: after phpize-check.sh, that is PHP's rule (see GNUmakefile).
scripts/install.sh >&2 || die "scripts/install.sh failed"
"$PHP" -m | grep -x zookeeper >/dev/null || die "$PHP does not load zookeeper after install.sh"
"$PHP_FPM" -m | grep -x zookeeper >/dev/null || die "$PHP_FPM does not load zookeeper after install.sh"
log "install.sh: loaded by $PHP and $PHP_FPM through their ini files"
