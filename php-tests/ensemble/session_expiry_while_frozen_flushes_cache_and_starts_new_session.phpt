--TEST--
Session expiry: a PHP process frozen (SIGSTOP) past its session timeout gets EXPIRED_SESSION_STATE when it resumes, serves nothing cached from before the expiry, has lost its ephemeral nodes, and goes on with a new session
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
$timeout = 4000;
$hosts = ens_hosts();
$root = zk_test_root($hosts);
$other = zk_other($hosts);
$other->create("$root/config", 'before');

// The client under test: a process of its own, so that it can be frozen.
$client = new EnsChild('<?php
[, $hosts, $root, $timeout] = $argv;
$events = [];
$zk = new Zookeeper($hosts, function ($type, $state) use (&$events) {
    $events[] = [$type, $state];
}, (int) $timeout);
$zk->create("$root/owner", "", null, Zookeeper::EPHEMERAL);
$zk->get("$root/config");    // cached: "before"
$zk->exists("$root/flag");   // cached: no such node
$old_session = $zk->getClientId()[0];
echo "ready\n";

// Reads in a loop; the test freezes this process somewhere in it. A jump of
// the clock between two reads marks the freeze; a read the freeze fell into
// is left out (it may have been answered before it).
$stale = [];
$after_freeze = false;
$previous = microtime(true);
$deadline = $previous + 60;
while (microtime(true) < $deadline) {
    $begin = microtime(true);
    $after_freeze = $after_freeze || $begin - $previous > 2;
    try {
        $value = $zk->get("$root/config");
        $flag = $zk->exists("$root/flag") !== false;
    } catch (ZookeeperException $e) {
        $value = null;
        $flag = null;
    }
    $previous = microtime(true);
    if ($previous - $begin > 2) {
        $after_freeze = true;
        continue;
    }
    if ($after_freeze && ($value === "before" || $flag === false)) {
        $stale[] = [$value, $flag];
    }
    if ($after_freeze && $value === "after" && $flag === true) {
        break;
    }
    usleep(2000);
}
echo "freeze seen: ", $after_freeze ? "yes" : "no", "\n";
echo "stale answers after the freeze: ", count($stale), "\n";
echo "fresh answers after the freeze: ", $value === "after" && $flag === true ? "yes" : "no", "\n";
$expired = false;
for ($i = 0; $i < 500 && !$expired; $i++) {
    Zookeeper::dispatch();
    $expired = in_array([Zookeeper::SESSION_EVENT, Zookeeper::EXPIRED_SESSION_STATE], $events, true);
    usleep(10000);
}
echo "global watcher got SESSION_EVENT/EXPIRED_SESSION_STATE: ", $expired ? "yes" : "no", "\n";
echo "state: ", $zk->getState() === Zookeeper::CONNECTED_STATE ? "connected" : $zk->getState(), "\n";
$new_session = $zk->getClientId()[0];
echo "new session: ", $new_session !== 0 && $new_session !== $old_session ? "yes" : "no", "\n";
echo "old ephemeral node: ", $zk->exists("$root/owner") === false ? "gone" : "still there", "\n";
echo "ephemeral node on the new session: ", $zk->create("$root/owner", "", null, Zookeeper::EPHEMERAL), "\n";
echo "expirations: ", Zookeeper::getStats()["expirations"], "\n";
echo "done\n";
', [$hosts, $root, (string) $timeout]);

echo 'client: ', $client->line(10), "\n";
usleep(300000);
$client->signal(SIGSTOP);
$other->set("$root/config", 'after');
$other->create("$root/flag", '');
// Frozen, the client sends no pings: the cluster expires its session and
// removes its ephemeral node.
echo 'server expired the frozen session: ', zk_wait_until(fn () => $other->exists("$root/owner") === false, $timeout / 1000 + 6) ? 'yes' : 'no', "\n";
$client->signal(SIGCONT);

while (($line = $client->line(20)) !== null && $line !== 'done') {
    echo "client: $line\n";
}
if ($line === null) {
    echo 'client did not finish: ', $client->finish(0), "\n";
}
?>
--EXPECTF--
client: ready
server expired the frozen session: yes
client: freeze seen: yes
client: stale answers after the freeze: 0
client: fresh answers after the freeze: yes
client: global watcher got SESSION_EVENT/EXPIRED_SESSION_STATE: yes
client: state: connected
client: new session: yes
client: old ephemeral node: gone
client: ephemeral node on the new session: /phpt-%s/owner
client: expirations: 1
