--TEST--
create() under a chroot returns the path as the chrooted client sees it, sequence suffix included
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host() . $root);
var_dump($zk->create('/plain', ''));
var_dump($zk->create('/plain/seq-', '', null, Zookeeper::SEQUENCE));
var_dump($zk->create('/plain/eph', '', null, Zookeeper::EPHEMERAL));
var_dump($zk->create('/plain/es-', '', null, Zookeeper::EPHEMERAL | Zookeeper::SEQUENCE));
?>
--EXPECT--
string(6) "/plain"
string(21) "/plain/seq-0000000000"
string(10) "/plain/eph"
string(20) "/plain/es-0000000002"
