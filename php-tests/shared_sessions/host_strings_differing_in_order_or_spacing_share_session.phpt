--TEST--
host strings naming the same servers in another order, with spaces or a repeated entry, share one session
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$port = substr(strrchr(zk_host(), ':'), 1);
$created = Zookeeper::getStats()['sessions_created'];

$ids = [];
foreach ([
    "127.0.0.1:$port,localhost:$port",
    "localhost:$port,127.0.0.1:$port",
    " localhost:$port , 127.0.0.1:$port ",
    "LOCALHOST:$port,127.0.0.1:$port,localhost:$port",
] as $hosts) {
    $zk = new Zookeeper($hosts);
    $zk->exists($root);
    $ids[] = $zk->getClientId()[0];
}
var_dump(count(array_unique($ids)), $ids[0] !== 0);
var_dump(Zookeeper::getStats()['sessions_created'] - $created);

// A different server list is a different session.
$single = new Zookeeper("127.0.0.1:$port");
$single->exists($root);
var_dump($single->getClientId()[0] !== $ids[0]);
?>
--EXPECT--
int(1)
bool(true)
int(1)
bool(true)
