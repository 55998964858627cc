--TEST--
set(), add() and remove() from a session without the super user's credentials throw ZookeeperAuthenticationException NOAUTH (-102) and change nothing
--FILE--
<?php
require __DIR__ . '/config.inc';
$sessions = [
    'no credentials' => new Zookeeper(cfg_hosts(), null, 10000, ['persistent' => false]),
    'other digest user' => new Zookeeper(cfg_hosts(), null, 10000, ['persistent' => false]),
];
$sessions['other digest user']->addAuth('digest', 'notsuper:pw');
$admin = cfg_admin();
$before = $admin->getConfig()->get();
$servers = cfg_servers($before);
foreach ($sessions as $name => $zk) {
    $config = $zk->getConfig();
    foreach (['remove' => fn() => $config->remove('3'), 'add' => fn() => $config->add($servers[3]), 'set' => fn() => $config->set($servers[1] . ',' . $servers[2])] as $method => $call) {
        try {
            $call();
            echo "$name $method: accepted\n";
        } catch (ZookeeperAuthenticationException $e) {
            echo "$name $method: ", $e->getCode(), " ", $e->getMessage(), "\n";
        }
    }
}
var_dump($admin->getConfig()->get() === $before);
?>
--EXPECT--
no credentials remove: -102 not authenticated
no credentials add: -102 not authenticated
no credentials set: -102 not authenticated
other digest user remove: -102 not authenticated
other digest user add: -102 not authenticated
other digest user set: -102 not authenticated
bool(true)
