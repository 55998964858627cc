--TEST--
exists() returns the node's stat array, or false for a node that does not exist (also under a missing parent)
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'abc');
$stat = $zk->exists("$root/n");
var_dump(is_array($stat), count($stat), $stat['dataLength'], $stat['version']);
$zk->get("$root/n", null, $from_get);
var_dump($stat === $from_get);
var_dump($zk->exists("$root/missing"));
var_dump($zk->exists("$root/missing/deeper"));
var_dump($zk->exists('/')['czxid']);
$zk->delete("$root/n");
var_dump($zk->exists("$root/n"));
?>
--EXPECT--
bool(true)
int(11)
int(3)
int(0)
bool(true)
bool(false)
bool(false)
float(0)
bool(false)
