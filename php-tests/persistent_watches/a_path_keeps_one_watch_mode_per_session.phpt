--TEST--
ZooKeeper keeps one watch mode per path and session (ZOOKEEPER-4466): while a path has a persistent watch, addWatch() in the other mode (or preload(), which needs the recursive one) throws BADARGUMENTS saying why; the same mode again adds a callback to the same server-side watch; once removed, the other mode is fine
--FILE--
<?php
require __DIR__ . '/events.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$other->create("$root/w", '');
$log = [];
$zk->addWatch("$root/w", pw_recorder($log, $root, 'first'), Zookeeper::ADD_WATCH_PERSISTENT);
foreach (['addWatch recursive' => fn () => $zk->addWatch("$root/w", pw_recorder($log, $root, 'refused')),
          'preload' => fn () => $zk->preload("$root/w")] as $what => $call) {
    try {
        $call();
        echo "$what: accepted\n";
    } catch (ZookeeperException $e) {
        echo "$what: ", $e->getCode() === Zookeeper::BADARGUMENTS ? 'BADARGUMENTS' : $e->getCode(), ', ', str_contains($e->getMessage(), 'ZOOKEEPER-4466') ? 'names ZOOKEEPER-4466' : $e->getMessage(), "\n";
    }
}
var_dump($zk->addWatch("$root/w", pw_recorder($log, $root, 'second'), Zookeeper::ADD_WATCH_PERSISTENT));
echo 'server-side watches on the path: ', pw_server_watchers("$root/w"), "\n";
$other->set("$root/w", 'x');
$lines = pw_wait($log, 2);
sort($lines);
echo implode("\n", $lines), "\n";

$zk->removeWatches("$root/w");
$log = [];
var_dump($zk->addWatch("$root/w", pw_recorder($log, $root, 'recursive')));
$other->create("$root/w/a", '');
echo implode("\n", pw_wait($log, 1)), "\n";
?>
--EXPECT--
addWatch recursive: BADARGUMENTS, names ZOOKEEPER-4466
preload: BADARGUMENTS, names ZOOKEEPER-4466
bool(true)
server-side watches on the path: 1
first: CHANGED CONNECTED ROOT/w
second: CHANGED CONNECTED ROOT/w
bool(true)
recursive: CREATED CONNECTED ROOT/w/a
