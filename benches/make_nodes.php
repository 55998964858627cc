<?php
// Creates /bench/memory/n<i> for FROM <= i < TO, each holding SIZE bytes.
// scripts/bench.sh runs several of these in parallel to fill the tree fast.
// Usage: php -n -d extension=zookeeper.so benches/make_nodes.php FROM TO SIZE  (env ZK_HOST)
require __DIR__ . '/bench.inc';

[, $from, $to, $size] = array_map('intval', $argv);
$zk = bench_admin();
$value = str_repeat('m', $size);
for ($i = $from; $i < $to; $i++) {
    try {
        $zk->create("/bench/memory/n$i", $value);
    } catch (ZookeeperException $e) {
        if ($e->getCode() !== Zookeeper::NODEEXISTS) {
            throw $e;
        }
    }
}
$zk->close();
