--TEST--
Total outage at process start: with no member reachable, constructing works and calls fail with ZookeeperConnectionException within about recv_timeout (no hang); when the ensemble comes back the same object works again without being re-constructed
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
$timeout = 4000;
$hosts = ens_hosts();
$root = zk_test_root($hosts);
zk_other($hosts)->create("$root/config", 'kept');

ens_script_each('stop-node', ENS_MEMBERS);

/** Runs $call; what it threw, and whether it gave up within recv_timeout + 2 s. */
function outcome(callable $call, int $timeout): string
{
    $start = microtime(true);
    try {
        $call();
        $result = 'no exception';
    } catch (ZookeeperException $e) {
        $result = get_class($e) . " ({$e->getCode()})";
    }
    $took = ens_ms_since($start);
    return $result . ($took < $timeout + 2000 ? ', in time' : ", after $took ms");
}

$session_events = [];
$zk = new Zookeeper($hosts, function ($type, $state) use (&$session_events) {
    $session_events[] = $state;
}, $timeout);
echo "constructed\n";
echo 'state: ', $zk->getState() === Zookeeper::CONNECTED_STATE ? 'connected' : 'not connected', "\n";
echo 'get: ', outcome(fn () => $zk->get("$root/config"), $timeout), "\n";
echo 'create: ', outcome(fn () => $zk->create("$root/new", 'x'), $timeout), "\n";

ens_start(...ENS_MEMBERS);
// The same object, nothing re-constructed: it gets through by itself.
$value = null;
zk_wait_until(function () use ($zk, $root, &$value) {
    try {
        return ($value = $zk->get("$root/config")) === 'kept';
    } catch (ZookeeperException $e) {
        return false;
    }
}, $timeout / 1000 + 6);
echo "get after recovery: $value\n";
echo 'create after recovery: ', $zk->create("$root/new", 'x'), "\n";
echo 'state: ', $zk->getState() === Zookeeper::CONNECTED_STATE ? 'connected' : $zk->getState(), "\n";
echo 'session events: ', in_array(Zookeeper::EXPIRED_SESSION_STATE, $session_events, true) ? 'saw EXPIRED' : 'no EXPIRED', ', ',
    end($session_events) === Zookeeper::CONNECTED_STATE ? 'last CONNECTED' : 'last ' . end($session_events), "\n";
?>
--EXPECTF--
constructed
state: not connected
get: ZookeeperConnectionException (-4), in time
create: ZookeeperConnectionException (-4), in time
get after recovery: kept
create after recovery: /phpt-%s/new
state: connected
session events: no EXPIRED, last CONNECTED
