--TEST--
ZookeeperServiceDiscovery: register() makes an ephemeral node with the metadata as JSON, instances() lists address => meta from the cache, pick() in turn, at random or by weight, unregister() removes
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$discovery = new ZookeeperServiceDiscovery($zk, "$root/services");
$path = $discovery->register('api', '10.0.0.1:80', ['weight' => 3, 'zone' => 'a']);
echo str_replace($root, 'ROOT', $path), "\n";
$other = zk_other();
echo "stored: ", $other->get($path), ", ephemeral: ", var_export($other->exists($path)['ephemeralOwner'] != 0, true), "\n";
$discovery->register('api', '10.0.0.2:80');
$discovery->register('api', '10.0.0.3:80', ['weight' => 0]);
echo "again with the same meta keeps the node: ", var_export($discovery->register('api', '10.0.0.2:80') === "$root/services/api/10.0.0.2:80", true), "\n";
echo json_encode($discovery->instances('api')), "\n";

$before = Zookeeper::getStats()['misses'];
$discovery->instances('api');
echo "a repeated instances() costs no round trip: ", var_export(Zookeeper::getStats()['misses'] === $before, true), "\n";

$turns = [];
for ($i = 0; $i < 6; $i++) {
    $turns[] = $discovery->pick('api');
}
echo "round robin: ", implode(' ', $turns), "\n";
$counts = ['10.0.0.1:80' => 0, '10.0.0.2:80' => 0, '10.0.0.3:80' => 0];
for ($i = 0; $i < 2000; $i++) {
    $counts[$discovery->pick('api', 'weighted')]++;
}
echo "weighted 3:1:0: ", $counts['10.0.0.1:80'] > 1300 && $counts['10.0.0.2:80'] > 300 && $counts['10.0.0.3:80'] === 0 ? 'yes' : json_encode($counts), "\n";
$random = [];
for ($i = 0; $i < 300; $i++) {
    $random[$discovery->pick('api', 'random')] = true;
}
echo "random reaches all: ", count($random), "\n";
echo "no such service: ", var_export($discovery->pick('nothing'), true), ' ', json_encode($discovery->instances('nothing')), "\n";

$other->create("$root/services/api/10.0.0.9:80", '');
echo "another client's instance appears: ", var_export(zk_wait_until(fn () => count($discovery->instances('api')) === 4), true), "\n";
echo "unregister one: ", $discovery->unregister('api', '10.0.0.3:80'), "\n";
echo "left: ", implode(',', array_keys($discovery->instances('api'))), "\n";
echo "unregister all of this process: ", $discovery->unregister(), "\n";
echo "left: ", implode(',', array_keys($discovery->instances('api'))), "\n";
try {
    $discovery->pick('api', 'fastest');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
foreach ([['/api', 'a:1'], ['api', 'a/b'], ['api', '']] as [$service, $address]) {
    try {
        $discovery->register($service, $address);
    } catch (ZookeeperException $e) {
        echo $e->getCode(), ' ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
ROOT/services/api/10.0.0.1:80
stored: {"weight":3,"zone":"a"}, ephemeral: true
again with the same meta keeps the node: true
{"10.0.0.1:80":{"weight":3,"zone":"a"},"10.0.0.2:80":[],"10.0.0.3:80":{"weight":0}}
a repeated instances() costs no round trip: true
round robin: 10.0.0.1:80 10.0.0.2:80 10.0.0.3:80 10.0.0.1:80 10.0.0.2:80 10.0.0.3:80
weighted 3:1:0: yes
random reaches all: 3
no such service: NULL []
another client's instance appears: true
unregister one: 1
left: 10.0.0.1:80,10.0.0.2:80,10.0.0.9:80
unregister all of this process: 2
left: 10.0.0.9:80
ZookeeperServiceDiscovery::pick(): Argument #2 ($strategy) must be one of round_robin, random, weighted
-8 bad arguments: service '/api' must be a name like "api" or "shop/orders/v1" (no leading or trailing '/')
-8 bad arguments: address 'a/b' must be a non-empty node name without '/'
-8 bad arguments: address '' must be a non-empty node name without '/'
