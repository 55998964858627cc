--TEST--
an object with __invoke() works as get() watcher
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/watch_events.inc';

class InvokableListener
{
    public int $invocations = 0;

    public function __invoke(int $type, int $state, string $path): void
    {
        $this->invocations++;
        $GLOBALS['calls'][] = "invoked: " . zk_event_text($type, $state, $path);
    }
}

$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'before');
$listener = new InvokableListener();
$GLOBALS['calls'] = [];
var_dump($zk->get("$root/node", $listener));
zk_other()->set("$root/node", 'after');

var_dump(zk_wait_until(fn () => $GLOBALS['calls'] !== []));
echo str_replace($root, '<root>', implode("\n", $GLOBALS['calls'])), "\n";
?>
--EXPECT--
string(6) "before"
bool(true)
invoked: CHANGED_EVENT CONNECTED_STATE <root>/node
