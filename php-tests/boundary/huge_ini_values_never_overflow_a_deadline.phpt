--TEST--
ini values at the edges of their range never overflow a deadline: max_execution_time = PHP_INT_MAX (the session lock's wait bound), zookeeper.session_lock_timeout and zookeeper.recv_timeout = PHP_INT_MAX
--FILE--
<?php
require __DIR__ . '/../save_handler/session.inc';
$root = zk_test_root();
foreach (['max_execution_time', 'zookeeper.session_lock_timeout', 'zookeeper.sess_lock_wait'] as $setting) {
    echo "$setting: ", trim(sess_php($root, '
        session_id("edge1");
        var_dump(session_start());
        $_SESSION["n"] = ($_SESSION["n"] ?? 0) + 1;
        session_write_close();
    ', [$setting => (string) PHP_INT_MAX])), "\n";
}
$result = zk_php_run('
    $zk = new Zookeeper(zk_host(), null, PHP_INT_MAX, ["persistent" => false]);
    var_dump(is_array($zk->exists("/")), $zk->getRecvTimeout() <= 60000);
', ['zookeeper.recv_timeout' => (string) PHP_INT_MAX]);
echo $result['output'], $result['end'], "\n";
?>
--EXPECT--
max_execution_time: bool(true)
zookeeper.session_lock_timeout: bool(true)
zookeeper.sess_lock_wait: bool(true)
bool(true)
bool(true)
exit 0
