--TEST--
get() fills &$stat and honours max_size the same whether the answer comes from the cache or from the server
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$cached = new Zookeeper(zk_host());
$direct = new Zookeeper(zk_host(), null, 10000, ['cache' => false]);
$cached->create("$root/node", 'abcdefghij');
$cached->set("$root/node", '0123456789');

function read(Zookeeper $zk, string $path, int $maxSize): array
{
    $stat = ['kept' => 'yes'];
    $data = $zk->get($path, null, $stat, $maxSize);
    return [$data, $stat];
}

$hits = Zookeeper::getStats()['hits'];
foreach ([0, 4, 10, 64] as $maxSize) {
    $fromServer = read($direct, "$root/node", $maxSize);
    $first = read($cached, "$root/node", $maxSize);
    $repeat = read($cached, "$root/node", $maxSize);
    echo "max_size $maxSize: ", var_export($fromServer[0], true),
        ', same as cached: ', var_export($first === $fromServer && $repeat === $fromServer, true), "\n";
}
echo 'cache hits: ', Zookeeper::getStats()['hits'] - $hits >= 7 ? 'yes' : 'no', "\n";

[, $stat] = read($cached, "$root/node", 0);
var_dump($stat['kept'], $stat['version'], $stat['dataLength']);
var_dump($stat === ['kept' => 'yes'] + $direct->exists("$root/node"));
var_dump($cached->exists("$root/node") === $direct->exists("$root/node"));
?>
--EXPECT--
max_size 0: '0123456789', same as cached: true
max_size 4: '0123', same as cached: true
max_size 10: '0123456789', same as cached: true
max_size 64: '0123456789', same as cached: true
cache hits: yes
string(3) "yes"
int(1)
int(10)
bool(true)
bool(true)
