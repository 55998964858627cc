--TEST--
setWatcher() returns true and replaces the object's global watcher: the new one is told the session is connected, the old one hears nothing more
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$old = [];
$new = [];
$zk = new Zookeeper(zk_host(), function ($type, $state, $path) use (&$old) { $old[] = [$type, $state, $path]; }, 10000, ['persistent' => false]);
$zk->exists('/');
var_dump(zk_wait_until(function () use (&$old) { return count($old) === 1; }));
var_dump($zk->setWatcher(function ($type, $state, $path) use (&$new) { $new[] = [$type, $state, $path]; }));
var_dump(zk_wait_until(function () use (&$new) { return count($new) === 1; }));
$zk->getChildren('/');
usleep(200000);
Zookeeper::dispatch();
echo "old: ", json_encode($old), "\nnew: ", json_encode($new), "\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
old: [[-1,3,""]]
new: [[-1,3,""]]
