#!/usr/bin/env bash
# Usage: scripts/install.sh   (what `make install` runs)
#   Installs modules/zookeeper.so into the targeted PHP (PHP / PHP_CONFIG, see
#   php-env.sh) and enables it:
#   - the .so goes to `php-config --extension-dir`;
#   - on Debian's layout (phpenmod and /etc/php/X.Y/mods-available exist) a
#     mods-available/zookeeper.ini enabled with phpenmod for every SAPI;
#   - elsewhere (php.net builds, the official Docker images) zookeeper.ini in
#     the PHP's scan directory (`php-config --ini-dir`), if it has one;
#     otherwise it says which php.ini to add the line to.
#   DESTDIR stages the files under a root instead (then no phpenmod).
#   Builds first (scripts/build.sh) only when there is no build yet, so
#   `sudo make install` after `make build` never runs cargo as root.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/php-env.sh
source scripts/php-env.sh
php_env
destdir=${DESTDIR:-}
[[ -f modules/zookeeper.so ]] || scripts/build.sh

ext_dir=$("$PHP_CONFIG" --extension-dir)
install -D -m 0644 modules/zookeeper.so "$destdir$ext_dir/zookeeper.so"
echo "install: $destdir$ext_dir/zookeeper.so"

ini_line="extension=zookeeper.so"
version=$("$PHP_CONFIG" --version | cut -d. -f1,2)
mods=/etc/php/$version/mods-available
if [[ -z $destdir ]] && command -v phpenmod >/dev/null && [[ -d $mods ]]; then
    printf '; priority=20\n%s\n' "$ini_line" >"$mods/zookeeper.ini"
    phpenmod -v "$version" -s ALL zookeeper
    echo "install: enabled with phpenmod ($mods/zookeeper.ini); restart php-fpm$version if it runs"
    exit 0
fi
ini_dir=$("$PHP_CONFIG" --ini-dir)
if [[ -n $ini_dir ]]; then
    install -d "$destdir$ini_dir"
    echo "$ini_line" >"$destdir$ini_dir/zookeeper.ini"
    echo "install: enabled in $destdir$ini_dir/zookeeper.ini; restart php-fpm if it runs"
else
    echo "install: this PHP has no ini scan directory: add '$ini_line' to $("$PHP_CONFIG" --ini-path)/php.ini"
fi
