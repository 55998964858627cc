--TEST--
a script sleeping in a sleep(1) loop, never calling dispatch(), has its watcher run soon after another process changes the node
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/php_child.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'before');

$firedAt = null;
$zk->get("$root/node", function ($type) use (&$firedAt) {
    $firedAt = microtime(true);
});

// The child changes the node two seconds from now, while this script sleeps.
$child = php_child_start(sprintf(
    'usleep(2000000); zk_other()->set(%s, "after"); echo microtime(true);',
    var_export("$root/node", true)
));
$sleeps = 0;
while ($firedAt === null && $sleeps < 15) {
    sleep(1);
    $sleeps++;
}
$result = php_child_finish($child);
$changedAt = (float) $result['stdout'];

var_dump($result['status'], $result['stderr']);
var_dump($firedAt !== null);
echo 'the change happened while sleeping: ', var_export($changedAt > 0 && $sleeps >= 2, true), "\n";
// sleep(1) is not interrupted, so the watcher runs when the current sleep ends.
echo 'the watcher ran within 3 s of the change: ', var_export($firedAt - $changedAt < 3.0, true), "\n";
?>
--EXPECT--
int(0)
string(0) ""
bool(true)
the change happened while sleeping: true
the watcher ran within 3 s of the change: true
