--TEST--
at CLI exit the shared session is closed for real: an ephemeral node the child process created is gone as soon as it exits
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$observer = zk_other();

echo zk_php(sprintf(
    '$zk = new Zookeeper(zk_host());
     $zk->create(%1$s, "", null, Zookeeper::EPHEMERAL);
     $again = new Zookeeper(zk_host());
     $again->create(%2$s, "", null, Zookeeper::EPHEMERAL);
     echo "child created both, owner ", $zk->exists(%1$s)["ephemeralOwner"] === (float) $again->getClientId()[0] ? "shared" : "differs", "\n";',
    var_export("$root/ephemeral", true),
    var_export("$root/ephemeral2", true)
));
// No waiting: the session timeout (10 s) has not passed, only a real close explains it.
var_dump($observer->exists("$root/ephemeral"), $observer->exists("$root/ephemeral2"));
?>
--EXPECT--
child created both, owner shared
bool(false)
bool(false)
