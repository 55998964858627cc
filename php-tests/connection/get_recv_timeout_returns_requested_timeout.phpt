--TEST--
getRecvTimeout() returns the recv_timeout given to the constructor or connect(), else ini zookeeper.recv_timeout
--INI--
zookeeper.recv_timeout=7000
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$default = new Zookeeper(zk_host());
var_dump($default->getRecvTimeout());
$given = new Zookeeper(zk_host(), null, 4321, ['persistent' => false]);
var_dump($given->getRecvTimeout());
$later = new Zookeeper();
$later->connect(zk_host(), null, 12345);
var_dump($later->getRecvTimeout());
$later->exists('/');
var_dump($later->getRecvTimeout());
?>
--EXPECT--
int(7000)
int(4321)
int(12345)
int(12345)
