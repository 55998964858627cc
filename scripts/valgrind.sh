#!/usr/bin/env bash
# Usage: scripts/valgrind.sh [PHPT-DIR-OR-FILE...]
#   Runs the CLI phpt suites (default: every php-tests/*/ except fpm/, ensemble/,
#   save_handler/ and memory/) under run-tests.php's valgrind mode (-m: memcheck,
#   USE_ZEND_ALLOC=0 so every emalloc is a real malloc valgrind can see), then
#   reads the valgrind logs and decides:
#
#   FAIL  an error (invalid read/write, use of uninitialised memory, bad free,
#         a crash, ...) or a "definitely lost" / "indirectly lost" leak whose
#         stack has a frame in zookeeper.so or in a function of the extension's
#         crate (`zookeeper::`). Everything linked into zookeeper.so (tokio,
#         zookeeper-client, ext-php-rs) counts as the extension: we ship it.
#         For a leak, the frame must come before PHP's executor on the stack:
#         what PHP code the extension runs (a destructor, a callback)
#         allocates is that code's, and a fatal error there loses it.
#   FAIL  a test whose output is wrong, unless it is listed in SLOW_TESTS below
#         (tests whose assertions depend on speed; their memory is still checked).
#   LIST  a report whose stack has no extension frame: PHP itself or libc.
#         The extension's own allocations always have one of its frames on
#         the allocation stack (recorded at malloc time). What has none: PHP's
#         own blocks, and PHP objects still alive at exit. A release build of
#         PHP does not collect reference cycles at shutdown, so with
#         USE_ZEND_ALLOC=0 every object in a cycle (e.g. a closure that
#         `use (&$itself)`) shows as "definitely lost" with only PHP frames;
#         a refcount the extension failed to release would look the same, so
#         these are printed for a human to look at but do not fail the run.
#   LIST  a leak of a block PHP allocated (emalloc) in a PHP process that
#         ended with a fatal error (a passing test that expects one, a child
#         PHP process with exit status 255): after a fatal
#         error PHP frees the request's memory wholesale (so it skips freeing
#         objects still referenced, and the extension forgets the values it
#         parked rather than run PHP code after a bailout); with
#         USE_ZEND_ALLOC=0 there is no wholesale free, so they show as lost.
#   LIST  a leak in a process a test forked (pcntl_fork without exec): fork
#         copies only the calling thread, so what only the parent's other
#         threads (tokio, async-io) referenced shows as lost in the child.
#   "Possibly lost" and "still reachable" blocks are not reported at all: the
#   tokio runtime and the async-io reactor are process-wide and their threads
#   may still hold memory through interior pointers when the process exits.
#
#   Child processes: run-tests gives valgrind ONE log file per test, and a
#   child process traced into that file truncates it (losing the test's own
#   report). So the PHP binary run-tests is given (-p) is a small generated
#   wrapper: in the test process itself (already under valgrind) it just
#   execs PHP; in a child PHP process a test starts (zk_php(), php_child_*:
#   they run TEST_PHP_EXECUTABLE / PHP_BINARY, i.e. the wrapper) it starts a
#   valgrind of its own with a log per process. Shells and other programs a
#   test runs (shell_exec of scripts/zk-4lw.sh, ...) are not traced.
#   The tests run from a copy of php-tests/ in a temporary directory.
#
#   A standalone ZooKeeper is started on ZK_PORT (as scripts/test.sh does)
#   unless one already answers there; only a server started here is stopped.
#   Env: ZK_TEST_DIR, ZK_PORT (default 22181), EXTENSION, VALGRIND_JOBS
#   (parallel tests, default 2), VALGRIND_SLOW_MS (list tests slower than
#   this, default 30000), VALGRIND_KEEP=1 keeps the work directory.
#   Exits non-zero on any FAIL above. Takes ~25x the normal run time (the
#   default set: 13-15 min on 2 cores, against 33 s without valgrind).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export ZK_TEST_DIR=${ZK_TEST_DIR:-/tmp/zkphp-test}
export ZK_PORT=${ZK_PORT:-22181}
export ZK_HOST=127.0.0.1:$ZK_PORT
export EXTENSION=${EXTENSION:-$root/modules/zookeeper.so}
export ZK_JVMFLAGS="${ZK_JVMFLAGS:-} -Dzookeeper.extendedTypesEnabled=true"
# shellcheck source=scripts/php-env.sh
source scripts/php-env.sh
php_env
php=$PHP
run_tests=$PHP_RUN_TESTS

# Tests whose expected output depends on how fast the process runs, so they
# cannot pass at valgrind's speed. Their output is not judged here (it is by
# `make test`); their valgrind logs are. One line each: path, then why.
SLOW_TESTS=(
)

targets=()
for target in "$@"; do
    targets+=("${target#"$root"/}")
done
if [[ ${#targets[@]} -eq 0 ]]; then
    for dir in php-tests/*/; do
        case $dir in
            php-tests/fpm/ | php-tests/ensemble/ | php-tests/save_handler/ | php-tests/memory/) ;;
            *) targets+=("${dir%/}") ;;
        esac
    done
fi

work=$(mktemp -d /tmp/zk-valgrind.XXXXXX)
mkdir -p "$work/children" "$work/real" "$work/mains" "$work/tree"
# The tests run from a copy of php-tests/ (the rest of the checkout linked in):
# run-tests writes and deletes files next to each test (.php, .out, .mem), so a
# `make test` running at the same time in the checkout would pull a test's
# valgrind log away under us (run-tests then aborts), and nothing is left behind.
for entry in "$root"/* "$root"/.[!.]*; do
    case ${entry##*/} in
        php-tests | target | .git) ;;
        *) ln -s "$entry" "$work/tree/${entry##*/}" ;;
    esac
done
cp -r "$root/php-tests" "$work/tree/php-tests"
find "$work/tree/php-tests" \( -name '*.mem' -o -name '*.out' -o -name '*.diff' -o -name '*.exp' -o -name '*.log' \) -delete
expected=$(find "${targets[@]/#/$work/tree/}" -name '*.phpt' | wc -l)
started_server=0
cleanup() {
    if [[ $started_server -eq 1 ]]; then scripts/zk-standalone.sh stop >/dev/null 2>&1 || true; fi
    if [[ ${VALGRIND_KEEP:-0} == 1 ]]; then echo "valgrind: work directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

if ! scripts/zk-4lw.sh "$ZK_PORT" ruok >/dev/null 2>&1; then
    scripts/zk-standalone.sh start
    started_server=1
fi

# Suppressions. Each one says why it is not a bug of the extension.
cat >"$work/suppressions.supp" <<'EOF'
# glibc's resolver configuration (struct resolv_conf), loaded the first time a
# thread calls getaddrinfo() for a host name ("localhost:2181"; the lookup runs
# on a thread of the `blocking` pool that zookeeper-client uses). glibc keeps it
# for the process and drops its thread's reference only when that thread ends,
# so a pool thread still alive at exit leaves it "definitely lost". 96 bytes once
# per process, not per lookup (checked: 1 and 20 connections leak the same).
# Same report elsewhere: grpc/grpc#20583.
{
   glibc-resolv-conf-of-a-resolver-thread-alive-at-exit
   Memcheck:Leak
   match-leak-kinds: definite
   fun:malloc
   ...
   fun:__resolv_conf_allocate
   ...
   fun:getaddrinfo
}
EOF

# The real PHP under another name, so that valgrind's --trace-children-skip
# (which matches the executable path) can tell it from the wrapper.
ln -s "$php" "$work/real/php"
# Not traced into: the wrapper (a child PHP starts its own valgrind), and every
# program from system or project directories (shells, timeout, the 4lw script).
skip="$work/php,$work/tree/*,$root/*,/bin/*,/sbin/*,/usr/*,/lib*,/opt/*,/etc/*,/var/*"
cat >"$work/php" <<EOF
#!/bin/bash
# Generated by scripts/valgrind.sh. Under valgrind (LD_PRELOAD has its
# preload: the test process itself), or outside any test (run-tests' own
# helper runs: no USE_ZEND_ALLOC=0, which run-tests sets for tests only): run
# PHP in place. Else (a child PHP process of a test): under a valgrind of its
# own, logging to a file per process named after the test.
if [[ \${LD_PRELOAD:-} == *vgpreload* ]]; then
    # exec keeps the pid: reports of any other pid in the test's log come
    # from a process the test forked.
    touch "$work/mains/\$\$"
    exec -a "$work/php" "$work/real/php" "\$@"
fi
if [[ \${USE_ZEND_ALLOC:-} != 0 ]]; then
    exec -a "$work/php" "$work/real/php" "\$@"
fi
parent=\$(tr '\\0' '\\n' </proc/\$PPID/cmdline 2>/dev/null | sed -n 's~.*/\\([^/]*\\)\\.php\$~\\1~p' | tail -n 1)
export USE_ZEND_ALLOC=0 ZEND_DONT_UNLOAD_MODULES=1
# Not exec: its exit status is kept beside its log (255: a fatal error).
# (No test signals a child PHP process; stdin, if open, is passed on through fd 3, as a
# background job would get /dev/null.)
command exec 3<&0 || exec 3</dev/null
valgrind -q --tool=memcheck --trace-children=yes --trace-children-skip="$skip" \\
    --log-file="$work/children/\${parent:-unknown}.child-%p.mem" -- "$work/real/php" "\$@" <&3 3<&- &
child=\$!
wait \$child
status=\$?
echo \$status >"$work/children/\${parent:-unknown}.child-\$child.status"
exit \$status
EOF
chmod +x "$work/php"

# Options for every valgrind run-tests starts (it adds -q, --trace-children=yes
# and --log-file itself).
export VALGRIND_OPTS="--leak-check=full --show-leak-kinds=definite,indirect --num-callers=60
    --trace-children-skip=$skip --suppressions=$work/suppressions.supp"

# pcre.jit=0: code PCRE compiles at run time is not instrumented, and valgrind
# reports "uninitialised value" jumps in it (frames "???"), a known false alarm.
# --show-slow: which tests take longest under valgrind (summary below).
start=$(date +%s)
cd "$work/tree"
set +e
NO_INTERACTION=1 TEST_PHP_EXECUTABLE="$work/php" "$php" "$run_tests" -q -n -m -p "$work/php" \
    -j"${VALGRIND_JOBS:-2}" --no-color --no-progress \
    -d "extension=$EXTENSION" -d display_errors=1 -d error_reporting=-1 -d pcre.jit=0 --show-slow "${VALGRIND_SLOW_MS:-30000}" \
    "${targets[@]}" >"$work/run-tests.log" 2>&1
set -e
elapsed=$(($(date +%s) - start))
sed -n '/^SLOW TEST SUMMARY/,/^=====/p' "$work/run-tests.log" | grep '^(' || true

# The verdict, from run-tests' result lines and the valgrind logs.
"$php" -n -d error_reporting=-1 -r '
[$log, $children, $mains, $elapsed, $expected] = array_slice($argv, 1, 5);
$slow = array_slice($argv, 6);

/** Splits a valgrind log into reports: blocks of lines between "==PID== " blank lines, per process. */
function reports(string $file): array
{
    $lines = [];
    foreach (file($file, FILE_IGNORE_NEW_LINES) as $line) {
        if (preg_match("/^==(\d+)== ?(.*)$/", $line, $m)) {
            $lines[$m[1]][] = $m[2];
        }
    }
    $reports = [];
    foreach ($lines as $pid => $text) {
        $block = [];
        foreach (array_merge($text, [""]) as $line) {
            if (trim($line) === "") {
                if ($block) {
                    $reports[] = ["pid" => $pid, "lines" => $block];
                }
                $block = [];
            } elseif (!preg_match("/^Thread \d+/", $line) || $block) {
                $block[] = $line;
            }
        }
    }
    return $reports;
}

/** "error", "leak", or null for what is not a finding (notes, warnings, possibly lost). */
function kind(array $lines): ?string
{
    $head = $lines[0];
    if (preg_match("/are (definitely|indirectly) lost in loss record/", $head)) {
        return "leak";
    }
    if (preg_match("/are (possibly lost|still reachable) in loss record/", $head) || preg_match("/^(Warning:|WARNING:|Note:|For lists of detected)/", $head)) {
        return null;
    }
    return "error";
}

/** Whether the block was allocated by PHP (emalloc is a malloc with USE_ZEND_ALLOC=0). */
function emalloced(array $lines): bool
{
    return (bool) preg_grep("/^\s+by 0x[0-9A-F]+: __zend_malloc /", array_slice($lines, 2, 1));
}

/**
 * Whether a report has a frame of the extension. For a leak, only frames
 * below PHP code the extension ran count (from the allocator up to the
 * first frame of the PHP executor): what user code allocates while the
 * extension runs it (a destructor, a callback) belongs to that code, as it would
 * be at top level, and a fatal error there loses it by design (PHP frees
 * such blocks with its whole heap, which USE_ZEND_ALLOC=0 turns off).
 */
function in_extension(array $lines, string $kind): bool
{
    foreach ($lines as $line) {
        if (!preg_match("/^\s+(at|by) 0x/", $line)) {
            continue;
        }
        if (str_contains($line, "zookeeper.so)") || str_contains($line, "zookeeper::")) {
            return true;
        }
        if ($kind === "leak" && preg_match("/: (execute_ex|zend_execute|zend_call_function) /", $line)) {
            return false;
        }
    }
    return false;
}

$results = [];
foreach (file($log, FILE_IGNORE_NEW_LINES) as $line) {
    // (Only result lines: the summary lists titles too, which may start with a capital word.)
    if (preg_match("/^((?:PASS|FAIL|SKIP|BORK|WARN|LEAK|XFAIL|XLEAK)(?:&[A-Z]+)*) .*\[(php-tests\/[^\]]+\.phpt)\]/", $line, $m)) {
        $results[$m[2]] = $m[1];
    }
}
$mems = [];
// Processes that ended with a fatal error: a passing test that expects one,
// a child PHP process whose exit status (kept by the wrapper) is 255.
$ended_fatally = [];
foreach ($results as $test => $result) {
    $mem = substr($test, 0, -5) . ".mem";
    if (is_file($mem)) {
        $mems[$mem] = $test . " (test process)";
        $expected = preg_replace("/^.*\n--EXPECT(F|REGEX)?--\n/s", "", file_get_contents($test));
        // (run-tests calls a passing test with a valgrind report LEAK.)
        $ended_fatally[$mem] = in_array($result, ["PASS", "LEAK"], true) && str_contains($expected, "Fatal error:");
    }
}
foreach (glob("$children/*.status") as $status) {
    $ended_fatally[preg_replace("/\\.status$/", ".mem", $status)] = trim(file_get_contents($status)) === "255";
}
foreach (glob("$children/*.mem") as $mem) {
    $mems[$mem] = basename($mem, ".mem") . " (child process)";
}
// Pids that are a test process or a child PHP process itself (not forked by one).
$main_pids = array_map("basename", glob("$mains/*"));
foreach (glob("$children/*.mem") as $mem) {
    $main_pids[] = preg_replace("/.*-(\\d+)\\.mem$/", "$1", $mem);
}

$failed = [];
$slow_failed = [];
foreach ($results as $test => $result) {
    if (preg_match("/FAIL|BORK|SKIP|WARN/", $result)) {
        if (in_array($test, $slow, true)) {
            $slow_failed[] = "$test ($result)";
        } else {
            $failed[] = "$test ($result)";
        }
    }
}
$ours = [];
$theirs = [];
$forked = [];
$fatal_leaks = [];
foreach ($mems as $mem => $where) {
    foreach (reports($mem) as $report) {
        $kind = kind($report["lines"]);
        if ($kind === null) {
            continue;
        }
        $fork = !in_array((string) $report["pid"], $main_pids, true);
        $fatal = $ended_fatally[$mem] ?? false;
        $text = "--- $kind in $where, pid {$report["pid"]}" . ($fork ? " (forked)" : "") . "\n    " . implode("\n    ", $report["lines"]) . "\n";
        if ($fork && $kind === "leak") {
            // A child forked (without exec) from a process that had started
            // threads (tokio, async-io): those threads do not exist in the
            // child, so what only they referenced shows as lost there.
            $forked[] = $text;
        } elseif ($fatal && $kind === "leak" && emalloced($report["lines"])) {
            $fatal_leaks[] = $text;
        } elseif (in_extension($report["lines"], $kind)) {
            $ours[] = $text;
        } else {
            $theirs[] = $text;
        }
    }
}

if ($theirs) {
    echo "\n=== valgrind reports with no extension frame (PHP or libc; listed, not failing)\n", implode("", $theirs);
}
if ($forked) {
    echo "\n=== leaks in forked children (fork does not copy the parent threads; listed, not failing)\n", implode("", $forked);
}
if ($fatal_leaks) {
    echo "\n=== PHP memory lost by a process that ended with a fatal error (listed, not failing)\n", implode("", $fatal_leaks);
}
if ($ours) {
    echo "\n=== valgrind reports attributed to the extension (FAIL)\n", implode("", $ours);
}
if ($slow_failed) {
    echo "\n=== wrong output, but the test depends on speed (see SLOW_TESTS; not failing):\n  ", implode("\n  ", $slow_failed), "\n";
}
if ($failed) {
    echo "\n=== wrong output under valgrind (FAIL):\n  ", implode("\n  ", $failed), "\n";
}
// run-tests stops when a worker hits an internal error: a short run is a failed run.
$incomplete = count($results) < (int) $expected;
if ($incomplete) {
    echo "\n=== run-tests ran ", count($results), " of $expected tests (FAIL):\n";
    foreach (file($log, FILE_IGNORE_NEW_LINES) as $line) {
        if (preg_match("/^(ERROR|Fatal error|PHP Fatal)/", $line)) {
            echo "  $line\n";
        }
    }
}
printf("\nvalgrind: %d tests in %d s; %d reports attributed to the extension, %d to PHP/libc only, %d leaks in forked children, %d after fatal errors; %d tests failed (%d more are speed-bound)\n",
    count($results), $elapsed, count($ours), count($theirs), count($forked), count($fatal_leaks), count($failed), count($slow_failed));
exit(($ours || $failed || $incomplete || !$results) ? 1 : 0);
' "$work/run-tests.log" "$work/children" "$work/mains" "$elapsed" "$expected" "${SLOW_TESTS[@]}"
