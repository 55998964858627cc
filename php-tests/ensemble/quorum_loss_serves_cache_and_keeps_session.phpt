--TEST--
Quorum loss longer than the session timeout (2 of 3 members stopped): with cache_serve_stale=1 cached reads keep answering (later at worst a clean connection error, never a hang), the client does not declare the session expired itself, and after recovery the same session goes on and reads fresh data without restarting PHP
--INI--
zookeeper.cache_serve_stale=1
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
zk_other($hosts)->create("$root/config", 'before');
var_dump($zk->get("$root/config"));
$zk->create("$root/mine", '', null, Zookeeper::EPHEMERAL);
$session = $zk->getClientId()[0];

// Stop the two members this session is not attached to: the one left loses
// the quorum, stops serving and drops its clients. The outage lasts twice
// the session timeout; the session still lives on in the cluster's state
// (without a quorum nobody can expire it; the new leader renews it).
$member = ens_wait_member_of($zk);
$stopped = array_values(array_diff(ENS_MEMBERS, [$member]));
$start = microtime(true);
ens_script_each('stop-node', $stopped);

$early = [];        // answers within half the session timeout
$later = [];        // answers after that: cached or a clean connection error
$slow_calls = 0;
$answered_while_disconnected = 0;
while (microtime(true) - $start < 2 * $timeout / 1000) {
    $state = $zk->getState();
    $begin = microtime(true);
    try {
        $value = $zk->get("$root/config");
        if ($state !== Zookeeper::CONNECTED_STATE) {
            $answered_while_disconnected++;
        }
    } catch (ZookeeperException $e) {
        $value = get_class($e);
    }
    $slow_calls += ens_ms_since($begin) > $timeout + 2000 ? 1 : 0;
    if ($begin - $start < $timeout / 2000) {
        $early[$value] = true;
    } else {
        $later[$value] = true;
    }
    usleep(20000);
}
echo 'answers within half the session timeout: ', json_encode(array_keys($early)), "\n";
echo 'answered while disconnected: ', $answered_while_disconnected > 0 ? 'yes' : 'no', "\n";
$unexpected = array_diff(array_keys($later), ['before', 'ZookeeperConnectionException']);
echo 'later answers other than the cached value or a connection error: ', $unexpected ? json_encode(array_values($unexpected)) : 'none', "\n";
echo "calls slower than recv_timeout + 2 s: $slow_calls\n";
echo 'state during the outage: ', $zk->getState() === Zookeeper::CONNECTING_STATE ? 'connecting' : $zk->getState(), "\n";

ens_start(...$stopped);
// Another client changes the value after the recovery.
ens_retry(fn () => zk_other($hosts)->set("$root/config", 'after'));
$value = null;
zk_wait_until(function () use ($zk, $root, &$value) {
    try {
        return ($value = $zk->get("$root/config")) === 'after';
    } catch (ZookeeperException $e) {
        return false;
    }
}, $timeout / 1000 + 5);
echo "value after recovery: $value\n";
echo 'same session: ', $zk->getClientId()[0] === $session ? 'yes' : 'no', "\n";
$owners = ens_ephemerals();
echo 'own ephemeral node: ', in_array("$root/mine", $owners[ens_session_hex($zk)] ?? [], true) ? 'still ours' : json_encode($owners), "\n";
echo 'session events: ', in_array(Zookeeper::EXPIRED_SESSION_STATE, $session_events, true) ? 'saw EXPIRED' : 'no EXPIRED', ', ',
    end($session_events) === Zookeeper::CONNECTED_STATE ? 'last CONNECTED' : 'last ' . end($session_events), "\n";
echo 'expirations: ', Zookeeper::getStats()['expirations'], "\n";
?>
--EXPECT--
string(6) "before"
answers within half the session timeout: ["before"]
answered while disconnected: yes
later answers other than the cached value or a connection error: none
calls slower than recv_timeout + 2 s: 0
state during the outage: connecting
value after recovery: after
same session: yes
own ephemeral node: still ours
session events: no EXPIRED, last CONNECTED
expirations: 0
