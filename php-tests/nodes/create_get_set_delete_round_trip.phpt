--TEST--
create, get, set and delete round-trip data and stat through a real server
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
var_dump($zk->create("$root/node", 'first'));
var_dump($zk->get("$root/node", null, $stat));
var_dump($stat['version'], $stat['dataLength']);
var_dump($zk->set("$root/node", 'second', 0, $stat));
var_dump($stat['version']);
var_dump($zk->get("$root/node"));
var_dump($zk->delete("$root/node"));
var_dump($zk->exists("$root/node"));
?>
--EXPECTF--
string(%d) "/phpt-%s/node"
string(5) "first"
int(0)
int(5)
bool(true)
int(1)
string(6) "second"
bool(true)
bool(false)
