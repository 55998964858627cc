--TEST--
With zookeeper.ephemeral_scope=process (or the object's 'ephemeral_scope' => 'process' option) an ephemeral node made through the shared session outlives the request, as long as the worker's session; the option also turns request scope back on for one object
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$other = zk_other();
$state = fn (string $path) => $other->exists($path) ? 'exists' : 'gone';

$pool = fpm_start(['workers' => 1]);
fpm_get($pool, 'ephemeral_and_end', ['path' => "$root/by-option", 'scope' => 'process']);
echo 'option process, after the request: ', $state("$root/by-option"), "\n";
$again = fpm_get($pool, 'ephemeral_and_end', ['path' => "$root/by-option"]);
echo 'next request takes it: ', var_export($again['taken'], true), "\n";
fpm_stop_and_check_log($pool);
echo 'after the worker exited: ', $state("$root/by-option"), "\n";

$pool = fpm_start(['workers' => 1, 'ini' => ['zookeeper.ephemeral_scope=process']]);
fpm_get_body($pool, 'ephemeral_and_end', ['path' => "$root/by-ini", 'end' => 'fatal']);
echo 'ini process, after a fatal error: ', $state("$root/by-ini"), "\n";
fpm_get($pool, 'ephemeral_and_end', ['path' => "$root/by-ini-overridden", 'scope' => 'request']);
echo 'ini process, option request, after the request: ', $state("$root/by-ini-overridden"), "\n";
fpm_stop_and_check_log($pool);
echo 'after the worker exited: ', $state("$root/by-ini"), "\n";
?>
--EXPECT--
option process, after the request: exists
next request takes it: false
php-fpm log: no worker died
after the worker exited: gone
ini process, after a fatal error: exists
ini process, option request, after the request: gone
php-fpm log: no worker died
after the worker exited: gone
