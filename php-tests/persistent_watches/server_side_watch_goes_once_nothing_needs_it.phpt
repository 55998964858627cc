--TEST--
The server-side persistent watch is shared by every callback on the path and removed from the server once none needs it: after removeWatches() of all callbacks, or, when a get() watcher under it still waits (the watch keeps its entry valid), once that watcher has fired
--FILE--
<?php
require __DIR__ . '/events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$other->create("$root/w", '');
$other->create("$root/w/a", '');
$noop = function () {};
$zk->addWatch("$root/w", $noop, Zookeeper::ADD_WATCH_PERSISTENT);
$zk->addWatch("$root/w", $noop, Zookeeper::ADD_WATCH_PERSISTENT);
echo 'two callbacks, server-side watches: ', pw_server_watchers("$root/w"), "\n";
$zk->removeWatches("$root/w", Zookeeper::WATCHER_TYPE_PERSISTENT);
echo 'after removeWatches(): ', zk_wait_until(fn () => pw_server_watchers("$root/w") === 0) ? 'gone' : 'still there', "\n";

$log = [];
$zk->addWatch("$root/w", $noop);
$zk->get("$root/w/a", pw_recorder($log, $root, 'get'));
$zk->removeWatches("$root/w");
usleep(300000);
echo 'while the get() watcher waits: ', pw_server_watchers("$root/w"), "\n";
$other->set("$root/w/a", 'x');
echo implode("\n", pw_wait($log, 1)), "\n";
echo 'after it fired: ', zk_wait_until(fn () => pw_server_watchers("$root/w") === 0) ? 'gone' : 'still there', "\n";
?>
--EXPECT--
two callbacks, server-side watches: 1
after removeWatches(): gone
while the get() watcher waits: 1
get: CHANGED CONNECTED ROOT/w/a
after it fired: gone
