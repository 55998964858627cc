--TEST--
ZookeeperLock: one holder at a time, in one process and across processes; acquire() waits at most its timeout, release() hands the lock on, isAcquired() tells
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$a = new ZookeeperLock($zk, "$root/locks/orders");
$b = new ZookeeperLock($zk, "$root/locks/orders");

echo "a acquire(0): ", var_export($a->acquire(0), true), " isAcquired: ", var_export($a->isAcquired(), true), "\n";
echo "a again: ", var_export($a->acquire(0), true), "\n";
$start = microtime(true);
echo "b acquire(0.5): ", var_export($b->acquire(0.5), true), ", waited at least 0.4 s: ", var_export(microtime(true) - $start >= 0.4, true), "\n";
echo "b isAcquired: ", var_export($b->isAcquired(), true), "\n";
$children = $zk->getChildren("$root/locks/orders");
echo "contenders' nodes after b gave up: ", count($children), ' ', preg_replace('/[0-9a-f]{16}-\d{10}/', 'TOKEN-SEQ', $children[0]), "\n";

$other = '$lock = new ZookeeperLock(new Zookeeper(zk_host()), ' . var_export("$root/locks/orders", true) . ');'
    . 'echo var_export($lock->acquire(0.3), true);';
echo "another process while a holds it: ", zk_php($other), "\n";

echo "a release: ", var_export($a->release(), true), ", again: ", var_export($a->release(), true), ", isAcquired: ", var_export($a->isAcquired(), true), "\n";
echo "another process now: ", zk_php($other), "\n";
echo "b acquire(0): ", var_export($b->acquire(0), true), "\n";
unset($b);
echo "nodes once the holder object is gone: ", count($zk->getChildren("$root/locks/orders")), "\n";
?>
--EXPECT--
a acquire(0): true isAcquired: true
a again: true
b acquire(0.5): false, waited at least 0.4 s: true
b isAcquired: false
contenders' nodes after b gave up: 1 lock-TOKEN-SEQ
another process while a holds it: false
a release: true, again: false, isAcquired: false
another process now: true
b acquire(0): true
nodes once the holder object is gone: 0
