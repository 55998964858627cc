--TEST--
a busy usleep() loop that never calls a Zookeeper method sees its watcher run after another process changes the node
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/php_child.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'before');

$events = [];
$zk->get("$root/node", function ($type, $state, $path) use (&$events) {
    $events[] = [$type, $state, $path];
});

$child = php_child_start(sprintf('usleep(500000); zk_other()->set(%s, "after");', var_export("$root/node", true)));
$deadline = microtime(true) + 10;
while ($events === [] && microtime(true) < $deadline) {
    usleep(50000);
}
$result = php_child_finish($child);
var_dump($result['status']);
var_dump($events === [[Zookeeper::CHANGED_EVENT, Zookeeper::CONNECTED_STATE, "$root/node"]]);
?>
--EXPECT--
int(0)
bool(true)
