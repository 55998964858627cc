--TEST--
preload() of a path that does not exist yet: reads say so from memory, and once another client makes the subtree it is loaded, node by node, and read from memory
--FILE--
<?php
require __DIR__ . '/preload.inc';
$root = zk_test_root();
$other = zk_other();
$zk = new Zookeeper(zk_host());
var_dump($zk->preload("$root/later"));
echo preload_cost($zk, fn () => [$zk->exists("$root/later"), $zk->exists("$root/later/x")]), ': ', var_export($zk->exists("$root/later"), true), "\n";
$other->create("$root/later", 'made');
$other->create("$root/later/x", 'x');
echo 'seen: ', zk_wait_until(fn () => $zk->exists("$root/later/x") !== false, 5) ? 'yes' : 'no', "\n";
usleep(200000);
echo preload_cost($zk, fn () => [$zk->get("$root/later"), $zk->getChildren("$root/later"), $zk->get("$root/later/x")]), ': ', $zk->get("$root/later"), ' ', implode(',', $zk->getChildren("$root/later")), "\n";
?>
--EXPECT--
bool(true)
misses 0, server requests none but pings: false
seen: yes
misses 0, server requests none but pings: made x
