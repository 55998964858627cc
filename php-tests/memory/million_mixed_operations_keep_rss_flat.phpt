--TEST--
1,000,000 mixed operations in one process (cached and uncached reads, invalidating sets, creates and deletes, watchers fired, exceptions caught): after warm-up the resident set stays flat
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/memory.inc';

const OPERATIONS = 1000000;
const NODES = 64;
// Allowed growth of the resident set after warm-up (20% of the run). A leak of
// 8 bytes per operation (6.4 MB over the remaining 800,000), or of 1 KB per
// write, create, delete, watcher or exception (4,000 each), exceeds it; the
// allocator's own settling (thread arenas, fragmentation) stays well below.
const RSS_MARGIN_KIB = 3072;
// PHP's own heap (memory_get_usage): values, closures and exceptions the
// extension hands to PHP must all be freed again.
const PHP_HEAP_MARGIN_KIB = 64;

$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$uncached = new Zookeeper(zk_host(), null, 10000, ['cache' => false]);
$nodes = [];
for ($n = 0; $n < NODES; $n++) {
    $nodes[$n] = "$root/n$n";
    $zk->create($nodes[$n], sprintf('%0100d', $n));
}
$zk->create("$root/churn", '');
$churn = "$root/churn/c";
$watched = $nodes[7];

// One plan of 1,000 steps, repeated: mostly reads the cache answers, and per
// 1,000 steps one set that invalidates, one create and one delete, one
// watcher registered and then fired by a set, 10 reads without the cache, 4
// reads of missing nodes that throw.
$plan = array_fill(0, 1000, 'cached');
foreach ([0 => 'set', 1 => 'create', 2 => 'churn-children', 3 => 'watch', 500 => 'delete', 501 => 'churn-children', 502 => 'fire'] as $step => $op) {
    $plan[$step] = $op;
}
for ($step = 10; $step < 1000; $step += 100) {
    $plan[$step] = 'uncached';
}
// (three right after the set that fires the watcher: its event then often
// arrives while one of them is throwing)
foreach ([20, 503, 504, 505] as $step) {
    $plan[$step] = 'missing';
}

$counts = ['cached' => 0, 'caught' => 0, 'registered' => 0];
$fired = 0;
$last = [];
$checkpoints = [];
$statsBefore = Zookeeper::getStats();
for ($i = 0; $i < OPERATIONS; $i++) {
    $node = $nodes[$i % NODES];
    switch ($plan[$i % 1000]) {
        case 'cached':
            $counts['cached']++;
            switch ($i % 3) {
                case 0: $zk->get($node); break;
                case 1: $zk->exists($node); break;
                default: $zk->getChildren($root); break;
            }
            break;
        case 'uncached':
            $uncached->get($node);
            break;
        case 'set':
            $last[$node] = sprintf('%0100d', $i);
            $zk->set($node, $last[$node]);
            break;
        case 'create':
            $zk->create($churn, 'x');
            break;
        case 'delete':
            $zk->delete($churn);
            break;
        case 'churn-children':
            $zk->getChildren("$root/churn");
            break;
        case 'watch':
            $zk->get($watched, function () use (&$fired) {
                $fired++;
            });
            $counts['registered']++;
            break;
        case 'fire':
            $last[$watched] = sprintf('%0100d', $i);
            $zk->set($watched, $last[$watched]);
            break;
        case 'missing':
            try {
                $zk->get("$root/missing-" . ($i % 8));
            } catch (ZookeeperNoNodeException $e) {
                $counts['caught']++;
            }
            break;
    }
    if (($i + 1) % (OPERATIONS / 5) === 0) {
        $checkpoints[($i + 1) / (OPERATIONS / 100)] = ['rss' => memory_rss_kib(), 'heap' => intdiv(memory_get_usage(), 1024)];
    }
}
unset($e);
$stats = Zookeeper::getStats();

echo 'operations: ', number_format($i), "\n";
// Every watcher registered fired, once (the last ones may still be on their way).
zk_wait_until(function () use (&$fired, $counts) { return $fired >= $counts['registered']; });
echo "watchers registered: {$counts['registered']}, fired: $fired\n";
echo "exceptions caught: {$counts['caught']}\n";
// The reads meant for the cache were answered from it (all but the re-reads
// after each invalidating set), and what was read last is what was written last.
var_dump($stats['hits'] - $statsBefore['hits'] >= $counts['cached'] * 0.99);
$wrong = array_filter(array_keys($last), fn ($path) => $zk->get($path) !== $last[$path]);
echo 'nodes reading back their last write: ', $wrong ? 'not ' . implode(', ', $wrong) : 'all ' . count($last), "\n";

echo memory_growth_text('RSS from 20% to 60%', $checkpoints[20]['rss'], $checkpoints[60]['rss'], RSS_MARGIN_KIB), "\n";
echo memory_growth_text('RSS from 20% to 100%', $checkpoints[20]['rss'], $checkpoints[100]['rss'], RSS_MARGIN_KIB), "\n";
echo memory_growth_text('PHP heap from 20% to 100%', $checkpoints[20]['heap'], $checkpoints[100]['heap'], PHP_HEAP_MARGIN_KIB), "\n";
?>
--EXPECT--
operations: 1,000,000
watchers registered: 1000, fired: 1000
exceptions caught: 4000
bool(true)
nodes reading back their last write: all 9
RSS from 20% to 60%: within 3072 KiB
RSS from 20% to 100%: within 3072 KiB
PHP heap from 20% to 100%: within 64 KiB
