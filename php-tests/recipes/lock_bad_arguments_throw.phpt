--TEST--
ZookeeperLock: wrong arguments give PHP's errors naming them, bad paths BADARGUMENTS, an unconnected Zookeeper 5998, an object without its constructor 5998
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$zk = new Zookeeper(zk_host());
$attempts = [
    'not a Zookeeper' => fn () => new ZookeeperLock(new stdClass(), '/a'),
    'relative path' => fn () => new ZookeeperLock($zk, 'a'),
    'unconnected Zookeeper' => fn () => new ZookeeperLock(new Zookeeper(), '/a'),
    'NaN timeout' => fn () => (new ZookeeperLock($zk, '/a'))->acquire(NAN),
    'string timeout' => fn () => (new ZookeeperLock($zk, '/a'))->acquire('soon'),
    'no constructor' => fn () => (new class extends ZookeeperLock { public function __construct() {} })->acquire(0),
];
foreach ($attempts as $what => $attempt) {
    try {
        $attempt();
        echo "$what: no exception\n";
    } catch (Throwable $e) {
        printf("%s: %s %d %s\n", $what, get_class($e), $e->getCode(), $e->getMessage());
    }
}
?>
--EXPECTF--
not a Zookeeper: TypeError 0 ZookeeperLock::__construct(): Argument #1 ($zookeeper) must be of type Zookeeper, stdClass given
relative path: ZookeeperException -8 bad arguments: invalid path 'a': path must start with /
unconnected Zookeeper: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
NaN timeout: ValueError 0 ZookeeperLock::acquire(): Argument #1 ($timeout) must be a number of seconds, or -1 to wait as long as it takes
string timeout: TypeError 0 ZookeeperLock::acquire(): Argument #1 ($timeout) must be of type float, string given
no constructor: ZookeeperConnectionException 5998 Zookeeper->connect() was not called: the recipe object was not constructed with a Zookeeper
