--TEST--
delete() of a node that has children throws NOTEMPTY; it works once the children are gone
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/parent", '');
$zk->create("$root/parent/child", '');
try {
    $zk->delete("$root/parent");
} catch (ZookeeperException $e) {
    echo get_class($e), " ", $e->getCode() === Zookeeper::NOTEMPTY ? 'NOTEMPTY' : $e->getCode(), " ", $e->getMessage(), "\n";
}
var_dump($zk->getChildren("$root/parent"));
$zk->delete("$root/parent/child");
var_dump($zk->delete("$root/parent"), $zk->exists("$root/parent"));
?>
--EXPECT--
ZookeeperException NOTEMPTY not empty
array(1) {
  [0]=>
  string(5) "child"
}
bool(true)
bool(false)
