--TEST--
Reads under a persistent recursive watch are cached without server watches of their own (the persistent watch keeps them valid): a repeated read is a hit, a change made elsewhere is read at once after its event, watchers passed to get()/exists()/getChildren() there fire once for the next change; reading the watch's own path with a watcher does not turn the recursive watch into a one-time one (ZOOKEEPER-4466)
--FILE--
<?php
require __DIR__ . '/events.inc';
require __DIR__ . '/../cache/server_packets.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$other->create("$root/w", 'root');
$other->create("$root/w/a", '1');
$log = [];
$zk->addWatch("$root/w", pw_recorder($log, $root, 'recursive'));

$stats = Zookeeper::getStats();
echo $zk->get("$root/w/a"), ' ', $zk->get("$root/w/a"), "\n";
$delta = zk_stats_delta($stats);
echo "misses {$delta['misses']}, hits {$delta['hits']}\n";
echo 'server-side watches on ROOT/w/a: ', pw_server_watchers("$root/w/a"), ', on ROOT/w: ', pw_server_watchers("$root/w"), "\n";

$other->set("$root/w/a", '2');
pw_wait($log, 1);
echo 'after a change elsewhere: ', $zk->get("$root/w/a"), "\n";

$zk->get("$root/w/a", pw_recorder($log, $root, 'get'));
$zk->exists("$root/w/missing", pw_recorder($log, $root, 'exists'));
$zk->getChildren("$root/w", pw_recorder($log, $root, 'children'));
$zk->get("$root/w", pw_recorder($log, $root, 'get of the watched path'));
$log = [];
$other->set("$root/w/a", '3');
$other->create("$root/w/missing", '');
$other->set("$root/w/a", '4');
$other->set("$root/w", 'root 2');
$other->create("$root/w/deep", '');
$other->create("$root/w/deep/x", '');
$lines = pw_wait($log, 11);
sort($lines);
echo implode("\n", $lines), "\n";
$children = $zk->getChildren("$root/w");
sort($children);
echo 'read again: ', $zk->get("$root/w/a"), ' ', $zk->get("$root/w"), ' ', implode(',', $children), "\n";
?>
--EXPECT--
1 1
misses 1, hits 1
server-side watches on ROOT/w/a: 0, on ROOT/w: 1
after a change elsewhere: 2
children: CHILD CONNECTED ROOT/w
exists: CREATED CONNECTED ROOT/w/missing
get of the watched path: CHANGED CONNECTED ROOT/w
get: CHANGED CONNECTED ROOT/w/a
recursive: CHANGED CONNECTED ROOT/w
recursive: CHANGED CONNECTED ROOT/w/a
recursive: CHANGED CONNECTED ROOT/w/a
recursive: CREATED CONNECTED ROOT/w/deep
recursive: CREATED CONNECTED ROOT/w/deep/x
recursive: CREATED CONNECTED ROOT/w/missing
read again: 4 root 2 a,deep,missing
