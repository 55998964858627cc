--TEST--
A watcher registered in one php-fpm request and not fired by its end never runs in a later request of the same worker
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$other = zk_other();
$node = $other->create("$root/watched", 'v1');
$pool = fpm_start(['workers' => 1]);
$marker = $pool->dir . '/marker-of-request-A';

$a = fpm_get($pool, 'watch_and_return', ['path' => $node, 'marker' => $marker, 'request' => 'A']);
echo "request A read: {$a['value']}\n";
$other->set($node, 'v2');

// Later requests on the same worker, each sleeping a while (when queued
// callbacks would run), until the worker has seen the change, then a few more.
$pids = [];
$saw_v2 = 0;
$deadline = microtime(true) + 5;
while ($saw_v2 < 3 && microtime(true) < $deadline) {
    $later = fpm_get($pool, 'read_nodes', ['paths' => [$node], 'hold_ms' => 100]);
    $pids[$later['pid']] = true;
    $saw_v2 += $later['values'] === ['v2'] ? 1 : 0;
}
echo 'later requests on the same worker saw the change: ', $saw_v2 === 3 && array_keys($pids) === [$a['pid']] ? 'yes' : 'no', "\n";
echo 'watcher of request A ran: ', file_exists($marker) ? trim(file_get_contents($marker)) : 'no', "\n";
fpm_stop_and_check_log($pool);
?>
--EXPECT--
request A read: v1
later requests on the same worker saw the change: yes
watcher of request A ran: no
php-fpm log: no worker died
