--TEST--
create() under a parent that does not exist throws ZookeeperNoNodeException and creates nothing
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
foreach ([0, Zookeeper::EPHEMERAL, Zookeeper::SEQUENCE] as $flags) {
    try {
        $zk->create("$root/missing/child", '', null, $flags);
        echo "no exception\n";
    } catch (ZookeeperNoNodeException $e) {
        echo "flags $flags: ", $e->getCode(), " ", $e->getMessage(), "\n";
    }
}
var_dump($zk->getChildren($root));
?>
--EXPECT--
flags 0: -101 no node
flags 1: -101 no node
flags 2: -101 no node
array(0) {
}
