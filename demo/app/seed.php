<?php
// Puts the demo's starting state into ZooKeeper: two config values and an
// empty service directory. Run once, before the app gets requests.
$zk = new Zookeeper(getenv('ZK_HOST') ?: '127.0.0.1:22181');
$nodes = [
    '/demo' => '',
    '/demo/config' => '',
    '/demo/config/greeting' => 'Hello',
    '/demo/config/feature_x' => 'off',
    '/demo/services' => '',
    '/demo/services/api' => '',
];
foreach ($nodes as $path => $value) {
    $zk->create($path, $value);
}
