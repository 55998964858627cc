--TEST--
a malformed ACL entry (create or setAcl) throws BADARGUMENTS naming the entry and the problem; nothing is written
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", '');
$ok = ['perms' => Zookeeper::PERM_ALL, 'scheme' => 'world', 'id' => 'anyone'];
$acls = [
    'list of strings' => ['world:anyone'],
    'list of ints' => [31],
    'entry is null' => [null],
    'missing perms' => [['scheme' => 'world', 'id' => 'anyone']],
    'missing scheme' => [['perms' => 31, 'id' => 'anyone']],
    'missing id' => [['perms' => 31, 'scheme' => 'world']],
    'keys in wrong case' => [['Perms' => 31, 'Scheme' => 'world', 'Id' => 'anyone']],
    'perms 32' => [['perms' => 32] + $ok],
    'perms -1' => [['perms' => -1] + $ok],
    'perms huge' => [['perms' => PHP_INT_MAX] + $ok],
    'perms word' => [['perms' => 'all'] + $ok],
    'perms array' => [['perms' => [31]] + $ok],
    'scheme empty' => [['scheme' => ''] + $ok],
    'scheme array' => [['scheme' => ['world']] + $ok],
    'id array' => [['id' => ['anyone']] + $ok],
    'id null' => [['id' => null] + $ok],
    'second entry bad' => [$ok, ['perms' => 31]],
];
foreach ($acls as $name => $acl) {
    $create = outcome(fn() => $zk->create("$root/x", '', $acl));
    $set = outcome(fn() => $zk->setAcl("$root/n", -1, $acl));
    echo "$name: create: $create", $set === $create ? " (setAcl the same)" : "\n    setAcl: $set", "\n";
}
var_dump($zk->exists("$root/x"), $zk->getAcl("$root/n")[0]['aversion']);
?>
--EXPECT--
list of strings: create: ZookeeperException -8: bad arguments: invalid acl entry #0: must be an array with keys perms, scheme and id (setAcl the same)
list of ints: create: ZookeeperException -8: bad arguments: invalid acl entry #0: must be an array with keys perms, scheme and id (setAcl the same)
entry is null: create: ZookeeperException -8: bad arguments: invalid acl entry #0: must be an array with keys perms, scheme and id (setAcl the same)
missing perms: create: ZookeeperException -8: bad arguments: invalid acl entry #0: missing key 'perms' (setAcl the same)
missing scheme: create: ZookeeperException -8: bad arguments: invalid acl entry #0: missing key 'scheme' (setAcl the same)
missing id: create: ZookeeperException -8: bad arguments: invalid acl entry #0: missing key 'id' (setAcl the same)
keys in wrong case: create: ZookeeperException -8: bad arguments: invalid acl entry #0: missing key 'perms' (setAcl the same)
perms 32: create: ZookeeperException -8: bad arguments: invalid acl entry #0: perms must be a combination of Zookeeper::PERM_* (0 to 31) (setAcl the same)
perms -1: create: ZookeeperException -8: bad arguments: invalid acl entry #0: perms must be a combination of Zookeeper::PERM_* (0 to 31) (setAcl the same)
perms huge: create: ZookeeperException -8: bad arguments: invalid acl entry #0: perms must be a combination of Zookeeper::PERM_* (0 to 31) (setAcl the same)
perms word: create: ZookeeperException -8: bad arguments: invalid acl entry #0: perms must be an int (setAcl the same)
perms array: create: ZookeeperException -8: bad arguments: invalid acl entry #0: perms must be an int (setAcl the same)
scheme empty: create: ZookeeperException -8: bad arguments: invalid acl entry #0: scheme must be a non-empty string (setAcl the same)
scheme array: create: ZookeeperException -8: bad arguments: invalid acl entry #0: scheme must be a non-empty string (setAcl the same)
id array: create: ZookeeperException -8: bad arguments: invalid acl entry #0: id must be a string (setAcl the same)
id null: create: ZookeeperException -8: bad arguments: invalid acl entry #0: id must be a string (setAcl the same)
second entry bad: create: ZookeeperException -8: bad arguments: invalid acl entry #1: missing key 'scheme' (setAcl the same)
bool(false)
int(0)
