#!/usr/bin/env bash
# Usage: scripts/test.sh   (what `make test` runs after building)
#   Rust unit tests, then the phpt suites against real servers this script
#   starts and always stops: a standalone ZooKeeper for php-tests/ (CLI, and
#   part of it again under valgrind), the php-fpm suite in php-tests/fpm, and a
#   3-node ensemble for php-tests/ensemble and then the chaos soak's short run
#   (scripts/chaos.sh short, about 2 minutes, on the same ensemble).
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
    for dir in "$ZK_TEST_DIR"/fpm-*/ "$ZK_TEST_DIR"/sfpm-*/; do
        [[ -d $dir ]] && ZK_TEST_DIR=${dir%/} scripts/php-fpm.sh stop >/dev/null 2>&1
    done
    scripts/nginx.sh stop >/dev/null 2>&1 || true # the chaos soak's, if it died
    scripts/zk-ensemble.sh stop >/dev/null 2>&1 || true
    scripts/zk-standalone.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

status=0
cargo test --release || status=1

scripts/zk-standalone.sh start
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
scripts/valgrind.sh php-tests/constants php-tests/exceptions php-tests/bad_input php-tests/callbacks || status=1
if [[ -d php-tests/fpm ]]; then
    scripts/run-phpt.sh "phpt (php-fpm)" php-tests/fpm || status=1
fi
scripts/zk-standalone.sh stop

if [[ -d php-tests/ensemble ]]; then
    scripts/zk-ensemble.sh start
    ZK_ENSEMBLE=$(scripts/zk-ensemble.sh connect-string) scripts/run-phpt.sh "phpt (ensemble)" php-tests/ensemble || status=1
    scripts/chaos.sh short || status=1
fi
exit $status
