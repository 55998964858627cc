--TEST--
ZookeeperConfig::remove('N') takes a member out of the ensemble and add('server.N=...') puts it back; each returns the new config, fills &$stat and fires a config watcher
--FILE--
<?php
require __DIR__ . '/config.inc';
$admin = cfg_admin();
$config = $admin->getConfig();
$before = $config->get();
$victim = cfg_removable_member();
$line = cfg_servers($before)[$victim];
$stays = array_values(array_diff(CFG_MEMBERS, [$victim]));

$changes = [];
$config->get(function ($type, $state, $path) use (&$changes) { $changes[] = [$type, $state, $path]; });
$after_remove = $config->remove((string) $victim, -1, $stat);
var_dump(array_keys(cfg_servers($after_remove)) === $stays);
var_dump(sprintf('%x', $stat['mzxid']) === cfg_version($after_remove));
var_dump(cfg_version($after_remove) !== cfg_version($before));
var_dump(zk_wait_until(function () use (&$changes) { return count($changes) > 0; }));
echo json_encode($changes, JSON_UNESCAPED_SLASHES), "\n";
// The other remaining member reports the new membership too (once it applied the commit).
$other = new Zookeeper(cfg_member_host($stays[1]), null, 10000, ['persistent' => false, 'cache' => false]);
var_dump(zk_wait_until(fn() => array_keys(cfg_servers($other->getConfig()->get())) === $stays));

$after_add = $config->add($line);
var_dump(array_keys(cfg_servers($after_add)));
var_dump(cfg_servers($after_add)[$victim] === $line);
var_dump($config->get() === $after_add);
// The member serves again (it rejoins as a follower or, after an election, as leader).
var_dump(cfg_wait_all_serving());
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
[[3,3,"/zookeeper/config"]]
bool(true)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
bool(true)
bool(true)
bool(true)
