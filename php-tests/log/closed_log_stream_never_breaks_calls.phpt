--TEST--
a log stream the script closes later never makes Zookeeper calls fail: log lines are dropped or go elsewhere
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$zk = new Zookeeper(zk_host());
$stream = fopen('php://memory', 'w+');
var_dump($zk->setLogStream($stream));
fclose($stream);
Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_DEBUG);
$results = [];
foreach (['exists' => fn() => $zk->exists('/') !== false, 'getChildren' => fn() => is_array($zk->getChildren('/')), 'get' => fn() => is_string($zk->get('/'))] as $name => $call) {
    try {
        $results[] = "$name: " . var_export($call(), true);
    } catch (Throwable $e) {
        $results[] = "$name: " . get_class($e) . ': ' . $e->getMessage();
    }
}
Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_WARN);
echo implode("\n", $results), "\n";
?>
--EXPECTF--
bool(true)
%Aexists: true
getChildren: true
get: true
