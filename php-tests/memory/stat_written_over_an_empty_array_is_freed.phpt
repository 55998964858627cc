--TEST--
A stat written into a variable or typed property holding the empty array literal is freed with it (the copy made of PHP's immutable empty array was marked as not refcounted, so PHP never freed it: about 1 KiB per call)
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'data');

class Holder
{
    public array $stat = [];
}
$holder = new Holder();
$rounds = function (int $count) use ($zk, $root, $holder): void {
    for ($i = 0; $i < $count; $i++) {
        $stat = [];
        $zk->get("$root/n", null, $stat);
        $holder->stat = [];
        $zk->get("$root/n", null, $holder->stat);
    }
};
$rounds(1000);
$before = memory_get_usage();
$rounds(20000);
$grown = memory_get_usage() - $before;
echo $grown < 64 * 1024 ? "memory flat\n" : "grew by $grown bytes over 40000 stats\n";
var_dump($holder->stat['dataLength']);
?>
--EXPECT--
memory flat
int(4)
