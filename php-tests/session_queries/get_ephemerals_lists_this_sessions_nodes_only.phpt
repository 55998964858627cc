--TEST--
getEphemerals() lists the ephemeral nodes of this object's ZooKeeper session under a prefix (relative to the chroot), not those of other sessions
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$zk->create("$root/app", '');
$zk->create("$root/apple", '');
$zk->create("$root/app/mine", '', null, Zookeeper::EPHEMERAL);
$zk->create("$root/apple/mine", '', null, Zookeeper::EPHEMERAL);
$zk->create("$root/app/seq-", '', null, Zookeeper::EPHEMERAL | Zookeeper::SEQUENCE);
$other->create("$root/app/theirs", '', null, Zookeeper::EPHEMERAL);

$show = fn (array $paths) => implode(', ', array_map(fn ($p) => preg_replace('/\d{10}$/', 'N', str_replace($root, 'ROOT', $p)), $paths));
echo "under ROOT/app (as text, so apple too): ", $show($zk->getEphemerals("$root/app")), "\n";
echo "whole tree has ours: ", var_export(count(array_filter($zk->getEphemerals(), fn ($p) => str_starts_with($p, "$root/"))) === 3, true), "\n";
echo "the other session's: ", $show($other->getEphemerals($root)), "\n";

$chrooted = new Zookeeper(zk_host() . "$root/app");
echo "through a chroot (nodes outside it are left out): ", $show($chrooted->getEphemerals()), "\n";
echo "nothing there: ", json_encode($zk->getEphemerals("$root/none")), "\n";
try {
    $zk->getEphemerals('no-slash');
} catch (ZookeeperException $e) {
    echo $e->getCode(), ' ', $e->getMessage(), "\n";
}
?>
--EXPECT--
under ROOT/app (as text, so apple too): ROOT/app/mine, ROOT/app/seq-N, ROOT/apple/mine
whole tree has ours: true
the other session's: ROOT/app/theirs
through a chroot (nodes outside it are left out): /mine, /seq-N
nothing there: []
-8 bad arguments: invalid path 'no-slash': path must start with /
