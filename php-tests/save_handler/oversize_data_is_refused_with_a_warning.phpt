--TEST--
session data over the server's size limit (zookeeper.session_max_bytes) fails the write with a warning; the stored data stays as it was
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php($root, 'session_id("big1"); session_start(); $_SESSION["small"] = "kept"; session_write_close(); echo "small written\n";');
echo sess_php($root, '
    session_id("big1");
    session_start();
    $_SESSION["blob"] = str_repeat("x", 1100000);
    session_write_close(); // PHP 8.2 returns true even when the write failed
    echo "script continues\n";
');
echo sess_php($root, 'session_id("big1"); session_start(); var_dump($_SESSION);');

// A lower limit applies the same way.
echo sess_php($root, '
    session_id("big1");
    session_start();
    $_SESSION["blob"] = str_repeat("y", 200);
    var_dump(session_write_close());
', ['zookeeper.session_max_bytes' => '100']);
// The session was not left locked by the failed writes.
var_dump(sess_lock_children($root, 'big1'));
?>
--EXPECTF--
small written

Warning: session_write_close(): session big1 not written: its data (%d bytes) is larger than zookeeper.session_max_bytes (1047552 bytes), the most a ZooKeeper node takes; nothing was changed in Command line code on line %d

Warning: session_write_close(): Failed to write session data (zookeeper). Please verify that the current setting of session.save_path is correct (%s) in Command line code on line %d
script continues
array(1) {
  ["small"]=>
  string(4) "kept"
}

Warning: session_write_close(): session big1 not written: its data (%d bytes) is larger than zookeeper.session_max_bytes (100 bytes), the most a ZooKeeper node takes; nothing was changed in Command line code on line %d

Warning: session_write_close(): Failed to write session data (zookeeper). Please verify that the current setting of session.save_path is correct (%s) in Command line code on line %d
bool(true)
array(0) {
}
