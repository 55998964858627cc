--TEST--
when one watcher throws, the events queued after it are not lost: they run at the next dispatch
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$paths = ["$root/a", "$root/b", "$root/c"];
foreach ($paths as $path) {
    $zk->create($path, '');
}

$ran = [];
$zk->get("$root/a", function () use (&$ran) { $ran[] = 'a'; });
$zk->get("$root/b", function () use (&$ran) {
    $ran[] = 'b';
    throw new LogicException('from watcher b');
});
$zk->get("$root/c", function () use (&$ran) { $ran[] = 'c'; });

$caught = [];
$changed = 0;
$deadline = microtime(true) + 5;
while (count($ran) < 3 && microtime(true) < $deadline) {
    try {
        // Counted after the call: a change interrupted by the exception is simply made again.
        while ($changed < count($paths)) {
            $other->set($paths[$changed], 'changed');
            $changed++;
        }
        Zookeeper::dispatch();
        usleep(10000);
    } catch (LogicException $e) {
        $caught[] = $e->getMessage();
    }
}
print_r($caught);
sort($ran);
print_r($ran);
var_dump($zk->get("$root/c"));
?>
--EXPECT--
Array
(
    [0] => from watcher b
)
Array
(
    [0] => a
    [1] => b
    [2] => c
)
string(7) "changed"
