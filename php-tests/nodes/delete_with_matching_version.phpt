--TEST--
delete() with the node's current version (or -1, or left out) deletes it and returns true
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/a", 'x');
$zk->set("$root/a", 'y');
$zk->set("$root/a", 'z', -1, $stat);
var_dump($stat['version']);
var_dump($zk->delete("$root/a", $stat['version']));
$zk->create("$root/b", 'x');
var_dump($zk->delete("$root/b", -1));
$zk->create("$root/c", 'x');
var_dump($zk->delete("$root/c"));
var_dump(zk_other()->getChildren($root));
?>
--EXPECT--
int(2)
bool(true)
bool(true)
bool(true)
array(0) {
}
