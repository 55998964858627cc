--TEST--
sync() makes the server catch up with the leader and returns true; bad paths throw BADARGUMENTS, wrong types TypeError
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host(), null, 10000, ['cache' => false]);
zk_other()->create("$root/written", 'elsewhere');
echo "sync: ", var_export($zk->sync($root), true), "\n";
echo "then read: ", $zk->get("$root/written"), "\n";
echo "sync of a missing node is fine too: ", var_export($zk->sync("$root/missing"), true), "\n";
foreach (['', 'x', "/a\0b"] as $bad) {
    try {
        $zk->sync($bad);
    } catch (ZookeeperException $e) {
        echo $e->getCode(), "\n";
    }
}
try {
    $zk->sync();
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
sync: true
then read: elsewhere
sync of a missing node is fine too: true
-8
-8
-8
Zookeeper::sync() expects exactly 1 argument, 0 given
