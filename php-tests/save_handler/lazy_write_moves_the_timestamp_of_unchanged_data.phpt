--TEST--
session.lazy_write=1: a request that changes nothing still moves the node's mtime (which expiry reads), with the data unchanged
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();
$path = sess_root($root) . '/lazy1';

echo sess_php($root, 'session_id("lazy1"); session_start(); $_SESSION["n"] = 1; session_write_close();');
$admin = sess_admin();
$before = $admin->get($path, null, $statBefore);
usleep(1100000);

echo sess_php($root, '
    session_id("lazy1");
    session_start();
    var_dump($_SESSION["n"]);
    var_dump(session_write_close());
', ['session.lazy_write' => '1']);
$after = $admin->get($path, null, $statAfter);
var_dump($after === $before);
var_dump($statAfter['mtime'] > $statBefore['mtime']);
?>
--EXPECT--
int(1)
bool(true)
bool(true)
bool(true)
