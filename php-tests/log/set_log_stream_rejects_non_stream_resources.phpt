--TEST--
setLogStream() with a resource that is not an open stream throws TypeError, and the previous log destination stays
--FILE--
<?php
require __DIR__ . '/../bad_input/bad_input.inc';
$zk = new Zookeeper(zk_host());
$good = fopen('php://memory', 'w+');
var_dump($zk->setLogStream($good));
$closed = fopen('php://memory', 'w');
fclose($closed);
show_outcomes([
    'closed stream' => fn() => $zk->setLogStream($closed),
    'stream context' => fn() => $zk->setLogStream(stream_context_create()),
]);
// Logging still goes to the good stream, and no call is disturbed.
Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_DEBUG);
echo "exists: ", outcome(fn() => $zk->exists('/zookeeper') !== false), "\n";
Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_WARN);
rewind($good);
var_dump(str_contains(stream_get_contents($good), '/zookeeper'));
?>
--EXPECTF--
bool(true)
closed stream: TypeError: Zookeeper::setLogStream(): %s
stream context: TypeError: Zookeeper::setLogStream(): %s
exists: ok true
bool(true)
