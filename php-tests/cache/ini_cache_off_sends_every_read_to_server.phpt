--TEST--
with zookeeper.cache=0 every get(), exists() and getChildren() goes to the server and nothing is counted as a hit
--INI--
zookeeper.cache=0
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/server_packets.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'value');
$sid = zk_session_id($zk);
$zk->get("$root/node");

$stats = Zookeeper::getStats();
$packets = zk_server_received($sid);
for ($i = 0; $i < 10; $i++) {
    $zk->get("$root/node");
    $zk->exists("$root/node");
    $zk->getChildren($root);
}
$sent = zk_server_received($sid) - $packets;
$delta = zk_stats_delta($stats);
var_dump($delta['hits'], $delta['entries']);
echo 'server packets for 30 reads: ', $sent >= 30 ? 'at least 30' : $sent, "\n";
?>
--EXPECT--
int(0)
int(0)
server packets for 30 reads: at least 30
