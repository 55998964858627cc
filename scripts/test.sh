#!/usr/bin/env bash
# Usage: scripts/test.sh   (what `make test` runs after building)
#   Every stage runs, even after one failed; each is timed:
#   1. formatting and lints (cargo fmt --check, cargo clippy -D warnings)
#   2. Rust unit tests (cargo test)
#   3. the suites on the targeted PHP (PHP / PHP_CONFIG, default the `php`
#      on PATH: Debian 12's 8.2) against Debian's ZooKeeper (test-suites.sh):
#      the vendored zookeeper-client's patch tests, the phpt suites (CLI,
#      php-fpm, 3-node ensemble), a seeded batch of the fuzzer and the chaos
#      soak's short run
#   4. part of the CLI suite again under valgrind (valgrind.sh)
#   5. the ZTS compile check (zts-check.sh)
#   6. PHP 8.4 + ZooKeeper 3.9 in a Debian 13 chroot, built the way PIE
#      builds it (test-php84.sh; needs root)
#   Exits non-zero if any stage failed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export ZK_TEST_DIR=${ZK_TEST_DIR:-/tmp/zkphp-test}
export EXTENSION=$root/modules/zookeeper.so
# shellcheck source=scripts/php-env.sh
source scripts/php-env.sh
# Exported for every stage, cargo test included: ext-php-rs rebuilds when
# PHP or PHP_CONFIG differ from what `make build` gave it.
php_env

summary=()
status=0
# stage NAME COMMAND...: runs it, records "NAME: ok|FAILED (N s)".
stage() {
    local name=$1 started=$SECONDS result=ok
    shift
    printf '\n==== %s\n' "$name"
    "$@" || { result=FAILED; status=1; }
    summary+=("$(printf '%-34s %-6s %4d s' "$name" "$result" $((SECONDS - started)))")
}

# The Debian 13 chroot is built or updated (network and disk more than CPU)
# while the other stages run; test-php84.sh waits for it through its lock.
mkdir -p "$ZK_TEST_DIR"
scripts/debian13-chroot.sh ensure >"$ZK_TEST_DIR/debian13-chroot.log" 2>&1 &

stage "format and lints" sh -c 'cargo fmt --check && cargo clippy --release --all-targets -- -D warnings'
stage "cargo test" cargo test --release
stage "phpt suites (PHP $("$PHP_CONFIG" --version))" scripts/test-suites.sh
# Memory safety: any error or leak attributed to the extension fails (see the script).
stage "valgrind (part of the CLI suite)" scripts/valgrind.sh php-tests/constants php-tests/exceptions php-tests/bad_input php-tests/callbacks php-tests/boundary
stage "ZTS compile check" scripts/zts-check.sh
stage "PHP 8.4 + ZooKeeper 3.9 (chroot)" scripts/test-php84.sh

printf '\n==== summary (%d s in all)\n' "$SECONDS"
printf '%s\n' "${summary[@]}"
exit $status
