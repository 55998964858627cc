--TEST--
without zookeeper.session_auth the default ACL (creator) cannot be applied: session_start() warns, returns false, nothing is stored
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php($root, '
    session_id("noauth1");
    var_dump(session_start());
    echo "script continues\n";
', ['zookeeper.session_auth' => '']);

var_dump(sess_admin()->exists(sess_root($root)));
?>
--EXPECTF--
Warning: session_start(): zookeeper.session_acl=creator needs credentials: set zookeeper.session_auth (e.g. "digest:user:password"), or zookeeper.session_acl=world to store sessions readable by anyone (as PECL does) in Command line code on line %d

Warning: session_start(): Failed to initialize storage module: zookeeper (path: %s) in Command line code on line %d
bool(false)
script continues
bool(false)
