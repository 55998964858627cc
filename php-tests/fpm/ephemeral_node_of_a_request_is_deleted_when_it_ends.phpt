--TEST--
An ephemeral node a php-fpm request made through the shared session is deleted when the request ends (normally, exit, uncaught exception, fatal error, memory limit, time limit), so the worker's next request can take the same Symfony-style lock; the worker and its session live on
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$other = zk_other();
$other->create("$root/locks", '');
$pool = fpm_start(['workers' => 1]);

foreach (['normally', 'exit', 'exception', 'fatal', 'memory', 'timeout'] as $end) {
    $path = "$root/locks/resource-$end";
    $body = fpm_get_body($pool, 'ephemeral_and_end', ['path' => $path, 'end' => $end]);
    $answer = json_decode(substr($body, 0, strpos($body, '}') + 1), true);
    echo "$end: taken ", var_export($answer['taken'], true);
    echo ', node right after the request: ', $other->exists($path) ? 'exists' : 'gone';
    $again = fpm_get($pool, 'ephemeral_and_end', ['path' => $path]);
    $same = $again['pid'] === $answer['pid'] && $again['session'] === $answer['session'];
    echo ', next request (same worker and session: ', var_export($same, true), ') takes it: ', var_export($again['taken'], true), "\n";
}
fpm_stop_and_check_log($pool);
?>
--EXPECT--
normally: taken true, node right after the request: gone, next request (same worker and session: true) takes it: true
exit: taken true, node right after the request: gone, next request (same worker and session: true) takes it: true
exception: taken true, node right after the request: gone, next request (same worker and session: true) takes it: true
fatal: taken true, node right after the request: gone, next request (same worker and session: true) takes it: true
memory: taken true, node right after the request: gone, next request (same worker and session: true) takes it: true
timeout: taken true, node right after the request: gone, next request (same worker and session: true) takes it: true
php-fpm log: no worker died
