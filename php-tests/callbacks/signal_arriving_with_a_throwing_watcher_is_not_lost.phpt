--TEST--
a pcntl signal that arrives together with a watcher event is handled even when the watcher throws from the same VM interrupt (pcntl's handlers run first: called with the watcher's exception pending, pcntl would drop them)
--SKIPIF--
<?php if (!function_exists('pcntl_signal')) die('skip pcntl is not available'); ?>
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/php_child.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", '0');

pcntl_async_signals(true);
$handled = 0;
pcntl_signal(SIGUSR1, function () use (&$handled) { $handled++; });

// Another process changes the node, then signals this one: both arrive while
// it sleeps, and the signal cuts the sleep short.
$child = php_child_start(sprintf(
    '$n = 0; for ($i = 0; $i < 10; $i++) { usleep(100000); zk_other()->set(%s, (string) $i); exec("kill -USR1 %d"); $n++; } echo $n;',
    var_export("$root/node", true),
    getmypid()
));
// Until the child is done (at any speed: under valgrind too); the watcher
// armed last may fire after the loop, where it does not throw.
$caught = 0;
$armed = false;
$looping = true;
$watcher = function () use (&$looping) {
    if ($looping) {
        throw new RuntimeException('from the watcher');
    }
};
while (($status = proc_get_status($child[0]))['running']) {
    try {
        if (!$armed) {
            $zk->get("$root/node", $watcher);
            $armed = true;
        }
        usleep(200000);
    } catch (RuntimeException $e) {
        $caught++;
        $armed = false;
    }
}
$looping = false;
$result = php_child_finish($child);
$zk->close(); // its last watcher would fire when the test's tree is deleted
usleep(100000);
pcntl_signal_dispatch();
// (proc_close() cannot tell the status proc_get_status() collected.)
var_dump($status['exitcode'], $result['stdout']);
echo 'the watcher threw at least once: ', var_export($caught > 0, true), "\n";
echo 'every signal was handled: ', var_export($handled === (int) $result['stdout'], true), "\n";
?>
--EXPECT--
int(0)
string(2) "10"
the watcher threw at least once: true
every signal was handled: true
