--TEST--
A child forked after the parent made an ephemeral node deletes, when it ends, only the ephemeral nodes it made itself: the parent's stays the parent's until the parent ends
--SKIPIF--
<?php if (!function_exists('pcntl_fork')) die('skip pcntl needed'); ?>
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$other = zk_other();
$run = zk_php_run(<<<PHP
\$zk = new Zookeeper(zk_host());
\$acl = [['perms' => Zookeeper::PERM_ALL, 'scheme' => 'world', 'id' => 'anyone']];
\$zk->create('$root/parent', 'x', \$acl, Zookeeper::EPHEMERAL);
\$pid = pcntl_fork();
if (\$pid === 0) {
    \$zk->create('$root/child', 'x', \$acl, Zookeeper::EPHEMERAL);
    \$children = \$zk->getChildren('$root');
    sort(\$children);
    echo 'child sees: ', implode(', ', \$children), "\\n";
    exit(0);
}
pcntl_waitpid(\$pid, \$status);
echo 'parent sees after the child ended: ', implode(', ', zk_other()->getChildren('$root')), "\\n";
PHP);
echo $run['output'], $run['end'], "\n";
echo 'after the parent ended: [', implode(', ', $other->getChildren($root)), "]\n";
?>
--EXPECT--
child sees: child, parent
parent sees after the child ended: parent
exit 0
after the parent ended: []
