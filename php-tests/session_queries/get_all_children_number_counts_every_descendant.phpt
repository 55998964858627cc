--TEST--
getAllChildrenNumber() counts the nodes below a node at any depth, as the server does now (never from the cache)
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
echo "empty: ", $zk->getAllChildrenNumber($root), "\n";
$zk->create("$root/a", '');
$zk->create("$root/a/b", '');
$zk->create("$root/a/b/c", '');
$zk->create("$root/d", '');
echo "four below: ", $zk->getAllChildrenNumber($root), "\n";
echo "two below a: ", $zk->getAllChildrenNumber("$root/a"), "\n";
zk_other()->create("$root/d/e", '');
echo "a node another client made counts at once: ", $zk->getAllChildrenNumber($root), "\n";
try {
    $zk->getAllChildrenNumber("$root/missing");
} catch (ZookeeperNoNodeException $e) {
    echo "missing: ", get_class($e), "\n";
}
?>
--EXPECT--
empty: 0
four below: 4
two below a: 2
a node another client made counts at once: 5
missing: ZookeeperNoNodeException
