--TEST--
zookeeper.preload names subtrees (server paths, comma separated) that are preloaded when the process opens its shared session: the first object's reads under them come from memory at once; an invalid path or a subtree that does not fit gives a warning (once), the other subtrees are preloaded all the same; a path that does not exist yet is preloaded too
--FILE--
<?php
require __DIR__ . '/preload.inc';
$root = zk_test_root();
$other = zk_other();
preload_tree($other, $root);
$other->create("$root/big", '');
for ($i = 0; $i < 40; $i++) {
    $other->create(sprintf('%s/big/n%02d', $root, $i), str_repeat('x', 2000));
}
$run = zk_php_run('
    $root = ' . var_export($root, true) . ';
    $zk = new Zookeeper(zk_host());
    $second = new Zookeeper(zk_host());   // the same session: nothing preloaded again
    $stats = Zookeeper::getStats();
    $read = [$zk->get("$root/config/db/dsn"), $zk->get("$root/config/features/b"), var_export($zk->exists("$root/later/x"), true),
        count($zk->getChildren("$root/config"))];
    $after = Zookeeper::getStats();
    echo implode(" ", $read), "\n";
    echo "misses: ", $after["misses"] - $stats["misses"], ", sessions: ", $after["sessions_created"], "\n";
', ['zookeeper.preload' => " $root/config, relative, $root/big,$root/later ", 'zookeeper.cache_max_bytes' => 50000]);
echo str_replace($root, 'ROOT', preg_replace('/\d+ bytes/', 'N bytes', $run['output'])), $run['end'], "\n";
?>
--EXPECTF--
Warning: Zookeeper::__construct(): zookeeper.preload: relative: bad arguments: invalid path 'relative': %s in Command line code on line %d

Warning: Zookeeper::__construct(): zookeeper.preload: ROOT/big: the subtree ROOT/big does not fit in the cache: preloaded subtrees need more than N bytes, zookeeper.cache_max_bytes is N bytes; ROOT/big is not preloaded (its reads are cached one by one as usual) in Command line code on line %d
db/dsn features/b false 3
misses: 0, sessions: 1
exit 0
