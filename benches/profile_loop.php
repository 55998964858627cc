<?php
// A CLI loop for instruction counts under callgrind: N reads of the 1 KB node
// of micro.php (run micro.php first), cached through the extension (`get`),
// via apcu_fetch (`apcu`), or nothing but the loop (`none`). scripts/bench.sh
// runs each twice with different N: the difference / the extra N is the
// instruction count of one read, free of start-up cost.
// Usage: valgrind --tool=callgrind php -n -d extension=zookeeper.so
//            -d extension=apcu.so -d apc.enable_cli=1 benches/profile_loop.php MODE N
require __DIR__ . '/bench.inc';

[, $mode, $n] = $argv;
$n = (int) $n;
$path = '/bench/micro/value-1024';
$zk = new Zookeeper(bench_host());
$value = $zk->get($path);
apcu_store($path, $value);

if ($mode === 'get') {
    for ($i = 0; $i < $n; $i++) { $v = $zk->get($path); }
} elseif ($mode === 'apcu') {
    for ($i = 0; $i < $n; $i++) { $v = apcu_fetch($path); }
} else {
    for ($i = 0; $i < $n; $i++) { $v = $value; }
}
bench_check($mode !== 'get' || Zookeeper::getStats()['hits'] === $n, 'every get was a cache hit');
