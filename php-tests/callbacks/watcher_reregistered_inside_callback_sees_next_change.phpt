--TEST--
a watcher that registers itself again from inside its own call is called for the next change too
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/watch_events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$zk->create("$root/node", 'v0');

$seen = [];
$watcher = function ($type, $state, $path) use (&$watcher, &$seen, $zk, $root) {
    // Read the new value and watch again, as a config-reloading loop does.
    $seen[] = zk_event_text($type, $state, $path, $root) . ' -> ' . $zk->get($path, $watcher);
};
$zk->get("$root/node", $watcher);

$other->set("$root/node", 'v1');
var_dump(zk_wait_until(function () use (&$seen) { return count($seen) === 1; }));
$other->set("$root/node", 'v2');
var_dump(zk_wait_until(function () use (&$seen) { return count($seen) === 2; }));
print_r($seen);
?>
--EXPECT--
bool(true)
bool(true)
Array
(
    [0] => CHANGED_EVENT CONNECTED_STATE <root>/node -> v1
    [1] => CHANGED_EVENT CONNECTED_STATE <root>/node -> v2
)
