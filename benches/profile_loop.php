<?php
// A CLI loop for instruction counts under callgrind: N times one loop body
// (MODE, below) on the nodes of micro.php and setup_app.php (run those
// first). scripts/bench.sh runs each mode twice with different N: the
// difference / the extra N is the instruction count of one body, free of
// start-up cost.
// Usage: valgrind --tool=callgrind php -n -d extension=zookeeper.so
//            -d extension=apcu.so -d apc.enable_cli=1 [-d zend_extension=opcache.so
//            -d opcache.enable_cli=1] benches/profile_loop.php MODE N
require __DIR__ . '/bench.inc';

[, $mode, $n] = $argv;
$n = (int) $n;
$paths = [
    'get' => '/bench/micro/value-1024',
    'get16' => '/bench/micro/value-16',
    'exists' => '/bench/micro/value-1024',
    'children' => '/bench/micro/children',
];
$zk = new Zookeeper(bench_host());
foreach (['get', 'get16'] as $op) {
    apcu_store($op, $zk->get($paths[$op]));
}
apcu_store('exists', $zk->exists($paths['exists']));
apcu_store('children', $zk->getChildren($paths['children']));
$value = apcu_fetch('get');

// A page (page.php, page_apcu.php, page_hardcoded.php) as a request would run it, output discarded.
function page(string $file): void
{
    ob_start();
    include $file;
    ob_end_clean();
}
page(__DIR__ . '/page_apcu.php'); // fills APCu
page(__DIR__ . '/page.php'); // fills the cache: the loop's reads are all hits
$hits = Zookeeper::getStats()['hits'];

match ($mode) {
    // cached reads through the extension
    'get' => (function () use ($zk, $paths, $n) { $p = $paths['get']; for ($i = 0; $i < $n; $i++) { $v = $zk->get($p); } })(),
    'get16' => (function () use ($zk, $paths, $n) { $p = $paths['get16']; for ($i = 0; $i < $n; $i++) { $v = $zk->get($p); } })(),
    'exists' => (function () use ($zk, $paths, $n) { $p = $paths['exists']; for ($i = 0; $i < $n; $i++) { $v = $zk->exists($p); } })(),
    'children' => (function () use ($zk, $paths, $n) { $p = $paths['children']; for ($i = 0; $i < $n; $i++) { $v = $zk->getChildren($p); } })(),
    // the same values through APCu
    'apcu' => (function () use ($n) { for ($i = 0; $i < $n; $i++) { $v = apcu_fetch('get'); } })(),
    'apcu16' => (function () use ($n) { for ($i = 0; $i < $n; $i++) { $v = apcu_fetch('get16'); } })(),
    'apcu_exists' => (function () use ($n) { for ($i = 0; $i < $n; $i++) { $v = apcu_fetch('exists'); } })(),
    'apcu_children' => (function () use ($n) { for ($i = 0; $i < $n; $i++) { $v = apcu_fetch('children'); } })(),
    // `new Zookeeper($hosts)` joining the session made above
    'construct' => (function () use ($n) { $h = bench_host(); for ($i = 0; $i < $n; $i++) { $v = new Zookeeper($h); } })(),
    // whole pages
    'page' => (function () use ($n) { for ($i = 0; $i < $n; $i++) { page(__DIR__ . '/page.php'); } })(),
    'page_apcu' => (function () use ($n) { for ($i = 0; $i < $n; $i++) { page(__DIR__ . '/page_apcu.php'); } })(),
    'page_hardcoded' => (function () use ($n) { for ($i = 0; $i < $n; $i++) { page(__DIR__ . '/page_hardcoded.php'); } })(),
    // the loop alone
    'none' => (function () use ($value, $n) { for ($i = 0; $i < $n; $i++) { $v = $value; } })(),
};
$reads = ['get' => 1, 'get16' => 1, 'exists' => 1, 'children' => 1, 'page' => 20][$mode] ?? 0;
bench_check(Zookeeper::getStats()['hits'] - $hits === $reads * $n, 'every read of the loop was a cache hit');
