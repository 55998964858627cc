--TEST--
an exception thrown by a watcher reaches the script once (where callbacks run), and the next calls and watchers work
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$zk->create("$root/node", 'v0');

$zk->get("$root/node", function ($type, $state, $path) {
    throw new RuntimeException("watcher failed for $path");
});
$caught = [];
try {
    // The watcher runs at the VM interrupt or at dispatch(): from here on, any
    // line may be where its exception appears.
    $other->set("$root/node", 'v1');
    zk_wait_until(fn () => false, 5);
    echo "no exception within 5 s\n";
} catch (RuntimeException $e) {
    $caught[] = str_replace($root, '<root>', $e->getMessage());
}
print_r($caught);

// Nothing is left behind: no second throw, and the object still works.
Zookeeper::dispatch();
var_dump($zk->get("$root/node"));
$calls = 0;
$zk->get("$root/node", function () use (&$calls) { $calls++; });
$other->set("$root/node", 'v2');
var_dump(zk_wait_until(function () use (&$calls) { return $calls === 1; }));
var_dump($zk->get("$root/node"));
?>
--EXPECT--
Array
(
    [0] => watcher failed for <root>/node
)
string(2) "v1"
bool(true)
string(2) "v2"
