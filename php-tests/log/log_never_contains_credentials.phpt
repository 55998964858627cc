--TEST--
at LOG_LEVEL_DEBUG the log shows addAuth() calls but never the credentials (accepted, rejected, shared or private)
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$log = tempnam(sys_get_temp_dir(), 'zklog');
register_shutdown_function(fn() => @unlink($log));
$zk = new Zookeeper();
$zk->setLogStream($log);
Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_DEBUG);
$secrets = ['shared-pw-7f3a', 'private-pw-91c2', 'bogus-cert-55d0'];
$zk->connect(zk_host());
$zk->addAuth('digest', "logalice:{$secrets[0]}");
$zk->get('/zookeeper');
$own = zk_other();
$own->addAuth('digest', "logbob:{$secrets[1]}", function ($rc) {});
$own->exists('/');
$failing = zk_other();
$failing->addAuth('no-such-scheme', $secrets[2], function ($rc) {});
Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_WARN);
$text = file_get_contents($log);
var_dump(str_contains($text, 'addAuth'));
foreach ($secrets as $secret) {
    echo $secret, " in log: ", var_export(str_contains($text, $secret), true), "\n";
}
// Not even the hashed form of a digest credential.
var_dump(str_contains($text, base64_encode(sha1("logalice:{$secrets[0]}", true))));
?>
--EXPECT--
bool(true)
shared-pw-7f3a in log: false
private-pw-91c2 in log: false
bogus-cert-55d0 in log: false
bool(false)
