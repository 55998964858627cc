--TEST--
A php-fpm worker that exits (recycled by pm.max_requests, or the pool stopped) closes its session: its process-scoped ephemeral node goes at once, not after the 30 s session timeout
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$other = zk_other();
$node = "$root/ephemeral";
// php-fpm.sh's start-up ping is the worker's first request: 1 + 3 of ours.
$pool = fpm_start(['workers' => 1, 'max_requests' => 4, 'ini' => ['zookeeper.ephemeral_scope=process']]);

$first = fpm_get($pool, 'create_ephemeral', ['path' => $node]);
echo 'session timeout at least 20 s: ', var_export($first['timeout'] >= 20000, true), "\n";
echo 'node after request 1: ', $other->exists($node) ? 'exists' : 'gone', "\n";
$second = fpm_get($pool, 'session_info');
echo 'request 2, same worker and session: ', var_export([$second['pid'], $second['session']] === [$first['pid'], $first['session']], true), "\n";
echo 'node after request 2: ', $other->exists($node) ? 'exists' : 'gone', "\n";
$third = fpm_get($pool, 'session_info');
echo 'request 3, same worker: ', var_export($third['pid'] === $first['pid'], true), "\n";

// The worker exits after its third request (module shutdown closes the session).
echo 'node gone within 5 s: ', var_export(zk_wait_until(fn () => !$other->exists($node), 5), true), "\n";
echo 'server still has a connection for the session: ', var_export(isset(zk_server_sessions()[(int) $first['session']]), true), "\n";
$fourth = fpm_get($pool, 'session_info');
echo 'request 4, new worker with a new session: ', var_export($fourth['pid'] !== $first['pid'] && $fourth['session'] !== $first['session'], true), "\n";

// The same when the pool stops (SIGQUIT: workers end gracefully).
$fifth = fpm_get($pool, 'create_ephemeral', ['path' => "$node-2"]);
echo 'request 5, same worker as request 4: ', var_export($fifth['pid'] === $fourth['pid'], true), "\n";
fpm_stop_and_check_log($pool);
echo 'node of the stopped worker gone within 5 s: ', var_export(zk_wait_until(fn () => !$other->exists("$node-2"), 5), true), "\n";
?>
--EXPECT--
session timeout at least 20 s: true
node after request 1: exists
request 2, same worker and session: true
node after request 2: exists
request 3, same worker: true
node gone within 5 s: true
server still has a connection for the session: false
request 4, new worker with a new session: true
request 5, same worker as request 4: true
php-fpm log: no worker died
node of the stopped worker gone within 5 s: true
