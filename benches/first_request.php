<?php
// The first request of a fresh process (a new php-fpm worker, a CLI run):
// the load-test page's 20 reads, from opening the ZooKeeper session to the
// last read, with or without zookeeper.preload (given with -d by the caller).
// Prints {"ms": ..., "misses": ..., "hits": ...}; one process per sample.
// Usage: php -n -d extension=zookeeper.so [-d zookeeper.preload=/bench/app] benches/first_request.php
$started = hrtime(true);
$zk = new Zookeeper(getenv('ZK_HOST'));
for ($i = 1; $i <= 18; $i++) {
    $zk->get(sprintf('/bench/app/config/key%02d', $i));
}
$instances = $zk->getChildren('/bench/app/services/api');
sort($instances);
$zk->get("/bench/app/services/api/{$instances[0]}");
$ms = (hrtime(true) - $started) / 1e6;
$stats = Zookeeper::getStats();
echo json_encode(['ms' => $ms, 'misses' => $stats['misses'], 'hits' => $stats['hits']]), "\n";
