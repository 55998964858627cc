--TEST--
watchers passed to get()s answered from the cache cost no server request and still run once each, for the first change only
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/server_packets.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$zk->create("$root/node", 'v0');
$zk->create("$root/marker", '');
$sid = zk_session_id($zk);
$zk->get("$root/node");

$stats = Zookeeper::getStats();
$packets = zk_server_received($sid);
$calls = [];
$values = [];
for ($i = 0; $i < 20; $i++) {
    $values[] = $zk->get("$root/node", function ($type, $state, $path) use (&$calls, $i) { $calls[] = "watcher $i: $type"; });
}
var_dump(array_unique($values));
$sent = zk_server_received($sid) - $packets;
$delta = zk_stats_delta($stats);
var_dump($delta['hits'], $delta['misses']);
echo 'server packets: ', $sent <= ZK_PING_ALLOWANCE ? 'none but pings' : $sent, "\n";

$other->set("$root/node", 'v1');
var_dump(zk_wait_until(function () use (&$calls) { return count($calls) >= 20; }));
$other->set("$root/node", 'v2');
// Notifications of one session arrive in order: after the marker's, a second
// one for the node would already be here.
$marker = false;
$zk->get("$root/marker", function () use (&$marker) { $marker = true; });
$other->set("$root/marker", 'x');
var_dump(zk_wait_until(function () use (&$marker) { return $marker; }));
zk_wait_until(fn () => false, 0.5);
sort($calls, SORT_NATURAL);
var_dump(count($calls), count(array_unique($calls)), $calls[0], $calls[19]);
?>
--EXPECT--
array(1) {
  [0]=>
  string(2) "v0"
}
int(20)
int(0)
server packets: none but pings
bool(true)
bool(true)
int(20)
int(20)
string(12) "watcher 0: 3"
string(13) "watcher 19: 3"
