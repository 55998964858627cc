--TEST--
A php-fpm worker reads its own write back in the same request and in its next request, though it had the old value cached
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$other = zk_other();
$workers = 4;
$nodes = [];
for ($i = 0; $i < $workers; $i++) {
    $nodes[] = $other->create("$root/own-$i", 'initial');
}
$pool = fpm_start(['workers' => $workers]);
// Every worker caches every node.
fpm_reach_every_worker($pool, $workers, 'read_nodes', ['paths' => $nodes]);

// 25 rounds of 4 requests in flight, request $i writing node $i: each reads
// back what it wrote, while the other workers' writes invalidate its cache.
$problems = [];
for ($round = 0; $round < 25; $round++) {
    $requests = [];
    foreach ($nodes as $i => $node) {
        $requests[] = ['set_then_get', ['path' => $node, 'value' => "round $round by request $i"]];
    }
    foreach (fpm_get_many($pool, $requests) as $i => $answer) {
        if ($answer['after'] !== "round $round by request $i") {
            $problems[] = "worker {$answer['pid']} wrote 'round $round by request $i' and read back '{$answer['after']}'";
        }
    }
}
echo 'requests that did not read back their write: ', json_encode($problems), "\n";

// One write, then the writer's next request (other workers' requests in between are fine).
$write = fpm_get($pool, 'set_then_get', ['path' => $nodes[0], 'value' => 'final']);
echo "same request: {$write['before']} -> {$write['after']}\n";
$deadline = microtime(true) + 10;
do {
    $next = fpm_get($pool, 'read_nodes', ['paths' => [$nodes[0]]]);
} while ($next['pid'] !== $write['pid'] && microtime(true) < $deadline);
echo 'next request of the same worker: ', $next['pid'] === $write['pid'] ? $next['values'][0] : 'never reached', "\n";
fpm_stop_and_check_log($pool);
?>
--EXPECT--
requests that did not read back their write: []
same request: round 24 by request 0 -> final
next request of the same worker: final
php-fpm log: no worker died
