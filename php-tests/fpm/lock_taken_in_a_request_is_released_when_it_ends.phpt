--TEST--
A ZookeeperLock taken in a php-fpm request is released when the request ends (normally, by exit() or by a fatal error), although the worker and its ZooKeeper session live on
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$other = zk_other();
$pool = fpm_start(['workers' => 1]);

foreach (['normally', 'exit', 'fatal'] as $end) {
    $path = "$root/lock-$end";
    $body = fpm_get_body($pool, 'lock_and_end', ['path' => $path, 'end' => $end]);
    $answer = json_decode(substr($body, 0, strpos($body, '}') + 1), true);
    echo "$end: acquired ", var_export($answer['acquired'], true);
    echo ", fatal error shown: ", var_export(str_contains($body, 'no_such_function'), true);
    $nodes = $other->exists($path) ? count($other->getChildren($path)) : 0;
    echo ", lock nodes right after the request: $nodes";
    $again = fpm_get($pool, 'lock_and_end', ['path' => $path]);
    echo ", next request (same worker and session: ", var_export($again['pid'] === $answer['pid'] && $again['session'] === $answer['session'], true), ") takes it: ", var_export($again['acquired'], true), "\n";
}
// While a request holds it, nobody else gets it.
$lock = new ZookeeperLock(zk_other(), "$root/lock-held");
$lock->acquire();
$answer = fpm_get($pool, 'lock_and_end', ['path' => "$root/lock-held", 'timeout' => 0.3]);
echo "held elsewhere: acquired ", var_export($answer['acquired'], true), "\n";
fpm_stop_and_check_log($pool);
?>
--EXPECT--
normally: acquired true, fatal error shown: false, lock nodes right after the request: 0, next request (same worker and session: true) takes it: true
exit: acquired true, fatal error shown: false, lock nodes right after the request: 0, next request (same worker and session: true) takes it: true
fatal: acquired true, fatal error shown: true, lock nodes right after the request: 0, next request (same worker and session: true) takes it: true
held elsewhere: acquired false
php-fpm log: no worker died
