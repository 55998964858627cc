--TEST--
When one operation fails nothing of the transaction is applied: the exception has the first failing operation's code (and PECL's class for it) and tells each operation's result
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$other->create("$root/exists", '');

try {
    $zk->transaction()
        ->create("$root/a", '')
        ->create("$root/exists", '')
        ->set("$root/exists", 'x')
        ->commit();
} catch (ZookeeperException $e) {
    echo get_class($e), ' ', $e->getCode() === Zookeeper::NODEEXISTS ? 'NODEEXISTS' : $e->getCode(), "\n";
    echo str_replace($root, 'ROOT', $e->getMessage()), "\n";
}
echo "a created: ", var_export($other->exists("$root/a") !== false, true), "\n";

try {
    $zk->transaction()->check("$root/exists", 0)->set("$root/missing", 'x')->commit();
} catch (ZookeeperNoNodeException $e) {
    echo get_class($e), ' ', $e->getCode() === Zookeeper::NONODE ? 'NONODE' : $e->getCode(), "\n";
}
try {
    $zk->transaction()->check("$root/exists", 7)->create("$root/b", '')->commit();
} catch (ZookeeperException $e) {
    echo get_class($e), ' ', $e->getCode() === Zookeeper::BADVERSION ? 'BADVERSION' : $e->getCode(), "\n";
}
echo "b created: ", var_export($other->exists("$root/b") !== false, true), "\n";
?>
--EXPECT--
ZookeeperException NODEEXISTS
node exists: the transaction failed at operation #1, nothing was applied (#0 create ROOT/a: ok, rolled back; #1 create ROOT/exists: node exists; #2 set ROOT/exists: not run)
a created: false
ZookeeperNoNodeException NONODE
ZookeeperException BADVERSION
b created: false
