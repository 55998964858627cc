--TEST--
Failover: when the follower a session is attached to is killed (SIGKILL), the same session moves to the other follower, reads keep answering, and a change made meanwhile is seen and fires the watcher set before
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
$timeout = 4000;
$hosts = ens_hosts();
$root = zk_test_root($hosts);
// Only followers in this client's list, so the member it is attached to
// follows, and the others keep a quorum and a leader for the other client.
$followers = ens_followers();

$session_events = [];
$zk = new Zookeeper(ens_hosts_of($followers), function ($type, $state) use (&$session_events) {
    $session_events[] = $state;
}, $timeout);
$setup = zk_other($hosts);
$setup->create("$root/config", 'before');

$fired = [];
var_dump($zk->get("$root/config", function ($type, $state, $path) use (&$fired) {
    $fired[] = [$type, $path];
}));
$session = $zk->getClientId()[0];
$member = ens_wait_member_of($zk);
echo 'attached to a member: ', $member === null ? 'no' : 'yes', "\n";

// "Another client", on the leader, which stays up.
$other = zk_other(ens_member_host(ens_leader()));
$other->get("$root/config");

$start = microtime(true);
ens_kill($member);
$other->set("$root/config", 'after');

// Read in a loop until the new value shows up (bounded by the session timeout).
$failures = [];
$value = null;
while (microtime(true) - $start < $timeout / 1000 + 2) {
    try {
        $value = $zk->get("$root/config");
    } catch (ZookeeperException $e) {
        $failures[] = get_class($e) . ': ' . $e->getMessage();
    }
    if ($value === 'after') {
        break;
    }
    usleep(10000);
}
echo "value after failover: $value\n";
echo 'reads that failed: ', count($failures), "\n";
echo implode("\n", $failures), $failures ? "\n" : '';

$now = ens_wait_member_of($zk, $timeout / 1000);
echo 'now attached to the other follower: ', $now !== null && $now !== $member && in_array($now, $followers, true) ? 'yes' : "no ($now)", "\n";
echo 'same session: ', $zk->getClientId()[0] === $session ? 'yes' : 'no', "\n";
echo 'state: ', $zk->getState() === Zookeeper::CONNECTED_STATE ? 'connected' : $zk->getState(), "\n";

zk_wait_until(fn () => $fired !== [], 2);
echo 'watcher set before the failover: ', json_encode($fired) === json_encode([[Zookeeper::CHANGED_EVENT, "$root/config"]]) ? 'fired once, CHANGED' : json_encode($fired), "\n";
echo 'session expired: ', in_array(Zookeeper::EXPIRED_SESSION_STATE, $session_events, true) ? 'yes' : 'no', "\n";
$stats = Zookeeper::getStats();
echo "expirations: {$stats['expirations']}\n";
echo 'reconnects: ', $stats['reconnects'] >= 1 ? 'at least 1' : $stats['reconnects'], "\n";
?>
--EXPECT--
string(6) "before"
attached to a member: yes
value after failover: after
reads that failed: 0
now attached to the other follower: yes
same session: yes
state: connected
watcher set before the failover: fired once, CHANGED
session expired: no
expirations: 0
reconnects: at least 1
