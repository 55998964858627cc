--TEST--
a watcher closure holding the only reference to an object keeps it alive until it has run, then lets it go
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'v0');

class ChangeCounter
{
    public array $seen = [];
}
$counter = new ChangeCounter();
$alive = WeakReference::create($counter);
$ran = false;
$zk->get("$root/node", function ($type, $state, $path) use ($counter, &$ran) {
    $counter->seen[] = $type;
    $ran = count($counter->seen) === 1 && $counter->seen[0] === Zookeeper::CHANGED_EVENT;
});
unset($counter);
var_dump($alive->get() instanceof ChangeCounter);

zk_other()->set("$root/node", 'v1');
var_dump(zk_wait_until(function () use (&$ran) { return $ran; }));
// A one-shot watcher is released once it has run, and what it held with it.
var_dump($alive->get());
var_dump($zk->get("$root/node"));
?>
--EXPECT--
bool(true)
bool(true)
NULL
string(2) "v1"
