--TEST--
getClientId(): [session id, ""]; 0 before the session exists; objects on the same servers share the id, a private one has its own
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$a = new Zookeeper(zk_host());
$a->exists('/');
[$id, $password] = $a->getClientId();
var_dump(is_int($id), $id !== 0, $password);
// Same servers written differently: same session.
$b = new Zookeeper(' ' . zk_host() . ',' . zk_host());
$b->exists('/');
var_dump($b->getClientId()[0] === $id);
// A chroot is a view on the same session.
$c = new Zookeeper(zk_host() . '/zookeeper');
$c->exists('/');
var_dump($c->getClientId()[0] === $id);
// persistent => false: a session of its own; 0 until it is established.
$own = new Zookeeper(zk_host(), null, 10000, ['persistent' => false]);
$own->exists('/');
$own_id = $own->getClientId()[0];
var_dump($own_id !== 0, $own_id !== $id);
$own2 = zk_other();
$own2->exists('/');
var_dump($own2->getClientId()[0] !== $own_id);
// The server agrees: an ephemeral node of $b is owned by the shared id.
$root = zk_test_root();
$b->create("$root/e", '', null, Zookeeper::EPHEMERAL);
var_dump($own->exists("$root/e")['ephemeralOwner'] === (float) $id);
?>
--EXPECT--
bool(true)
bool(true)
string(0) ""
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
