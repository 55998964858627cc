--TEST--
php-fpm: a second request on a session waits for the first to close it and sees the first one's write
--FILE--
<?php
require __DIR__ . '/fpm_session.inc';
$root = zk_test_root();
sess_fpm_start($root, 2, ['zookeeper.session_lock_timeout' => '20000']);
$marker = sess_fpm_env()['ZK_TEST_DIR'] . '/slow-has-the-session';

$slow = sess_fpm_script('slow', '
    session_id($_GET["sid"]);
    session_start();
    touch(' . var_export($marker, true) . ');
    usleep(1500000);
    $_SESSION["order"][] = "slow";
    session_write_close();
    echo "slow done\n";
');
$fast = sess_fpm_script('fast', '
    session_id($_GET["sid"]);
    session_start();
    echo "fast saw: ", implode(",", $_SESSION["order"] ?? []), "\n";
    $_SESSION["order"][] = "fast";
');
$first = sess_fpm_spawn($slow, 'sid=fpmserial1');
var_dump(zk_wait_until(fn () => file_exists($marker), 10));
echo sess_fpm_get($fast, 'sid=fpmserial1');
echo sess_finish($first);
echo sess_fpm_get($fast, 'sid=fpmserial1');
?>
--EXPECT--
bool(true)
fast saw: slow
slow done
fast saw: slow,fast
