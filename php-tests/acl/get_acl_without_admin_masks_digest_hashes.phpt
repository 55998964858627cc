--TEST--
getAcl() by a session without ADMIN on the node shows digest ids as "user:x" (the server masks the hash); with ADMIN in full
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$id = 'masked:' . base64_encode(sha1('masked:pw', true));
$zk = zk_other();
$zk->create("$root/n", '', [
    ['perms' => Zookeeper::PERM_READ, 'scheme' => 'world', 'id' => 'anyone'],
    ['perms' => Zookeeper::PERM_ALL, 'scheme' => 'digest', 'id' => $id],
]);
echo json_encode(zk_other()->getAcl("$root/n")[1]), "\n";
$admin = zk_other();
$admin->addAuth('digest', 'masked:pw');
var_dump($admin->getAcl("$root/n")[1][1]['id'] === $id);
?>
--EXPECT--
[{"perms":1,"scheme":"world","id":"anyone"},{"perms":31,"scheme":"digest","id":"masked:x"}]
bool(true)
