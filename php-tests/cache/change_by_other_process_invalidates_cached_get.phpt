--TEST--
a change made by a separate PHP process invalidates this process's cached get(), exists() and getChildren()
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'old');
var_dump($zk->get("$root/node"), $zk->exists("$root/added"), $zk->getChildren("$root/node"));
$hits = Zookeeper::getStats()['hits'];
$zk->get("$root/node");
$zk->exists("$root/added");
$zk->getChildren("$root/node");
echo 'served from the cache before the change: ', Zookeeper::getStats()['hits'] - $hits, "\n";

echo zk_php(sprintf(
    '$zk = new Zookeeper(zk_host()); $zk->set(%1$s, "new"); $zk->create(%2$s, ""); $zk->create(%3$s, ""); echo "changed\n";',
    var_export("$root/node", true),
    var_export("$root/added", true),
    var_export("$root/node/child", true)
));
var_dump(zk_wait_until(fn () => $zk->get("$root/node") === 'new'));
var_dump(zk_wait_until(fn () => $zk->exists("$root/added") !== false));
var_dump(zk_wait_until(fn () => $zk->getChildren("$root/node") === ['child']));
?>
--EXPECT--
string(3) "old"
bool(false)
array(0) {
}
served from the cache before the change: 3
changed
bool(true)
bool(true)
bool(true)
