--TEST--
set() and delete() with a version the node does not have throw ZookeeperException, code -103, "bad version"
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/thrown.inc';

$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'v0');
$zk->set("$root/n", 'v1', 0);   // version 0 -> 1

echo thrown(fn () => $zk->set("$root/n", 'stale', 0)), "\n";
echo thrown(fn () => $zk->delete("$root/n", 0)), "\n";
echo thrown(fn () => $zk->setAcl("$root/n", 5, [['perms' => Zookeeper::PERM_ALL, 'scheme' => 'world', 'id' => 'anyone']])), "\n";
// Nothing changed; the right version works.
var_dump($zk->get("$root/n"));
var_dump($zk->delete("$root/n", 1));
?>
--EXPECT--
ZookeeperException -103 bad version
ZookeeperException -103 bad version
ZookeeperException -103 bad version
string(2) "v1"
bool(true)
