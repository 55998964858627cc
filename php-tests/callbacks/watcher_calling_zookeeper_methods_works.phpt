--TEST--
a watcher may call Zookeeper methods (read, write, list, watch) on the object whose event it handles
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/config", 'v0');

$log = [];
$done = false;
$zk->get("$root/config", function ($type, $state, $path) use ($zk, $root, &$log, &$done) {
    $log[] = 'read: ' . $zk->get($path, null, $stat);
    $log[] = 'version: ' . $stat['version'];
    $log[] = 'created: ' . substr($zk->create("$root/seen-", 'x', null, Zookeeper::SEQUENCE), strlen($root));
    $zk->set($path, 'acknowledged');
    $log[] = 'reread: ' . $zk->get($path);
    $children = $zk->getChildren($root);
    sort($children);
    $log[] = 'children: ' . implode(',', $children);
    $log[] = 'exists: ' . var_export($zk->exists("$root/missing") !== false, true);
    Zookeeper::dispatch();
    $done = true;
});
zk_other()->set("$root/config", 'v1');
var_dump(zk_wait_until(function () use (&$done) { return $done; }));
echo implode("\n", $log), "\n";
var_dump(zk_other()->get("$root/config"));
?>
--EXPECT--
bool(true)
read: v1
version: 1
created: /seen-0000000001
reread: acknowledged
children: config,seen-0000000001
exists: false
string(12) "acknowledged"
