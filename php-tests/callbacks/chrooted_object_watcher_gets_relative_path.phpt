--TEST--
a watcher set through a chrooted object receives the path relative to the chroot ("/" for the chroot itself)
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/watch_events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host() . $root);
$zk->create('/node', 'v0');

$calls = [];
$record = function ($type, $state, $path) use (&$calls) {
    $calls[] = zk_event_text($type, $state, $path);
};
$zk->get('/node', $record);
$zk->getChildren('/', $record);
$zk->exists('/later', $record);

$other = zk_other();
$other->set("$root/node", 'v1');
$other->create("$root/later", '');
var_dump(zk_wait_until(function () use (&$calls) { return count($calls) === 3; }));
sort($calls);
print_r($calls);
?>
--EXPECT--
bool(true)
Array
(
    [0] => CHANGED_EVENT CONNECTED_STATE /node
    [1] => CHILD_EVENT CONNECTED_STATE /
    [2] => CREATED_EVENT CONNECTED_STATE /later
)
