--TEST--
a waiting request is woken by the holder's release (a watch), not by retrying every zookeeper.sess_lock_wait
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

$holder = sess_spawn($root, '
    session_id("wake1");
    session_start();
    echo "locked\n";
    usleep(1000000);
    $_SESSION["holder"] = 1;
    session_write_close();
');
var_dump(sess_wait_for_line($holder, 'locked'));

// Retrying only every 60 s would miss the 8 s bound; the watch does not.
echo sess_php($root, '
    session_id("wake1");
    var_dump(session_start(), $_SESSION);
', ['zookeeper.sess_lock_wait' => '60000000', 'zookeeper.session_lock_timeout' => '8000']);
echo sess_finish($holder);
?>
--EXPECT--
bool(true)
bool(true)
array(1) {
  ["holder"]=>
  int(1)
}
locked
