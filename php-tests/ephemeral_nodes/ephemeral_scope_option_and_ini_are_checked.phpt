--TEST--
The 'ephemeral_scope' option takes 'request' or 'process' (else a ValueError naming it); a bad zookeeper.ephemeral_scope fails the connect with a message naming the setting
--FILE--
<?php
require __DIR__ . '/../zk.inc';
foreach (['process', 'request', 'session', 1] as $scope) {
    try {
        new Zookeeper(zk_host(), null, 10000, ['ephemeral_scope' => $scope]);
        echo var_export($scope, true), ": ok\n";
    } catch (Throwable $e) {
        echo var_export($scope, true), ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
ini_set('zookeeper.ephemeral_scope', 'forever');
try {
    new Zookeeper(zk_host());
} catch (ZookeeperException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
ini_set('zookeeper.ephemeral_scope', 'process');
echo 'process from ini: ', get_class(new Zookeeper(zk_host())), "\n";
?>
--EXPECT--
'process': ok
'request': ok
'session': ValueError: Zookeeper::__construct(): Argument #4 ($options) option 'ephemeral_scope' must be 'request' or 'process'
1: ValueError: Zookeeper::__construct(): Argument #4 ($options) option 'ephemeral_scope' must be 'request' or 'process'
ZookeeperException: bad arguments: zookeeper.ephemeral_scope must be 'request' or 'process', not 'forever'
process from ini: Zookeeper
