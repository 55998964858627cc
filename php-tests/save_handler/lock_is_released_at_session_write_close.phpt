--TEST--
session_write_close() releases the lock at once: another process gets the session while the first one still runs
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

$first = sess_spawn($root, '
    session_id("release1");
    session_start();
    $_SESSION["by"] = "first";
    session_write_close();
    echo "closed\n";
    sleep(30); // still running; killed by the test
');
var_dump(sess_wait_for_line($first, 'closed'));
var_dump(sess_lock_children($root, 'release1'));

echo sess_php($root, '
    session_id("release1");
    var_dump(session_start(), $_SESSION["by"]);
', ['zookeeper.session_lock_timeout' => '3000']);
sess_kill($first);
?>
--EXPECT--
bool(true)
array(0) {
}
bool(true)
string(5) "first"
