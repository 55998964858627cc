--TEST--
create(EPHEMERAL | SEQUENCE) gives a numbered node owned by the session, gone when the session ends
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$observer = zk_other();
$owner = zk_other();
$zk = new Zookeeper(zk_host());
$zk->create("$root/election", '');
$mine = $owner->create("$root/election/n_", 'me', null, Zookeeper::EPHEMERAL | Zookeeper::SEQUENCE);
$next = $owner->create("$root/election/n_", 'me too', null, Zookeeper::EPHEMERAL | Zookeeper::SEQUENCE);
var_dump(Zookeeper::EPHEMERAL | Zookeeper::SEQUENCE);
echo basename($mine), " ", basename($next), "\n";
var_dump($observer->exists($mine)['ephemeralOwner'] === (float) $owner->getClientId()[0]);
$owner->close();
var_dump($observer->getChildren("$root/election"));
?>
--EXPECT--
int(3)
n_0000000000 n_0000000001
bool(true)
array(0) {
}
