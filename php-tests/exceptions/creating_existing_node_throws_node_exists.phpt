--TEST--
Creating a node that exists throws ZookeeperException (the base class), code -110, "node exists"
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/thrown.inc';

$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'first');

echo thrown(fn () => $zk->create("$root/n", 'second')), "\n";
// Also when another client created it.
zk_other()->create("$root/theirs", '');
echo thrown(fn () => $zk->create("$root/theirs", 'mine')), "\n";
// The node kept its data.
var_dump($zk->get("$root/n"));
?>
--EXPECT--
ZookeeperException -110 node exists
ZookeeperException -110 node exists
string(5) "first"
