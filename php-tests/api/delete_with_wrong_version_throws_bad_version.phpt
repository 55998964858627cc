--TEST--
delete() with a version the node does not have throws BADVERSION and keeps the node
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'x');
$zk->set("$root/n", 'y');
foreach ([0, 2, 1000] as $version) {
    try {
        $zk->delete("$root/n", $version);
        echo "version $version: deleted\n";
    } catch (ZookeeperException $e) {
        echo "version $version: ", get_class($e), " ", $e->getCode(), " ", $e->getMessage(), "\n";
    }
}
var_dump(zk_other()->get("$root/n"));
var_dump($zk->delete("$root/n", 1));
try {
    $zk->delete("$root/n");
} catch (ZookeeperNoNodeException $e) {
    echo "deleted twice: ", $e->getCode(), "\n";
}
?>
--EXPECT--
version 0: ZookeeperException -103 bad version
version 2: ZookeeperException -103 bad version
version 1000: ZookeeperException -103 bad version
string(1) "y"
bool(true)
deleted twice: -101
