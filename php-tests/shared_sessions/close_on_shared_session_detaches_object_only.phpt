--TEST--
close() on an object of the shared session detaches that object only: the session, its ephemeral nodes and other objects stay
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/ephemeral_owner.inc';
$root = zk_test_root();
$closing = new Zookeeper(zk_host());
$staying = new Zookeeper(zk_host());
$closing->create("$root/ephemeral", 'mine', null, Zookeeper::EPHEMERAL);
$id = $closing->getClientId()[0];

var_dump($closing->close());
try {
    $closing->get("$root/ephemeral");
} catch (ZookeeperConnectionException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', $e->getMessage(), "\n";
}

var_dump(zk_owned_by(zk_other()->exists("$root/ephemeral"), $id));
var_dump($staying->get("$root/ephemeral"), $staying->getClientId()[0] === $id);
$fresh = new Zookeeper(zk_host());
var_dump($fresh->exists('/') !== false, $fresh->getClientId()[0] === $id);

// A closed object can connect again, to the same shared session.
$closing->connect(zk_host());
var_dump($closing->get("$root/ephemeral"), $closing->getClientId()[0] === $id);
?>
--EXPECT--
NULL
ZookeeperConnectionException 5998: Zookeeper->connect() was not called
bool(true)
string(4) "mine"
bool(true)
bool(true)
bool(true)
string(4) "mine"
bool(true)
