--TEST--
Operations on a node that does not exist throw ZookeeperNoNodeException, code -101, "no node"
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/thrown.inc';

$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$missing = "$root/missing";

echo thrown(fn () => $zk->get($missing)), "\n";
echo thrown(fn () => $zk->getChildren($missing)), "\n";
echo thrown(fn () => $zk->set($missing, 'x')), "\n";
echo thrown(fn () => $zk->delete($missing)), "\n";
echo thrown(fn () => $zk->getAcl($missing)), "\n";
// create() under a missing parent.
echo thrown(fn () => $zk->create("$missing/child", '')), "\n";
// exists() answers false instead of throwing, as in PECL.
echo thrown(fn () => $zk->exists($missing)), "\n";
?>
--EXPECT--
ZookeeperNoNodeException -101 no node
ZookeeperNoNodeException -101 no node
ZookeeperNoNodeException -101 no node
ZookeeperNoNodeException -101 no node
ZookeeperNoNodeException -101 no node
ZookeeperNoNodeException -101 no node
nothing thrown, returned false
