--TEST--
declare(strict_types=1) in the calling file is honoured (a scalar of another type is a TypeError naming the argument); without it the engine converts the argument, and stack traces show the converted value
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/bad_input.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'v');
$stat = null;
show_outcomes([
    'connect host' => fn() => $zk->connect(1.5),
    'connect recv_timeout' => fn() => $zk->connect(zk_host(), null, '10000'),
    'get path' => fn() => $zk->get(7),
    'get max_size' => fn() => $zk->get("$root/n", null, $stat, '1'),
    'set value' => fn() => $zk->set("$root/n", 5),
    'create flags' => fn() => $zk->create("$root/m", 'v', null, '1'),
    'delete version' => fn() => $zk->delete("$root/n", 1.0),
    'setDebugLevel level' => fn() => Zookeeper::setDebugLevel('3'),
]);
// The same calls from a file without strict_types: converted as for any
// internal function, and shown converted in the trace.
echo zk_php(<<<PHP
\$zk = new Zookeeper(zk_host());
function connect_to(\$zk, \$host) { \$zk->connect(\$host, null, '10000'); }
try {
    connect_to(\$zk, 1.5);
} catch (ZookeeperException \$e) {
    echo \$e->getMessage(), "\\n", explode("\\n", \$e->getTraceAsString())[0], "\\n";
}
echo var_export(\$zk->get('$root/n', null, \$stat, '1'), true), "\\n";
PHP);
?>
--EXPECTF--
connect host: TypeError: Zookeeper::connect(): Argument #1 ($host) must be of type string, float given
connect recv_timeout: TypeError: Zookeeper::connect(): Argument #3 ($recv_timeout) must be of type int, string given
get path: TypeError: Zookeeper::get(): Argument #1 ($path) must be of type string, int given
get max_size: TypeError: Zookeeper::get(): Argument #4 ($max_size) must be of type int, string given
set value: TypeError: Zookeeper::set(): Argument #2 ($value) must be of type ?string, int given
create flags: TypeError: Zookeeper::create(): Argument #4 ($flags) must be of type int, string given
delete version: TypeError: Zookeeper::delete(): Argument #2 ($version) must be of type int, float given
setDebugLevel level: TypeError: Zookeeper::setDebugLevel(): Argument #1 ($level) must be of type int, string given
bad arguments: invalid host string '1.5': missing port in '1.5' (host:port)
#0 Command line code(2): Zookeeper->connect('1.5', NULL, '10000')
'v'
