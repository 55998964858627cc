--TEST--
Every thread the extension starts blocks all signals, so PHP's handlers (pcntl, max_execution_time, php-fpm's) run on the PHP thread only: the threads' masks say so, and a stream of SIGUSR1 during ZooKeeper work reaches the pcntl handler every time
--SKIPIF--
<?php if (!function_exists('pcntl_signal')) die('skip pcntl is not available'); ?>
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host(), null, 10000, ['persistent' => false]);
$zk->create("$root/n", 'v');
$zk->get("$root/n", function () {});

// Signals that must never be handled on another thread than PHP's.
$watched = ['SIGUSR1' => SIGUSR1, 'SIGALRM' => SIGALRM, 'SIGPROF' => SIGPROF, 'SIGTERM' => SIGTERM, 'SIGINT' => SIGINT, 'SIGCHLD' => SIGCHLD, 'SIGQUIT' => SIGQUIT];
$main = getmypid();
$threads = 0;
foreach (glob("/proc/$main/task/*/status") as $file) {
    $status = file_get_contents($file);
    preg_match('/^Pid:\s+(\d+)/m', $status, $pid);
    if ((int) $pid[1] === $main) {
        continue;
    }
    $threads++;
    preg_match('/^SigBlk:\s+([0-9a-f]+)/m', $status, $mask);
    preg_match('/^Name:\s+(.*)$/m', $status, $name);
    // Bit N-1 of the 64-bit mask is signal N; all of these are below 32.
    $low = hexdec(substr($mask[1], -8));
    foreach ($watched as $signal => $number) {
        if (($low >> ($number - 1) & 1) === 0) {
            echo "thread {$name[1]}: $signal not blocked\n";
        }
    }
}
echo $threads > 0 ? "threads checked\n" : "no thread found\n";

pcntl_async_signals(true);
$handled = 0;
pcntl_signal(SIGUSR1, function () use (&$handled) { $handled++; });
$sender = proc_open(['sh', '-c', "for i in \$(seq 200); do kill -USR1 $main; sleep 0.002; done"], [], $pipes);
$other = zk_other();
for ($i = 0; proc_get_status($sender)['running']; $i++) {
    $zk->set("$root/n", "v$i");
    $zk->get("$root/n");
    $other->get("$root/n");
}
proc_close($sender);
usleep(100000);
// Standard signals may merge while one is pending: nearly all, not exactly all.
echo $handled >= 150 ? "handled\n" : "handled only $handled of 200\n";
?>
--EXPECT--
threads checked
handled
