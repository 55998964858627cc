--TEST--
getClientId(): [session id, session password] as PECL (the password: the server's 16 bytes); objects on the same servers share both, a private session has its own
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$a = new Zookeeper(zk_host());
$a->exists('/');
[$id, $password] = $a->getClientId();
var_dump(is_int($id), $id !== 0, strlen($password));
// Same servers written differently: same session.
$b = new Zookeeper(' ' . zk_host() . ',' . zk_host());
$b->exists('/');
var_dump($b->getClientId() === [$id, $password]);
// A chroot is a view on the same session.
$c = new Zookeeper(zk_host() . '/zookeeper');
$c->exists('/');
var_dump($c->getClientId()[0] === $id);
// persistent => false: a session of its own; 0 until it is established.
$own = new Zookeeper(zk_host(), null, 10000, ['persistent' => false]);
$own->exists('/');
[$own_id, $own_password] = $own->getClientId();
var_dump($own_id !== 0, $own_id !== $id, strlen($own_password) === 16 && $own_password !== $password);
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
int(16)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
