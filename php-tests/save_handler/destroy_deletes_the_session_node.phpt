--TEST--
session_destroy() deletes the session's node; destroying a session that was never written is no error
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php($root, 'session_id("gone1"); session_start(); $_SESSION["a"] = 1; session_write_close();');
var_dump(sess_admin()->exists(sess_root($root) . '/gone1') !== false);
echo sess_php($root, 'session_id("gone1"); session_start(); var_dump(session_destroy());');
var_dump(sess_admin()->exists(sess_root($root) . '/gone1'));
var_dump(sess_lock_children($root, 'gone1'));

echo sess_php($root, 'session_id("never1"); session_start(); var_dump(session_destroy());');
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
array(0) {
}
bool(true)
