--TEST--
set() with a version writes only if the node has that version, and fills &$stat with the new stat
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'v0');
var_dump($zk->set("$root/n", 'v1', 0, $stat));
var_dump($stat['version'], $stat['dataLength']);
try {
    $zk->set("$root/n", 'stale', 0);
} catch (ZookeeperException $e) {
    echo get_class($e), " ", $e->getCode(), " ", $e->getMessage(), "\n";
}
var_dump($zk->get("$root/n"));
var_dump($zk->set("$root/n", 'longer v2', 1, $stat), $stat['version'], $stat['dataLength']);
var_dump($zk->set("$root/n", 'any', -1), $zk->get("$root/n", null, $now), $now['version']);
// The stat is filled only when the argument is passed; without it nothing else changes.
unset($stat);
$zk->set("$root/n", 'x');
var_dump(isset($stat));
try {
    $zk->set("$root/missing", 'x');
} catch (ZookeeperNoNodeException $e) {
    echo "missing: ", $e->getCode(), "\n";
}
?>
--EXPECT--
bool(true)
int(1)
int(2)
ZookeeperException -103 bad version
string(2) "v1"
bool(true)
int(2)
int(9)
bool(true)
string(3) "any"
int(3)
bool(false)
missing: -101
