--TEST--
Reading a node whose ACL needs digest credentials, without them, throws ZookeeperAuthenticationException, code -102, "not authenticated"
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/thrown.inc';

$root = zk_test_root();
zk_super()->create("$root/secret", 'password=hunter2', digest_acl('app', 'apppw'));

$anonymous = new Zookeeper(zk_host());
echo thrown(fn () => $anonymous->get("$root/secret")), "\n";
echo thrown(fn () => $anonymous->getChildren("$root/secret")), "\n";
echo thrown(fn () => $anonymous->set("$root/secret", 'x')), "\n";

// A client of this process with the credentials reads it (and may cache it);
// the one without them still gets NOAUTH, not the cached data.
$app = new Zookeeper(zk_host());
$app->addAuth('digest', 'app:apppw');
var_dump($app->get("$root/secret"));
echo thrown(fn () => $anonymous->get("$root/secret")), "\n";
echo thrown(fn () => (new Zookeeper(zk_host()))->get("$root/secret")), "\n";
?>
--EXPECT--
ZookeeperAuthenticationException -102 not authenticated
ZookeeperAuthenticationException -102 not authenticated
ZookeeperAuthenticationException -102 not authenticated
string(16) "password=hunter2"
ZookeeperAuthenticationException -102 not authenticated
ZookeeperAuthenticationException -102 not authenticated
