--TEST--
At request end only the request's ephemeral nodes that its session still owns are deleted: one it released and another client made again, or one another client replaced during the request, stays
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$other = zk_other();
$pool = fpm_start(['workers' => 1]);

$answer = fpm_get($pool, 'ephemeral_and_end', ['path' => "$root/released", 'release' => '1']);
echo 'released in the request: ', $other->exists("$root/released") ? 'exists' : 'gone', "\n";
// Released, then taken by someone else before the worker's next request ends.
$other->create("$root/released", 'theirs');
fpm_get($pool, 'ephemeral_and_end', ['path' => "$root/unrelated"]);
echo 'made again by another client, after the next request: ', $other->get("$root/released"), "\n";

fpm_get($pool, 'ephemeral_and_end', ['path' => "$root/replaced", 'replace' => '1']);
echo 'replaced during the request, after it: ', $other->get("$root/replaced"), "\n";
fpm_stop_and_check_log($pool);
?>
--EXPECT--
released in the request: gone
made again by another client, after the next request: theirs
replaced during the request, after it: replacement
php-fpm log: no worker died
