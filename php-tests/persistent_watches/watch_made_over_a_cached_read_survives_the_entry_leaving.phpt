--TEST--
A persistent recursive watch added on a path whose data the cache had read (with a watch of its own) keeps reporting after that cache entry is evicted unfired: ZooKeeper before 3.9 would remove the persistent watch with the entry's watch (ZOOKEEPER-4466/4471; vendor/PATCHES.md, patch 5)
--INI--
zookeeper.cache_max_bytes=4000
--FILE--
<?php
require __DIR__ . '/events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$other->create("$root/w", 'watched');
foreach (['x', 'y', 'z'] as $name) {
    $other->create("$root/$name", $name);
}
echo $zk->get("$root/w"), "\n";                  // cached, with a data watch of its own
$log = [];
$zk->addWatch("$root/w", pw_recorder($log, $root));
$evictions = Zookeeper::getStats()['evictions'];
foreach (['x', 'y', 'z'] as $name) {
    $zk->get("$root/$name");                     // the small cache evicts the entry of ROOT/w
}
echo 'entries evicted: ', Zookeeper::getStats()['evictions'] > $evictions ? 'yes' : 'no', "\n";
$other->create("$root/w/child", '');
$other->set("$root/w/child", 'x');
echo implode("\n", pw_wait($log, 2)), "\n";
?>
--EXPECT--
watched
entries evicted: yes
CREATED CONNECTED ROOT/w/child
CHANGED CONNECTED ROOT/w/child
