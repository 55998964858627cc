--TEST--
a version outside the protocol's 32 bits throws ValueError naming the argument (it is not cut to a different version)
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'kept');
$acl = [['perms' => 31, 'scheme' => 'world', 'id' => 'anyone']];
// 2^32 would be version 0 if it were cut to 32 bits, and the node has version 0.
foreach ([2 ** 31, 2 ** 32, -(2 ** 31) - 1, PHP_INT_MAX, PHP_INT_MIN] as $version) {
    echo "delete $version: ", outcome(fn() => $zk->delete("$root/n", $version)), "\n";
    echo "set $version: ", outcome(fn() => $zk->set("$root/n", 'changed', $version)), "\n";
    echo "setAcl $version: ", outcome(fn() => $zk->setAcl("$root/n", $version, $acl)), "\n";
}
var_dump($zk->get("$root/n", null, $stat), $stat['version'], $stat['aversion']);
// The 32-bit extremes themselves are versions the node does not have.
echo "set 2147483647: ", outcome(fn() => $zk->set("$root/n", 'x', 2147483647)), "\n";
echo "set -2147483648: ", outcome(fn() => $zk->set("$root/n", 'x', -2147483648)), "\n";
?>
--EXPECT--
delete 2147483648: ValueError: Zookeeper::delete(): Argument #2 ($version) must be between -2147483648 and 2147483647
set 2147483648: ValueError: Zookeeper::set(): Argument #3 ($version) must be between -2147483648 and 2147483647
setAcl 2147483648: ValueError: Zookeeper::setAcl(): Argument #2 ($version) must be between -2147483648 and 2147483647
delete 4294967296: ValueError: Zookeeper::delete(): Argument #2 ($version) must be between -2147483648 and 2147483647
set 4294967296: ValueError: Zookeeper::set(): Argument #3 ($version) must be between -2147483648 and 2147483647
setAcl 4294967296: ValueError: Zookeeper::setAcl(): Argument #2 ($version) must be between -2147483648 and 2147483647
delete -2147483649: ValueError: Zookeeper::delete(): Argument #2 ($version) must be between -2147483648 and 2147483647
set -2147483649: ValueError: Zookeeper::set(): Argument #3 ($version) must be between -2147483648 and 2147483647
setAcl -2147483649: ValueError: Zookeeper::setAcl(): Argument #2 ($version) must be between -2147483648 and 2147483647
delete 9223372036854775807: ValueError: Zookeeper::delete(): Argument #2 ($version) must be between -2147483648 and 2147483647
set 9223372036854775807: ValueError: Zookeeper::set(): Argument #3 ($version) must be between -2147483648 and 2147483647
setAcl 9223372036854775807: ValueError: Zookeeper::setAcl(): Argument #2 ($version) must be between -2147483648 and 2147483647
delete -9223372036854775808: ValueError: Zookeeper::delete(): Argument #2 ($version) must be between -2147483648 and 2147483647
set -9223372036854775808: ValueError: Zookeeper::set(): Argument #3 ($version) must be between -2147483648 and 2147483647
setAcl -9223372036854775808: ValueError: Zookeeper::setAcl(): Argument #2 ($version) must be between -2147483648 and 2147483647
string(4) "kept"
int(0)
int(0)
set 2147483647: ZookeeperException -103: bad version
set -2147483648: ZookeeperException -103: bad version
