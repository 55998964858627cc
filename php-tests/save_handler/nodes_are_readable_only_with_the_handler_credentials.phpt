--TEST--
session nodes get the ACL of the handler's credentials (zookeeper.session_auth): other clients cannot read them
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php($root, '
    session_id("aclcheck1");
    session_start();
    $_SESSION["secret"] = "s3";
    session_write_close();
    echo "written\n";
');

$path = sess_root($root) . '/aclcheck1';
[$stat, $acl] = sess_admin()->getAcl($path);
var_dump(count($acl), $acl[0]['scheme'], $acl[0]['perms']);
// digest ids are user:base64(sha1(user:password))
var_dump($acl[0]['id'] === 'phpt-web:' . base64_encode(sha1('phpt-web:phpt-secret', true)));
[, $rootAcl] = sess_admin()->getAcl(sess_root($root));
var_dump($rootAcl == $acl);

$stranger = zk_other();
try {
    $stranger->get($path);
    echo "stranger read it\n";
} catch (ZookeeperAuthenticationException $e) {
    echo "stranger: ", $e->getMessage(), "\n";
}
$friend = zk_other();
$friend->addAuth('digest', 'phpt-web:phpt-secret');
var_dump($friend->get($path));
?>
--EXPECT--
written
int(1)
string(6) "digest"
int(31)
bool(true)
bool(true)
stranger: not authenticated
string(16) "secret|s:2:"s3";"
