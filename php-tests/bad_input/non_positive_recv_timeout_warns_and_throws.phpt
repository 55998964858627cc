--TEST--
a recv_timeout of 0 or less warns "recv_timeout parameter has to be greater than 0" and throws ZookeeperException BADARGUMENTS
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
foreach ([0, -1, -10000, PHP_INT_MIN] as $timeout) {
    // (outcome() first: the warning comes out before the line that reports it)
    $result = outcome(fn() => new Zookeeper(zk_host(), null, $timeout));
    echo "__construct($timeout): $result\n";
    $zk = new Zookeeper();
    $result = outcome(fn() => $zk->connect(zk_host(), null, $timeout));
    echo "connect($timeout): $result\n";
    // The object stays unconnected.
    echo "  then: ", outcome(fn() => $zk->getState()), "\n";
}
?>
--EXPECTF--
Warning: Zookeeper::__construct(): recv_timeout parameter has to be greater than 0 in %s on line %d
__construct(0): ZookeeperException -8: bad arguments

Warning: Zookeeper::connect(): recv_timeout parameter has to be greater than 0 in %s on line %d
connect(0): ZookeeperException -8: bad arguments
  then: ZookeeperConnectionException 5998: Zookeeper->connect() was not called

Warning: Zookeeper::__construct(): recv_timeout parameter has to be greater than 0 in %s on line %d
__construct(-1): ZookeeperException -8: bad arguments

Warning: Zookeeper::connect(): recv_timeout parameter has to be greater than 0 in %s on line %d
connect(-1): ZookeeperException -8: bad arguments
  then: ZookeeperConnectionException 5998: Zookeeper->connect() was not called

Warning: Zookeeper::__construct(): recv_timeout parameter has to be greater than 0 in %s on line %d
__construct(-10000): ZookeeperException -8: bad arguments

Warning: Zookeeper::connect(): recv_timeout parameter has to be greater than 0 in %s on line %d
connect(-10000): ZookeeperException -8: bad arguments
  then: ZookeeperConnectionException 5998: Zookeeper->connect() was not called

Warning: Zookeeper::__construct(): recv_timeout parameter has to be greater than 0 in %s on line %d
__construct(-9223372036854775808): ZookeeperException -8: bad arguments

Warning: Zookeeper::connect(): recv_timeout parameter has to be greater than 0 in %s on line %d
connect(-9223372036854775808): ZookeeperException -8: bad arguments
  then: ZookeeperConnectionException 5998: Zookeeper->connect() was not called
