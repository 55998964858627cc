--TEST--
exit() inside a watcher ends the script with that status, runs shutdown functions and destructors, closes the session and does not crash
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/php_child.inc';
$root = zk_test_root();
zk_other()->create("$root/node", 'v0');

$script = <<<'PHP'
class Resource { function __destruct() { echo "destructor ran\n"; } }
$resource = new Resource();
register_shutdown_function(function () { echo "shutdown function ran\n"; });
$zk = new Zookeeper(zk_host());
$path = getenv('WATCHED_NODE');
$zk->create("$path-owner", '', null, Zookeeper::EPHEMERAL);
$zk->get($path, function ($type) { echo "watcher got event $type\n"; exit(7); });
zk_other()->set($path, 'v1');
$deadline = microtime(true) + 5;
while (microtime(true) < $deadline) {
    usleep(10000);
}
echo "not reached\n";
PHP;
putenv("WATCHED_NODE=$root/node");
$result = php_child_run($script);
var_dump($result['status']);
echo $result['stdout'];
var_dump($result['stderr']);
// The process end closed the shared session for real: its ephemeral node is gone at once.
var_dump(zk_other()->exists("$root/node-owner"));
?>
--EXPECT--
int(7)
watcher got event 3
shutdown function ran
destructor ran
string(0) ""
bool(false)
