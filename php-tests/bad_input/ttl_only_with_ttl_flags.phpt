--TEST--
create(): a ttl without a *_WITH_TTL flag, a TTL flag without a positive ttl, and a ttl beyond the server's range throw BADARGUMENTS
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$cases = [];
foreach ([0 => 'persistent', Zookeeper::EPHEMERAL => 'EPHEMERAL', Zookeeper::SEQUENCE => 'SEQUENCE', 3 => 'EPHEMERAL|SEQUENCE', Zookeeper::CONTAINER => 'CONTAINER'] as $flags => $name) {
    $cases["$name with ttl 1000"] = fn() => $zk->create("$root/x", '', null, $flags, 1000);
}
foreach ([Zookeeper::PERSISTENT_WITH_TTL => 'PERSISTENT_WITH_TTL', Zookeeper::PERSISTENT_SEQUENTIAL_WITH_TTL => 'PERSISTENT_SEQUENTIAL_WITH_TTL'] as $flags => $name) {
    $cases["$name without ttl"] = fn() => $zk->create("$root/x", '', null, $flags);
    $cases["$name with ttl 0"] = fn() => $zk->create("$root/x", '', null, $flags, 0);
    $cases["$name with ttl -5"] = fn() => $zk->create("$root/x", '', null, $flags, -5);
}
// The server encodes the ttl in 40 bits.
$cases['PERSISTENT_WITH_TTL with ttl 2^40'] = fn() => $zk->create("$root/x", '', null, Zookeeper::PERSISTENT_WITH_TTL, 2 ** 40);
$cases['PERSISTENT_WITH_TTL with ttl PHP_INT_MAX'] = fn() => $zk->create("$root/x", '', null, Zookeeper::PERSISTENT_WITH_TTL, PHP_INT_MAX);
foreach ($cases as $name => $call) {
    $result = outcome($call);
    // One "bad arguments:" prefix, then what is wrong.
    echo $name, ": ", substr_count($result, 'bad arguments') > 1 ? '[prefix repeated] ' : '', $result, "\n";
}
var_dump($zk->getChildren($root));
// The largest ttl the server takes works.
var_dump($zk->create("$root/max", '', null, Zookeeper::PERSISTENT_WITH_TTL, 2 ** 40 - 1));
?>
--EXPECTF--
persistent with ttl 1000: ZookeeperException -8: bad arguments: ttl is only allowed with Zookeeper::PERSISTENT_WITH_TTL or PERSISTENT_SEQUENTIAL_WITH_TTL
EPHEMERAL with ttl 1000: ZookeeperException -8: bad arguments: ttl is only allowed with Zookeeper::PERSISTENT_WITH_TTL or PERSISTENT_SEQUENTIAL_WITH_TTL
SEQUENCE with ttl 1000: ZookeeperException -8: bad arguments: ttl is only allowed with Zookeeper::PERSISTENT_WITH_TTL or PERSISTENT_SEQUENTIAL_WITH_TTL
EPHEMERAL|SEQUENCE with ttl 1000: ZookeeperException -8: bad arguments: ttl is only allowed with Zookeeper::PERSISTENT_WITH_TTL or PERSISTENT_SEQUENTIAL_WITH_TTL
CONTAINER with ttl 1000: ZookeeperException -8: bad arguments: ttl is only allowed with Zookeeper::PERSISTENT_WITH_TTL or PERSISTENT_SEQUENTIAL_WITH_TTL
PERSISTENT_WITH_TTL without ttl: ZookeeperException -8: bad arguments: ttl must be between 1 and 1099511627775 ms for a TTL node
PERSISTENT_WITH_TTL with ttl 0: ZookeeperException -8: bad arguments: ttl must be between 1 and 1099511627775 ms for a TTL node
PERSISTENT_WITH_TTL with ttl -5: ZookeeperException -8: bad arguments: ttl must be between 1 and 1099511627775 ms for a TTL node
PERSISTENT_SEQUENTIAL_WITH_TTL without ttl: ZookeeperException -8: bad arguments: ttl must be between 1 and 1099511627775 ms for a TTL node
PERSISTENT_SEQUENTIAL_WITH_TTL with ttl 0: ZookeeperException -8: bad arguments: ttl must be between 1 and 1099511627775 ms for a TTL node
PERSISTENT_SEQUENTIAL_WITH_TTL with ttl -5: ZookeeperException -8: bad arguments: ttl must be between 1 and 1099511627775 ms for a TTL node
PERSISTENT_WITH_TTL with ttl 2^40: ZookeeperException -8: bad arguments: ttl must be between 1 and 1099511627775 ms for a TTL node
PERSISTENT_WITH_TTL with ttl PHP_INT_MAX: ZookeeperException -8: bad arguments: ttl must be between 1 and 1099511627775 ms for a TTL node
array(0) {
}
string(%d) "/phpt-%s/max"
