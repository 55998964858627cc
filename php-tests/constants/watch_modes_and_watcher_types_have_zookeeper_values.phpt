--TEST--
addWatch() modes and removeWatches() watcher types (not in PECL): ZooKeeper's AddWatchMode and WatcherType numbers
--FILE--
<?php
require __DIR__ . '/pecl_values.inc';

expect_zookeeper_constants([
    // ZooDefs.AddWatchModes
    'ADD_WATCH_PERSISTENT' => 0,
    'ADD_WATCH_PERSISTENT_RECURSIVE' => 1,
    // Watcher.WatcherType (Persistent and PersistentRecursive since ZooKeeper 3.9)
    'WATCHER_TYPE_CHILDREN' => 1,
    'WATCHER_TYPE_DATA' => 2,
    'WATCHER_TYPE_ANY' => 3,
    'WATCHER_TYPE_PERSISTENT' => 4,
    'WATCHER_TYPE_PERSISTENT_RECURSIVE' => 5,
]);
?>
--EXPECT--
7 of 7 constants as in PECL
