--TEST--
two objects on the shared session share its cache: a write through one is read back at once through the other
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$reader = new Zookeeper(zk_host());
$writer = new Zookeeper(zk_host());
$writer->create("$root/node", 'v0');
$reader->get("$root/node");
$reader->exists("$root/other");
$reader->getChildren($root);
$hits = Zookeeper::getStats()['hits'];
var_dump($reader->get("$root/node"), $reader->exists("$root/other"), $reader->getChildren($root));
var_dump(Zookeeper::getStats()['hits'] - $hits);

$writer->set("$root/node", 'v1');
$writer->create("$root/other", '');
var_dump($reader->get("$root/node"), $reader->exists("$root/other") !== false, count($reader->getChildren($root)));
?>
--EXPECT--
string(2) "v0"
bool(false)
array(1) {
  [0]=>
  string(4) "node"
}
int(3)
string(2) "v1"
bool(true)
int(2)
