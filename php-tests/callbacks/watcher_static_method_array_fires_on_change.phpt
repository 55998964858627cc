--TEST--
a [ClassName::class, 'staticMethod'] array works as get() watcher
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/watch_events.inc';

class ChangeLog
{
    public static function record(int $type, int $state, string $path): void
    {
        $GLOBALS['calls'][] = static::class . "::record: " . zk_event_text($type, $state, $path);
    }
}

$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'before');
$GLOBALS['calls'] = [];
var_dump($zk->get("$root/node", [ChangeLog::class, 'record']));
zk_other()->set("$root/node", 'after');

var_dump(zk_wait_until(fn () => $GLOBALS['calls'] !== []));
echo str_replace($root, '<root>', implode("\n", $GLOBALS['calls'])), "\n";
?>
--EXPECT--
string(6) "before"
bool(true)
ChangeLog::record: CHANGED_EVENT CONNECTED_STATE <root>/node
