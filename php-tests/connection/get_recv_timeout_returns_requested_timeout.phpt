--TEST--
getRecvTimeout(): the session timeout the server granted once the session exists (as PECL's zoo_recv_timeout()), before that the one asked for (the argument, else ini zookeeper.recv_timeout)
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
$later->connect(zk_host(), null, 12345, ['persistent' => false]);
var_dump($later->getRecvTimeout());
$later->exists('/');
var_dump($later->getRecvTimeout());
// Joining the shared session: its timeout was granted when $default opened it.
$default->exists('/');
$shared = new Zookeeper(zk_host(), null, 12345);
var_dump($shared->getRecvTimeout());
// The test server grants 2000..60000 ms (minSessionTimeout, maxSessionTimeout):
// what is asked for outside that range is clamped.
$short = new Zookeeper(zk_host(), null, 500, ['persistent' => false]);
$short->exists('/');
var_dump($short->getRecvTimeout());
$long = new Zookeeper(zk_host(), null, 900000, ['persistent' => false]);
$long->exists('/');
var_dump($long->getRecvTimeout());
?>
--EXPECT--
int(7000)
int(4321)
int(12345)
int(12345)
int(7000)
int(2000)
int(60000)
