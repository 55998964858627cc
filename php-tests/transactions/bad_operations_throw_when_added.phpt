--TEST--
A bad operation throws when it is added, naming what is wrong; an unbound or unconnected transaction throws ZookeeperConnectionException
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$zk = new Zookeeper(zk_host());
$t = $zk->transaction();
$attempts = [
    'relative path' => fn () => $t->create('a', ''),
    'trailing slash' => fn () => $t->set('/a/', ''),
    'unknown flags' => fn () => $t->create('/a', '', null, 99),
    'ttl flag without a ttl' => fn () => $t->create('/a', '', null, Zookeeper::PERSISTENT_WITH_TTL),
    'malformed acl' => fn () => $t->create('/a', '', [['perms' => 1]]),
    'version too large' => fn () => $t->delete('/a', 1 << 40),
    'check without a version' => fn () => $t->check('/a'),
    'array as path' => fn () => $t->delete([]),
];
foreach ($attempts as $what => $attempt) {
    try {
        $attempt();
        echo "$what: no exception\n";
    } catch (Throwable $e) {
        printf("%s: %s %d %s\n", $what, get_class($e), $e->getCode(), $e->getMessage());
    }
}
echo "nothing was added: ", json_encode($t->commit()), "\n";

try {
    (new ZookeeperTransaction())->create('/a', '');
} catch (ZookeeperConnectionException $e) {
    echo "new ZookeeperTransaction(): ", $e->getCode(), ' ', $e->getMessage(), "\n";
}
try {
    (new Zookeeper())->transaction();
} catch (ZookeeperConnectionException $e) {
    echo "unconnected Zookeeper: ", $e->getCode(), "\n";
}
?>
--EXPECT--
relative path: ZookeeperException -8 bad arguments: invalid path 'a': path must start with /
trailing slash: ZookeeperException -8 bad arguments: invalid path '/a/': path must not end with /
unknown flags: ZookeeperException -8 bad arguments: unknown flags 99: use 0 or Zookeeper::EPHEMERAL, SEQUENCE, CONTAINER, PERSISTENT_WITH_TTL, PERSISTENT_SEQUENTIAL_WITH_TTL
ttl flag without a ttl: ZookeeperException -8 bad arguments: ttl must be between 1 and 1099511627775 ms for a TTL node
malformed acl: ZookeeperException -8 bad arguments: invalid acl entry #0: missing key 'scheme'
version too large: ValueError 0 ZookeeperTransaction::delete(): Argument #2 ($version) must be between -2147483648 and 2147483647
check without a version: ArgumentCountError 0 ZookeeperTransaction::check() expects exactly 2 arguments, 1 given
array as path: TypeError 0 ZookeeperTransaction::delete(): Argument #1 ($path) must be of type string, array given
nothing was added: []
new ZookeeperTransaction(): 5998 Zookeeper->connect() was not called
unconnected Zookeeper: 5998
