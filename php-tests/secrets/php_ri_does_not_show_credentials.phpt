--TEST--
`php --ri zookeeper` and `php -i` never show zookeeper.session_auth: the row says "(set, not shown)"
--FILE--
<?php
require __DIR__ . '/secrets.inc';
$secret = secret_new();
$ini = ['zookeeper.session_auth' => $secret->ini()];
$shown = '/zookeeper\.session_auth => \(set, not shown\) => \(set, not shown\)/';
secret_check('php --ri zookeeper', secret_php($ini, ['--ri', 'zookeeper']), '/zookeeper support => enabled/', $secret);
secret_check('php --ri zookeeper (the row)', secret_php($ini, ['--ri', 'zookeeper']), $shown, $secret);
secret_check('php -i', secret_php($ini, ['-i']), $shown, $secret);
// Unset, the row says so (the check above is about a value, not a fixed text).
echo preg_match('/zookeeper\.session_auth => no value => no value/', secret_php([], ['--ri', 'zookeeper'])) ? "unset: no value\n" : "unset: row missing\n";
?>
--EXPECT--
php --ri zookeeper: ok
php --ri zookeeper (the row): ok
php -i: ok
unset: no value
