--TEST--
a get() watcher is one-shot: two changes by another client call it once
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/watch_events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$zk->create("$root/node", 'v0');
$zk->create("$root/marker", '');

$calls = [];
$zk->get("$root/node", function ($type, $state, $path) use (&$calls, $root) {
    $calls[] = zk_event_text($type, $state, $path, $root);
});
$other->set("$root/node", 'v1');
var_dump(zk_wait_until(function () use (&$calls) { return $calls !== []; }));
$other->set("$root/node", 'v2');

// The server sends this session's notifications in order: once the marker's
// event is here, a second event for the node would have come before it.
$marker = false;
$zk->get("$root/marker", function () use (&$marker) { $marker = true; });
$other->set("$root/marker", 'x');
var_dump(zk_wait_until(function () use (&$marker) { return $marker; }));
zk_wait_until(fn () => false, 0.5);

print_r($calls);
var_dump($zk->get("$root/node"));
?>
--EXPECT--
bool(true)
bool(true)
Array
(
    [0] => CHANGED_EVENT CONNECTED_STATE <root>/node
)
string(2) "v2"
