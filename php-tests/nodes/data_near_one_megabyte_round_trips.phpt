--TEST--
data just under the server's 1 MB packet limit (jute.maxbuffer) can be created, read and set
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
// The whole request must stay under 1048575 bytes: leave room for path and ACL.
$size = 1024 * 1024 - 1024;
$big = str_repeat('0123456789abcdef', $size / 16);
var_dump(strlen($big));
$zk->create("$root/big", $big);
$read = $zk->get("$root/big", null, $stat);
var_dump($read === $big, $stat['dataLength']);
var_dump($other->get("$root/big") === $big);
$changed = strtoupper($big);
var_dump($zk->set("$root/big", $changed));
var_dump($zk->get("$root/big") === $changed, $other->get("$root/big") === $changed);
var_dump($zk->get("$root/big", null, $stat, 16));
?>
--EXPECT--
int(1047552)
bool(true)
int(1047552)
bool(true)
bool(true)
bool(true)
bool(true)
string(16) "0123456789ABCDEF"
