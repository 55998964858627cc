<?php
// A pretend "api" service instance: registers its address in ZooKeeper and
// stays alive. Usage: php instance.php <address>
$zk = new Zookeeper(getenv('ZK_HOST') ?: '127.0.0.1:22181');

// The service discovery recipe keeps an ephemeral node for this instance
// (made again by itself if the ZooKeeper session ever expires).
$discovery = new ZookeeperServiceDiscovery($zk, '/demo/services');
$node = $discovery->register('api', $argv[1], ['weight' => 1]);
echo "$node\n";

// On SIGTERM exit normally: the extension closes the session at process end,
// so ZooKeeper deletes the node at once instead of after the session timeout.
pcntl_async_signals(true);
pcntl_signal(SIGTERM, fn () => exit(0));
while (true) {
    sleep(60);
}
