--TEST--
a request whose lock node vanished (as when its ZooKeeper session expires) cannot write: warning, and the stored data is untouched
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();
$go = sys_get_temp_dir() . '/phpt-session-lost-' . getmypid();
@unlink($go);

echo sess_php($root, 'session_id("lost1"); session_start(); $_SESSION["v"] = "original"; session_write_close();');
$holder = sess_spawn($root, '
    session_id("lost1");
    session_start();
    echo "locked\n";
    while (!file_exists(' . var_export($go, true) . ')) { usleep(10000); }
    $_SESSION["v"] = "from the request that lost its lock";
    session_write_close();
    echo "holder done\n";
');
var_dump(sess_wait_for_line($holder, 'locked'));

// Take the lock away behind the holder's back.
$admin = sess_admin();
$dir = sess_root($root) . '/lost1-lock';
foreach ($admin->getChildren($dir) as $child) {
    $admin->delete("$dir/$child");
}
touch($go);
echo sess_finish($holder);
unlink($go);
var_dump($admin->get(sess_root($root) . '/lost1'));
?>
--EXPECTF--
bool(true)
locked

Warning: session_write_close(): session lost1 not written: its lock was lost (the ZooKeeper session expired while the request ran) and another request may hold it now in Command line code on line %d

Warning: session_write_close(): Failed to write session data (zookeeper). Please verify that the current setting of session.save_path is correct (%s) in Command line code on line %d
holder done
string(17) "v|s:8:"original";"
