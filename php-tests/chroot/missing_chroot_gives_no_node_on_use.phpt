--TEST--
a chroot that does not exist connects fine, and then every use gives "no node" (exists: false) until it is created
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host() . "$root/not/there");
$calls = [
    'get /' => fn() => $zk->get('/'),
    'get /x' => fn() => $zk->get('/x'),
    'getChildren /' => fn() => $zk->getChildren('/'),
    'create /x' => fn() => $zk->create('/x', ''),
    'set /' => fn() => $zk->set('/', ''),
    'delete /x' => fn() => $zk->delete('/x'),
    'getAcl /' => fn() => $zk->getAcl('/'),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: no exception\n";
    } catch (ZookeeperNoNodeException $e) {
        echo "$name: ", $e->getCode(), "\n";
    }
}
var_dump($zk->exists('/'), $zk->exists('/x'));
$plain = zk_other();
$plain->create("$root/not", '');
$plain->create("$root/not/there", 'now here');
var_dump($zk->get('/'));
var_dump($zk->create('/x', 'ok'));
?>
--EXPECT--
get /: -101
get /x: -101
getChildren /: -101
create /x: -101
set /: -101
delete /x: -101
getAcl /: -101
bool(false)
bool(false)
string(8) "now here"
string(2) "/x"
