#!/usr/bin/env bash
# Usage: scripts/fuzz.sh   (what `make fuzz` runs after the build; scripts/test.sh
#   runs a fixed batch of it)
#   The fuzzer of tools/fuzz: seeded PHP scripts that mix every public method and
#   every kind of callable with hostile callbacks and destructors, each run under
#   the CLI and under php-fpm (one worker, then a probe request on that worker),
#   every FUZZ_VALGRIND_EVERY-th seed also under valgrind. Runs until stopped
#   (Ctrl-C) unless FUZZ_COUNT or FUZZ_SECONDS bound it, then prints a summary;
#   exits 1 if any script failed. Each failing script is copied to FUZZ_FAILURES
#   as seed-<seed>-<target>.php, with seed-<seed>-<target>.txt (the reason on its
#   first line, then the output) and a line in index.tsv. The fuzzer's own checks
#   (tools/fuzz/test_fuzz.py) run first.
#   Env:
#     FUZZ_ZK_HOST        a running ZooKeeper (host:port) to use, e.g. the one
#                         scripts/test.sh started; default: start a standalone
#                         one on ZK_PORT and stop it at the end
#     ZK_PORT             port of that server (default 22481)
#     ZK_TEST_DIR         its state directory (default /tmp/zkphp-fuzz)
#     FUZZ_DIR            work directory: scripts, php-fpm pools (each with its
#                         socket and log), valgrind logs (default $ZK_TEST_DIR/fuzz)
#     FUZZ_FAILURES       default tools/fuzz/failures (git-ignored)
#     FUZZ_SEEDS          comma-separated seeds to run, e.g. to reproduce one
#     FUZZ_FIRST_SEED     first seed, counting up (default: a random one, printed)
#     FUZZ_COUNT          number of seeds (default 0: no limit)
#     FUZZ_SECONDS        start no seed after this long (default 0: no limit)
#     FUZZ_TARGETS        cli,fpm (default both)
#     FUZZ_VALGRIND_EVERY every Nth seed also under valgrind (default 10; 0: never)
#     FUZZ_HANG_SECONDS   a run still going after this long is a hang (default 20)
#     EXTENSION           the extension (default modules/zookeeper.so)
#   One script: tools/fuzz/fuzz.py generate SEED.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ZK_TEST_DIR=${ZK_TEST_DIR:-/tmp/zkphp-fuzz}
export ZK_PORT=${ZK_PORT:-22481}
fuzz_dir=${FUZZ_DIR:-$ZK_TEST_DIR/fuzz}
extension=${EXTENSION:-$root/modules/zookeeper.so}
[[ -f $extension ]] || { echo "fuzz: no extension at $extension (make build)" >&2; exit 1; }

if [[ -z ${FUZZ_ZK_HOST:-} ]]; then
    trap '"$root/scripts/zk-standalone.sh" stop >/dev/null 2>&1 || true' EXIT
    "$root/scripts/zk-standalone.sh" start
    FUZZ_ZK_HOST=127.0.0.1:$ZK_PORT
fi
export FUZZ_ZK_HOST

# The fuzzer's own checks first (generator, verdicts; tools/fuzz/test_fuzz.py).
python3 -m unittest discover -s "$root/tools/fuzz" -p 'test_*.py'

seeds=(--first-seed "${FUZZ_FIRST_SEED:-$((RANDOM * 32768 + RANDOM))}")
[[ -z ${FUZZ_SEEDS:-} ]] || seeds=(--seeds "$FUZZ_SEEDS")
echo "fuzz: ${seeds[*]} on $FUZZ_ZK_HOST, failures in ${FUZZ_FAILURES:-$root/tools/fuzz/failures}"
python3 "$root/tools/fuzz/fuzz.py" run "${seeds[@]}" \
    --count "${FUZZ_COUNT:-0}" --seconds "${FUZZ_SECONDS:-0}" --targets "${FUZZ_TARGETS:-cli,fpm}" \
    --valgrind-every "${FUZZ_VALGRIND_EVERY:-10}" --hang-seconds "${FUZZ_HANG_SECONDS:-20}" \
    --extension "$extension" --work "$fuzz_dir" --failures "${FUZZ_FAILURES:-$root/tools/fuzz/failures}"
