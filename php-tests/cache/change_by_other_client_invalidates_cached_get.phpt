--TEST--
a change made by another client replaces the cached value: get() returns the new value within a bounded wait
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'old');
var_dump($zk->get("$root/node"));
$hits = Zookeeper::getStats()['hits'];
var_dump($zk->get("$root/node"));
var_dump(Zookeeper::getStats()['hits'] - $hits);

zk_other()->set("$root/node", 'new');
var_dump(zk_wait_until(fn () => $zk->get("$root/node") === 'new'));
// and it stays new (the refilled entry is watched again)
var_dump($zk->get("$root/node", null, $stat), $stat['version']);
?>
--EXPECT--
string(3) "old"
string(3) "old"
int(1)
bool(true)
string(3) "new"
int(1)
