--TEST--
A typed property passed as &$stat_info follows PHP's typed-reference rules: an array-typed (or untyped) one receives the stat, an int-typed one makes PHP throw its TypeError and keeps its value
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'data');

class Holder
{
    public int $count = 5;
    public array $stat = [];
    public ?array $maybe = null;
    public $untyped = 'anything';
}
$holder = new Holder();
foreach (['count', 'stat', 'maybe', 'untyped'] as $property) {
    try {
        $zk->get("$root/n", null, $holder->$property);
        echo "$property: ", get_debug_type($holder->$property), "\n";
    } catch (TypeError $e) {
        echo "$property: TypeError: ", $e->getMessage(), "; still ", var_export($holder->count, true), "\n";
    }
}
try {
    $zk->set("$root/n", 'new', -1, $holder->count);
} catch (TypeError $e) {
    echo "set: TypeError: ", $e->getMessage(), "\n";
}
var_dump($zk->get("$root/n"), $holder->stat['dataLength']);
?>
--EXPECT--
count: TypeError: Cannot assign array to reference held by property Holder::$count of type int; still 5
stat: array
maybe: array
untyped: array
set: TypeError: Cannot assign array to reference held by property Holder::$count of type int
string(3) "new"
int(4)
