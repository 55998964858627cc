--TEST--
a repeated get() of an unchanged node is answered from memory: hits grow, misses do not, the server receives no request
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/server_packets.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'value');
$sid = zk_session_id($zk);
var_dump($zk->get("$root/node"));

$stats = Zookeeper::getStats();
$packets = zk_server_received($sid);
$values = [];
for ($i = 0; $i < 50; $i++) {
    $values[] = $zk->get("$root/node");
}
$sent = zk_server_received($sid) - $packets;
$delta = zk_stats_delta($stats);

var_dump(array_unique($values));
var_dump($delta['hits'], $delta['misses']);
echo 'server packets for 50 reads: ', $sent <= ZK_PING_ALLOWANCE ? 'none but pings' : $sent, "\n";
?>
--EXPECT--
string(5) "value"
array(1) {
  [0]=>
  string(5) "value"
}
int(50)
int(0)
server packets for 50 reads: none but pings
