--TEST--
get(&$stat) fills the stat array with PECL's keys, in PECL's order: 64-bit fields as floats, the others as ints
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$before = microtime(true) * 1000;
$zk->create("$root/n", 'four');
$zk->create("$root/n/kid", '');
$zk->set("$root/n", 'seven!!');
$data = $zk->get("$root/n", null, $stat);
var_dump($data);
foreach ($stat as $key => $value) {
    echo $key, ": ", get_debug_type($value), "\n";
}
var_dump($stat['version'], $stat['cversion'], $stat['aversion'], $stat['dataLength'], $stat['numChildren']);
var_dump($stat['ephemeralOwner']);
// zxids grow: created, then its child (pzxid), then the set (mzxid).
var_dump($stat['czxid'] > 0, $stat['pzxid'] > $stat['czxid'], $stat['mzxid'] > $stat['pzxid']);
// Times are milliseconds since the epoch, within this test's run.
var_dump($stat['ctime'] >= floor($before) - 5000, $stat['mtime'] >= $stat['ctime'], $stat['mtime'] <= microtime(true) * 1000 + 5000);
// exists() and set() give the same shape.
var_dump(array_keys($zk->exists("$root/n")) === array_keys($stat));
$zk->set("$root/n", 'x', -1, $after);
var_dump(array_keys($after) === array_keys($stat), $after['version']);
?>
--EXPECT--
string(7) "seven!!"
czxid: float
mzxid: float
ctime: float
mtime: float
version: int
cversion: int
aversion: int
ephemeralOwner: float
dataLength: int
numChildren: int
pzxid: float
int(1)
int(1)
int(0)
int(7)
int(1)
float(0)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(2)
