--TEST--
A subtree that does not fit in zookeeper.cache_max_bytes is not preloaded: preload() throws SYSTEMERROR saying so, memory stays within the bound, and reads under it are answered as without preload (cached one by one); a subtree that fits is preloaded all the same; one that grows past the bound later is given up the same way
--INI--
zookeeper.cache_max_bytes=60000
--FILE--
<?php
require __DIR__ . '/preload.inc';
$root = zk_test_root();
$other = zk_other();
$other->create("$root/big", '');
for ($i = 0; $i < 60; $i++) {
    $other->create(sprintf('%s/big/n%02d', $root, $i), str_repeat('x', 1000));
}
$other->create("$root/small", 'small');
$other->create("$root/small/a", 'a');
$zk = new Zookeeper(zk_host());
try {
    $zk->preload("$root/big");
    echo "big: preloaded\n";
} catch (ZookeeperException $e) {
    echo 'big: ', get_class($e), ' ', $e->getCode() === Zookeeper::SYSTEMERROR ? 'SYSTEMERROR' : $e->getCode(), ': ', str_replace($root, 'ROOT', preg_replace('/\d+ bytes/', 'N bytes', $e->getMessage())), "\n";
}
echo 'bytes within the bound: ', Zookeeper::getStats()['bytes'] <= 60000 ? 'yes' : Zookeeper::getStats()['bytes'], "\n";
echo 'read under it: ', strlen($zk->get("$root/big/n07")), ' bytes, again: ', preload_cost($zk, fn () => $zk->get("$root/big/n07")), "\n";

var_dump($zk->preload("$root/small"));
echo 'small: ', preload_cost($zk, fn () => [$zk->get("$root/small/a"), $zk->getChildren("$root/small")]), "\n";

// It grows past the bound: given up, so the bound holds; reads stay right.
for ($i = 0; $i < 60; $i++) {
    $other->create(sprintf('%s/small/g%02d', $root, $i), str_repeat('y', 1000));
}
$other->set("$root/small/a", 'a2');
zk_wait_until(fn () => $zk->get("$root/small/a") === 'a2', 5);
usleep(300000);
echo 'after it grew: bytes within the bound: ', Zookeeper::getStats()['bytes'] <= 60000 ? 'yes' : Zookeeper::getStats()['bytes'], ', ', $zk->get("$root/small/a"), ', children ', count($zk->getChildren("$root/small")), "\n";
?>
--EXPECT--
big: ZookeeperException SYSTEMERROR: system error: the subtree ROOT/big does not fit in the cache: preloaded subtrees need more than N bytes, zookeeper.cache_max_bytes is N bytes; ROOT/big is not preloaded (its reads are cached one by one as usual)
bytes within the bound: yes
read under it: 1000 bytes, again: misses 0, server requests none but pings
bool(true)
small: misses 0, server requests none but pings
after it grew: bytes within the bound: yes, a2, children 61
