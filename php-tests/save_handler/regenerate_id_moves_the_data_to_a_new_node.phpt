--TEST--
session_regenerate_id(true) stores the data under the new id, deletes the old node and leaves no lock held
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php($root, 'session_id("before1"); session_start(); $_SESSION["carry"] = "on"; session_write_close();');
$out = sess_php($root, '
    session_id("before1");
    session_start();
    var_dump(session_regenerate_id(true));
    echo session_id(), "\n";
    session_write_close();
');
[$result, $newId] = explode("\n", trim($out));
echo $result, "\n";
$admin = sess_admin();
var_dump($admin->exists(sess_root($root) . '/before1'));
var_dump($admin->get(sess_root($root) . "/$newId"));
var_dump(sess_lock_children($root, 'before1'), sess_lock_children($root, $newId));
?>
--EXPECT--
bool(true)
bool(false)
string(15) "carry|s:2:"on";"
array(0) {
}
array(0) {
}
