--TEST--
A service registered in one php-fpm request stays registered after it (it belongs to the worker process), every worker lists it, and it goes when the worker exits
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$pool = fpm_start(['workers' => 2]);
$query = ['base' => "$root/services", 'service' => 'web'];

$first = fpm_get($pool, 'discovery', $query + ['register' => 'worker-a:80']);
echo "registered in the request: ", implode(',', array_keys($first['instances'])), "\n";
$other = zk_other();
echo "after the request the node is still there: ", var_export($other->exists("$root/services/web/worker-a:80") !== false, true), "\n";
$answers = fpm_reach_every_worker($pool, 2, 'discovery', $query);
foreach ($answers as $pid => $answer) {
    $lists[] = implode(',', array_keys($answer['instances'])) . ($pid === $first['pid'] ? ' (the registering worker)' : ' (another worker)');
}
sort($lists);
echo implode("\n", $lists), "\n";
echo "meta: ", json_encode($answers[$first['pid']]['instances']['worker-a:80'] === ['pid' => $first['pid']]), "\n";
fpm_stop_and_check_log($pool);
echo "gone with its worker: ", var_export(zk_wait_until(fn () => $other->exists("$root/services/web/worker-a:80") === false, 5), true), "\n";
?>
--EXPECT--
registered in the request: worker-a:80
after the request the node is still there: true
worker-a:80 (another worker)
worker-a:80 (the registering worker)
meta: true
php-fpm log: no worker died
gone with its worker: true
