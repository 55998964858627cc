#!/usr/bin/env bash
# Usage: scripts/test.sh   (what `make test` runs after building)
#   Formatting and lints, Rust unit tests, then the vendored zookeeper-client's
#   patch tests and the phpt suites against real servers this script starts and
#   always stops: a standalone ZooKeeper for vendor/zookeeper-client-tests and
#   php-tests/ (CLI, and part of it again under valgrind), the php-fpm suite in
#   php-tests/fpm and a batch of the fuzzer (scripts/fuzz.sh; FUZZ_COUNT seeds,
#   default 60), then a 3-node ensemble for php-tests/ensemble and the chaos
#   soak's short run (scripts/chaos.sh short, about 2 minutes, on the same ensemble).
#   Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export ZK_TEST_DIR=${ZK_TEST_DIR:-/tmp/zkphp-test}
export EXTENSION=$root/modules/zookeeper.so
export ZK_HOST=127.0.0.1:${ZK_PORT:-22181}
export ZK_JVMFLAGS="${ZK_JVMFLAGS:-} -Dzookeeper.extendedTypesEnabled=true"

cleanup() {
    scripts/php-fpm.sh stop >/dev/null 2>&1 || true
    # Pools the fpm and session tests start in sub-directories, if a test died.
    for dir in "$ZK_TEST_DIR"/fpm-*/ "$ZK_TEST_DIR"/sfpm-*/ "$ZK_TEST_DIR"/fuzz/pool-*/; do
        [[ -d $dir ]] && ZK_TEST_DIR=${dir%/} scripts/php-fpm.sh stop >/dev/null 2>&1
    done
    scripts/nginx.sh stop >/dev/null 2>&1 || true # the chaos soak's, if it died
    scripts/zk-ensemble.sh stop >/dev/null 2>&1 || true
    scripts/zk-standalone.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

status=0
# Hygiene first: formatting and lints are part of the contract.
cargo fmt --check || status=1
cargo clippy --release --all-targets -- -D warnings || status=1
cargo test --release || status=1

scripts/zk-standalone.sh start
# The vendored zookeeper-client's patches (vendor/PATCHES.md). Some of these
# tests stop this server for a moment (SIGSTOP) and resume it.
cargo test --manifest-path vendor/zookeeper-client-tests/Cargo.toml || status=1
cli_dirs=()
for dir in php-tests/*/; do
    case $dir in
        php-tests/fpm/ | php-tests/ensemble/) ;;
        *) cli_dirs+=("$dir") ;;
    esac
done
scripts/run-phpt.sh "phpt (CLI)" "${cli_dirs[@]}" || status=1
# Memory safety: a part of the CLI suite again under valgrind (run-tests -m);
# any error or leak attributed to the extension fails (see the script).
scripts/valgrind.sh php-tests/constants php-tests/exceptions php-tests/bad_input php-tests/callbacks php-tests/boundary || status=1
if [[ -d php-tests/fpm ]]; then
    scripts/run-phpt.sh "phpt (php-fpm)" php-tests/fpm || status=1
fi
# The fuzzer (tools/fuzz), a fixed batch of seeds (about two minutes), on the
# same server; its php-fpm pools live in $ZK_TEST_DIR/fuzz.
FUZZ_ZK_HOST=$ZK_HOST FUZZ_FIRST_SEED=1 FUZZ_COUNT=${FUZZ_COUNT:-60} FUZZ_VALGRIND_EVERY=20 scripts/fuzz.sh || status=1
scripts/zk-standalone.sh stop

if [[ -d php-tests/ensemble ]]; then
    scripts/zk-ensemble.sh start
    ZK_ENSEMBLE=$(scripts/zk-ensemble.sh connect-string) scripts/run-phpt.sh "phpt (ensemble)" php-tests/ensemble || status=1
    scripts/chaos.sh short || status=1
fi
exit $status
