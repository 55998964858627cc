--TEST--
ZookeeperConfig::get(null, &$stat) fills the stat of /zookeeper/config: PECL's keys and types, mzxid = the config's version
--FILE--
<?php
require __DIR__ . '/config.inc';
$zk = new Zookeeper(cfg_hosts());
$text = $zk->getConfig()->get(null, $stat);
var_dump(array_keys($stat));
var_dump(is_float($stat['mzxid']), is_int($stat['dataLength']));
var_dump($stat['dataLength'] === strlen($text));
var_dump(sprintf('%x', $stat['mzxid']) === cfg_version($text));
// Keys already in the array are kept.
$mine = ['mine' => true];
$zk->getConfig()->get(null, $mine);
var_dump(count($mine), $mine['mine']);
?>
--EXPECT--
array(11) {
  [0]=>
  string(5) "czxid"
  [1]=>
  string(5) "mzxid"
  [2]=>
  string(5) "ctime"
  [3]=>
  string(5) "mtime"
  [4]=>
  string(7) "version"
  [5]=>
  string(8) "cversion"
  [6]=>
  string(8) "aversion"
  [7]=>
  string(14) "ephemeralOwner"
  [8]=>
  string(10) "dataLength"
  [9]=>
  string(11) "numChildren"
  [10]=>
  string(5) "pzxid"
}
bool(true)
bool(true)
bool(true)
bool(true)
int(12)
bool(true)
