--TEST--
addWatch() with the default mode (persistent recursive): the callback runs for every change, creation and deletion of the node and of every node below it, each with its own path, as long as the request runs; changes elsewhere are not reported
--FILE--
<?php
require __DIR__ . '/events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$other->create("$root/w", '');
$other->create("$root/w/a", '1');
$log = [];
var_dump($zk->addWatch("$root/w", pw_recorder($log, $root)));

$other->set("$root/w/a", '2');
$other->create("$root/w/b", '');
$other->create("$root/w/b/c", '');
$other->set("$root/w", 'x');
$other->create("$root/elsewhere", '');
$other->delete("$root/w/b/c");
$other->set("$root/w/a", '3');
echo implode("\n", pw_wait($log, 6)), "\n";
?>
--EXPECT--
bool(true)
CHANGED CONNECTED ROOT/w/a
CREATED CONNECTED ROOT/w/b
CREATED CONNECTED ROOT/w/b/c
CHANGED CONNECTED ROOT/w
DELETED CONNECTED ROOT/w/b/c
CHANGED CONNECTED ROOT/w/a
