--TEST--
removeWatches() drops this object's watchers on a path by ZooKeeper's watcher type (DATA: get()/exists() watchers, CHILDREN: getChildren() watchers, PERSISTENT / PERSISTENT_RECURSIVE: addWatch() callbacks, ANY: all); removed callbacks never run, the others do; with none of that type it throws NOWATCHER, as ZooKeeper does
--FILE--
<?php
require __DIR__ . '/events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$other->create("$root/n", '');
$log = [];
$zk->get("$root/n", pw_recorder($log, $root, 'get'));
$zk->getChildren("$root/n", pw_recorder($log, $root, 'children'));
$zk->addWatch("$root/n", pw_recorder($log, $root, 'persistent'), Zookeeper::ADD_WATCH_PERSISTENT);

$try = function (int $type) use ($zk, $root) {
    try {
        return var_export($zk->removeWatches("$root/n", $type), true);
    } catch (ZookeeperException $e) {
        return get_class($e) . ' ' . ($e->getCode() === Zookeeper::NOWATCHER ? 'NOWATCHER' : $e->getCode()) . ': ' . str_replace($root, 'ROOT', $e->getMessage());
    }
};
echo 'DATA: ', $try(Zookeeper::WATCHER_TYPE_DATA), "\n";
echo 'DATA again: ', $try(Zookeeper::WATCHER_TYPE_DATA), "\n";
echo 'PERSISTENT_RECURSIVE: ', $try(Zookeeper::WATCHER_TYPE_PERSISTENT_RECURSIVE), "\n";
$other->set("$root/n", 'changed');
$other->create("$root/n/child", '');
$lines = pw_wait($log, 3);
sort($lines);   // one event reaches two callbacks in either order
echo implode("\n", $lines), "\n";
$log = [];
echo 'PERSISTENT: ', $try(Zookeeper::WATCHER_TYPE_PERSISTENT), "\n";
$other->set("$root/n", 'changed again');
echo 'after: ', implode("\n", pw_wait($log, 1, 1)) ?: 'nothing ran', "\n";
echo 'ANY with nothing left: ', $try(Zookeeper::WATCHER_TYPE_ANY), "\n";

// ANY takes them all; another object's watchers are its own.
$log = [];
$second = new Zookeeper(zk_host());
$zk->exists("$root/n", pw_recorder($log, $root, 'exists'));
$zk->getChildren("$root/n", pw_recorder($log, $root, 'children'));
$second->getChildren("$root/n", pw_recorder($log, $root, 'second object'));
echo 'ANY: ', $try(Zookeeper::WATCHER_TYPE_ANY), "\n";
$other->set("$root/n", 'third');
$other->delete("$root/n/child");
echo implode("\n", pw_wait($log, 1)), "\n";
?>
--EXPECT--
DATA: true
DATA again: ZookeeperException NOWATCHER: the watcher couldn't be found: this object has no watcher of that type on ROOT/n
PERSISTENT_RECURSIVE: ZookeeperException NOWATCHER: the watcher couldn't be found: this object has no watcher of that type on ROOT/n
children: CHILD CONNECTED ROOT/n
persistent: CHANGED CONNECTED ROOT/n
persistent: CHILD CONNECTED ROOT/n
PERSISTENT: true
after: nothing ran
ANY with nothing left: ZookeeperException NOWATCHER: the watcher couldn't be found: this object has no watcher of that type on ROOT/n
ANY: true
second object: CHILD CONNECTED ROOT/n
