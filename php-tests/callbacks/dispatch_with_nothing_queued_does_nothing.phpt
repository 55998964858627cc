--TEST--
Zookeeper::dispatch() and zookeeper_dispatch() with nothing queued return null, print nothing and run no watcher
--FILE--
<?php
require __DIR__ . '/../zk.inc';
// Before any session exists in this process.
var_dump(Zookeeper::dispatch(), zookeeper_dispatch());

$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'unchanged');
$calls = 0;
$zk->get("$root/node", function () use (&$calls) { $calls++; });
$zk->getChildren($root, function () use (&$calls) { $calls++; });

// Watches are armed but nothing changed: there is nothing to run.
ob_start();
for ($i = 0; $i < 3; $i++) {
    Zookeeper::dispatch();
    zookeeper_dispatch();
    $zk->dispatch();
}
$printed = ob_get_clean();
var_dump($printed, $calls);
var_dump($zk->get("$root/node"));
?>
--EXPECT--
NULL
NULL
string(0) ""
int(0)
string(9) "unchanged"
