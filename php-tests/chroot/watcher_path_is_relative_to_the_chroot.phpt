--TEST--
under a chroot a node watcher is told the chroot-relative path
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$plain = zk_other();
$plain->create("$root/node", 'v1');
$zk = new Zookeeper(zk_host() . $root);
$events = [];
$zk->get('/node', function ($type, $state, $path) use (&$events) { $events[] = [$type, $state, $path]; });
$zk->getChildren('/', function ($type, $state, $path) use (&$events) { $events[] = [$type, $state, $path]; });
$plain->set("$root/node", 'v2');
$plain->create("$root/other", '');
var_dump(zk_wait_until(function () use (&$events) { return count($events) === 2; }));
sort($events);
echo json_encode($events), "\n";
?>
--EXPECT--
bool(true)
[[3,3,"\/node"],[4,3,"\/"]]
