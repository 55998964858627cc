--TEST--
getChildren() lists the names (not paths) of a node's children, in any order; a leaf gives an empty list
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/p", '');
$names = ['zeta', 'alpha', 'm', 'with space', 'ünïcode', '0'];
foreach ($names as $name) {
    $zk->create("$root/p/$name", '');
}
$zk->create("$root/p/alpha/grandchild", '');
$children = $zk->getChildren("$root/p");
var_dump(array_is_list($children));
sort($children);
sort($names);
var_dump($children === $names);
var_dump($zk->getChildren("$root/p/zeta"));
var_dump($zk->getChildren("$root/p/alpha"));
try {
    $zk->getChildren("$root/nope");
} catch (ZookeeperNoNodeException $e) {
    echo "missing: ", $e->getCode(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
array(0) {
}
array(1) {
  [0]=>
  string(10) "grandchild"
}
missing: -101
