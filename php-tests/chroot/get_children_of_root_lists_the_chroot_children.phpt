--TEST--
getChildren('/') under a chroot lists the chroot node's children, not the server root's
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$plain = zk_other();
$plain->create("$root/a", '');
$plain->create("$root/b", '');
$plain->create("$root/a/deep", '');
$zk = new Zookeeper(zk_host() . $root);
$children = $zk->getChildren('/');
sort($children);
var_dump($children);
var_dump($zk->getChildren('/a'));
// A chroot that is a leaf has no children.
$leaf = new Zookeeper(zk_host() . "$root/b");
var_dump($leaf->getChildren('/'));
// The chroot's children change with writes through it.
$zk->create('/c', '');
var_dump(count($zk->getChildren('/')), in_array('c', $plain->getChildren($root), true));
?>
--EXPECT--
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(1) {
  [0]=>
  string(4) "deep"
}
array(0) {
}
int(3)
bool(true)
