--TEST--
Deleting a node that has children throws ZookeeperException, code -111, "not empty"
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/thrown.inc';

$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/parent", '');
$zk->create("$root/parent/child", '');

echo thrown(fn () => $zk->delete("$root/parent")), "\n";
var_dump($zk->getChildren("$root/parent"));
?>
--EXPECT--
ZookeeperException -111 not empty
array(1) {
  [0]=>
  string(5) "child"
}
