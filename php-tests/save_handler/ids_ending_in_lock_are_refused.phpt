--TEST--
session ids ending in "-lock" name lock directories: refused with a warning, and replaced by a new id under strict mode
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php($root, 'session_id("victim-lock"); var_dump(session_start()); echo "script continues\n";');
echo sess_php($root, '
    session_id("victim-lock");
    var_dump(session_start(), session_id() !== "victim-lock");
', ['session.use_strict_mode' => '1']);
?>
--EXPECTF--
Warning: session_start(): session id 'victim-lock' cannot be stored in ZooKeeper: session ids ending in '-lock' are reserved for lock nodes in Command line code on line %d

Warning: session_start(): Failed to read session data: zookeeper (path: %s) in Command line code on line %d
bool(false)
script continues
bool(true)
bool(true)
