--TEST--
too few (or too many) arguments throw ArgumentCountError with PHP's message, for every method
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$zk = new Zookeeper(zk_host());
$config = $zk->getConfig();
show_outcomes([
    'connect()' => fn() => $zk->connect(),
    'create(path)' => fn() => $zk->create('/x'),
    'create()' => fn() => $zk->create(),
    'delete()' => fn() => $zk->delete(),
    'get()' => fn() => $zk->get(),
    'getChildren()' => fn() => $zk->getChildren(),
    'exists()' => fn() => $zk->exists(),
    'set(path)' => fn() => $zk->set('/x'),
    'getAcl()' => fn() => $zk->getAcl(),
    'setAcl(path, version)' => fn() => $zk->setAcl('/x', -1),
    'setAcl(path)' => fn() => $zk->setAcl('/x'),
    'addAuth(scheme)' => fn() => $zk->addAuth('digest'),
    'setWatcher()' => fn() => $zk->setWatcher(),
    'setDebugLevel()' => fn() => Zookeeper::setDebugLevel(),
    'setDeterministicConnOrder()' => fn() => Zookeeper::setDeterministicConnOrder(),
    'setLogStream()' => fn() => $zk->setLogStream(),
    'ZookeeperConfig::set()' => fn() => $config->set(),
    'ZookeeperConfig::add()' => fn() => $config->add(),
    'ZookeeperConfig::remove()' => fn() => $config->remove(),
    // and too many
    '__construct(5 args)' => fn() => new Zookeeper(zk_host(), null, 1000, [], 'extra'),
    'get(5 args)' => fn() => $zk->get('/', null, $stat, 0, 'extra'),
    'create(6 args)' => fn() => $zk->create('/x', '', null, 0, 0, 'extra'),
    'getState(1 arg)' => fn() => $zk->getState(1),
    'getClientId(2 args)' => fn() => $zk->getClientId(1, 2),
    'close(1 arg)' => fn() => $zk->close(true),
    'getStats(1 arg)' => fn() => Zookeeper::getStats('all'),
    'setLogStream(2 args)' => fn() => $zk->setLogStream('a', 'b'),
    'ZookeeperConfig::get(3 args)' => fn() => $config->get(null, $stat, 'extra'),
]);
// The object was not closed by close(true) failing.
var_dump($zk->exists('/') !== false);
?>
--EXPECT--
connect(): ArgumentCountError: Zookeeper::connect() expects at least 1 argument, 0 given
create(path): ArgumentCountError: Zookeeper::create() expects at least 2 arguments, 1 given
create(): ArgumentCountError: Zookeeper::create() expects at least 2 arguments, 0 given
delete(): ArgumentCountError: Zookeeper::delete() expects at least 1 argument, 0 given
get(): ArgumentCountError: Zookeeper::get() expects at least 1 argument, 0 given
getChildren(): ArgumentCountError: Zookeeper::getChildren() expects at least 1 argument, 0 given
exists(): ArgumentCountError: Zookeeper::exists() expects at least 1 argument, 0 given
set(path): ArgumentCountError: Zookeeper::set() expects at least 2 arguments, 1 given
getAcl(): ArgumentCountError: Zookeeper::getAcl() expects exactly 1 argument, 0 given
setAcl(path, version): ArgumentCountError: Zookeeper::setAcl() expects exactly 3 arguments, 2 given
setAcl(path): ArgumentCountError: Zookeeper::setAcl() expects exactly 3 arguments, 1 given
addAuth(scheme): ArgumentCountError: Zookeeper::addAuth() expects at least 2 arguments, 1 given
setWatcher(): ArgumentCountError: Zookeeper::setWatcher() expects exactly 1 argument, 0 given
setDebugLevel(): ArgumentCountError: Zookeeper::setDebugLevel() expects exactly 1 argument, 0 given
setDeterministicConnOrder(): ArgumentCountError: Zookeeper::setDeterministicConnOrder() expects exactly 1 argument, 0 given
setLogStream(): ArgumentCountError: Zookeeper::setLogStream() expects exactly 1 argument, 0 given
ZookeeperConfig::set(): ArgumentCountError: ZookeeperConfig::set() expects at least 1 argument, 0 given
ZookeeperConfig::add(): ArgumentCountError: ZookeeperConfig::add() expects at least 1 argument, 0 given
ZookeeperConfig::remove(): ArgumentCountError: ZookeeperConfig::remove() expects at least 1 argument, 0 given
__construct(5 args): ArgumentCountError: Zookeeper::__construct() expects at most 4 arguments, 5 given
get(5 args): ArgumentCountError: Zookeeper::get() expects at most 4 arguments, 5 given
create(6 args): ArgumentCountError: Zookeeper::create() expects at most 5 arguments, 6 given
getState(1 arg): ArgumentCountError: Zookeeper::getState() expects exactly 0 arguments, 1 given
getClientId(2 args): ArgumentCountError: Zookeeper::getClientId() expects exactly 0 arguments, 2 given
close(1 arg): ArgumentCountError: Zookeeper::close() expects exactly 0 arguments, 1 given
getStats(1 arg): ArgumentCountError: Zookeeper::getStats() expects exactly 0 arguments, 1 given
setLogStream(2 args): ArgumentCountError: Zookeeper::setLogStream() expects exactly 1 argument, 2 given
ZookeeperConfig::get(3 args): ArgumentCountError: ZookeeperConfig::get() expects at most 2 arguments, 3 given
bool(true)
