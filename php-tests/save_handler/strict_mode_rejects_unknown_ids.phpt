--TEST--
session.use_strict_mode=1: an id with no stored session is replaced by a new one, the id of a stored session is kept
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();
$strict = ['session.use_strict_mode' => '1'];

// An id nobody created: PHP must start a new session with a new id.
echo sess_php($root, '
    session_id("madeupid123");
    var_dump(session_start());
    $id = session_id();
    var_dump($id !== "madeupid123", strlen($id) > 0);
    $_SESSION["owner"] = "strict";
    session_write_close();
    echo "new=$id\n";
', $strict);
var_dump(sess_admin()->exists(sess_root($root) . '/madeupid123'));

// A session that exists is accepted under strict mode.
$out = sess_php($root, '
    session_id("knownid456");
    session_start();
    $_SESSION["v"] = 7;
    session_write_close();
');
echo sess_php($root, '
    session_id("knownid456");
    var_dump(session_start(), session_id(), $_SESSION["v"]);
', $strict);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
new=%s
bool(false)
bool(true)
string(10) "knownid456"
int(7)
