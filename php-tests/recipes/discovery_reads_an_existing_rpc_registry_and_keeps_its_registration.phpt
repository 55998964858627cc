--TEST--
ZookeeperServiceDiscovery reads an existing /rpc/{product}/{service}/{version}/{ip:port} registry written by other tools, and a registration deleted by someone else is made again by itself
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$other = zk_other();
foreach (["$root/rpc", "$root/rpc/shop", "$root/rpc/shop/orders", "$root/rpc/shop/orders/1.0"] as $node) {
    $other->create($node, '');
}
$other->create("$root/rpc/shop/orders/1.0/10.1.1.1:9000", 'weight=5', null, Zookeeper::EPHEMERAL);
$other->create("$root/rpc/shop/orders/1.0/10.1.1.2:9000", '', null, Zookeeper::EPHEMERAL);
$zk = new Zookeeper(zk_host());
$discovery = new ZookeeperServiceDiscovery($zk, "$root/rpc");
echo json_encode($discovery->instances('shop/orders/1.0')), "\n";

$path = $discovery->register('shop/orders/1.0', '10.1.1.3:9000', ['weight' => 2]);
$other->delete($path);
echo "deleted by another client, made again: ", var_export(zk_wait_until(fn () => $other->exists($path) !== false, 5), true), "\n";
echo "with its metadata: ", $other->get($path), "\n";
echo "owned by this process's session: ", var_export($other->exists($path)['ephemeralOwner'] == $zk->getClientId()[0], true), "\n";
// Kept registrations come back when deleted: the test tree can go only after this.
echo "unregistered: ", $discovery->unregister(), "\n";
?>
--EXPECT--
{"10.1.1.1:9000":{"data":"weight=5"},"10.1.1.2:9000":[]}
deleted by another client, made again: true
with its metadata: {"weight":2}
owned by this process's session: true
unregistered: 1
