--TEST--
a ZookeeperConfig keeps working when the private-session Zookeeper it came from is gone (as a PDOStatement keeps its PDO)
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$expected = zk_other()->get('/zookeeper/config');
// The Zookeeper object is a temporary: only the config object holds on to it.
$config = (new Zookeeper(zk_host(), null, 10000, ['persistent' => false]))->getConfig();
try {
    var_dump($config->get() === $expected);
} catch (ZookeeperException $e) {
    echo get_class($e), " ", $e->getCode(), " ", $e->getMessage(), "\n";
}
// The same on the shared session.
$config = (new Zookeeper(zk_host()))->getConfig();
var_dump($config->get() === $expected);
?>
--EXPECT--
bool(true)
bool(true)
