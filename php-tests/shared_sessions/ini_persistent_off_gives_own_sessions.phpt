--TEST--
with zookeeper.persistent=0 every object gets its own session (PECL behaviour)
--INI--
zookeeper.persistent=0
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$created = Zookeeper::getStats()['sessions_created'];
$first = new Zookeeper(zk_host());
$second = new Zookeeper(zk_host());
$first->exists('/');
$second->exists('/');
var_dump($first->getClientId()[0] !== $second->getClientId()[0]);
var_dump(Zookeeper::getStats()['sessions_created'] - $created);

// ini_set() applies to objects made afterwards.
ini_set('zookeeper.persistent', '1');
$third = new Zookeeper(zk_host());
$fourth = new Zookeeper(zk_host());
$third->exists('/');
$fourth->exists('/');
var_dump($third->getClientId()[0] === $fourth->getClientId()[0]);
?>
--EXPECT--
bool(true)
int(2)
bool(true)
