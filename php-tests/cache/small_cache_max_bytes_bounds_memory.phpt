--TEST--
a small zookeeper.cache_max_bytes keeps the cached bytes under the bound by evicting, and evicted nodes still read correctly
--INI--
zookeeper.cache_max_bytes=8192
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
// PHP_INI_SYSTEM: only php.ini or -d (as here) can set it.
var_dump(ini_get('zookeeper.cache_max_bytes'), ini_set('zookeeper.cache_max_bytes', '1'));

$zk = new Zookeeper(zk_host());
$nodes = [];
for ($i = 0; $i < 80; $i++) {
    $nodes["$root/n$i"] = str_repeat(chr(ord('a') + $i % 26), 200) . $i;
    $zk->create("$root/n$i", $nodes["$root/n$i"]);
}

$stats = Zookeeper::getStats();
$maxBytes = 0;
$wrong = 0;
for ($round = 0; $round < 2; $round++) {
    foreach ($nodes as $path => $value) {
        $wrong += $zk->get($path) !== $value;
        $maxBytes = max($maxBytes, Zookeeper::getStats()['bytes']);
    }
}
$after = Zookeeper::getStats();
echo 'wrong values: ', $wrong, "\n";
echo 'bytes stayed within 8192: ', var_export($maxBytes > 0 && $maxBytes <= 8192, true), "\n";
echo 'evictions happened: ', var_export($after['evictions'] > $stats['evictions'], true), "\n";
echo 'fewer entries than nodes: ', var_export($after['entries'] < count($nodes), true), "\n";
?>
--EXPECT--
string(4) "8192"
bool(false)
wrong values: 0
bytes stayed within 8192: true
evictions happened: true
fewer entries than nodes: true
