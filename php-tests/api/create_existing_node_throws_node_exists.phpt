--TEST--
create() of a node that exists throws ZookeeperException NODEEXISTS and leaves the node as it was
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'original');
foreach ([0, Zookeeper::EPHEMERAL] as $flags) {
    try {
        $zk->create("$root/n", 'replacement', null, $flags);
        echo "no exception\n";
    } catch (ZookeeperException $e) {
        echo get_class($e), " ", $e->getCode() === Zookeeper::NODEEXISTS ? 'NODEEXISTS' : $e->getCode(), " ", $e->getMessage(), "\n";
    }
}
var_dump($zk->get("$root/n"));
?>
--EXPECT--
ZookeeperException NODEEXISTS node exists
ZookeeperException NODEEXISTS node exists
string(8) "original"
