--TEST--
a value of the wrong type for any parameter of any method throws TypeError naming the method, the argument and the types
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$zk = new Zookeeper(zk_host());
$config = $zk->getConfig();
$acl = [['perms' => 31, 'scheme' => 'world', 'id' => 'anyone']];
$stat = null;
show_outcomes([
    '__construct host' => fn() => new Zookeeper([]),
    '__construct watcher' => fn() => new Zookeeper(zk_host(), 42),
    '__construct recv_timeout' => fn() => new Zookeeper(zk_host(), null, 'soon'),
    '__construct options' => fn() => new Zookeeper(zk_host(), null, 1000, 'persistent'),
    'connect host' => fn() => $zk->connect(new stdClass()),
    'connect watcher' => fn() => $zk->connect(zk_host(), [1, 2, 3]),
    'connect recv_timeout' => fn() => $zk->connect(zk_host(), null, []),
    'connect options' => fn() => $zk->connect(zk_host(), null, 1000, 1),
    'create path' => fn() => $zk->create([], ''),
    'create value' => fn() => $zk->create('/x', []),
    'create acl' => fn() => $zk->create('/x', '', 'world:anyone'),
    'create flags' => fn() => $zk->create('/x', '', $acl, 'ephemeral'),
    'create ttl' => fn() => $zk->create('/x', '', $acl, 5, []),
    'delete path' => fn() => $zk->delete([]),
    'delete version' => fn() => $zk->delete('/x', 'latest'),
    'get path' => fn() => $zk->get([]),
    'get watcher' => fn() => $zk->get('/', 3.5),
    'get max_size' => fn() => $zk->get('/', null, $stat, 'all'),
    'getChildren path' => fn() => $zk->getChildren(['/']),
    'getChildren watcher' => fn() => $zk->getChildren('/', true),
    'exists path' => fn() => $zk->exists(STDOUT),
    'exists watcher' => fn() => $zk->exists('/', new stdClass()),
    'set path' => fn() => $zk->set([], ''),
    'set value' => fn() => $zk->set('/x', new stdClass()),
    'set version' => fn() => $zk->set('/x', '', 'newest'),
    'getAcl path' => fn() => $zk->getAcl([]),
    'setAcl path' => fn() => $zk->setAcl([], -1, $acl),
    'setAcl version' => fn() => $zk->setAcl('/x', [], $acl),
    'setAcl acl' => fn() => $zk->setAcl('/x', -1, 'world:anyone:31'),
    'setAcl acl null' => fn() => $zk->setAcl('/x', -1, null),
    'addAuth scheme' => fn() => $zk->addAuth([], 'a:b'),
    'addAuth cert' => fn() => $zk->addAuth('digest', ['a', 'b']),
    'addAuth completion' => fn() => $zk->addAuth('digest', 'a:b', 'no_such_function'),
    'setWatcher watcher' => fn() => $zk->setWatcher('no_such_function'),
    'setDebugLevel level' => fn() => Zookeeper::setDebugLevel('loud'),
    'setDeterministicConnOrder flag' => fn() => Zookeeper::setDeterministicConnOrder([]),
    'setLogStream stream' => fn() => $zk->setLogStream([]),
    'ZookeeperConfig::get watcher' => fn() => $config->get('no_such_function'),
    'ZookeeperConfig::set members' => fn() => $config->set([]),
    'ZookeeperConfig::set version' => fn() => $config->set('server.1=a:1:2;3', 'x'),
    'ZookeeperConfig::add members' => fn() => $config->add(new stdClass()),
    'ZookeeperConfig::add version' => fn() => $config->add('server.4=a:1:2;3', []),
    'ZookeeperConfig::remove members' => fn() => $config->remove([4]),
    'ZookeeperConfig::remove version' => fn() => $config->remove('4', 'x'),
    'anonymous class' => fn() => $zk->get(new class {}),
]);
// Nothing of this disturbed the object.
var_dump($zk->exists('/') !== false);
?>
--EXPECTF--
__construct host: TypeError: Zookeeper::__construct(): Argument #1 ($host) must be of type string, array given
__construct watcher: TypeError: Zookeeper::__construct(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given
__construct recv_timeout: TypeError: Zookeeper::__construct(): Argument #3 ($recv_timeout) must be of type int, string given
__construct options: TypeError: Zookeeper::__construct(): Argument #4 ($options) must be of type ?array, string given
connect host: TypeError: Zookeeper::connect(): Argument #1 ($host) must be of type string, stdClass given
connect watcher: TypeError: Zookeeper::connect(): Argument #2 ($watcher_cb) must be a valid callback or null, array callback must have exactly two members
connect recv_timeout: TypeError: Zookeeper::connect(): Argument #3 ($recv_timeout) must be of type int, array given
connect options: TypeError: Zookeeper::connect(): Argument #4 ($options) must be of type ?array, int given
create path: TypeError: Zookeeper::create(): Argument #1 ($path) must be of type string, array given
create value: TypeError: Zookeeper::create(): Argument #2 ($value) must be of type ?string, array given
create acl: TypeError: Zookeeper::create(): Argument #3 ($acl) must be of type ?array, string given
create flags: TypeError: Zookeeper::create(): Argument #4 ($flags) must be of type int, string given
create ttl: TypeError: Zookeeper::create(): Argument #5 ($ttl) must be of type int, array given
delete path: TypeError: Zookeeper::delete(): Argument #1 ($path) must be of type string, array given
delete version: TypeError: Zookeeper::delete(): Argument #2 ($version) must be of type int, string given
get path: TypeError: Zookeeper::get(): Argument #1 ($path) must be of type string, array given
get watcher: TypeError: Zookeeper::get(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given
get max_size: TypeError: Zookeeper::get(): Argument #4 ($max_size) must be of type int, string given
getChildren path: TypeError: Zookeeper::getChildren(): Argument #1 ($path) must be of type string, array given
getChildren watcher: TypeError: Zookeeper::getChildren(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given
exists path: TypeError: Zookeeper::exists(): Argument #1 ($path) must be of type string, resource given
exists watcher: TypeError: Zookeeper::exists(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given%S
set path: TypeError: Zookeeper::set(): Argument #1 ($path) must be of type string, array given
set value: TypeError: Zookeeper::set(): Argument #2 ($value) must be of type ?string, stdClass given
set version: TypeError: Zookeeper::set(): Argument #3 ($version) must be of type int, string given
getAcl path: TypeError: Zookeeper::getAcl(): Argument #1 ($path) must be of type string, array given
setAcl path: TypeError: Zookeeper::setAcl(): Argument #1 ($path) must be of type string, array given
setAcl version: TypeError: Zookeeper::setAcl(): Argument #2 ($version) must be of type int, array given
setAcl acl: TypeError: Zookeeper::setAcl(): Argument #3 ($acl) must be of type array, string given
setAcl acl null: TypeError: Zookeeper::setAcl(): Argument #3 ($acl) must be of type array, null given
addAuth scheme: TypeError: Zookeeper::addAuth(): Argument #1 ($scheme) must be of type string, array given
addAuth cert: TypeError: Zookeeper::addAuth(): Argument #2 ($cert) must be of type string, array given
addAuth completion: TypeError: Zookeeper::addAuth(): Argument #3 ($completion_cb) must be a valid callback, function "no_such_function" not found or invalid function name
setWatcher watcher: TypeError: Zookeeper::setWatcher(): Argument #1 ($watcher_cb) must be a valid callback, function "no_such_function" not found or invalid function name
setDebugLevel level: TypeError: Zookeeper::setDebugLevel(): Argument #1 ($level) must be of type int, string given
setDeterministicConnOrder flag: TypeError: Zookeeper::setDeterministicConnOrder(): Argument #1 ($trueOrFalse) must be of type bool, array given
setLogStream stream: TypeError: Zookeeper::setLogStream(): Argument #1 ($stream) must be of type string, array given
ZookeeperConfig::get watcher: TypeError: ZookeeperConfig::get(): Argument #1 ($watcher_cb) must be a valid callback or null, function "no_such_function" not found or invalid function name
ZookeeperConfig::set members: TypeError: ZookeeperConfig::set(): Argument #1 ($members) must be of type string, array given
ZookeeperConfig::set version: TypeError: ZookeeperConfig::set(): Argument #2 ($version) must be of type int, string given
ZookeeperConfig::add members: TypeError: ZookeeperConfig::add(): Argument #1 ($members) must be of type string, stdClass given
ZookeeperConfig::add version: TypeError: ZookeeperConfig::add(): Argument #2 ($version) must be of type int, array given
ZookeeperConfig::remove members: TypeError: ZookeeperConfig::remove(): Argument #1 ($members) must be of type string, array given
ZookeeperConfig::remove version: TypeError: ZookeeperConfig::remove(): Argument #2 ($version) must be of type int, string given
anonymous class: TypeError: Zookeeper::get(): Argument #1 ($path) must be of type string, class@anonymous given
bool(true)
