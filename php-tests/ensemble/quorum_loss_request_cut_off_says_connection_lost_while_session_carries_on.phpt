--TEST--
Quorum loss: a write still waiting when the client library gives up on the connection (a deadline longer than the session's timeout) fails with ZookeeperConnectionException saying the connection was lost and the write may or may not have been applied, not that the session ended; the same session carries on after recovery
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
$timeout = 4000;
$hosts = ens_hosts();
$root = zk_test_root($hosts);

$session_events = [];
$zk = new Zookeeper($hosts, function ($type, $state) use (&$session_events) {
    $session_events[] = $state;
}, $timeout);
$zk->create("$root/config", 'before');
$session = $zk->getClientId()[0];
// The same ZooKeeper session (opened with a 4 s session timeout), used with
// a 10 s call deadline: a call outlasts the client library's own patience
// (it gives up on reconnecting after 1.4 session timeouts).
$patient = new Zookeeper($hosts, null, 10000);
echo 'one session: ', $patient->getClientId()[0] === $session ? 'yes' : 'no', "\n";

[$stopped] = ens_lose_quorum($zk, $timeout / 1000 + 2);
try {
    $patient->set("$root/config", 'during');
    echo "write: no exception\n";
} catch (ZookeeperException $e) {
    echo 'write: ', get_class($e), " ({$e->getCode()})\n";
    echo 'says the connection was lost: ', str_contains($e->getMessage(), 'connection lost') ? 'yes' : 'no', "\n";
    echo 'says it may or may not have been applied: ', str_contains($e->getMessage(), 'may or may not have been applied') ? 'yes' : 'no', "\n";
    echo 'says the session ended: ', str_contains($e->getMessage(), 'session ended') ? "yes ({$e->getMessage()})" : 'no', "\n";
}

ens_start(...$stopped);
$value = null;
zk_wait_until(function () use ($zk, $root, &$value) {
    try {
        $value = $zk->get("$root/config");
        return true;
    } catch (ZookeeperException $e) {
        return false;
    }
}, $timeout / 1000 + 6);
echo 'value after recovery: ', in_array($value, ['before', 'during'], true) ? 'the old or the new one' : var_export($value, true), "\n";
echo 'same session: ', $zk->getClientId()[0] === $session ? 'yes' : 'no', "\n";
echo 'session events: ', in_array(Zookeeper::EXPIRED_SESSION_STATE, $session_events, true) ? 'saw EXPIRED' : 'no EXPIRED', "\n";
?>
--EXPECT--
one session: yes
write: ZookeeperConnectionException (-4)
says the connection was lost: yes
says it may or may not have been applied: yes
says the session ended: no
value after recovery: the old or the new one
same session: yes
session events: no EXPIRED
