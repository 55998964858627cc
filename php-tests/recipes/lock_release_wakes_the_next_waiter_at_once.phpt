--TEST--
ZookeeperLock: a waiting process gets the lock as soon as the holder releases it (woken by its watch on the node just ahead, no polling), and waiters queue in arrival order
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$lock = new ZookeeperLock($zk, "$root/lock");
$lock->acquire();

// Two waiting processes, started one after the other.
$waiters = [];
foreach (['first', 'second'] as $name) {
    $code = 'require ' . var_export(__DIR__ . '/../zk.inc', true) . ';'
        . '$lock = new ZookeeperLock(new Zookeeper(zk_host()), ' . var_export("$root/lock", true) . ');'
        . 'echo "waiting\n"; $ok = $lock->acquire(10); echo ($ok ? "got it" : "timed out"), " at ", microtime(true), "\n"; usleep(300000);';
    $php = getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY;
    $process = proc_open([$php, '-n', '-d', 'extension=' . zk_extension_path(), '-r', $code], [1 => ['pipe', 'w']], $pipes, null, ['ZK_HOST' => zk_host()] + getenv());
    echo "$name: ", trim(fgets($pipes[1])), "\n";
    // Its node is in the queue before the next one starts.
    zk_wait_until(fn () => count($zk->getChildren("$root/lock")) === count($waiters) + 2, 5);
    $waiters[$name] = [$process, $pipes[1]];
}
usleep(200000);
$released = microtime(true);
$lock->release();
foreach ($waiters as $name => [$process, $out]) {
    $line = trim(fgets($out));
    [$what, $at] = explode(' at ', $line);
    $after = $at - $released;
    echo "$name: $what, ", $name === 'first' ? ($after < 1 ? 'within 1 s of the release' : "after $after s") : ($after >= 0.25 ? 'after the first released' : "too early ($after s)"), "\n";
    proc_close($process);
}
?>
--EXPECT--
first: waiting
second: waiting
first: got it, within 1 s of the release
second: got it, after the first released
