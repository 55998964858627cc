--TEST--
six processes starting the same session at the same moment: the lock lets one in at a time, so every increment survives
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php($root, 'session_id("counter1"); session_start(); $_SESSION["n"] = 0; $_SESSION["seen"] = []; session_write_close();');
$go = sys_get_temp_dir() . '/phpt-session-go-' . getmypid();
@unlink($go);
$workers = [];
for ($i = 0; $i < 6; $i++) {
    $workers[] = sess_spawn($root, '
        $go = ' . var_export($go, true) . ';
        while (!file_exists($go)) { usleep(2000); } // all start together
        session_id("counter1");
        session_start();
        $n = $_SESSION["n"];
        usleep(50000); // a lost update would need exactly this gap
        $_SESSION["n"] = $n + 1;
        $_SESSION["seen"][] = $n;
        session_write_close();
    ', ['zookeeper.session_lock_timeout' => '20000']);
}
usleep(300000);
touch($go);
foreach ($workers as $worker) {
    echo sess_finish($worker);
}
unlink($go);
echo sess_php($root, '
    session_id("counter1");
    session_start();
    $seen = $_SESSION["seen"];
    sort($seen);
    echo $_SESSION["n"], " / ", implode(",", $seen), "\n";
');
?>
--EXPECT--
6 / 0,1,2,3,4,5
