--TEST--
create() and set() with a null value store null data (length -1 on the wire), which get() reads back as null, as PECL does; "" stays ""; a cached and an uncached read agree, and so does another client
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$uncached = new Zookeeper(zk_host(), null, 10000, ['cache' => false]);
$other = zk_other();
$zk->create("$root/null", null);
$zk->create("$root/empty", '');
foreach (['null', 'empty'] as $name) {
    echo "$name: ";
    var_dump($zk->get("$root/$name", null, $stat), $zk->get("$root/$name"), $uncached->get("$root/$name"), $other->get("$root/$name"), $stat['dataLength']);
}
// set() with null makes data null, with "" empty again.
$zk->create("$root/m", 'something');
var_dump($zk->set("$root/m", null), $zk->get("$root/m"), $other->get("$root/m"));
$zk->set("$root/m", '');
var_dump($zk->get("$root/m"));
// max_size on null data: still null.
var_dump($zk->get("$root/null", null, $stat, 10));
?>
--EXPECT--
null: NULL
NULL
NULL
NULL
int(0)
empty: string(0) ""
string(0) ""
string(0) ""
string(0) ""
int(0)
bool(true)
NULL
NULL
string(0) ""
NULL
