--TEST--
exists() caches "does not exist" (no server request on repeat), and a creation by another client is seen within a bounded wait
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/server_packets.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$sid = zk_session_id($zk);
var_dump($zk->exists("$root/later"));

$stats = Zookeeper::getStats();
$packets = zk_server_received($sid);
for ($i = 0; $i < 20; $i++) {
    $answers[] = $zk->exists("$root/later");
}
$sent = zk_server_received($sid) - $packets;
var_dump(array_unique($answers), zk_stats_delta($stats)['hits']);
echo 'server packets for 20 checks: ', $sent <= ZK_PING_ALLOWANCE ? 'none but pings' : $sent, "\n";

zk_other()->create("$root/later", 'abc');
var_dump(zk_wait_until(fn () => $zk->exists("$root/later") !== false));
var_dump($zk->exists("$root/later")['dataLength']);
?>
--EXPECT--
bool(false)
array(1) {
  [0]=>
  bool(false)
}
int(20)
server packets for 20 checks: none but pings
bool(true)
int(3)
