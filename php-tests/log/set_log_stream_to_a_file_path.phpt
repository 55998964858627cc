--TEST--
setLogStream('path') appends to the file (opened through PHP's streams) and sends the log there: at LOG_LEVEL_DEBUG operations appear, at level 0 nothing
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$log = tempnam(sys_get_temp_dir(), 'zklog');
register_shutdown_function(fn() => @unlink($log));
file_put_contents($log, "old content\n");
$zk = new Zookeeper();
var_dump($zk->setLogStream($log));
var_dump(Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_DEBUG));
$zk->connect(zk_host());
$zk->create("$root/logged-node", 'secret-data-value');
$zk->get("$root/logged-node");
Zookeeper::setDebugLevel(0);
$zk->exists("$root/not-logged");
$text = file_get_contents($log);
var_dump(str_contains($text, 'old content'));
var_dump(substr_count($text, "\n") >= 2);
var_dump(str_contains($text, 'DEBUG'));
var_dump(str_contains($text, "$root/logged-node"));
var_dump(str_contains($text, 'not-logged'));
// Node data is never logged.
var_dump(str_contains($text, 'secret-data-value'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
