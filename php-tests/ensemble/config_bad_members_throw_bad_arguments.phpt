--TEST--
ZookeeperConfig::set/add/remove with an empty or malformed member list throw ZookeeperException BADARGUMENTS and change nothing
--FILE--
<?php
require __DIR__ . '/config.inc';
$admin = cfg_admin();
$config = $admin->getConfig();
$before = $config->get();
$cases = [
    'remove ""' => fn() => $config->remove(''),
    'remove " , "' => fn() => $config->remove(' , '),
    'remove "abc" (not a server id)' => fn() => $config->remove('abc'),
    'remove "1,2,3" (everyone)' => fn() => $config->remove('1,2,3'),
    'add ""' => fn() => $config->add(''),
    'add "garbage"' => fn() => $config->add('garbage'),
    'add "server.4=127.0.0.1:x:y;z"' => fn() => $config->add('server.4=127.0.0.1:x:y;z'),
    'set ""' => fn() => $config->set(''),
];
foreach ($cases as $name => $call) {
    try {
        $result = $call();
        echo "$name: accepted\n";
    } catch (ZookeeperException $e) {
        echo "$name: ", get_class($e), " ", $e->getCode() === Zookeeper::BADARGUMENTS ? 'BADARGUMENTS' : $e->getCode() . ' ' . $e->getMessage(), "\n";
    }
}
var_dump(cfg_servers($config->get()) === cfg_servers($before));
var_dump($admin->getState() === Zookeeper::CONNECTED_STATE, $admin->exists('/zookeeper') !== false);
?>
--EXPECT--
remove "": ZookeeperException BADARGUMENTS
remove " , ": ZookeeperException BADARGUMENTS
remove "abc" (not a server id): ZookeeperException BADARGUMENTS
remove "1,2,3" (everyone): ZookeeperException BADARGUMENTS
add "": ZookeeperException BADARGUMENTS
add "garbage": ZookeeperException BADARGUMENTS
add "server.4=127.0.0.1:x:y;z": ZookeeperException BADARGUMENTS
set "": ZookeeperException BADARGUMENTS
bool(true)
bool(true)
bool(true)
