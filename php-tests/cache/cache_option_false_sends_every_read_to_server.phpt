--TEST--
an object made with ['cache' => false] reads from the server every time, while a cached object on the same session keeps hitting
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/server_packets.inc';
$root = zk_test_root();
$uncached = new Zookeeper(zk_host(), null, 10000, ['cache' => false]);
$cached = new Zookeeper(zk_host());
$uncached->create("$root/node", 'value');
$sid = zk_session_id($uncached);
var_dump($sid === zk_session_id($cached));
$cached->get("$root/node");

$stats = Zookeeper::getStats();
$packets = zk_server_received($sid);
for ($i = 0; $i < 10; $i++) {
    $uncached->get("$root/node");
    $uncached->exists("$root/node");
    $uncached->getChildren($root);
}
$sent = zk_server_received($sid) - $packets;
var_dump(zk_stats_delta($stats)['hits']);
echo 'server packets for 30 uncached reads: ', $sent >= 30 ? 'at least 30' : $sent, "\n";

$stats = Zookeeper::getStats();
$packets = zk_server_received($sid);
for ($i = 0; $i < 20; $i++) {
    $cached->get("$root/node");
}
$sent = zk_server_received($sid) - $packets;
var_dump(zk_stats_delta($stats)['hits']);
echo 'server packets for 20 cached reads: ', $sent <= ZK_PING_ALLOWANCE ? 'none but pings' : $sent, "\n";
?>
--EXPECT--
bool(true)
int(0)
server packets for 30 uncached reads: at least 30
int(20)
server packets for 20 cached reads: none but pings
