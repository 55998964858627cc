--TEST--
A child forked after the parent connected never answers from the parent's cache: after the parent wrote a new value, the child reads that one, not the one the parent had cached
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl is not available'); ?>
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$parentPid = getmypid();
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'cached by the parent');
var_dump($zk->get("$root/n")); // now in the parent's cache
$written = tempnam(sys_get_temp_dir(), 'zk-written-');
$report = tempnam(sys_get_temp_dir(), 'zk-child-');
unlink($written);

$pid = pcntl_fork();
if ($pid === 0) {
    while (!file_exists($written)) {
        usleep(10000);
    }
    try {
        $seen = 'read ' . $zk->get("$root/n");
    } catch (ZookeeperException $e) {
        $seen = 'refused: ' . (str_contains($e->getMessage(), 'pcntl_fork') ? 'names pcntl_fork' : $e->getMessage());
    }
    file_put_contents($report, "$seen\n");
    exit(0);
}
$zk->set("$root/n", 'written after the fork');
touch($written);
pcntl_waitpid($pid, $status);
echo file_get_contents($report);
unlink($report);
unlink($written);
?>
--EXPECT--
string(20) "cached by the parent"
read written after the fork
