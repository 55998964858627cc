#!/usr/bin/env bash
# Usage: scripts/phpize-check.sh STAGING-DIR
#   The route PIE takes, in this tree: phpize && ./configure && make && make
#   install, for the PHP of PHP / PHP_CONFIG (see php-env.sh), installing
#   into STAGING-DIR (INSTALL_ROOT) instead of the PHP itself. Run it in a
#   fresh copy of the sources (test-php84.sh does): configure writes its files
#   here. Then checks that
#   - `make install` did not run cargo again (it is given CARGO=false);
#   - the installed zookeeper.so loads into that PHP (php -n -d extension=...);
#   - `php --ri zookeeper` reports the PHP version it was built for, NTS or
#     ZTS as that PHP is, and EXPECT_GIT_COMMIT if that is set.
#   Prints the installed path as its last line. Exits non-zero on any failure.
set -euo pipefail
[[ $# -eq 1 ]] || { sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0" >&2; exit 2; }
staging=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/php-env.sh
source scripts/php-env.sh
php_env
# phpize8.4 beside php-config8.4 (Debian), phpize beside php-config.
config_name=${PHP_CONFIG##*/}
phpize=${PHP_CONFIG%/*}/phpize${config_name#php-config}

log() { printf 'phpize-check: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
# Runs a step quietly; shows its output if it fails.
step() {
    local out
    out=$(mktemp)
    log "$*"
    if ! "$@" >"$out" 2>&1; then
        tail -n 40 "$out" >&2
        rm -f "$out"
        die "failed: $*"
    fi
    rm -f "$out"
}

step "$phpize"
step ./configure --with-php-config="$PHP_CONFIG"
step make
rm -rf "$staging"
step make install INSTALL_ROOT="$staging" CARGO=false

installed=$staging$("$PHP_CONFIG" --extension-dir)/zookeeper.so
[[ -f $installed ]] || die "make install did not install $installed"
info=$("$PHP" -n -d "extension=$installed" --ri zookeeper 2>&1) || die "php --ri zookeeper failed: $info"
want_zts=NTS
[[ $("$PHP" -n -r 'echo PHP_ZTS;') == 1 ]] && want_zts=ZTS
expect() {
    grep -qxF "$1" <<<"$info" || die "php --ri zookeeper does not show '$1':"$'\n'"$info"
}
expect "zookeeper support => enabled"
expect "built for PHP => $("$PHP_CONFIG" --version) (API $("$PHP_CONFIG" --phpapi), $want_zts)"
[[ -z ${EXPECT_GIT_COMMIT:-} ]] || expect "git commit => $EXPECT_GIT_COMMIT"
log "built, installed and loaded: $("$PHP" -n -d "extension=$installed" -r 'echo "zookeeper ", phpversion("zookeeper"), " in PHP ", PHP_VERSION;')"
echo "$installed"
