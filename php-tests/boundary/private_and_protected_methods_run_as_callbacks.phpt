--TEST--
[$this, 'privateMethod'] and [$this, 'protectedMethod'] given inside the class run later as watchers, global watchers and completions (bound in the scope that registered them, as PECL calls them); outside the class they are refused at once
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();

class Service
{
    public array $log = [];
    private Zookeeper $zk;

    public function __construct(public string $root)
    {
        $this->zk = new Zookeeper(zk_host(), [$this, 'onSession']);
    }

    public function start(): void
    {
        $this->zk->get("$this->root/a", [$this, 'privateWatch']);
        $this->zk->exists("$this->root/b", [$this, 'protectedWatch']);
        $this->zk->getChildren($this->root, 'Service::staticPrivate');
        $this->zk->addAuth('digest', 'svc:pw', [$this, 'privateCompletion']);
    }

    private function onSession(int $type, int $state, string $path): void
    {
        $this->log[] = "session $state";
    }

    private function privateWatch(int $type, int $state, string $path): void
    {
        $this->log[] = "private $type " . basename($path);
    }

    protected function protectedWatch(int $type, int $state, string $path): void
    {
        $this->log[] = "protected $type " . basename($path);
    }

    private static function staticPrivate(int $type, int $state, string $path): void
    {
        $GLOBALS['static_seen'] = "static private $type";
    }

    private function privateCompletion(int $rc): void
    {
        $this->log[] = "completion $rc";
    }
}

$other = zk_other();
$other->create("$root/a", '');
$service = new Service($root);
$service->start();
$other->set("$root/a", 'x');
$other->create("$root/b", '');
zk_wait_until(fn () => count($service->log) >= 4 && isset($GLOBALS['static_seen']));
sort($service->log);
echo implode("\n", $service->log), "\n", $GLOBALS['static_seen'] ?? 'static not run', "\n";

// Outside the class the same callable is not accessible: refused at registration.
try {
    (new Zookeeper(zk_host()))->get("$root/a", [$service, 'privateWatch']);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
completion 0
private 3 a
protected 1 b
session 3
static private 4
Zookeeper::get(): Argument #2 ($watcher_cb) must be a valid callback or null, cannot access private method Service::privateWatch()
