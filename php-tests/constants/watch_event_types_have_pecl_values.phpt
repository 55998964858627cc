--TEST--
Watch event type constants have PECL's values, and real watches deliver those numbers
--FILE--
<?php
require __DIR__ . '/pecl_values.inc';
require __DIR__ . '/../zk.inc';

expect_zookeeper_constants([
    'CREATED_EVENT' => 1,
    'DELETED_EVENT' => 2,
    'CHANGED_EVENT' => 3,
    'CHILD_EVENT' => 4,
    'SESSION_EVENT' => -1,
    'NOTWATCHING_EVENT' => -2,
]);

$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$events = [];
$record = function (int $type, int $state, string $path) use (&$events) {
    $events[] = "$type $path";
};

// One change per kind of watch, made by another client; each watcher sees
// the number PECL code compares with.
$zk->exists("$root/n", $record);
$other->create("$root/n", 'a');
$zk->get("$root/n", $record);
$other->set("$root/n", 'b');
$zk->getChildren("$root/n", $record);
$other->create("$root/n/child", '');
$zk->get("$root/n/child", $record);
$other->delete("$root/n/child");

$expected = ["1 $root/n", "3 $root/n", "4 $root/n", "2 $root/n/child"];
// (A closure, not fn: the list must be read by reference as callbacks fill it.)
var_dump(zk_wait_until(function () use (&$events) {
    return count($events) >= 4;
}));
sort($events);
sort($expected);
var_dump($events === $expected ?: $events);
?>
--EXPECT--
6 of 6 constants as in PECL
bool(true)
bool(true)
