<?php
// Writes app_data.php to ZooKeeper: /bench/app/config/<key> and
// /bench/app/services/<service>/<instance> = address.
// Usage: php -n -d extension=zookeeper.so benches/setup_app.php   (env ZK_HOST)
require __DIR__ . '/bench.inc';

$app = require __DIR__ . '/app_data.php';
$zk = bench_admin();
foreach ($app['config'] as $key => $value) {
    bench_put($zk, "/bench/app/config/$key", $value);
}
foreach ($app['instances'] as $name => $address) {
    bench_put($zk, "/bench/app/services/{$app['service']}/$name", $address);
}
$zk->close();
