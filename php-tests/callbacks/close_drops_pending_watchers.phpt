--TEST--
close() drops the watchers registered through that object (as PECL does): a later change does not run them
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$closed = new Zookeeper(zk_host());
$closed->create("$root/node", 'v0');
$closed->get("$root/node", function () { echo "get watcher of the closed object ran\n"; });
$closed->exists("$root/later", function () { echo "exists watcher of the closed object ran\n"; });
$closed->close();

// Another object on the same session watches the same nodes: once its
// watchers ran, the closed object's would have run too.
$zk = new Zookeeper(zk_host());
$seen = 0;
$zk->get("$root/node", function () use (&$seen) { $seen++; });
$zk->exists("$root/later", function () use (&$seen) { $seen++; });
$other = zk_other();
$other->set("$root/node", 'v1');
$other->create("$root/later", '');
var_dump(zk_wait_until(function () use (&$seen) { return $seen === 2; }));
zk_wait_until(fn () => false, 0.5);
echo "done\n";
?>
--EXPECT--
bool(true)
done
