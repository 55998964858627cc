--TEST--
This process's own writes under a preloaded subtree (set, create, delete, a transaction) are read back at once, before and after the persistent watch's event for them has been handled
--FILE--
<?php
require __DIR__ . '/preload.inc';
$root = zk_test_root();
preload_tree(zk_other(), $root);
$zk = new Zookeeper(zk_host());
$zk->preload("$root/config");

$zk->set("$root/config/db/dsn", 'own');
echo $zk->get("$root/config/db/dsn"), "\n";
$zk->create("$root/config/flags/new", 'made');
echo $zk->get("$root/config/flags/new"), ' ', implode(',', $zk->getChildren("$root/config/flags")), "\n";
$zk->delete("$root/config/features/b");
echo var_export($zk->exists("$root/config/features/b"), true), ' ', implode(',', $zk->getChildren("$root/config/features")), "\n";
$zk->transaction()->set("$root/config/db/user", 'tx')->delete("$root/config/flags/new")->commit();
echo $zk->get("$root/config/db/user"), ' ', var_export($zk->exists("$root/config/flags/new"), true), "\n";
usleep(300000);
Zookeeper::dispatch();
echo $zk->get("$root/config/db/dsn"), ' ', $zk->get("$root/config/db/user"), ' ', implode(',', $zk->getChildren("$root/config/features")), "\n";
?>
--EXPECT--
own
made new
false a
tx false
own tx a
