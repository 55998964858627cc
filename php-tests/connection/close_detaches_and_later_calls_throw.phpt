--TEST--
close() returns null; afterwards calls (and a second close) throw ZookeeperConnectionException 5998; connect() works again
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
foreach (['shared' => [], 'private' => ['persistent' => false]] as $kind => $options) {
    echo "-- $kind\n";
    $zk = new Zookeeper(zk_host(), null, 10000, $options);
    $zk->exists($root);
    var_dump($zk->close());
    foreach (['get' => [$root], 'create' => ["$root/x", ''], 'getState' => [], 'getClientId' => [], 'close' => []] as $method => $args) {
        try {
            $zk->$method(...$args);
            echo "$method: no exception\n";
        } catch (ZookeeperConnectionException $e) {
            echo "$method: ", $e->getCode(), " ", $e->getMessage(), "\n";
        }
    }
    var_dump($zk->connect(zk_host(), null, 10000, $options));
    var_dump(basename($zk->create("$root/$kind", 'again')), $zk->get("$root/$kind"));
    var_dump($zk->getState() === Zookeeper::CONNECTED_STATE);
}
?>
--EXPECT--
-- shared
NULL
get: 5998 Zookeeper->connect() was not called
create: 5998 Zookeeper->connect() was not called
getState: 5998 Zookeeper->connect() was not called
getClientId: 5998 Zookeeper->connect() was not called
close: 5998 Zookeeper->connect() was not called
NULL
string(6) "shared"
string(5) "again"
bool(true)
-- private
NULL
get: 5998 Zookeeper->connect() was not called
create: 5998 Zookeeper->connect() was not called
getState: 5998 Zookeeper->connect() was not called
getClientId: 5998 Zookeeper->connect() was not called
close: 5998 Zookeeper->connect() was not called
NULL
string(7) "private"
string(5) "again"
bool(true)
