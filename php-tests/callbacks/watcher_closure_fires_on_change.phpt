--TEST--
a closure passed as get() watcher runs with (CHANGED_EVENT, CONNECTED_STATE, path) after another client changes the node
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/watch_events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'before');

$calls = [];
var_dump($zk->get("$root/node", function ($type, $state, $path) use (&$calls, $root) {
    $calls[] = zk_event_text($type, $state, $path, $root);
}));
zk_other()->set("$root/node", 'after');

var_dump(zk_wait_until(function () use (&$calls) { return $calls !== []; }));
print_r($calls);
?>
--EXPECT--
string(6) "before"
bool(true)
Array
(
    [0] => CHANGED_EVENT CONNECTED_STATE <root>/node
)
