--TEST--
Failover: when the leader is killed (SIGKILL) every member drops its clients until a new leader is elected; cached reads keep answering meanwhile, the session survives, and a change made during the election is seen and fires the watcher
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
$fired = [];
$zk->get("$root/config", function ($type, $state, $path) use (&$fired) {
    $fired[] = [$type, $path];
});
$session = $zk->getClientId()[0];

// Another process writes as soon as a new leader lets it, while this one reads.
$writer = new EnsChild('<?php
[, $hosts, $path] = $argv;
$zk = new Zookeeper($hosts, null, 4000, ["persistent" => false, "cache" => false]);
$zk->exists("/");
echo "ready\n";
fgets(STDIN);
$deadline = microtime(true) + 15;
while (true) {
    try {
        $zk->set($path, "after");
        echo "written\n";
        break;
    } catch (ZookeeperException $e) {
        if (microtime(true) > $deadline) {
            echo "not written: ", $e->getMessage(), "\n";
            break;
        }
        usleep(50000);
    }
}', [$hosts, "$root/config"]);
echo 'writer: ', $writer->line(10), "\n";

$leader = ens_leader();
$start = microtime(true);
ens_kill($leader);
$writer->tell('go');

$failures = [];
$answered_while_disconnected = 0;
$value = null;
while (microtime(true) - $start < $timeout / 1000 + 6) {
    $state = $zk->getState();
    try {
        $value = $zk->get("$root/config");
        if ($state !== Zookeeper::CONNECTED_STATE) {
            $answered_while_disconnected++;
        }
    } catch (ZookeeperException $e) {
        $failures[] = get_class($e) . ': ' . $e->getMessage();
    }
    if ($value === 'after') {
        break;
    }
    usleep(5000);
}
echo 'writer: ', $writer->line(5), "\n";
echo "value after the election: $value\n";
echo 'reads that failed: ', count($failures), "\n";
echo implode("\n", $failures), $failures ? "\n" : '';
echo 'reads answered while disconnected: ', $answered_while_disconnected > 0 ? 'some' : 'none', "\n";
echo 'same session: ', $zk->getClientId()[0] === $session ? 'yes' : 'no', "\n";
$now = ens_wait_member_of($zk, 2);
echo 'attached to a survivor: ', $now !== null && $now !== $leader ? 'yes' : "no ($now)", "\n";
zk_wait_until(fn () => $fired !== [], 2);
echo 'watcher set before: ', json_encode($fired) === json_encode([[Zookeeper::CHANGED_EVENT, "$root/config"]]) ? 'fired once, CHANGED' : json_encode($fired), "\n";
echo 'session events: ', in_array(Zookeeper::CONNECTING_STATE, $session_events, true) ? 'saw CONNECTING' : 'no CONNECTING', ', ',
    in_array(Zookeeper::EXPIRED_SESSION_STATE, $session_events, true) ? 'saw EXPIRED' : 'no EXPIRED', ', ',
    end($session_events) === Zookeeper::CONNECTED_STATE ? 'last CONNECTED' : 'last ' . end($session_events), "\n";
echo $writer->finish();
?>
--EXPECT--
writer: ready
writer: written
value after the election: after
reads that failed: 0
reads answered while disconnected: some
same session: yes
attached to a survivor: yes
watcher set before: fired once, CHANGED
session events: saw CONNECTING, no EXPIRED, last CONNECTED
