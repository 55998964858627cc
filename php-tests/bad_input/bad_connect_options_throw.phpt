--TEST--
an unknown key in the $options array throws ValueError, a value that is no bool TypeError; the object stays unconnected
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$cases = [
    'unknown key' => ['persistant' => false],
    'list instead of keys' => [false],
    'persistent is an array' => ['persistent' => []],
    'cache is an object' => ['cache' => new stdClass()],
];
foreach ($cases as $name => $options) {
    echo "$name: ", outcome(fn() => new Zookeeper(zk_host(), null, 10000, $options)), "\n";
    $zk = new Zookeeper();
    echo "  connect: ", outcome(fn() => $zk->connect(zk_host(), null, 10000, $options)), "\n";
    echo "  then: ", outcome(fn() => $zk->exists('/')), "\n";
}
// Scalars convert as PHP converts them to bool.
$zk = new Zookeeper(zk_host(), null, 10000, ['persistent' => 0, 'cache' => '1']);
var_dump($zk->exists('/') !== false);
?>
--EXPECT--
unknown key: ValueError: Zookeeper::__construct(): Argument #4 ($options) has an unknown option 'persistant' (known: persistent, cache, ephemeral_scope)
  connect: ValueError: Zookeeper::connect(): Argument #4 ($options) has an unknown option 'persistant' (known: persistent, cache, ephemeral_scope)
  then: ZookeeperConnectionException 5998: Zookeeper->connect() was not called
list instead of keys: ValueError: Zookeeper::__construct(): Argument #4 ($options) has an unknown option '0' (known: persistent, cache, ephemeral_scope)
  connect: ValueError: Zookeeper::connect(): Argument #4 ($options) has an unknown option '0' (known: persistent, cache, ephemeral_scope)
  then: ZookeeperConnectionException 5998: Zookeeper->connect() was not called
persistent is an array: TypeError: Zookeeper::__construct(): Argument #4 ($options) must be of type bool, array given
  connect: TypeError: Zookeeper::connect(): Argument #4 ($options) must be of type bool, array given
  then: ZookeeperConnectionException 5998: Zookeeper->connect() was not called
cache is an object: TypeError: Zookeeper::__construct(): Argument #4 ($options) must be of type bool, stdClass given
  connect: TypeError: Zookeeper::connect(): Argument #4 ($options) must be of type bool, stdClass given
  then: ZookeeperConnectionException 5998: Zookeeper->connect() was not called
bool(true)
