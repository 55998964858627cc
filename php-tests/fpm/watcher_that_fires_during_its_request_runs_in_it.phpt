--TEST--
A watcher whose event arrives while its php-fpm request is still running (sleeping) runs in that request, once, request after request
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$node = zk_other()->create("$root/watched", 'v1');
$pool = fpm_start(['workers' => 1]);
// Three times on the same worker: each request sees exactly its own event.
for ($i = 0; $i < 3; $i++) {
    $answer = fpm_get($pool, 'watch_fires_in_request', ['path' => $node]);
    echo json_encode($answer['events']) === json_encode([['type' => Zookeeper::CHANGED_EVENT, 'path' => $node]])
        ? "request $i: its watcher ran once, CHANGED_EVENT\n"
        : "request $i: events " . json_encode($answer['events']) . "\n";
}
fpm_stop_and_check_log($pool);
?>
--EXPECT--
request 0: its watcher ran once, CHANGED_EVENT
request 1: its watcher ran once, CHANGED_EVENT
request 2: its watcher ran once, CHANGED_EVENT
php-fpm log: no worker died
