--TEST--
an exists() watcher set on a missing node runs with CREATED_EVENT when another client creates it
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/watch_events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());

$calls = [];
var_dump($zk->exists("$root/later", function ($type, $state, $path) use (&$calls, $root) {
    $calls[] = zk_event_text($type, $state, $path, $root);
}));
zk_other()->create("$root/later", 'here');

var_dump(zk_wait_until(function () use (&$calls) { return $calls !== []; }));
print_r($calls);
var_dump($zk->get("$root/later"));
?>
--EXPECT--
bool(false)
bool(true)
Array
(
    [0] => CREATED_EVENT CONNECTED_STATE <root>/later
)
string(4) "here"
