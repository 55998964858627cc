--TEST--
set, create, delete and setAcl are visible to the next read at once (read-your-writes), though the reads before them were cached
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'v0');

// Every read before a write happens twice, so it is cached (a hit) when the write comes.
$uncached = 0;
function cached(callable $read)
{
    global $uncached;
    $read();
    $hits = Zookeeper::getStats()['hits'];
    $value = $read();
    $uncached += Zookeeper::getStats()['hits'] === $hits;
    return $value;
}

echo "-- set\n";
cached(fn () => $zk->get("$root/node"));
$zk->set("$root/node", 'v1');
var_dump($zk->get("$root/node", null, $stat), $stat['version']);

echo "-- create\n";
cached(fn () => $zk->exists("$root/new"));
cached(fn () => $zk->getChildren($root));
$zk->create("$root/new", 'fresh');
var_dump($zk->exists("$root/new")['dataLength']);
$children = $zk->getChildren($root);
sort($children);
var_dump($children);
var_dump($zk->get("$root/new"));

echo "-- delete\n";
cached(fn () => $zk->get("$root/new"));
cached(fn () => $zk->exists("$root/new"));
cached(fn () => $zk->getChildren($root));
$zk->delete("$root/new");
var_dump($zk->exists("$root/new"));
var_dump($zk->getChildren($root));
try {
    $zk->get("$root/new");
} catch (ZookeeperNoNodeException $e) {
    echo get_class($e), "\n";
}

echo "-- setAcl\n";
var_dump(cached(fn () => $zk->exists("$root/node"))['aversion']);
cached(fn () => $zk->get("$root/node"));
$zk->setAcl("$root/node", -1, [['perms' => Zookeeper::PERM_ALL, 'scheme' => 'world', 'id' => 'anyone']]);
var_dump($zk->exists("$root/node")['aversion']);
$zk->get("$root/node", null, $stat);
var_dump($stat['aversion']);
echo "reads before the writes that missed the cache: $uncached\n";
?>
--EXPECT--
-- set
string(2) "v1"
int(1)
-- create
int(5)
array(2) {
  [0]=>
  string(3) "new"
  [1]=>
  string(4) "node"
}
string(5) "fresh"
-- delete
bool(false)
array(1) {
  [0]=>
  string(4) "node"
}
ZookeeperNoNodeException
-- setAcl
int(0)
int(1)
int(1)
reads before the writes that missed the cache: 0
