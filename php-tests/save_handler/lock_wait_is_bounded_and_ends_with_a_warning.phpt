--TEST--
waiting for a session lock ends after zookeeper.session_lock_timeout with a warning; session_start() returns false and the script goes on
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

$holder = sess_spawn($root, '
    session_id("busy1");
    session_start();
    echo "locked\n";
    sleep(30); // holds the lock until the test kills this process
');
var_dump(sess_wait_for_line($holder, 'locked'));

echo sess_php($root, '
    session_id("busy1");
    var_dump(session_start());
    var_dump(session_status() === PHP_SESSION_NONE);
    echo "script continues\n";
', ['zookeeper.session_lock_timeout' => '1000']);

// The waiter left no lock child behind: only the holder's remains.
var_dump(count(sess_lock_children($root, 'busy1')));
sess_kill($holder);
?>
--EXPECTF--
bool(true)

Warning: session_start(): session busy1 is locked by another request; gave up waiting after 1000 ms (zookeeper.session_lock_timeout) in Command line code on line %d

Warning: session_start(): Failed to read session data: zookeeper (path: %s) in Command line code on line %d
bool(false)
bool(true)
script continues
int(1)
