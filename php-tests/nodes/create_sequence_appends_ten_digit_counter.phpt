--TEST--
create(SEQUENCE) returns the created path: the given path plus the parent's 10-digit counter
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/q", '');
$first = $zk->create("$root/q/item-", 'a', null, Zookeeper::SEQUENCE);
$second = $zk->create("$root/q/item-", 'b', null, Zookeeper::SEQUENCE);
// A sequential path may end in "/": the counter is the whole name.
$bare = $zk->create("$root/q/", 'c', null, Zookeeper::SEQUENCE);
foreach ([$first, $second, $bare] as $path) {
    echo substr($path, strlen("$root/q/")), " ", $zk->get($path), "\n";
}
var_dump($zk->exists($first)['ephemeralOwner']);
$names = $zk->getChildren("$root/q");
sort($names);
var_dump($names);
?>
--EXPECT--
item-0000000000 a
item-0000000001 b
0000000002 c
float(0)
array(3) {
  [0]=>
  string(10) "0000000002"
  [1]=>
  string(15) "item-0000000000"
  [2]=>
  string(15) "item-0000000001"
}
