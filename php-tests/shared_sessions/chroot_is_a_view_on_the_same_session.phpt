--TEST--
an object with a chroot uses the same session as one without, and the two see each other's writes at once
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$created = Zookeeper::getStats()['sessions_created'];
$plain = new Zookeeper(zk_host());
$chrooted = new Zookeeper(zk_host() . $root);

var_dump($chrooted->create('/node', 'v0'));
var_dump($plain->get("$root/node"));
var_dump($chrooted->getClientId()[0] === $plain->getClientId()[0]);
var_dump(Zookeeper::getStats()['sessions_created'] - $created);

// One cache under both views: a write through one is read at once through the other.
$plain->set("$root/node", 'v1');
var_dump($chrooted->get('/node'));
$chrooted->set('/node', 'v2');
var_dump($plain->get("$root/node"));
var_dump($chrooted->getChildren('/'));
?>
--EXPECT--
string(5) "/node"
string(2) "v0"
bool(true)
int(1)
string(2) "v1"
string(2) "v2"
array(1) {
  [0]=>
  string(4) "node"
}
