--TEST--
setLogStream($stream) writes the log into an open PHP stream
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$stream = fopen('php://memory', 'w+');
$zk = new Zookeeper(zk_host());
$zk->exists('/');
var_dump($zk->setLogStream($stream));
Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_DEBUG);
$zk->create("$root/streamed-node", '');
$zk->getChildren("$root/streamed-node");
Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_WARN);
rewind($stream);
$lines = array_filter(explode("\n", stream_get_contents($stream)));
var_dump(count($lines) >= 2);
$mentioning = array_filter($lines, fn($line) => str_contains($line, "$root/streamed-node"));
var_dump(count($mentioning) >= 2);
var_dump(count(array_filter($lines, fn($line) => str_contains($line, 'DEBUG'))) >= 2);
// A tmpfile() resource works too.
$file = tmpfile();
var_dump($zk->setLogStream($file));
Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_DEBUG);
$zk->exists("$root/streamed-node");
Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_WARN);
rewind($file);
var_dump(str_contains(stream_get_contents($file), "$root/streamed-node"));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
