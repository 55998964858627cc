--TEST--
create() and set() with a null value store empty data, read back as "" (documented difference: PECL gives null)
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
var_dump($zk->create("$root/n", null));
var_dump($zk->get("$root/n", null, $stat), $stat['dataLength']);
var_dump($other->get("$root/n"));
$zk->create("$root/m", 'something');
var_dump($zk->set("$root/m", null));
var_dump($zk->get("$root/m"), $other->exists("$root/m")['dataLength']);
?>
--EXPECTF--
string(%d) "/phpt-%s/n"
string(0) ""
int(0)
string(0) ""
bool(true)
string(0) ""
int(0)
