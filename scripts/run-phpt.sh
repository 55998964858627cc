#!/usr/bin/env bash
# Usage: scripts/run-phpt.sh NAME DIR... 
#   Runs the .phpt files under DIR... with run-tests.php of the targeted PHP
#   (PHP / PHP_CONFIG, see php-env.sh) and the built extension (EXTENSION,
#   default modules/zookeeper.so; nothing else loaded: -n). Prints "NAME: N passed, N failed" and
#   exits non-zero when any test failed, was skipped, warned or could not run:
#   a skipped test is not a pass here.
set -euo pipefail
name=$1
shift
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
extension=${EXTENSION:-$root/modules/zookeeper.so}
# shellcheck source=scripts/php-env.sh
source "$root/scripts/php-env.sh"
php_env
[[ -n $PHP_RUN_TESTS ]] || { echo "run-phpt: no run-tests.php for $PHP (is its -dev package installed?)" >&2; exit 1; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$PHP "$PHP" "$PHP_RUN_TESTS" -q -n -p "$PHP" \
    -d "extension=$extension" -d display_errors=1 -d error_reporting=-1 \
    --show-diff "$@" 2>&1 | tee "$log"
set -e
count() { sed -n "s/^Tests $1 *: *\([0-9]*\).*/\1/p" "$log" | head -n 1; }
passed=$(count passed); failed=$(count failed); skipped=$(count skipped); warned=$(count warned)
borked=$(grep -c "^BORK" "$log" || true)
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}; warned=${warned:-0}
bad=$((failed + skipped + warned + borked))
echo "$name: $passed passed, $bad failed"
[[ $bad -eq 0 && $passed -gt 0 ]]
