--TEST--
a cached getChildren() list is replaced when another client adds or removes a child
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$zk->create("$root/dir", '');
var_dump($zk->getChildren("$root/dir"));
$hits = Zookeeper::getStats()['hits'];
var_dump($zk->getChildren("$root/dir"), Zookeeper::getStats()['hits'] - $hits);

$other->create("$root/dir/a", '');
var_dump(zk_wait_until(fn () => $zk->getChildren("$root/dir") === ['a']));
$other->create("$root/dir/b", '');
var_dump(zk_wait_until(function () use ($zk, $root) {
    $children = $zk->getChildren("$root/dir");
    sort($children);
    return $children === ['a', 'b'];
}));
$other->delete("$root/dir/a");
var_dump(zk_wait_until(fn () => $zk->getChildren("$root/dir") === ['b']));
?>
--EXPECT--
array(0) {
}
array(0) {
}
int(1)
bool(true)
bool(true)
bool(true)
