--TEST--
addWatch() and removeWatches() with bad arguments: an unknown mode or watcher type or an invalid path throws BADARGUMENTS saying what is wrong, a watcher that is not callable PHP's TypeError, an unconnected object ZookeeperConnectionException; nothing is registered
--FILE--
<?php
require __DIR__ . '/events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$attempt = function (callable $call) use ($root) {
    try {
        $call();
        return 'accepted';
    } catch (Throwable $e) {
        return get_class($e) . ($e instanceof ZookeeperException ? ' ' . $e->getCode() : '') . ': ' . str_replace($root, 'ROOT', $e->getMessage());
    }
};
$noop = function () {};
echo $attempt(fn () => $zk->addWatch("$root", $noop, 7)), "\n";
echo $attempt(fn () => $zk->addWatch('relative', $noop)), "\n";
echo $attempt(fn () => $zk->addWatch("$root", 'no_such_function')), "\n";
echo $attempt(fn () => $zk->removeWatches("$root", 9)), "\n";
echo $attempt(fn () => $zk->removeWatches('/a/')), "\n";
echo $attempt(fn () => (new Zookeeper())->addWatch('/', $noop)), "\n";
echo $attempt(fn () => $zk->removeWatches("$root")), "\n";
?>
--EXPECTF--
ZookeeperException -8: bad arguments: unknown watch mode 7: use Zookeeper::ADD_WATCH_PERSISTENT or ADD_WATCH_PERSISTENT_RECURSIVE
ZookeeperException -8: bad arguments: invalid path 'relative': %s
TypeError: Zookeeper::addWatch(): Argument #2 ($watcher_cb) must be a valid callback, function "no_such_function" not found or invalid function name
ZookeeperException -8: bad arguments: unknown watcher type 9: use one of Zookeeper::WATCHER_TYPE_*
ZookeeperException -8: bad arguments: invalid path '/a/': %s
ZookeeperConnectionException 5998: Zookeeper->connect() was not called
ZookeeperException -121: the watcher couldn't be found: this object has no watcher of that type on ROOT
