--TEST--
Every path a committed transaction touches leaves the cache before commit() returns: cached data, existence and children lists are read back as changed at once
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/value", 'before');
$zk->create("$root/gone", '');

// Fill the cache (each read twice: the second is a hit).
foreach ([1, 2] as $round) {
    $zk->get("$root/value");
    $zk->exists("$root/gone");
    $zk->exists("$root/born");
    $zk->getChildren($root);
}
$hits = Zookeeper::getStats()['hits'];
echo "cached: ", var_export($hits >= 4, true), "\n";

$zk->transaction()->set("$root/value", 'after')->delete("$root/gone")->create("$root/born", '')->commit();
echo "value: ", $zk->get("$root/value"), "\n";
echo "gone exists: ", var_export($zk->exists("$root/gone"), true), "\n";
echo "born exists: ", var_export(is_array($zk->exists("$root/born")), true), "\n";
$children = $zk->getChildren($root);
sort($children);
echo "children: ", implode(',', $children), "\n";

// A failed transaction changes nothing, and the cache still answers rightly.
try {
    $zk->transaction()->set("$root/value", 'never')->create("$root/born", '')->commit();
} catch (ZookeeperException $e) {
    echo "failed: ", $e->getCode() === Zookeeper::NODEEXISTS ? 'NODEEXISTS' : $e->getCode(), "\n";
}
echo "value: ", $zk->get("$root/value"), "\n";
?>
--EXPECT--
cached: true
value: after
gone exists: false
born exists: true
children: born,value
failed: NODEEXISTS
value: after
