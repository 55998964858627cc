--TEST--
get(&$stat) on an existing array overwrites the stat keys and keeps the others; a non-array is replaced
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'abc');
$stat = ['mine' => 'kept', 'version' => 'overwritten', 7 => 'numeric kept'];
$zk->get("$root/n", null, $stat);
var_dump(count($stat), $stat['mine'], $stat[7], $stat['version'], $stat['dataLength']);
$stat = 'not an array';
$zk->get("$root/n", null, $stat);
var_dump(count($stat), $stat['dataLength']);
$stat = ['mine' => 1];
$zk->set("$root/n", 'abcd', -1, $stat);
var_dump(count($stat), $stat['mine'], $stat['dataLength']);
?>
--EXPECT--
int(13)
string(4) "kept"
string(12) "numeric kept"
int(0)
int(3)
int(11)
int(3)
int(12)
int(1)
int(4)
