--TEST--
a get() watcher runs with DELETED_EVENT when another client deletes the node
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/watch_events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/doomed", 'data');

$calls = [];
$zk->get("$root/doomed", function ($type, $state, $path) use (&$calls, $root) {
    $calls[] = zk_event_text($type, $state, $path, $root);
});
zk_other()->delete("$root/doomed");

var_dump(zk_wait_until(function () use (&$calls) { return $calls !== []; }));
print_r($calls);
var_dump($zk->exists("$root/doomed"));
?>
--EXPECT--
bool(true)
Array
(
    [0] => DELETED_EVENT CONNECTED_STATE <root>/doomed
)
bool(false)
