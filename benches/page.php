<?php
// The load-test page: what a request of a typical app reads from ZooKeeper:
// 18 config values, then a service lookup (getChildren of the service, get
// of the chosen instance) = 20 reads. The object is let go at request end,
// which with zookeeper.persistent=0 closes the request's own session.
$zk = new Zookeeper(getenv('ZK_HOST'));

$config = [];
for ($i = 1; $i <= 18; $i++) {
    $key = sprintf('key%02d', $i);
    $config[$key] = $zk->get("/bench/app/config/$key");
}

$instances = $zk->getChildren('/bench/app/services/api');
sort($instances);
$chosen = $instances[0];
$address = $zk->get("/bench/app/services/api/$chosen");

header('Content-Type: application/json');
echo json_encode(['config' => $config, 'service' => [$chosen => $address]]);
