--TEST--
getStats() invalidations grows when a cached entry is dropped by a change, whether made by another client or by this process
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'v0');
$zk->get("$root/node");
$zk->get("$root/node");
$before = Zookeeper::getStats()['invalidations'];

zk_other()->set("$root/node", 'v1');
var_dump(zk_wait_until(fn () => Zookeeper::getStats()['invalidations'] > $before));
var_dump($zk->get("$root/node"));

$before = Zookeeper::getStats()['invalidations'];
$zk->set("$root/node", 'v2');
var_dump(Zookeeper::getStats()['invalidations'] > $before);

// Nothing cached, nothing to invalidate.
$before = Zookeeper::getStats()['invalidations'];
$zk->set("$root/node", 'v3');
var_dump(Zookeeper::getStats()['invalidations'] - $before);
?>
--EXPECT--
bool(true)
string(2) "v1"
bool(true)
int(0)
