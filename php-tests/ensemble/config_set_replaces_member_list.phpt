--TEST--
ZookeeperConfig::set() with a full member list replaces the membership (non-incremental); the version check applies
--FILE--
<?php
require __DIR__ . '/config.inc';
$admin = cfg_admin();
$config = $admin->getConfig();
$servers = cfg_servers($config->get(null, $stat));
$version = $stat['mzxid'];

// Two members only, given as a full list.
$stays = array_values(array_diff(CFG_MEMBERS, [cfg_removable_member()]));
$two = $config->set($servers[$stays[0]] . ',' . $servers[$stays[1]], -1, $stat2);
var_dump(array_keys(cfg_servers($two)) === $stays);
var_dump($stat2['mzxid'] > $version);

// With a stale config version the server refuses.
try {
    $config->set(implode(',', $servers), (int) $version);
    echo "stale version: accepted\n";
} catch (ZookeeperException $e) {
    echo "stale version: ", get_class($e), " ", $e->getCode(), "\n";
}

// With the current version it is accepted: all three again.
$three = $config->set(implode(',', $servers), (int) $stat2['mzxid']);
var_dump(cfg_servers($three) === $servers);
var_dump(cfg_wait_all_serving());
?>
--EXPECT--
bool(true)
bool(true)
stale version: ZookeeperException -103
bool(true)
bool(true)
