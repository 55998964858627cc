--TEST--
A preloaded subtree follows changes made by other clients (data, nodes created deep down, nodes deleted, the root itself): once the persistent watch's event has been handled the new answers come from memory again, without cache misses
--FILE--
<?php
require __DIR__ . '/preload.inc';
$root = zk_test_root();
$other = zk_other();
preload_tree($other, $root);
$zk = new Zookeeper(zk_host());
$zk->preload("$root/config");

$other->set("$root/config/db/dsn", 'mysql:host=new');
$other->create("$root/config/features/c", 'c');
$other->create("$root/config/features/c/deep", 'deep');
$other->delete("$root/config/features/a");
$other->set("$root/config", 'config 2');
$expected = function () use ($zk, $root) {
    $features = $zk->getChildren("$root/config/features");
    sort($features);
    return $zk->get("$root/config/db/dsn") === 'mysql:host=new'
        && $features === ['b', 'c']
        && $zk->exists("$root/config/features/c/deep") !== false
        && $zk->get("$root/config") === 'config 2';
};
echo 'changes seen: ', zk_wait_until($expected, 5) ? 'yes' : 'no', "\n";
usleep(200000);
echo preload_cost($zk, function () use ($zk, $root) {
    $zk->get("$root/config/db/dsn");
    $zk->getChildren("$root/config/features");
    $zk->get("$root/config/features/c/deep");
    $zk->exists("$root/config/features/a");
    $zk->get("$root/config");
}), "\n";
echo $zk->get("$root/config/features/c/deep"), ' ', var_export($zk->exists("$root/config/features/a"), true), ' ', $zk->exists("$root/config/features")['numChildren'], "\n";
?>
--EXPECT--
changes seen: yes
misses 0, server requests none but pings
deep false 2
