--TEST--
create() without an ACL (left out or null) gives the node world:anyone with all permissions
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/omitted", 'x');
$zk->create("$root/null", 'x', null);
foreach (['omitted', 'null'] as $name) {
    [$stat, $acl] = $zk->getAcl("$root/$name");
    echo "$name: ", json_encode($acl), " aversion=", $stat['aversion'], "\n";
}
var_dump(Zookeeper::PERM_ALL === 31);
?>
--EXPECT--
omitted: [{"perms":31,"scheme":"world","id":"anyone"}] aversion=0
null: [{"perms":31,"scheme":"world","id":"anyone"}] aversion=0
bool(true)
