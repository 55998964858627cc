--TEST--
with "host:port/app/x" every path is relative to /app/x: reads, writes, ACLs and exists see the chrooted nodes
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$plain = zk_other();
$plain->create("$root/app", '');
$plain->create("$root/app/x", 'chroot itself');
$plain->create("$root/app/x/config", 'v1');
$zk = new Zookeeper(zk_host() . "$root/app/x");
var_dump($zk->get('/'));
var_dump($zk->get('/config'));
var_dump($zk->set('/config', 'v2'));
var_dump($plain->get("$root/app/x/config"));
var_dump($zk->create('/new', 'made in chroot'));
var_dump($plain->get("$root/app/x/new"));
var_dump($zk->exists('/new')['dataLength'], $zk->exists("$root/app/x/new"));
var_dump($zk->getAcl('/new')[1][0]['id']);
var_dump($zk->delete('/new'), $plain->exists("$root/app/x/new"));
// A private session with a chroot behaves the same.
$own = new Zookeeper(zk_host() . "$root/app/x", null, 10000, ['persistent' => false, 'cache' => false]);
var_dump($own->get('/config'));
?>
--EXPECT--
string(13) "chroot itself"
string(2) "v1"
bool(true)
string(2) "v2"
string(4) "/new"
string(14) "made in chroot"
int(14)
bool(false)
string(6) "anyone"
bool(true)
bool(false)
string(2) "v2"
