--TEST--
create() with flags that are no known mode throws BADARGUMENTS listing the valid ones, and creates nothing
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
foreach ([-1, 7, 8, 16, 32, 100, PHP_INT_MAX, PHP_INT_MIN] as $flags) {
    echo "flags $flags: ", outcome(fn() => $zk->create("$root/x", '', null, $flags)), "\n";
}
var_dump($zk->getChildren($root));
?>
--EXPECTF--
flags -1: ZookeeperException -8: bad arguments: unknown flags -1: %s
flags 7: ZookeeperException -8: bad arguments: unknown flags 7: %s
flags 8: ZookeeperException -8: bad arguments: unknown flags 8: %s
flags 16: ZookeeperException -8: bad arguments: unknown flags 16: %s
flags 32: ZookeeperException -8: bad arguments: unknown flags 32: %s
flags 100: ZookeeperException -8: bad arguments: unknown flags 100: %s
flags 9223372036854775807: ZookeeperException -8: bad arguments: unknown flags 9223372036854775807: %s
flags -9223372036854775808: ZookeeperException -8: bad arguments: unknown flags -9223372036854775808: %s
array(0) {
}
