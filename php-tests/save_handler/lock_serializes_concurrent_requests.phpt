--TEST--
two processes on one session: the second waits for the first's lock and sees its write, so neither write is lost
--FILE--
<?php
require __DIR__ . '/session.inc';
$root = zk_test_root();

$first = sess_spawn($root, '
    session_id("shared1");
    session_start();
    echo "locked\n";
    usleep(1500000); // the second process starts meanwhile and must wait
    $_SESSION["first"] = "was here";
    session_write_close();
    echo "first done\n";
');
var_dump(sess_wait_for_line($first, 'locked'));

$second = sess_spawn($root, '
    session_id("shared1");
    var_dump(session_start());
    var_dump($_SESSION);
    $_SESSION["second"] = "too";
    session_write_close();
');
echo sess_finish($first);
echo sess_finish($second);
echo sess_php($root, 'session_id("shared1"); session_start(); echo implode(",", array_keys($_SESSION)), "\n";');
?>
--EXPECT--
bool(true)
locked
first done
bool(true)
array(1) {
  ["first"]=>
  string(8) "was here"
}
first,second
