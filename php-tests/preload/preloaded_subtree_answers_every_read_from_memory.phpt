--TEST--
Zookeeper::preload(): after the load, get(), exists() and getChildren() of every path of the subtree are answered from memory (no cache miss, no request to the server), for nodes that do not exist too; the answers are the server's, stat included; a second preload() of the path returns at once
--FILE--
<?php
require __DIR__ . '/preload.inc';
$root = zk_test_root();
preload_tree(zk_other(), $root);
$zk = new Zookeeper(zk_host());
var_dump($zk->preload("$root/config"));

$answers = [];
echo preload_cost($zk, function () use ($zk, $root, &$answers) {
    $answers[] = $zk->get("$root/config/db/dsn");
    $answers[] = $zk->get("$root/config");
    $answers[] = implode(',', array_map(fn ($c) => $c, (function ($c) { sort($c); return $c; })($zk->getChildren("$root/config"))));
    $answers[] = implode(',', $zk->getChildren("$root/config/flags")) ?: '(no children)';
    $answers[] = $zk->exists("$root/config/features/a")['version'];
    $answers[] = var_export($zk->exists("$root/config/features/nope"), true);
    $answers[] = var_export($zk->exists("$root/config/nope/deeper"), true);
    try {
        $zk->get("$root/config/db/password");
    } catch (ZookeeperNoNodeException $e) {
        $answers[] = 'get of a missing node: ' . get_class($e) . ' ' . $e->getMessage();
    }
    $stat = [];
    $zk->get("$root/config/db/user", null, $stat);
    $answers[] = 'stat from memory: ' . ($stat === zk_other()->exists("$root/config/db/user") ? 'same as the server\'s' : json_encode($stat));
}), "\n";
echo implode("\n", $answers), "\n";
echo 'preload() again: ', preload_cost($zk, fn () => $zk->preload("$root/config")), "\n";
?>
--EXPECT--
bool(true)
misses 0, server requests none but pings
db/dsn
config
db,features,flags
(no children)
0
false
false
get of a missing node: ZookeeperNoNodeException no node
stat from memory: same as the server's
preload() again: misses 0, server requests none but pings
