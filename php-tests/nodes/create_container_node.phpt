--TEST--
create(CONTAINER) makes a persistent node that takes children and outlives the session that made it
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$observer = zk_other();
$maker = zk_other();
var_dump(Zookeeper::CONTAINER);
var_dump($maker->create("$root/box", 'c', null, Zookeeper::CONTAINER));
var_dump($maker->create("$root/box/item", 'i'));
$maker->close();
$stat = $observer->exists("$root/box");
// The server reports no owner for containers (they are not ephemeral).
var_dump($stat['ephemeralOwner'], $stat['numChildren']);
var_dump($observer->get("$root/box/item"));
?>
--EXPECTF--
int(4)
string(%d) "/phpt-%s/box"
string(%d) "/phpt-%s/box/item"
float(0)
int(1)
string(1) "i"
