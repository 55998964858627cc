--TEST--
create(EPHEMERAL): the node's ephemeralOwner is the session, it cannot have children, and it goes with its session
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$observer = zk_other();
$owner = zk_other();
var_dump($owner->create("$root/eph", 'data', null, Zookeeper::EPHEMERAL));
$stat = $observer->exists("$root/eph");
// PECL gives the 64-bit stat fields as floats.
var_dump($stat['ephemeralOwner'] === (float) $owner->getClientId()[0]);
var_dump($owner->exists("$root")['ephemeralOwner']);
try {
    $owner->create("$root/eph/child", '');
} catch (ZookeeperException $e) {
    echo get_class($e), " ", $e->getCode(), " ", $e->getMessage(), "\n";
}
$owner->close();
var_dump($observer->exists("$root/eph"));
?>
--EXPECTF--
string(%d) "/phpt-%s/eph"
bool(true)
float(0)
ZookeeperException -108 no children for ephemerals
bool(false)
