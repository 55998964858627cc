#!/usr/bin/env bash
# Usage: scripts/build.sh   (what `make build` runs after deps.sh)
#   Builds the extension for the targeted PHP (PHP / PHP_CONFIG, see
#   php-env.sh) with cargo and leaves it in modules/zookeeper.so.
#   CARGO_TARGET_DIR is honoured.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/php-env.sh
source scripts/php-env.sh
php_env
echo "build: for $PHP ($("$PHP_CONFIG" --version)), php-config $PHP_CONFIG" >&2
cargo build --release
mkdir -p modules
install -m 0755 "${CARGO_TARGET_DIR:-target}/release/libzookeeper.so" modules/zookeeper.so
