--TEST--
Failover: when the follower a session is attached to freezes (SIGSTOP), cached reads keep answering until the client has moved the same session to the other follower; then the change made meanwhile is read and fires the watcher
--INI--
zookeeper.cache_serve_stale=1
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
// The session must outlive the freeze being found out (after two thirds of
// the timeout) plus the move to the other follower, on a busy machine too.
$timeout = 6000;
$hosts = ens_hosts();
$root = zk_test_root($hosts);
// Only followers in this client's list: the frozen member is a follower, and
// the other client writes through the leader at once.
$followers = ens_followers();

$session_events = [];
$zk = new Zookeeper(ens_hosts_of($followers), function ($type, $state) use (&$session_events) {
    $session_events[] = $state;
}, $timeout);
zk_other($hosts)->create("$root/config", 'before');

$fired = [];
$zk->get("$root/config", function ($type, $state, $path) use (&$fired) {
    $fired[] = [$type, $path];
});
$session = $zk->getClientId()[0];
$member = ens_wait_member_of($zk);
$other = zk_other(ens_member_host(ens_leader()));

// A frozen server keeps the TCP connection open but answers nothing: the
// client notices only when its pings go unanswered, then moves on. Until it
// has, nothing can come from the server: every answer is the cache's.
$start = microtime(true);
ens_pause($member);
$other->set("$root/config", 'after');

$failures = [];
$answers = [];
$value = null;
while (microtime(true) - $start < $timeout / 1000 + 4) {
    try {
        $value = $zk->get("$root/config");
        $answers[$value] = ($answers[$value] ?? 0) + 1;
    } catch (ZookeeperException $e) {
        $failures[] = get_class($e) . ': ' . $e->getMessage();
    }
    if ($value === 'after') {
        break;
    }
    usleep(10000);
}
echo "value once moved: $value\n";
echo 'reads that failed: ', count($failures), "\n";
echo implode("\n", $failures), $failures ? "\n" : '';
echo 'reads answered from the cache meanwhile: ', ($answers['before'] ?? 0) > 10 ? 'many' : json_encode($answers), "\n";

$now = ens_wait_member_of($zk, 2);
echo 'now attached to the other follower: ', $now !== null && $now !== $member && in_array($now, $followers, true) ? 'yes' : "no ($now)", "\n";
echo 'same session: ', $zk->getClientId()[0] === $session ? 'yes' : 'no', "\n";
zk_wait_until(fn () => $fired !== [], 2);
echo 'watcher set before the freeze: ', json_encode($fired) === json_encode([[Zookeeper::CHANGED_EVENT, "$root/config"]]) ? 'fired once, CHANGED' : json_encode($fired), "\n";
echo 'session events: ', in_array(Zookeeper::CONNECTING_STATE, $session_events, true) ? 'saw CONNECTING' : 'no CONNECTING', ', ',
    in_array(Zookeeper::EXPIRED_SESSION_STATE, $session_events, true) ? 'saw EXPIRED' : 'no EXPIRED', ', ',
    end($session_events) === Zookeeper::CONNECTED_STATE ? 'last CONNECTED' : 'last ' . end($session_events), "\n";
?>
--EXPECT--
value once moved: after
reads that failed: 0
reads answered from the cache meanwhile: many
now attached to the other follower: yes
same session: yes
watcher set before the freeze: fired once, CHANGED
session events: saw CONNECTING, no EXPIRED, last CONNECTED
