--TEST--
a save path whose chroot does not exist: the first write warns that the chroot must exist (the handler creates only php-sessid)
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

echo sess_php("$root/not-there", '
    session_id("nochroot1");
    var_dump(session_start());
    echo "script continues\n";
');
var_dump(sess_admin()->exists("$root/not-there"));
?>
--EXPECTF--
Warning: session_start(): cannot lock session nochroot1 in %s/not-there/php-sessid/nochroot1-lock: no node: %s/not-there does not exist (the chroot of session.save_path must exist) in Command line code on line %d

Warning: session_start(): Failed to read session data: zookeeper (path: %s) in Command line code on line %d
bool(false)
script continues
bool(false)
