--TEST--
setAcl() replaces a node's ACL, getAcl() returns [stat, ACL list] with it; aversion counts and is checked
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'x');
$acl = [
    // Keep ADMIN for everyone: without it the next setAcl() is refused and getAcl() masks digests.
    ['perms' => Zookeeper::PERM_READ | Zookeeper::PERM_ADMIN, 'scheme' => 'world', 'id' => 'anyone'],
    ['perms' => Zookeeper::PERM_ALL, 'scheme' => 'digest', 'id' => 'admin:' . base64_encode(sha1('admin:pw', true))],
    ['perms' => Zookeeper::PERM_READ | Zookeeper::PERM_WRITE, 'scheme' => 'ip', 'id' => '127.0.0.1'],
];
var_dump($zk->setAcl("$root/n", 0, $acl));
$answer = $zk->getAcl("$root/n");
var_dump(array_keys($answer), count($answer[0]), $answer[0]['aversion']);
var_dump($answer[1] === $acl);
try {
    $zk->setAcl("$root/n", 0, $acl);
} catch (ZookeeperException $e) {
    echo "stale aversion: ", get_class($e), " ", $e->getCode(), "\n";
}
// The ACL ids are not altered on the way (the digest id is stored as given).
echo $answer[1][1]['id'], "\n";
// Outer keys are ignored: an associative list is taken in order.
$zk->create("$root/m", 'x', ['only' => ['perms' => Zookeeper::PERM_ALL, 'scheme' => 'world', 'id' => 'anyone']]);
echo json_encode($zk->getAcl("$root/m")[1]), "\n";
// A numeric string for perms is taken as the number.
var_dump($zk->setAcl("$root/m", -1, [['perms' => '31', 'scheme' => 'world', 'id' => 'anyone']]), $zk->getAcl("$root/m")[0]['aversion']);
try {
    $zk->getAcl("$root/missing");
} catch (ZookeeperNoNodeException $e) {
    echo "missing: ", $e->getCode(), "\n";
}
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
int(11)
int(1)
bool(true)
stale aversion: ZookeeperException -103
admin:HyfYpDg4zqvjWwhkAYRiLwvklpU=
[{"perms":31,"scheme":"world","id":"anyone"}]
bool(true)
int(1)
missing: -101
