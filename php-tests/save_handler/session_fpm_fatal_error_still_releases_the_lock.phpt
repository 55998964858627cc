--TEST--
php-fpm: a request that dies of a fatal error while holding a session releases its lock at request end (the worker lives on)
--FILE--
<?php
require __DIR__ . '/fpm_session.inc';
$root = zk_test_root();
sess_fpm_start($root, 1, ['zookeeper.session_lock_timeout' => '3000']);

$crash = sess_fpm_script('crash', '
    session_id($_GET["sid"]);
    session_start();
    $_SESSION["before"] = "crash";
    echo "pid ", getmypid(), "\n";
    no_such_function();
');
$read = sess_fpm_script('read', '
    session_id($_GET["sid"]);
    var_dump(session_start());
    echo "pid ", getmypid(), "\n";
    var_dump($_SESSION);
');
$out1 = sess_fpm_get($crash, 'sid=fpmfatal1');
echo preg_replace('/^pid \d+$/m', 'pid N', $out1);
// The worker lives on (and so does its ZooKeeper session): the lock child
// is gone only because the session was closed at request end.
var_dump(sess_lock_children($root, 'fpmfatal1'));
$out2 = sess_fpm_get($read, 'sid=fpmfatal1');
echo preg_replace('/^pid \d+$/m', 'pid N', $out2);
// One worker: the same process served both requests.
preg_match('/^pid (\d+)$/m', $out1, $a);
preg_match('/^pid (\d+)$/m', $out2, $b);
var_dump($a[1] === $b[1]);
?>
--EXPECTF--
pid N
%AFatal error: Uncaught Error: Call to undefined function no_such_function()%A
array(0) {
}
bool(true)
pid N
array(1) {
  ["before"]=>
  string(5) "crash"
}
bool(true)
