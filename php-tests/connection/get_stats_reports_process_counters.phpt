--TEST--
Zookeeper::getStats() (static) returns the process's counters as ints, keyed by name; reads move them
--FILE--
<?php
require __DIR__ . '/../zk.inc';
var_dump((new ReflectionMethod('Zookeeper', 'getStats'))->isStatic());
$before = Zookeeper::getStats();
var_dump(array_keys($before));
var_dump(array_map('get_debug_type', array_values($before)) === array_fill(0, 10, 'int'));
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'abc');
$zk->get("$root/n");
$zk->get("$root/n");
$after = Zookeeper::getStats();
var_dump($after['sessions_created'] > $before['sessions_created']);
var_dump($after['hits'] + $after['misses'] > $before['hits'] + $before['misses']);
foreach ($after as $name => $value) {
    if ($value < 0) {
        echo "$name is negative\n";
    }
}
?>
--EXPECT--
bool(true)
array(10) {
  [0]=>
  string(4) "hits"
  [1]=>
  string(6) "misses"
  [2]=>
  string(13) "invalidations"
  [3]=>
  string(9) "evictions"
  [4]=>
  string(7) "entries"
  [5]=>
  string(5) "bytes"
  [6]=>
  string(16) "sessions_created"
  [7]=>
  string(10) "reconnects"
  [8]=>
  string(11) "expirations"
  [9]=>
  string(11) "idle_closes"
}
bool(true)
bool(true)
bool(true)
