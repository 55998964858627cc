--TEST--
a Zookeeper subclass (constructor calling parent::__construct with a global watcher, [$this, 'method'] node watchers) gets both kinds of calls
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/watch_events.inc';

class Worker extends Zookeeper
{
    public array $events = [];

    public function __construct(string $host, public string $root)
    {
        parent::__construct($host, [$this, 'onSession']);
    }

    public function onSession(int $type, int $state, string $path): void
    {
        $this->events[] = 'session: ' . zk_event_text($type, $state, $path);
    }

    public function watcher(int $type, int $state, string $path): void
    {
        $this->events[] = 'node: ' . zk_event_text($type, $state, $path, $this->root);
        // Watch again, as a worker following a config node does.
        $this->get($path, [$this, 'watcher']);
    }

    public function follow(string $path): string
    {
        return $this->get($path, [$this, 'watcher']);
    }
}

$root = zk_test_root();
$worker = new Worker(zk_host(), $root);
var_dump($worker instanceof Zookeeper);
$worker->create("$root/job", 'first');
var_dump($worker->follow("$root/job"));

$other = zk_other();
$other->set("$root/job", 'second');
var_dump(zk_wait_until(fn () => count(preg_grep('/^node:/', $worker->events)) === 1));
$other->set("$root/job", 'third');
var_dump(zk_wait_until(fn () => count(preg_grep('/^node:/', $worker->events)) === 2));
echo implode("\n", $worker->events), "\n";
var_dump($worker->get("$root/job"));
?>
--EXPECT--
bool(true)
string(5) "first"
bool(true)
bool(true)
session: SESSION_EVENT CONNECTED_STATE 
node: CHANGED_EVENT CONNECTED_STATE <root>/job
node: CHANGED_EVENT CONNECTED_STATE <root>/job
string(5) "third"
