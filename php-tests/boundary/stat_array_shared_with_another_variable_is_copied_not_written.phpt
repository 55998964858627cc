--TEST--
An array passed as &$stat_info is filled in a copy of its own: another variable sharing it (copy on write), a constant array and PHP's empty array literal keep their values, and the array passed keeps its other keys, as with PECL
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'data');

const TEMPLATE = ['mine' => 'kept'];
$original = ['mine' => 'kept', 'version' => 'old'];
$shared = $original;
$zk->get("$root/n", null, $shared);
var_dump($original, $shared['mine'], $shared['version'], $shared['dataLength']);

$fromConstant = TEMPLATE;
$zk->get("$root/n", null, $fromConstant);
var_dump(TEMPLATE, count($fromConstant));

function emptyStat(): array
{
    return [];
}
$first = emptyStat();
$zk->get("$root/n", null, $first);
var_dump(emptyStat(), [] === emptyStat(), count($first));
?>
--EXPECT--
array(2) {
  ["mine"]=>
  string(4) "kept"
  ["version"]=>
  string(3) "old"
}
string(4) "kept"
int(0)
int(4)
array(1) {
  ["mine"]=>
  string(4) "kept"
}
int(12)
array(0) {
}
bool(true)
int(11)
