--TEST--
A node changed by another client is seen by every php-fpm worker that had it cached, within 2 s, and no worker goes back to the old value
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$other = zk_other();
$node = $other->create("$root/config", 'v1');
$workers = 4;
$pool = fpm_start(['workers' => $workers]);

// Every worker reads the node twice: the second read must come from its cache.
fpm_reach_every_worker($pool, $workers, 'read_nodes', ['paths' => [$node]]);
$cached = fpm_reach_every_worker($pool, $workers, 'read_nodes', ['paths' => [$node]]);
$served_from_cache = array_filter($cached, fn ($a) => $a['values'] === ['v1'] && $a['hits'] === 1);
echo 'workers serving v1 from their cache: ', count($served_from_cache), " of $workers\n";

$other->set($node, 'v2');
$deadline = microtime(true) + 2.0;
$saw_v2 = [];
$problems = [];
while (count($saw_v2) < $workers && microtime(true) < $deadline) {
    // Requests in flight together, each holding its worker briefly: one per worker.
    $round = array_fill(0, $workers, ['read_nodes', ['paths' => [$node], 'hold_ms' => 20]]);
    foreach (fpm_get_many($pool, $round) as $answer) {
        $pid = $answer['pid'];
        if (!isset($cached[$pid])) {
            $problems[] = "unknown worker $pid";
        } elseif ($answer['values'] === ['v2']) {
            $saw_v2[$pid] = true;
        } elseif (isset($saw_v2[$pid])) {
            $problems[] = "worker $pid went back to " . json_encode($answer['values']);
        } elseif ($answer['values'] !== ['v1']) {
            $problems[] = "worker $pid read " . json_encode($answer['values']);
        }
    }
}
echo 'workers that saw v2 within 2 s: ', count($saw_v2), " of $workers\n";
echo 'problems: ', json_encode(array_values(array_unique($problems))), "\n";
fpm_stop_and_check_log($pool);
?>
--EXPECT--
workers serving v1 from their cache: 4 of 4
workers that saw v2 within 2 s: 4 of 4
problems: []
php-fpm log: no worker died
