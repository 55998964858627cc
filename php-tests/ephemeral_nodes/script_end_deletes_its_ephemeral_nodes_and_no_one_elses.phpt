--TEST--
In the CLI the script is the request: its ephemeral nodes on the shared session go when it ends, whether it ends normally or by a fatal error; nodes another client put in their place stay
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$other = zk_other();
$script = <<<PHP
\$zk = new Zookeeper(zk_host());
\$acl = [['perms' => Zookeeper::PERM_ALL, 'scheme' => 'world', 'id' => 'anyone']];
\$zk->create('$root/kept', 'x', \$acl, Zookeeper::EPHEMERAL);
\$seq = \$zk->create('$root/queue-', 'x', \$acl, Zookeeper::EPHEMERAL | Zookeeper::SEQUENCE);
\$zk->create('$root/replaced', 'x', \$acl, Zookeeper::EPHEMERAL);
\$other = zk_other();
\$other->delete('$root/replaced');
\$other->create('$root/replaced', 'replacement', \$acl);
echo 'while running: ', count(\$zk->getChildren('$root')), " nodes\\n";
PHP;
foreach (['normally' => '', 'fatal' => 'no_such_function();'] as $end => $tail) {
    $run = zk_php_run($script . $tail);
    echo "$end: ", strtok($run['output'], "\n"), ', ', $run['end'], '; left after it: ', implode(', ', $other->getChildren($root)), "\n";
    $other->delete("$root/replaced");
}
?>
--EXPECT--
normally: while running: 3 nodes, exit 0; left after it: replaced
fatal: while running: 3 nodes, exit 255; left after it: replaced
