--TEST--
['persistent' => false] gives an object a session of its own (PECL behaviour), ended by close()
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/ephemeral_owner.inc';
$root = zk_test_root();
$shared = new Zookeeper(zk_host());
$shared->exists('/');
$created = Zookeeper::getStats()['sessions_created'];

$own1 = new Zookeeper(zk_host(), null, 10000, ['persistent' => false]);
$own2 = new Zookeeper(zk_host(), null, 10000, ['persistent' => false]);
$own1->exists('/');
$own2->exists('/');
$ids = [$shared->getClientId()[0], $own1->getClientId()[0], $own2->getClientId()[0]];
var_dump(count(array_unique($ids)));
var_dump(Zookeeper::getStats()['sessions_created'] - $created);

// close() of an own session ends it: its ephemeral node goes at once.
$own1->create("$root/own", '', null, Zookeeper::EPHEMERAL);
var_dump(zk_owned_by($shared->exists("$root/own"), $ids[1]));
$own1->close();
var_dump(zk_other()->exists("$root/own"));
?>
--EXPECT--
int(3)
int(2)
bool(true)
bool(false)
