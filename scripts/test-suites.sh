#!/usr/bin/env bash
# Usage: scripts/test-suites.sh [vendor] [cli] [fpm] [fuzz] [ensemble] [chaos]
#                                 (default: all of them)
#   The suites against real servers this script starts and always stops: a
#   standalone ZooKeeper for the vendored zookeeper-client's patch tests
#   (vendor: vendor/zookeeper-client-tests), php-tests/ (cli: every directory
#   but fpm/ and ensemble/), php-tests/fpm (fpm: a real php-fpm per test) and
#   a seeded batch of the fuzzer (fuzz: scripts/fuzz.sh, FUZZ_COUNT seeds,
#   default 60); a 3-node ensemble for php-tests/ensemble and the chaos soak's
#   short run (chaos: scripts/chaos.sh short, on the same ensemble). PHP, php-fpm and run-tests.php are those
#   of the targeted PHP (PHP / PHP_CONFIG, see php-env.sh); the extension is
#   EXTENSION (default modules/zookeeper.so).
#   Env: ZK_PORT, ZK_ENSEMBLE_BASE, ZK_ENSEMBLE_QUORUM_BASE,
#   ZK_ENSEMBLE_ELECTION_BASE, ZK_TEST_DIR (see the server scripts).
#   Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export ZK_TEST_DIR=${ZK_TEST_DIR:-/tmp/zkphp-test}
export EXTENSION=${EXTENSION:-$root/modules/zookeeper.so}
export ZK_PORT=${ZK_PORT:-22181}
export ZK_HOST=127.0.0.1:$ZK_PORT
export ZK_JVMFLAGS="${ZK_JVMFLAGS:-} -Dzookeeper.extendedTypesEnabled=true"

suites=("$@")
((${#suites[@]})) || suites=(vendor cli fpm fuzz ensemble chaos)
want() {
    local suite
    for suite in "${suites[@]}"; do [[ $suite == "$1" ]] && return 0; done
    return 1
}
for suite in "${suites[@]}"; do
    case $suite in vendor | cli | fpm | fuzz | ensemble | chaos) ;; *) echo "test-suites: unknown suite '$suite'" >&2; exit 2 ;; esac
done

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
if want vendor || want cli || want fpm || want fuzz; then
    scripts/zk-standalone.sh start
    if want vendor; then
        # Some of these tests stop the server for a moment (SIGSTOP) and resume it.
        cargo test --manifest-path vendor/zookeeper-client-tests/Cargo.toml || status=1
    fi
    if want cli; then
        cli_dirs=()
        for dir in php-tests/*/; do
            case $dir in
                php-tests/fpm/ | php-tests/ensemble/) ;;
                *) cli_dirs+=("$dir") ;;
            esac
        done
        scripts/run-phpt.sh "phpt (CLI)" "${cli_dirs[@]}" || status=1
    fi
    if want fpm; then
        scripts/run-phpt.sh "phpt (php-fpm)" php-tests/fpm || status=1
    fi
    if want fuzz; then
        # A fixed batch of seeds (about two minutes); pools in $ZK_TEST_DIR/fuzz.
        FUZZ_ZK_HOST=$ZK_HOST FUZZ_FIRST_SEED=1 FUZZ_COUNT=${FUZZ_COUNT:-60} FUZZ_VALGRIND_EVERY=20 scripts/fuzz.sh || status=1
    fi
    scripts/zk-standalone.sh stop
fi
if want ensemble || want chaos; then
    scripts/zk-ensemble.sh start
    if want ensemble; then
        ZK_ENSEMBLE=$(scripts/zk-ensemble.sh connect-string) scripts/run-phpt.sh "phpt (ensemble)" php-tests/ensemble || status=1
    fi
    if want chaos; then
        scripts/chaos.sh short || status=1
    fi
fi
exit $status
