--TEST--
an invalid path throws ZookeeperException BADARGUMENTS (-8) saying why, the same from every method that takes a path
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$zk = new Zookeeper(zk_host());
$acl = [['perms' => 31, 'scheme' => 'world', 'id' => 'anyone']];
$methods = [
    'get' => fn($p) => $zk->get($p),
    'exists' => fn($p) => $zk->exists($p),
    'getChildren' => fn($p) => $zk->getChildren($p),
    'create' => fn($p) => $zk->create($p, ''),
    'delete' => fn($p) => $zk->delete($p),
    'set' => fn($p) => $zk->set($p, ''),
    'getAcl' => fn($p) => $zk->getAcl($p),
    'setAcl' => fn($p) => $zk->setAcl($p, -1, $acl),
];
$paths = [
    'relative' => 'node',
    'relative two levels' => 'a/b',
    'trailing slash' => '/a/',
    'empty' => '',
    'double slash only' => '//',
    'double slash' => '/a//b',
    'dot dot' => '/a/../b',
    'dot' => '/a/./b',
    'trailing dot' => '/a/.',
    'NUL byte' => "/a\0b",
    'control char 0x01' => "/a\x01b",
    'control char 0x1f' => "/a\x1f",
    'newline' => "/a\nb",
    'DEL 0x7f' => "/a\x7f",
    'private use U+E000' => "/a\u{E000}",
    'int' => 10,
];
foreach ($paths as $name => $path) {
    $results = [];
    foreach ($methods as $method => $call) {
        $results[$method] = outcome(fn() => $call($path));
    }
    $distinct = array_unique($results);
    if (count($distinct) === 1) {
        echo "$name: ", reset($distinct), "\n";
    } else {
        echo "$name: methods differ: ", json_encode($results), "\n";
    }
}
?>
--EXPECT--
relative: ZookeeperException -8: bad arguments: invalid path 'node': path must start with /
relative two levels: ZookeeperException -8: bad arguments: invalid path 'a/b': path must start with /
trailing slash: ZookeeperException -8: bad arguments: invalid path '/a/': path must not end with /
empty: ZookeeperException -8: bad arguments: invalid path '': path must not be empty
double slash only: ZookeeperException -8: bad arguments: invalid path '//': path must not end with /
double slash: ZookeeperException -8: bad arguments: invalid path '/a//b': empty node name
dot dot: ZookeeperException -8: bad arguments: invalid path '/a/../b': relative paths are not allowed
dot: ZookeeperException -8: bad arguments: invalid path '/a/./b': relative paths are not allowed
trailing dot: ZookeeperException -8: bad arguments: invalid path '/a/.': relative paths are not allowed
NUL byte: ZookeeperException -8: bad arguments: invalid path '/a\u{0}b': path must not contain NUL bytes
control char 0x01: ZookeeperException -8: bad arguments: invalid path '/a\u{1}b': invalid character U+0001
control char 0x1f: ZookeeperException -8: bad arguments: invalid path '/a\u{1f}': invalid character U+001F
newline: ZookeeperException -8: bad arguments: invalid path '/a\nb': invalid character U+000A
DEL 0x7f: ZookeeperException -8: bad arguments: invalid path '/a\u{7f}': invalid character U+007F
private use U+E000: ZookeeperException -8: bad arguments: invalid path '/a\u{e000}': invalid character U+E000
int: ZookeeperException -8: bad arguments: invalid path '10': path must start with /
