--TEST--
a function name given as a string works as get() watcher and runs once the node changes
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/watch_events.inc';

function record_change(int $type, int $state, string $path): void
{
    $GLOBALS['calls'][] = "record_change: " . zk_event_text($type, $state, $path);
}

$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'before');
$GLOBALS['calls'] = [];
var_dump($zk->get("$root/node", 'record_change'));
zk_other()->set("$root/node", 'after');

var_dump(zk_wait_until(fn () => $GLOBALS['calls'] !== []));
echo str_replace($root, '<root>', implode("\n", $GLOBALS['calls'])), "\n";
?>
--EXPECT--
string(6) "before"
bool(true)
record_change: CHANGED_EVENT CONNECTED_STATE <root>/node
