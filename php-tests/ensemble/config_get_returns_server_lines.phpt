--TEST--
ZookeeperConfig::get() returns the ensemble configuration: one server.N line per member with its client address, and the version
--FILE--
<?php
require __DIR__ . '/config.inc';
// Any session may read the configuration, no credentials needed.
$zk = new Zookeeper(cfg_hosts());
$config = $zk->getConfig();
var_dump($config instanceof ZookeeperConfig);
$text = $config->get();
$servers = cfg_servers($text);
var_dump(array_keys($servers));
foreach ($servers as $n => $line) {
    // server.N=host:quorumport:electionport:participant;clienthost:clientport
    $client = substr($line, strrpos($line, ';') + 1);
    echo "server.$n: participant=", var_export(str_contains($line, ':participant;'), true),
        " client=", var_export($client === cfg_member_host($n), true), "\n";
}
var_dump(strlen(cfg_version($text)) > 0);
// The same text as a plain read of /zookeeper/config.
var_dump($zk->get('/zookeeper/config') === $text);
// getConfig() gives a new object every time, all reading the same.
var_dump($zk->getConfig() !== $config, $zk->getConfig()->get() === $text);
?>
--EXPECT--
bool(true)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
server.1: participant=true client=true
server.2: participant=true client=true
server.3: participant=true client=true
bool(true)
bool(true)
bool(true)
bool(true)
