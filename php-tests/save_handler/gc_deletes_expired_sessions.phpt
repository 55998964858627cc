--TEST--
session_gc() deletes sessions not written for session.gc_maxlifetime seconds and keeps fresh ones
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

/** Session nodes, sorted (lock directories are containers the server may remove any time). */
function sess_data_nodes(string $root): string
{
    $names = array_filter(sess_admin()->getChildren(sess_root($root)), fn ($name) => !str_ends_with($name, '-lock'));
    sort($names);
    return implode(' ', $names);
}

foreach (['old1', 'old2'] as $id) {
    echo sess_php($root, "session_id('$id'); session_start(); \$_SESSION['id'] = '$id'; session_write_close();");
}
sleep(4); // older than the 3 s lifetime below; fresh1 is written after
echo sess_php($root, "session_id('fresh1'); session_start(); \$_SESSION['id'] = 'fresh1'; session_write_close();");

echo sess_data_nodes($root), "\n";

echo sess_php($root, '
    ini_set("session.gc_maxlifetime", "3");
    session_id("gcrunner");
    session_start();
    var_dump(session_gc());
    session_abort();
');

echo sess_data_nodes($root), "\n";
?>
--EXPECT--
fresh1 old1 old2
int(2)
fresh1
