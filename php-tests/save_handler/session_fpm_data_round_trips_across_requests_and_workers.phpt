--TEST--
php-fpm: session data round-trips across requests and worker processes; parallel requests on one session lose no update
--FILE--
<?php
require __DIR__ . '/fpm_session.inc';
$root = zk_test_root();
sess_fpm_start($root, 4, ['zookeeper.session_lock_timeout' => '20000']);

$set = sess_fpm_script('set', 'session_id($_GET["sid"]); session_start(); $_SESSION["name"] = $_GET["v"]; echo "set\n";');
$get = sess_fpm_script('get', 'session_id($_GET["sid"]); session_start(); echo $_SESSION["name"] ?? "(none)", "\n";');
echo sess_fpm_get($set, 'sid=fpmtrip1&v=bob');
echo sess_fpm_get($get, 'sid=fpmtrip1');

// Four requests at once on one session keep four workers busy; each appends its pid.
$hit = sess_fpm_script('hit', '
    session_id($_GET["sid"]);
    session_start();
    $_SESSION["pids"][] = getmypid();
    usleep(300000);
    session_write_close();
    echo "ok\n";
');
$requests = [];
for ($i = 0; $i < 4; $i++) {
    $requests[] = sess_fpm_spawn($hit, 'sid=fpmtrip2');
}
foreach ($requests as $request) {
    echo sess_finish($request);
}
$count = sess_fpm_script('count', '
    session_id($_GET["sid"]);
    session_start();
    $pids = $_SESSION["pids"] ?? [];
    echo count($pids), " hits\n";
    echo count(array_unique($pids)) >= 2 ? "more than one worker\n" : "one worker: " . implode(",", $pids) . "\n";
');
echo sess_fpm_get($count, 'sid=fpmtrip2');
?>
--EXPECT--
set
bob
ok
ok
ok
ok
4 hits
more than one worker
