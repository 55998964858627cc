<?php
// In-process cost of a whole page, in ns: page.php (20 reads through the
// extension's cache), page_apcu.php (the same 20 reads through apcu_fetch)
// and page_hardcoded.php (no reads), each included as a request would run it
// (output buffered and discarded), in one PHP process with opcache, so that
// (page − hard-coded) is what the 20 reads cost through each. Iterations per
// run are calibrated to about TARGET_NS; the pages are interleaved run by run
// so noise hits them alike. Run setup_app.php first.
// Usage: php -n -d extension=zookeeper.so -d extension=apcu.so -d apc.enable_cli=1
//            -d zend_extension=opcache.so -d opcache.enable_cli=1
//            benches/pages.php [runs] > pages.json        (env ZK_HOST)
require __DIR__ . '/bench.inc';

const TARGET_NS = 60_000_000;
const PAGES = ['zk_cached' => 'page.php', 'apcu' => 'page_apcu.php', 'hardcoded' => 'page_hardcoded.php'];

$runs = (int) ($argv[1] ?? 7);

function page(string $file): string
{
    ob_start();
    include $file;
    return ob_get_clean();
}

// A page in a scope of its own (pages use variables such as $i at top level).
function run_page(string $file): void
{
    ob_start();
    include $file;
    ob_end_clean();
}

function loop_page(string $file, int $n): int
{
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        run_page($file);
    }
    return hrtime(true) - $t;
}

// Same output from every page (this also fills the cache and APCu).
$expected = page(__DIR__ . '/page_hardcoded.php');
foreach (PAGES as $file) {
    bench_check(page(__DIR__ . "/$file") === $expected, "$file gives the hard-coded page's output");
}

$iterations = [];
foreach (PAGES as $who => $file) {
    $n = 8;
    while (($ns = loop_page(__DIR__ . "/$file", $n)) < TARGET_NS / 8) {
        $n *= 2;
    }
    $iterations[$who] = max(100, (int) ($n * TARGET_NS / $ns));
}

$result = [];
for ($run = 0; $run < $runs; $run++) {
    foreach (PAGES as $who => $file) {
        $n = $iterations[$who];
        $hits = Zookeeper::getStats()['hits'];
        $result[$who][] = loop_page(__DIR__ . "/$file", $n) / $n;
        if ($who === 'zk_cached') {
            $served = Zookeeper::getStats()['hits'] - $hits;
            bench_check($served === 20 * $n, "every read of page.php was a cache hit ($served of " . 20 * $n . ')');
        }
    }
}

echo json_encode(['runs' => $runs, 'iterations' => $iterations, 'ns_per_page' => $result], JSON_PRETTY_PRINT), "\n";
