<?php
// A pretend "api" service instance: registers its address in ZooKeeper and
// stays alive. Usage: php instance.php <address>
$zk = new Zookeeper(getenv('ZK_HOST') ?: '127.0.0.1:22181');

// EPHEMERAL: the node lives exactly as long as this process's session.
// SEQUENCE: ZooKeeper appends a unique, increasing number to the name.
$node = $zk->create('/demo/services/api/api-', $argv[1], null, Zookeeper::EPHEMERAL | Zookeeper::SEQUENCE);
echo "$node\n";

// On SIGTERM exit normally: the extension closes the session at process end,
// so ZooKeeper deletes the node at once instead of after the session timeout.
pcntl_async_signals(true);
pcntl_signal(SIGTERM, fn () => exit(0));
while (true) {
    sleep(60);
}
