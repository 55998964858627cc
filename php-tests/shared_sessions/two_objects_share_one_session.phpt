--TEST--
two new Zookeeper($host) objects in one process use one session: same client id, one session created
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/ephemeral_owner.inc';
$root = zk_test_root();
$created = Zookeeper::getStats()['sessions_created'];

$first = new Zookeeper(zk_host());
$first->create("$root/a", '');
$second = new Zookeeper(zk_host());
$second->create("$root/b", '');

$id = $first->getClientId()[0];
var_dump($id !== 0, $id === $second->getClientId()[0]);
var_dump(Zookeeper::getStats()['sessions_created'] - $created);
// Each sees the other's ephemeral node as owned by the same session.
$first->create("$root/e", '', null, Zookeeper::EPHEMERAL);
var_dump(zk_owned_by($second->exists("$root/e"), $id));
?>
--EXPECT--
bool(true)
bool(true)
int(1)
bool(true)
