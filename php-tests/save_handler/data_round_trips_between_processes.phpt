--TEST--
session data written by one process is read back by another, from /php-sessid/<id> below the save path's chroot
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php($root, '
    session_id("roundtrip1");
    var_dump(session_start());
    $_SESSION["user"] = "alice";
    $_SESSION["list"] = [1, 2, 3];
    var_dump(session_write_close());
');
echo sess_php($root, '
    session_id("roundtrip1");
    var_dump(session_start());
    var_dump($_SESSION);
');

// The node layout is PECL's: one node per session id under php-sessid.
$admin = sess_admin();
var_dump($admin->get(sess_root($root) . '/roundtrip1'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
array(2) {
  ["user"]=>
  string(5) "alice"
  ["list"]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(3)
  }
}
string(52) "user|s:5:"alice";list|a:3:{i:0;i:1;i:1;i:2;i:2;i:3;}"
