--TEST--
pcntl_fork() after connecting: the child (and its child) gets a ZooKeeper session of its own on first use, with its own cache and watches; it reads fresh data, writes and watches, and never touches the parent's connection; the parent, its cache and its ephemeral node carry on; everyone exits cleanly
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl is not available'); ?>
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/config", 'v1');
$zk->create("$root/parent-ephemeral", '', null, Zookeeper::EPHEMERAL);
var_dump($zk->get("$root/config")); // cached in the parent
$private = new Zookeeper(zk_host(), null, 10000, ['persistent' => false]);
$private->exists('/');
[$parentSession] = $zk->getClientId();

/** What a forked process does with the objects it inherited; one line each, to $report. */
function work_in_child(Zookeeper $zk, Zookeeper $private, string $root, int $parentSession, string $report, string $name): void
{
    $lines = [];
    $lines[] = "$name reads: " . $zk->get("$root/config");
    $lines[] = "$name session is its own: " . var_export($zk->getClientId()[0] !== $parentSession && $zk->getClientId()[0] !== 0, true);
    $fired = [];
    $zk->get("$root/$name", function ($type, $state, $path) use (&$fired) { $fired[] = $type; });
    $zk->set("$root/$name", "written by $name");
    zk_wait_until(function () use (&$fired) { return $fired !== []; });
    $lines[] = "$name watcher: " . json_encode($fired);
    $lines[] = "$name private object: " . var_export(is_array($private->exists("$root/config")), true);
    $lines[] = "$name sees the parent's ephemeral node: " . var_export($zk->exists("$root/parent-ephemeral") !== false, true);
    file_put_contents($report, implode("\n", $lines) . "\n", FILE_APPEND);
}

$zk->create("$root/child", '');
$zk->create("$root/grandchild", '');
$zk->set("$root/config", 'v2'); // the parent's cache drops v1; the child must never see v1 anyway
$report = tempnam(sys_get_temp_dir(), 'zk-fork-');
$pid = pcntl_fork();
if ($pid === 0) {
    work_in_child($zk, $private, $root, $parentSession, $report, 'child');
    $grandchild = pcntl_fork();
    if ($grandchild === 0) {
        work_in_child($zk, $private, $root, $parentSession, $report, 'grandchild');
        exit(0);
    }
    pcntl_waitpid($grandchild, $status);
    file_put_contents($report, 'grandchild exit: ' . pcntl_wexitstatus($status) . "\n", FILE_APPEND);
    exit(0);
}
pcntl_waitpid($pid, $status);
echo file_get_contents($report);
unlink($report);
echo 'child exit: ', pcntl_wexitstatus($status), "\n";
// The parent carries on with its session, its cache and its ephemeral node.
var_dump($zk->getClientId()[0] === $parentSession);
var_dump($zk->get("$root/config"), $zk->get("$root/child"), $zk->get("$root/grandchild"));
var_dump(zk_other()->exists("$root/parent-ephemeral") !== false);
var_dump(is_array($private->exists('/')));
?>
--EXPECT--
string(2) "v1"
child reads: v2
child session is its own: true
child watcher: [3]
child private object: true
child sees the parent's ephemeral node: true
grandchild reads: v2
grandchild session is its own: true
grandchild watcher: [3]
grandchild private object: true
grandchild sees the parent's ephemeral node: true
grandchild exit: 0
child exit: 0
bool(true)
string(2) "v2"
string(16) "written by child"
string(21) "written by grandchild"
bool(true)
bool(true)
