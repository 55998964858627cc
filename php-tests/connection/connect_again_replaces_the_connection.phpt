--TEST--
connect() on a connected object replaces its connection: new chroot, new private session, old one ended
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$setup = zk_other();
foreach (['a', 'b'] as $dir) {
    $setup->create("$root/$dir", '');
    $setup->create("$root/$dir/x", "in $dir");
}

// A shared-session object moves from one chroot to another.
$zk = new Zookeeper(zk_host() . "$root/a");
var_dump($zk->get('/x'));
var_dump($zk->connect(zk_host() . "$root/b"));
var_dump($zk->get('/x'));

// A private session is let go of (as close() does): its ephemeral node goes.
$own = zk_other();
$own->create("$root/eph", '', null, Zookeeper::EPHEMERAL);
$first = $own->getClientId()[0];
$own->connect(zk_host(), null, 10000, ['persistent' => false]);
$own->exists('/');
var_dump($own->getClientId()[0] !== $first);
var_dump($setup->exists("$root/eph"));

// The global watcher of the replaced connection is gone; the new one gets the events.
$seen = [];
$w = new Zookeeper(zk_host(), function ($type, $state, $path) use (&$seen) { $seen[] = "old $type $state"; }, 10000, ['persistent' => false]);
$w->exists('/');
zk_wait_until(function () use (&$seen) { return count($seen) > 0; });
$seen = [];
$w->connect(zk_host(), function ($type, $state, $path) use (&$seen) { $seen[] = "new $type $state"; }, 10000, ['persistent' => false]);
$w->exists('/');
zk_wait_until(function () use (&$seen) { return count($seen) > 0; });
usleep(200000);
Zookeeper::dispatch();
var_dump($seen);
?>
--EXPECT--
string(4) "in a"
NULL
string(4) "in b"
bool(true)
bool(false)
array(1) {
  [0]=>
  string(8) "new -1 3"
}
