--TEST--
create(PERSISTENT_WITH_TTL / PERSISTENT_SEQUENTIAL_WITH_TTL, ttl) makes persistent nodes that outlive their session
--FILE--
<?php
require __DIR__ . '/../zk.inc';
// Needs a server with zookeeper.extendedTypesEnabled=true (the test scripts start it so).
$root = zk_test_root();
$observer = zk_other();
$maker = zk_other();
var_dump(Zookeeper::PERSISTENT_WITH_TTL, Zookeeper::PERSISTENT_SEQUENTIAL_WITH_TTL);
var_dump($maker->create("$root/ttl", 'a', null, Zookeeper::PERSISTENT_WITH_TTL, 60000));
$seq = $maker->create("$root/ttl-seq-", 'b', null, Zookeeper::PERSISTENT_SEQUENTIAL_WITH_TTL, 60000);
var_dump(substr($seq, strlen($root)));
$maker->close();
var_dump($observer->get("$root/ttl"), $observer->get($seq));
var_dump($observer->exists("$root/ttl")['ephemeralOwner']);
?>
--EXPECTF--
int(5)
int(6)
string(%d) "/phpt-%s/ttl"
string(19) "/ttl-seq-0000000001"
string(1) "a"
string(1) "b"
float(0)
