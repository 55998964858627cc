--TEST--
A persistent watch added by a php-fpm request belongs to it: its callback runs within the request, never in a later one, and the server-side watch is removed when the request ends (the worker and its ZooKeeper session live on), so a later request may watch the path in the other mode
--FILE--
<?php
require __DIR__ . '/fpm.inc';
require __DIR__ . '/../persistent_watches/events.inc';
$root = zk_test_root();
$other = zk_other();
$other->create("$root/w", '');
$other->create("$root/w/a", '');
$pool = fpm_start(['workers' => 1]);
$marker = $pool->dir . '/callbacks';

$a = fpm_get($pool, 'add_watch', ['path' => "$root/w", 'mode' => 'persistent', 'marker' => $marker, 'request' => 'A', 'change' => "$root/w"]);
echo 'request A: ', str_replace($root, 'ROOT', $a['lines']);
echo 'server-side watch after request A ended: ', zk_wait_until(fn () => pw_server_watchers("$root/w") === 0, 5) ? 'removed' : 'still there', "\n";

$b = fpm_get($pool, 'add_watch', ['path' => "$root/w", 'mode' => 'recursive', 'marker' => $marker, 'request' => 'B', 'change' => "$root/w/a"]);
echo 'request B (the other mode, same worker: ', $b['pid'] === $a['pid'] ? 'yes' : 'no', '): ', isset($b['exception']) ? "{$b['exception']} {$b['code']}\n" : str_replace($root, 'ROOT', $b['lines']);
$other->set("$root/w", 'after both requests');
usleep(500000);
fpm_get($pool, 'read_nodes', ['paths' => ["$root/w"], 'hold_ms' => 300]);
echo 'callbacks that ran outside their request: ', str_replace($root, 'ROOT', substr(file_get_contents($marker), strlen($a['lines'] . $b['lines']))) ?: "none\n";
fpm_stop_and_check_log($pool);
?>
--EXPECT--
request A: request A: 3 ROOT/w
server-side watch after request A ended: removed
request B (the other mode, same worker: yes): request B: 3 ROOT/w/a
callbacks that ran outside their request: none
php-fpm log: no worker died
