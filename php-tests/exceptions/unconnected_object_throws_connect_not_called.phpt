--TEST--
Methods of an object that was never connected throw ZookeeperConnectionException, code 5998, "Zookeeper->connect() was not called"
--FILE--
<?php
require __DIR__ . '/thrown.inc';

$acl = [['perms' => Zookeeper::PERM_ALL, 'scheme' => 'world', 'id' => 'anyone']];
foreach (['new Zookeeper()' => new Zookeeper(), "new Zookeeper('')" => new Zookeeper('')] as $how => $zk) {
    echo "$how:\n";
    $calls = [
        'create' => fn () => $zk->create('/x', ''),
        'delete' => fn () => $zk->delete('/x'),
        'get' => fn () => $zk->get('/x'),
        'getChildren' => fn () => $zk->getChildren('/x'),
        'exists' => fn () => $zk->exists('/x'),
        'set' => fn () => $zk->set('/x', ''),
        'getAcl' => fn () => $zk->getAcl('/x'),
        'setAcl' => fn () => $zk->setAcl('/x', -1, $acl),
        'getClientId' => fn () => $zk->getClientId(),
        'getState' => fn () => $zk->getState(),
        'getRecvTimeout' => fn () => $zk->getRecvTimeout(),
        'isRecoverable' => fn () => $zk->isRecoverable(),
        'addAuth' => fn () => $zk->addAuth('digest', 'user:pw'),
        'setWatcher' => fn () => $zk->setWatcher(function () {}),
        'close' => fn () => $zk->close(),
        'getConfig' => fn () => $zk->getConfig(),
    ];
    foreach ($calls as $method => $call) {
        echo "  $method: ", thrown($call), "\n";
    }
}

// A ZookeeperConfig made with `new` is bound to no client.
$config = new ZookeeperConfig();
echo "new ZookeeperConfig():\n";
echo "  get: ", thrown(fn () => $config->get()), "\n";
echo "  set: ", thrown(fn () => $config->set('server.1=127.0.0.1:2888:3888;2181')), "\n";
echo "  add: ", thrown(fn () => $config->add('server.2=127.0.0.1:2889:3889;2182')), "\n";
echo "  remove: ", thrown(fn () => $config->remove('2')), "\n";

// Methods that need no connection work on it, as in PECL.
echo "dispatch: ", thrown(fn () => Zookeeper::dispatch()), "\n";
echo "setDeterministicConnOrder: ", thrown(fn () => (new Zookeeper())->setDeterministicConnOrder(true)), "\n";
?>
--EXPECT--
new Zookeeper():
  create: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  delete: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  get: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getChildren: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  exists: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  set: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getAcl: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  setAcl: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getClientId: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getState: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getRecvTimeout: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  isRecoverable: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  addAuth: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  setWatcher: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  close: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getConfig: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
new Zookeeper(''):
  create: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  delete: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  get: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getChildren: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  exists: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  set: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getAcl: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  setAcl: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getClientId: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getState: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getRecvTimeout: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  isRecoverable: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  addAuth: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  setWatcher: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  close: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  getConfig: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
new ZookeeperConfig():
  get: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  set: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  add: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
  remove: ZookeeperConnectionException 5998 Zookeeper->connect() was not called
dispatch: nothing thrown, returned null
setDeterministicConnOrder: nothing thrown, returned true
