--TEST--
a path that is not valid UTF-8 (ZooKeeper paths are Unicode) throws ZookeeperException BADARGUMENTS like any invalid path
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$zk = new Zookeeper(zk_host());
foreach (["/\xff", "/a\xc3", "/\xed\xa0\x80"] as $path) {
    echo bin2hex($path), ": ", outcome(fn() => $zk->get($path)), "\n";
    echo bin2hex($path), ": ", outcome(fn() => $zk->create($path, '')), "\n";
}
?>
--EXPECT--
2fff: ZookeeperException -8: bad arguments: invalid path '/\u{fffd}': path must be valid UTF-8
2fff: ZookeeperException -8: bad arguments: invalid path '/\u{fffd}': path must be valid UTF-8
2f61c3: ZookeeperException -8: bad arguments: invalid path '/a\u{fffd}': path must be valid UTF-8
2f61c3: ZookeeperException -8: bad arguments: invalid path '/a\u{fffd}': path must be valid UTF-8
2feda080: ZookeeperException -8: bad arguments: invalid path '/\u{fffd}\u{fffd}\u{fffd}': path must be valid UTF-8
2feda080: ZookeeperException -8: bad arguments: invalid path '/\u{fffd}\u{fffd}\u{fffd}': path must be valid UTF-8
