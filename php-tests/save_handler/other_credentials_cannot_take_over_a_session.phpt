--TEST--
a handler with other credentials cannot lock or read a session stored under the first credentials: warning, session_start() false
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php($root, 'session_id("mine1"); session_start(); $_SESSION["private"] = 1; session_write_close(); echo "stored\n";');
echo sess_php($root, '
    session_id("mine1");
    var_dump(session_start());
    echo "script continues\n";
', ['zookeeper.session_auth' => 'digest:intruder:pw']);
echo sess_php($root, '
    session_id("mine1");
    var_dump(session_start());
', ['zookeeper.session_auth' => 'digest:intruder:pw', 'zookeeper.session_lock' => '0']);
?>
--EXPECTF--
stored

Warning: session_start(): cannot lock session mine1 in %s/php-sessid/mine1-lock: not authenticated (the session nodes belong to other credentials: check zookeeper.session_auth) in Command line code on line %d

Warning: session_start(): Failed to read session data: zookeeper (path: %s) in Command line code on line %d
bool(false)
script continues

Warning: session_start(): cannot read session mine1: not authenticated (the session nodes belong to other credentials: check zookeeper.session_auth) in Command line code on line %d

Warning: session_start(): Failed to read session data: zookeeper (path: %s) in Command line code on line %d
bool(false)
