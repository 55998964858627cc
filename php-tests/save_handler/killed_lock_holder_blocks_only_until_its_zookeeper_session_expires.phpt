--TEST--
a process killed (SIGKILL) while holding a session lock blocks that session only until its ZooKeeper session times out
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php($root, 'session_id("victim1"); session_start(); $_SESSION["kept"] = "yes"; session_write_close();');

// zookeeper.recv_timeout is the holder's ZooKeeper session timeout.
$holder = sess_spawn($root, '
    session_id("victim1");
    session_start();
    echo "locked\n";
    sleep(60);
', ['zookeeper.recv_timeout' => '4000']);
var_dump(sess_wait_for_line($holder, 'locked'));
sess_kill($holder);
var_dump(count(sess_lock_children($root, 'victim1'))); // the dead holder's child is still there

// The server drops the dead session's ephemeral lock child after about 4 s;
// the waiter, allowed 30 s, gets the lock then (and sees the data).
echo sess_php($root, '
    session_id("victim1");
    var_dump(session_start(), $_SESSION);
', ['zookeeper.session_lock_timeout' => '30000']);
?>
--EXPECT--
bool(true)
int(1)
bool(true)
array(1) {
  ["kept"]=>
  string(3) "yes"
}
