--TEST--
a child forked before the process's first connection opens a session of its own; parent and child both work
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/ephemeral_owner.inc';
// Not zk_test_root(): its cleanup would also run when the child exits.
$parentPid = getmypid();
$root = "/phpt-forked_child_gets_own_session-$parentPid";
$admin = zk_php('$a = zk_super(); zk_delete_tree($a, ' . var_export($root, true) . '); $a->create(' . var_export($root, true) . ', "");');
register_shutdown_function(function () use ($root, $parentPid) {
    if (getmypid() === $parentPid) {
        zk_php('zk_delete_tree(zk_super(), ' . var_export($root, true) . ');');
    }
});
$report = tempnam(sys_get_temp_dir(), 'zk-fork-');

// No Zookeeper call before the fork (as in php-fpm, whose master never connects).
$pid = pcntl_fork();
if ($pid === 0) {
    $zk = new Zookeeper(zk_host());
    $zk->create("$root/child-ephemeral", 'child', null, Zookeeper::EPHEMERAL);
    $id = $zk->getClientId()[0];
    file_put_contents($report, "$id\n" . $zk->get("$root/child-ephemeral") . "\n"
        . var_export(zk_owned_by($zk->exists("$root/child-ephemeral"), $id), true) . "\n");
    exit(0);
}
$zk = new Zookeeper(zk_host());
$zk->create("$root/parent-ephemeral", 'parent', null, Zookeeper::EPHEMERAL);
$parentId = $zk->getClientId()[0];
pcntl_waitpid($pid, $status);
[$childId, $childRead, $childOwns] = explode("\n", trim(file_get_contents($report)));
unlink($report);
var_dump(pcntl_wifexited($status), pcntl_wexitstatus($status));
echo "child read: $childRead, owns its node: $childOwns\n";
var_dump((int) $childId !== 0 && (int) $childId !== $parentId);
// The child's session ended with the child; the parent's lives on.
var_dump($zk->exists("$root/child-ephemeral"));
var_dump(zk_owned_by($zk->exists("$root/parent-ephemeral"), $parentId));
var_dump($zk->get("$root/parent-ephemeral"));
?>
--EXPECT--
bool(true)
int(0)
child read: child, owns its node: true
bool(true)
bool(false)
bool(true)
string(6) "parent"
