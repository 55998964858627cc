<?php
// The ceiling for the load test: page.php's output with the values written
// into the code (app_data.php, an immutable array under opcache): no
// ZooKeeper at all.
$app = require __DIR__ . '/app_data.php';

$config = $app['config'];

$instances = array_keys($app['instances']);
sort($instances);
$chosen = $instances[0];
$address = $app['instances'][$chosen];

header('Content-Type: application/json');
echo json_encode(['config' => $config, 'service' => [$chosen => $address]]);
