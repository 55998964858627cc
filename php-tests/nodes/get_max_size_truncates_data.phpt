--TEST--
get() with $max_size > 0 returns at most that many bytes; 0 or less returns everything; the stat shows the full length
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", '0123456789');
foreach ([1, 4, 9, 10, 11, 1000, 0, -1] as $max) {
    $data = $zk->get("$root/n", null, $stat, $max);
    echo "max $max: '$data' dataLength=", $stat['dataLength'], "\n";
}
// Truncation does not change what the next full read gets (cache or not).
var_dump($zk->get("$root/n"));
?>
--EXPECT--
max 1: '0' dataLength=10
max 4: '0123' dataLength=10
max 9: '012345678' dataLength=10
max 10: '0123456789' dataLength=10
max 11: '0123456789' dataLength=10
max 1000: '0123456789' dataLength=10
max 0: '0123456789' dataLength=10
max -1: '0123456789' dataLength=10
string(10) "0123456789"
