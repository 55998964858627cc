--TEST--
the global watcher of __construct()/connect() gets (SESSION_EVENT, CONNECTED_STATE, "") once, new session or already connected
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$events = ['private' => [], 'shared' => [], 'shared again' => [], 'connect' => []];
$watcher = function (string $name) use (&$events) {
    return function ($type, $state, $path) use (&$events, $name) {
        $events[$name][] = [$type, $state, $path];
    };
};
$keep = [];
$keep[] = new Zookeeper(zk_host(), $watcher('private'), 10000, ['persistent' => false]);
$keep[] = new Zookeeper(zk_host(), $watcher('shared'));
$keep[0]->exists('/');
$keep[1]->exists('/');
// The shared session is connected by now: a new object on it is told at once.
$keep[] = new Zookeeper(zk_host(), $watcher('shared again'));
$late = new Zookeeper();
$late->connect(zk_host(), $watcher('connect'));
$keep[] = $late;
var_dump(zk_wait_until(function () use (&$events) { return count(array_filter($events)) === count($events); }));
// More calls and time bring no second event.
foreach ($keep as $zk) {
    $zk->getChildren('/');
}
usleep(300000);
Zookeeper::dispatch();
foreach ($events as $name => $seen) {
    echo $name, ": ", json_encode($seen), "\n";
}
var_dump([Zookeeper::SESSION_EVENT, Zookeeper::CONNECTED_STATE]);
?>
--EXPECT--
bool(true)
private: [[-1,3,""]]
shared: [[-1,3,""]]
shared again: [[-1,3,""]]
connect: [[-1,3,""]]
array(2) {
  [0]=>
  int(-1)
  [1]=>
  int(3)
}
