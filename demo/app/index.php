<?php
// The demo web app: one request, served by a php-fpm worker behind nginx.
// All it knows comes from ZooKeeper. `new Zookeeper()` does not connect per
// request: every request this worker serves shares the worker's one session,
// and reads are answered from the extension's cache until ZooKeeper reports
// a change (the cache is kept valid by server watches, not by a TTL).
$zk = new Zookeeper(getenv('ZK_HOST') ?: '127.0.0.1:22181');

// ?work_ms=N: pretend to work for N ms, so that concurrent requests occupy
// every worker (the demo wants to show all of them).
usleep(1000 * min((int) ($_GET['work_ms'] ?? 0), 1000));

// Config: plain reads, no caching code of our own.
$greeting = $zk->get('/demo/config/greeting');
$featureX = $zk->get('/demo/config/feature_x');

// Service discovery with the extension's recipe: every live "api" instance
// keeps an ephemeral node /demo/services/api/<address> (see instance.php);
// instances() reads them through the cache, pick() takes them in turn.
$discovery = new ZookeeperServiceDiscovery($zk, '/demo/services');
$addresses = array_keys($discovery->instances('api')); // sorted by address
$picked = $discovery->pick('api') ?? 'none'; // round robin, per worker

// What this worker process has done so far (counters live as long as the worker).
$stats = Zookeeper::getStats();
header('Content-Type: text/plain');
printf(
    "pid=%d session=0x%x hits=%d misses=%d invalidations=%d greeting=\"%s\" feature_x=%s instances=%s picked=%s\n",
    getmypid(),
    $zk->getClientId()[0],
    $stats['hits'],
    $stats['misses'],
    $stats['invalidations'],
    $greeting,
    $featureX,
    implode(',', $addresses) ?: 'none',
    $picked
);
