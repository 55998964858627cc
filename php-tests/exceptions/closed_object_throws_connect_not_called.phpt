--TEST--
After close() methods throw ZookeeperConnectionException 5998 (a second close() too), and connect() makes the object usable again
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/thrown.inc';

$root = zk_test_root();
// A shared session (the default) and a session of the object's own.
foreach (['shared' => [], 'own' => ['persistent' => false]] as $kind => $options) {
    echo "$kind session:\n";
    $zk = new Zookeeper(zk_host(), null, 10000, $options);
    $zk->create("$root/$kind", 'data');
    var_dump($zk->close());
    echo "  get: ", thrown(fn () => $zk->get("$root/$kind")), "\n";
    echo "  exists: ", thrown(fn () => $zk->exists("$root/$kind")), "\n";
    echo "  getState: ", thrown(fn () => $zk->getState()), "\n";
    echo "  close: ", thrown(fn () => $zk->close()), "\n";
    $zk->connect(zk_host(), null, 10000, $options);
    echo "  get after connect: ", thrown(fn () => $zk->get("$root/$kind")), "\n";
}
?>
--EXPECT--
shared session:
NULL
  get: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  exists: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getState: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  close: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  get after connect: nothing thrown, returned "data"
own session:
NULL
  get: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  exists: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getState: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  close: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  get after connect: nothing thrown, returned "data"
