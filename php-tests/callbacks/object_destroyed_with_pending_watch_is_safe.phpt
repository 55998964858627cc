--TEST--
destroying a Zookeeper object while its watch is pending does not crash when the event arrives, and later objects work
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$doomed = new Zookeeper(zk_host());
$doomed->create("$root/node", 'v0');
$doomed->get("$root/node", function ($type, $state, $path) {
    echo "the destroyed object's watcher ran\n";
});
$doomed->getChildren($root, function () {
    echo "the destroyed object's children watcher ran\n";
});
unset($doomed);
gc_collect_cycles();

// A watcher on the same node from a living object shows the event has come.
$zk = new Zookeeper(zk_host());
$arrived = false;
$zk->get("$root/node", function () use (&$arrived) { $arrived = true; });
ob_start();
zk_other()->set("$root/node", 'v1');
zk_other()->create("$root/child", '');
var_dump(zk_wait_until(function () use (&$arrived) { return $arrived; }));
zk_wait_until(fn () => false, 0.5);
ob_end_clean();

echo "still running\n";
var_dump($zk->get("$root/node"));
$children = $zk->getChildren($root);
sort($children);
var_dump($children);
?>
--EXPECT--
still running
string(2) "v1"
array(2) {
  [0]=>
  string(5) "child"
  [1]=>
  string(4) "node"
}
