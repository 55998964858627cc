--TEST--
the digest id the server derives from addAuth('digest', 'user:pw') is "user:" . base64(sha1("user:pw", true)) (the "auth" scheme shows it)
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = zk_other();
$zk->addAuth('digest', 'idcheck:pw-123');
// The "auth" scheme means "the identities this session authenticated as": the server stores them.
$zk->create("$root/mine", '', [['perms' => Zookeeper::PERM_ALL, 'scheme' => 'auth', 'id' => '']]);
[, $acl] = $zk->getAcl("$root/mine");
var_dump(count($acl), $acl[0]['scheme'], $acl[0]['perms']);
var_dump($acl[0]['id'] === 'idcheck:' . base64_encode(sha1('idcheck:pw-123', true)));
echo $acl[0]['id'], "\n";
?>
--EXPECT--
int(1)
string(6) "digest"
int(31)
bool(true)
idcheck:5vvpohrB8d2tyWn8kVImDX3zc+Y=
