--TEST--
zookeeper.session_acl=world stores sessions with PECL's open ACL, and needs no credentials
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php($root, '
    session_id("openacl1");
    var_dump(session_start());
    $_SESSION["x"] = 1;
    session_write_close();
', ['zookeeper.session_acl' => 'world', 'zookeeper.session_auth' => '']);

[, $acl] = sess_admin()->getAcl(sess_root($root) . '/openacl1');
var_dump($acl);
var_dump(zk_other()->get(sess_root($root) . '/openacl1'));
?>
--EXPECT--
bool(true)
array(1) {
  [0]=>
  array(3) {
    ["perms"]=>
    int(31)
    ["scheme"]=>
    string(5) "world"
    ["id"]=>
    string(6) "anyone"
  }
}
string(6) "x|i:1;"
