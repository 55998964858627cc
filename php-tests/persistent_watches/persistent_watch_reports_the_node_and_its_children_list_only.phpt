--TEST--
addWatch() with ADD_WATCH_PERSISTENT: the callback runs for every event of the node itself (data changes, CHILD_EVENT when its children list changes, deletion, creation again), not for changes further down, and keeps running after the node was deleted and made again
--FILE--
<?php
require __DIR__ . '/events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$other->create("$root/w", '');
$log = [];
var_dump($zk->addWatch("$root/w", pw_recorder($log, $root), Zookeeper::ADD_WATCH_PERSISTENT));

$other->set("$root/w", '1');
$other->create("$root/w/a", '');
$other->set("$root/w/a", 'not reported');
$other->create("$root/w/a/b", '');
$other->delete("$root/w/a/b");
$other->delete("$root/w/a");
$other->delete("$root/w");
$other->create("$root/w", 'again');
$other->set("$root/w", '2');
echo implode("\n", pw_wait($log, 6)), "\n";
?>
--EXPECT--
bool(true)
CHANGED CONNECTED ROOT/w
CHILD CONNECTED ROOT/w
CHILD CONNECTED ROOT/w
DELETED CONNECTED ROOT/w
CREATED CONNECTED ROOT/w
CHANGED CONNECTED ROOT/w
