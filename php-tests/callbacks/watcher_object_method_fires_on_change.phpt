--TEST--
an [$object, 'method'] array works as get() watcher and runs on the object it names
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/watch_events.inc';

class ChangeListener
{
    public function __construct(private string $name) {}

    public function onChange(int $type, int $state, string $path): void
    {
        $GLOBALS['calls'][] = "$this->name: " . zk_event_text($type, $state, $path);
    }
}

$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'before');
$listener = new ChangeListener("listener-1");
$GLOBALS['calls'] = [];
var_dump($zk->get("$root/node", [$listener, 'onChange']));
zk_other()->set("$root/node", 'after');

var_dump(zk_wait_until(fn () => $GLOBALS['calls'] !== []));
echo str_replace($root, '<root>', implode("\n", $GLOBALS['calls'])), "\n";
?>
--EXPECT--
string(6) "before"
bool(true)
listener-1: CHANGED_EVENT CONNECTED_STATE <root>/node
