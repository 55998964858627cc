--TEST--
zookeeper.session_lock=0: sessions round-trip without lock nodes, and a second process does not wait for the first
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();
$unlocked = ['zookeeper.session_lock' => '0'];

$first = sess_spawn($root, '
    session_id("nolock1");
    session_start();
    $_SESSION["a"] = 1;
    session_write_close();
    session_start();
    echo "open\n";
    sleep(30);
', $unlocked);
var_dump(sess_wait_for_line($first, 'open'));
// The first still has the session open; without locking the second gets it at once.
echo sess_php($root, 'session_id("nolock1"); var_dump(session_start(), $_SESSION);', $unlocked + ['zookeeper.session_lock_timeout' => '1000']);
sess_kill($first);
var_dump(sess_admin()->getChildren(sess_root($root)));
?>
--EXPECT--
bool(true)
bool(true)
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  [0]=>
  string(7) "nolock1"
}
