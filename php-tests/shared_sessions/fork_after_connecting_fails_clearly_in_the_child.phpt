--TEST--
a child forked after the parent connected cannot use ZooKeeper: every call throws a clear ZookeeperException at once, and the parent keeps working
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$parentPid = getmypid();
$root = "/phpt-fork_after_connecting-$parentPid";
$zk = new Zookeeper(zk_host());
zk_delete_tree($zk, $root);
$zk->create($root, 'before fork');
$zk->create("$root/parent-ephemeral", '', null, Zookeeper::EPHEMERAL);
$private = new Zookeeper(zk_host(), null, 10000, ['persistent' => false]);
$private->exists('/');
register_shutdown_function(function () use ($zk, $root, $parentPid) {
    if (getmypid() === $parentPid) {
        zk_delete_tree($zk, $root);
    }
});
$report = tempnam(sys_get_temp_dir(), 'zk-fork-');

$pid = pcntl_fork();
if ($pid === 0) {
    $lines = [];
    $started = microtime(true);
    foreach ([fn () => $zk->exists("$root/other"), fn () => $zk->set($root, 'from child'),
              fn () => (new Zookeeper(zk_host()))->get($root), fn () => $private->getChildren('/')] as $i => $call) {
        try {
            $call();
            $lines[] = "call $i: no exception";
        } catch (ZookeeperException $e) {
            $lines[] = sprintf("call %d: %s %d %s", $i, get_class($e), $e->getCode(),
                str_contains($e->getMessage(), 'pcntl_fork') ? 'names pcntl_fork' : $e->getMessage());
        }
    }
    $lines[] = 'fast: ' . var_export(microtime(true) - $started < 2.0, true);
    file_put_contents($report, implode("\n", $lines) . "\n");
    exit(0); // the objects go with the child; the parent's sessions must not
}
pcntl_waitpid($pid, $status);
echo file_get_contents($report);
unlink($report);
var_dump(pcntl_wexitstatus($status));
// Nothing of the parent's was touched: same data, its ephemeral node and both sessions alive.
var_dump($zk->get($root));
var_dump(zk_other()->exists("$root/parent-ephemeral") !== false);
var_dump($private->exists("$root/parent-ephemeral") !== false);
$zk->set($root, 'after fork');
var_dump($zk->get($root));
?>
--EXPECT--
call 0: ZookeeperException -1 names pcntl_fork
call 1: ZookeeperException -1 names pcntl_fork
call 2: ZookeeperException -1 names pcntl_fork
call 3: ZookeeperException -1 names pcntl_fork
fast: true
int(0)
string(11) "before fork"
bool(true)
bool(true)
string(10) "after fork"
