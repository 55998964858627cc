--TEST--
addWatch() through a chrooted connection string: the path is relative to the chroot, and so are the paths the callback is told
--FILE--
<?php
require __DIR__ . '/events.inc';
$root = zk_test_root();
$other = zk_other();
$other->create("$root/w", '');
$zk = new Zookeeper(zk_host() . $root);
$log = [];
var_dump($zk->addWatch('/w', pw_recorder($log, '')));
$other->create("$root/w/a", '');
$other->set("$root/w/a", 'x');
echo implode("\n", pw_wait($log, 2)), "\n";
?>
--EXPECT--
bool(true)
CREATED CONNECTED /w/a
CHANGED CONNECTED /w/a
