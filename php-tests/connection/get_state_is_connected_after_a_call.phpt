--TEST--
getState() is CONNECTED_STATE once a call went through, and isRecoverable() is true
--FILE--
<?php
require __DIR__ . '/../zk.inc';
foreach (['shared' => new Zookeeper(zk_host()), 'private' => zk_other()] as $kind => $zk) {
    $zk->exists('/');
    echo $kind, ": state=", $zk->getState(), " connected=", var_export($zk->getState() === Zookeeper::CONNECTED_STATE, true),
        " recoverable=", var_export($zk->isRecoverable(), true), "\n";
}
// While connecting, the state is one of the connecting ones and the session is recoverable.
$fresh = zk_other();
var_dump(in_array($fresh->getState(), [Zookeeper::CONNECTING_STATE, Zookeeper::ASSOCIATING_STATE, Zookeeper::CONNECTED_STATE, Zookeeper::NOTCONNECTED_STATE], true));
var_dump($fresh->isRecoverable());
var_dump(zk_wait_until(fn() => $fresh->getState() === Zookeeper::CONNECTED_STATE));
?>
--EXPECT--
shared: state=3 connected=true recoverable=true
private: state=3 connected=true recoverable=true
bool(true)
bool(true)
bool(true)
