--TEST--
binary data (NUL bytes, invalid UTF-8, all 256 byte values) round-trips through create, set and get
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$all = implode('', array_map('chr', range(0, 255)));
$cases = ["\0", "a\0b", "\0\0\0", "\xff\xfe\x00\x80", $all . $all];
foreach ($cases as $i => $bytes) {
    $zk->create("$root/n$i", $bytes);
    $own = $zk->get("$root/n$i", null, $stat);
    $others = $other->get("$root/n$i");
    echo "create $i: ", strlen($bytes), " bytes, same=", var_export($own === $bytes && $others === $bytes, true), " dataLength=", $stat['dataLength'], "\n";
    $reversed = strrev($bytes) . "\0";
    $zk->set("$root/n$i", $reversed);
    echo "set $i: same=", var_export($zk->get("$root/n$i") === $reversed && $other->get("$root/n$i") === $reversed, true), "\n";
}
?>
--EXPECT--
create 0: 1 bytes, same=true dataLength=1
set 0: same=true
create 1: 3 bytes, same=true dataLength=3
set 1: same=true
create 2: 3 bytes, same=true dataLength=3
set 2: same=true
create 3: 4 bytes, same=true dataLength=4
set 3: same=true
create 4: 512 bytes, same=true dataLength=512
set 4: same=true
