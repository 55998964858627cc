--TEST--
setDebugLevel() and setDeterministicConnOrder() are static, need no connection and return true
--FILE--
<?php
foreach (['setDebugLevel', 'setDeterministicConnOrder'] as $method) {
    echo $method, " static: ", var_export((new ReflectionMethod('Zookeeper', $method))->isStatic(), true), "\n";
}
foreach ([0, Zookeeper::LOG_LEVEL_ERROR, Zookeeper::LOG_LEVEL_WARN, Zookeeper::LOG_LEVEL_INFO, Zookeeper::LOG_LEVEL_DEBUG, 99, -3] as $level) {
    echo "setDebugLevel($level): ", var_export(Zookeeper::setDebugLevel($level), true), "\n";
}
var_dump(Zookeeper::setDeterministicConnOrder(true), Zookeeper::setDeterministicConnOrder(false));
// Also through an (unconnected) instance, as PECL allows.
$zk = new Zookeeper();
var_dump($zk->setDebugLevel(Zookeeper::LOG_LEVEL_WARN), $zk->setDeterministicConnOrder(true));
var_dump([Zookeeper::LOG_LEVEL_ERROR, Zookeeper::LOG_LEVEL_WARN, Zookeeper::LOG_LEVEL_INFO, Zookeeper::LOG_LEVEL_DEBUG]);
?>
--EXPECT--
setDebugLevel static: true
setDeterministicConnOrder static: true
setDebugLevel(0): true
setDebugLevel(1): true
setDebugLevel(2): true
setDebugLevel(3): true
setDebugLevel(4): true
setDebugLevel(99): true
setDebugLevel(-3): true
bool(true)
bool(true)
bool(true)
bool(true)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
