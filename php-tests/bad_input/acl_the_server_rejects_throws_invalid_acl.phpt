--TEST--
an ACL the server rejects (empty list, unknown scheme, malformed digest or ip id) throws ZookeeperException INVALIDACL (-114)
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", '');
$acls = [
    'empty list' => [],
    'unknown scheme' => [['perms' => 31, 'scheme' => 'no-such-scheme', 'id' => 'x']],
    'digest id without hash' => [['perms' => 31, 'scheme' => 'digest', 'id' => 'user-only']],
    'ip id not an address' => [['perms' => 31, 'scheme' => 'ip', 'id' => '999.1.1.1']],
    'world id not anyone' => [['perms' => 31, 'scheme' => 'world', 'id' => 'everybody']],
    'auth without credentials' => [['perms' => 31, 'scheme' => 'auth', 'id' => '']],
];
foreach ($acls as $name => $acl) {
    echo "$name: create: ", outcome(fn() => $zk->create("$root/x", '', $acl)), "\n";
    echo "$name: setAcl: ", outcome(fn() => $zk->setAcl("$root/n", -1, $acl)), "\n";
}
var_dump(Zookeeper::INVALIDACL);
var_dump($zk->exists("$root/x"), $zk->getAcl("$root/n")[1][0]['id']);
?>
--EXPECT--
empty list: create: ZookeeperException -114: invalid acl
empty list: setAcl: ZookeeperException -114: invalid acl
unknown scheme: create: ZookeeperException -114: invalid acl
unknown scheme: setAcl: ZookeeperException -114: invalid acl
digest id without hash: create: ZookeeperException -114: invalid acl
digest id without hash: setAcl: ZookeeperException -114: invalid acl
ip id not an address: create: ZookeeperException -114: invalid acl
ip id not an address: setAcl: ZookeeperException -114: invalid acl
world id not anyone: create: ZookeeperException -114: invalid acl
world id not anyone: setAcl: ZookeeperException -114: invalid acl
auth without credentials: create: ZookeeperException -114: invalid acl
auth without credentials: setAcl: ZookeeperException -114: invalid acl
int(-114)
bool(false)
string(6) "anyone"
