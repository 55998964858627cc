--TEST--
close() ends a private session (its ephemeral nodes go at once) but only detaches from the shared one (its nodes and other objects stay)
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$observer = zk_other();
$own = zk_other();
$own->create("$root/private-eph", '', null, Zookeeper::EPHEMERAL);
$own->close();
var_dump($observer->exists("$root/private-eph"));

$shared = new Zookeeper(zk_host());
$sibling = new Zookeeper(zk_host());
$shared->create("$root/shared-eph", '', null, Zookeeper::EPHEMERAL);
$id = $shared->getClientId()[0];
$shared->close();
var_dump($observer->exists("$root/shared-eph") !== false);
var_dump($sibling->getClientId()[0] === $id, $sibling->exists("$root/shared-eph") !== false);
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
