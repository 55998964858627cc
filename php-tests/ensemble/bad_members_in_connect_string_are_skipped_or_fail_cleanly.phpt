--TEST--
Bad members in the connect string (nothing listening, a port speaking another protocol, a name that does not resolve): next to good members they are skipped; alone they make calls throw ZookeeperConnectionException within about recv_timeout, and the process goes on working
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
$timeout = 2000;
$hosts = ens_hosts();

// A port nobody listens on: take a free one and give it back.
$socket = stream_socket_server('tcp://127.0.0.1:0');
$closed_port = (int) substr(strrchr(stream_socket_get_name($socket, false), ':'), 1);
fclose($socket);
$bad = [
    'nothing listening' => "127.0.0.1:$closed_port",
    'election port' => '127.0.0.1:' . ens_election_port(1),
    'unresolvable name' => 'no-such-host.invalid:2181',
];

foreach ($bad as $what => $member) {
    // PECL throws for an unresolvable name already in the constructor; here
    // it may come from the first call. Either way: a connection exception, in time.
    $start = microtime(true);
    try {
        $zk = new Zookeeper($member, null, $timeout, ['persistent' => false]);
        $zk->get('/');
        $result = 'no exception';
    } catch (ZookeeperException $e) {
        $result = get_class($e);
    }
    $took = ens_ms_since($start);
    echo "$what alone: $result", $took < $timeout + 2000 ? ', in time' : ", after $took ms", "\n";
}

$zk = new Zookeeper(implode(',', $bad) . ",$hosts", null, $timeout);
$root = zk_test_root($hosts);
echo 'bad members first, then the good ones: ', $zk->create("$root/node", 'ok'), ' ', $zk->get("$root/node"), "\n";
echo 'attached to a real member: ', ens_wait_member_of($zk) !== null ? 'yes' : 'no', "\n";
?>
--EXPECTF--
nothing listening alone: ZookeeperConnectionException, in time
election port alone: ZookeeperConnectionException, in time
unresolvable name alone: ZookeeperConnectionException, in time
bad members first, then the good ones: /phpt-%s/node ok
attached to a real member: yes
