--TEST--
every method that needs a session throws ZookeeperConnectionException 5998 on an unconnected object (made without host, or with an empty one)
--FILE--
<?php
$zk = new Zookeeper();
$calls = [
    'get' => ['/'],
    'exists' => ['/'],
    'getChildren' => ['/'],
    'create' => ['/x', ''],
    'delete' => ['/x'],
    'set' => ['/x', ''],
    'getAcl' => ['/'],
    'setAcl' => ['/x', -1, [['perms' => 31, 'scheme' => 'world', 'id' => 'anyone']]],
    'getClientId' => [],
    'getState' => [],
    'getRecvTimeout' => [],
    'isRecoverable' => [],
    'addAuth' => ['digest', 'user:pw'],
    'setWatcher' => ['strlen'],
    'getConfig' => [],
    'close' => [],
];
foreach ($calls as $method => $args) {
    try {
        $zk->$method(...$args);
        echo "$method: no exception\n";
    } catch (ZookeeperConnectionException $e) {
        echo "$method: ", $e->getCode(), " ", $e->getMessage(), "\n";
    }
}
// An empty host string makes an unconnected object too (as PECL).
try {
    (new Zookeeper(''))->get('/');
} catch (ZookeeperConnectionException $e) {
    echo "new Zookeeper(''): ", $e->getCode(), "\n";
}
// A ZookeeperConfig made with `new` is not bound to any session.
foreach (['get' => [], 'set' => ['server.1=h:1:2;3'], 'add' => ['server.4=h:1:2;3'], 'remove' => ['4']] as $method => $args) {
    try {
        (new ZookeeperConfig())->$method(...$args);
        echo "ZookeeperConfig::$method: no exception\n";
    } catch (ZookeeperConnectionException $e) {
        echo "ZookeeperConfig::$method: ", $e->getCode(), "\n";
    }
}
?>
--EXPECT--
get: 5998 Zookeeper->connect() was not called
exists: 5998 Zookeeper->connect() was not called
getChildren: 5998 Zookeeper->connect() was not called
create: 5998 Zookeeper->connect() was not called
delete: 5998 Zookeeper->connect() was not called
set: 5998 Zookeeper->connect() was not called
getAcl: 5998 Zookeeper->connect() was not called
setAcl: 5998 Zookeeper->connect() was not called
getClientId: 5998 Zookeeper->connect() was not called
getState: 5998 Zookeeper->connect() was not called
getRecvTimeout: 5998 Zookeeper->connect() was not called
isRecoverable: 5998 Zookeeper->connect() was not called
addAuth: 5998 Zookeeper->connect() was not called
setWatcher: 5998 Zookeeper->connect() was not called
getConfig: 5998 Zookeeper->connect() was not called
close: 5998 Zookeeper->connect() was not called
new Zookeeper(''): 5998
ZookeeperConfig::get: 5998
ZookeeperConfig::set: 5998
ZookeeperConfig::add: 5998
ZookeeperConfig::remove: 5998
