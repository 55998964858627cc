--TEST--
zookeeper.preload under php-fpm: the subtree is loaded when a fresh worker opens its ZooKeeper session, so even its first request reads every node of it without a cache miss (without preload: one miss per node); later requests of the worker share that session and that load, and see changes made elsewhere without misses
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$other = zk_other();
$other->create("$root/config", '');
$paths = [];
for ($i = 0; $i < 8; $i++) {
    $paths[] = $other->create("$root/config/key-$i", "value $i");
}
$query = ['paths' => $paths, 'lists' => ["$root/config"]];

foreach (['without preload' => [], 'with preload' => ["zookeeper.preload=$root/config"]] as $label => $ini) {
    $pool = fpm_start(['workers' => 1, 'ini' => $ini]);
    $first = fpm_get($pool, 'read_tree', $query);
    echo "$label: first request: ", count($first['values']), " reads, {$first['misses']} misses, values right: ",
        $first['values'] === array_merge(array_map(fn ($i) => "value $i", range(0, 7)), ['key-0,key-1,key-2,key-3,key-4,key-5,key-6,key-7']) ? 'yes' : 'no', "\n";
    if ($ini) {
        $second = fpm_get($pool, 'read_tree', $query);
        echo "$label: second request: {$second['misses']} misses, sessions created: {$second['sessions_created']}\n";
        $other->set("$root/config/key-3", 'changed');
        $other->create("$root/config/key-8", 'new');
        zk_wait_until(fn () => fpm_get($pool, 'read_tree', $query)['values'][3] === 'changed', 5);
        usleep(200000);
        $third = fpm_get($pool, 'read_tree', $query);
        echo "$label: after changes elsewhere: {$third['values'][3]}, {$third['values'][8]}, {$third['misses']} misses\n";
    }
    fpm_stop_and_check_log($pool);
}
?>
--EXPECT--
without preload: first request: 9 reads, 9 misses, values right: yes
php-fpm log: no worker died
with preload: first request: 9 reads, 0 misses, values right: yes
with preload: second request: 0 misses, sessions created: 1
with preload: after changes elsewhere: changed, key-0,key-1,key-2,key-3,key-4,key-5,key-6,key-7,key-8, 0 misses
php-fpm log: no worker died
