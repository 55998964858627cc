--TEST--
new Zookeeper() without a host makes an unconnected object that connect() attaches to the server
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper();
try {
    $zk->get($root);
} catch (ZookeeperConnectionException $e) {
    echo "before connect: ", $e->getCode(), " ", $e->getMessage(), "\n";
}
var_dump($zk->connect(zk_host()));
var_dump($zk->create("$root/node", 'hello'));
var_dump($zk->get("$root/node"));
// An empty host string is the same as none.
$empty = new Zookeeper('');
try {
    $empty->exists('/');
} catch (ZookeeperConnectionException $e) {
    echo "empty host: ", $e->getCode(), "\n";
}
?>
--EXPECTF--
before connect: 5998 Zookeeper->connect() was not called
NULL
string(%d) "/phpt-%s/node"
string(5) "hello"
empty host: 5998
