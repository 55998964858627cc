--TEST--
a getChildren() watcher runs with CHILD_EVENT and the parent's path when another client adds a child
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/watch_events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/parent", '');

$calls = [];
var_dump($zk->getChildren("$root/parent", function ($type, $state, $path) use (&$calls, $root) {
    $calls[] = zk_event_text($type, $state, $path, $root);
}));
zk_other()->create("$root/parent/child", '');

var_dump(zk_wait_until(function () use (&$calls) { return $calls !== []; }));
print_r($calls);
var_dump($zk->getChildren("$root/parent"));
?>
--EXPECT--
array(0) {
}
bool(true)
Array
(
    [0] => CHILD_EVENT CONNECTED_STATE <root>/parent
)
array(1) {
  [0]=>
  string(5) "child"
}
