--TEST--
Callbacks that re-enter the very object whose method is running them (PECL's usual idiom: a watcher calling $this->get(), or closing and reconnecting the object) leave it consistent: the running method completes against the object's state as the callback left it
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$other = zk_other();
$other->create("$root/n", 'v0');

class Follower extends Zookeeper
{
    public array $seen = [];

    public function follow(string $path): string
    {
        return $this->get($path, [$this, 'changed']);
    }

    public function changed(int $type, int $state, string $path): void
    {
        // Re-enters the object whose get()/exists()/dispatch() is running this.
        $this->seen[] = $this->follow($path);
        $this->exists($path, function () {});
        $this->setWatcher(function () {});
    }
}

$zk = new Follower(zk_host());
var_dump($zk->follow("$root/n"));
for ($i = 1; $i <= 3; $i++) {
    $other->set("$root/n", "v$i");
    zk_wait_until(fn () => count($zk->seen) === $i);
}
echo implode(',', $zk->seen), "\n";

// A callback that closes and reconnects the object dispatching it.
$zk2 = new Zookeeper(zk_host());
$zk2->get("$root/n", function () use ($zk2, $root) {
    $zk2->close();
    $zk2->connect(zk_host() . $root);
    echo "reconnected inside the callback: ", $zk2->get('/n'), "\n";
});
$other->set("$root/n", 'v4');
usleep(300000);
// The method that ran the callback goes on with the new connection (chroot $root).
var_dump($zk2->exists('/n')['dataLength']);
var_dump($zk2->get('/n'));

// A callback that closes the object for good: the running method reports it.
$zk3 = new Zookeeper(zk_host());
$zk3->get("$root/n", function () use ($zk3) { $zk3->close(); });
$other->set("$root/n", 'v5');
usleep(300000);
try {
    $zk3->get("$root/n");
    echo "no exception\n";
} catch (ZookeeperConnectionException $e) {
    echo get_class($e), ' ', $e->getCode(), "\n";
}

// A destructor that re-enters the object while setWatcher() lets go of the
// watcher it replaces: the calls take effect in the order they were made
// (the outer one first), so the last one made is the watcher that stays.
class Rewatch
{
    public function __construct(private Zookeeper $zk) {}
    public function __destruct()
    {
        $this->zk->setWatcher(function ($type, $state) { echo "third watcher: $state\n"; });
    }
}
$zk4 = new Zookeeper(zk_host());
$zk4->exists('/');
$rewatch = new Rewatch($zk4);
$zk4->setWatcher(function () use ($rewatch) { echo "first watcher\n"; });
unset($rewatch);
Zookeeper::dispatch();
$zk4->setWatcher(function ($type, $state) { echo "second watcher: $state\n"; });
Zookeeper::dispatch();
?>
--EXPECT--
string(2) "v0"
v1,v2,v3
reconnected inside the callback: v4
int(2)
string(2) "v4"
ZookeeperConnectionException 5998
first watcher
second watcher: 3
third watcher: 3
