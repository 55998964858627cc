--TEST--
A php-fpm request whose watcher throws, exits or dies of max_execution_time leaves its worker healthy for the next requests
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$node = zk_other()->create("$root/watched", 'v1');
$pool = fpm_start(['workers' => 1]);

$pids = [];
foreach (['throw', 'exit', 'timeout'] as $how) {
    $body = fpm_get_body($pool, 'watcher_fails', ['path' => $node, 'how' => $how]);
    $answer = json_decode($body, true);
    if (is_array($answer)) {
        $pids[$answer['pid']] = true;
        echo "$how: {$answer['ended']}\n";
    } else {
        echo "$how: ", str_contains($body, 'Maximum execution time of 1 second exceeded') ? 'max_execution_time' : $body, "\n";
    }
    // The next request on the same worker reads the latest value and gets its own watcher.
    $read = fpm_get($pool, 'read_nodes', ['paths' => [$node]]);
    $pids[$read['pid']] = true;
    echo "  next request read: {$read['values'][0]}\n";
    $watch = fpm_get($pool, 'watch_fires_in_request', ['path' => $node]);
    $pids[$watch['pid']] = true;
    echo '  next watcher: ', json_encode(array_column($watch['events'], 'type')), "\n";
}
echo 'all on one worker: ', var_export(count($pids) === 1, true), "\n";
fpm_stop_and_check_log($pool);
?>
--EXPECT--
throw: caught: thrown by the watcher
  next request read: changed to make throw
  next watcher: [3]
exit: exit in the watcher
  next request read: changed to make exit
  next watcher: [3]
timeout: max_execution_time
  next request read: changed to make timeout
  next watcher: [3]
all on one worker: true
php-fpm log: no worker died
