--TEST--
Watches left by an earlier php-fpm request, firing during a later request on the same worker, never call the later request's watcher nor the earlier one
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$other = zk_other();
$pool = fpm_start(['workers' => 1]);
$marker = $pool->dir . '/marker';

// A different node: request A watches x, request B watches y and sees x change first.
$x = $other->create("$root/x", 'v1');
$y = $other->create("$root/y", 'v1');
$a = fpm_get($pool, 'watch_and_return', ['path' => $x, 'marker' => $marker, 'request' => 'A']);
$b = fpm_get($pool, 'watch_while_older_watches_fire', ['watch' => $y, 'first' => $x]);
echo 'other node, events of B: ', json_encode($b['events']) === json_encode([['type' => Zookeeper::CHANGED_EVENT, 'path' => $y]]) ? 'only its own' : json_encode($b['events']), "\n";
echo 'other node, same worker: ', var_export($a['pid'] === $b['pid'], true), "\n";

// The same missing node: B's exists() is answered by the cache, on the watch A's read armed.
$z = "$root/z";
$a = fpm_get($pool, 'watch_exists_and_return', ['path' => $z, 'marker' => $marker]);
$b = fpm_get($pool, 'watch_while_older_watches_fire', ['watch' => $z]);
echo 'same node, events of B: ', json_encode($b['events']) === json_encode([['type' => Zookeeper::CREATED_EVENT, 'path' => $z]]) ? 'only its own' : json_encode($b['events']), "\n";
echo 'same node, same worker: ', var_export($a['pid'] === $b['pid'], true), "\n";

echo 'a watcher of an earlier request ran: ', file_exists($marker) ? trim(file_get_contents($marker)) : 'no', "\n";
fpm_stop_and_check_log($pool);
?>
--EXPECT--
other node, events of B: only its own
other node, same worker: true
same node, events of B: only its own
same node, same worker: true
a watcher of an earlier request ran: no
php-fpm log: no worker died
