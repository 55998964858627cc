--TEST--
a session not written for longer than session.gc_maxlifetime reads as empty (and its node is removed) even before gc runs
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php($root, 'session_id("stale1"); session_start(); $_SESSION["a"] = 1; session_write_close();');
sleep(2);
echo sess_php($root, '
    ini_set("session.gc_maxlifetime", "1");
    session_id("stale1");
    var_dump(session_start(), $_SESSION);
    session_abort();
');
var_dump(sess_admin()->exists(sess_root($root) . '/stale1'));

// The same age is no problem under a longer lifetime.
echo sess_php($root, 'session_id("stale2"); session_start(); $_SESSION["b"] = 2; session_write_close();');
sleep(2);
echo sess_php($root, '
    ini_set("session.gc_maxlifetime", "3600");
    session_id("stale2");
    session_start();
    var_dump($_SESSION);
');
?>
--EXPECT--
bool(true)
array(0) {
}
bool(false)
array(1) {
  ["b"]=>
  int(2)
}
