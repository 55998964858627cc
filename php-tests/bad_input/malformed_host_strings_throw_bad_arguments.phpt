--TEST--
a malformed host string throws ZookeeperException BADARGUMENTS saying what is wrong (no crash, no hang), from __construct and connect
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$port = explode(':', zk_host())[1];
$hosts = [
    ',',
    ' , ',
    'host:notaport',
    'h:99999',
    'h:0',
    'h:-1',
    "127.0.0.1:",
    ":$port",
    "127.0.0.1:$port,",
    "127.0.0.1:$port,,127.0.0.1:$port",
    'bad host:1',
    "127.0.0.1:$port\0",
    "127.0.0.1:$port/app/",
    "127.0.0.1:$port//app",
    "127.0.0.1:$port/app/../x",
];
foreach ($hosts as $host) {
    $shown = str_replace($port, 'PORT', json_encode($host));
    $construct = str_replace($port, 'PORT', outcome(fn() => new Zookeeper($host)));
    $connect = str_replace($port, 'PORT', outcome(fn() => (new Zookeeper())->connect($host)));
    echo "$shown: ", $construct === $connect ? $construct : "__construct: $construct / connect: $connect", "\n";
}
// "" means "no host" for __construct (an unconnected object), but connect("") is an error.
echo '"" connect: ', outcome(fn() => (new Zookeeper())->connect('')), "\n";
?>
--EXPECT--
",": ZookeeperException -8: bad arguments: invalid host string ',': empty server address
" , ": ZookeeperException -8: bad arguments: invalid host string ' , ': empty server address
"host:notaport": ZookeeperException -8: bad arguments: invalid host string 'host:notaport': bad port in 'host:notaport'
"h:99999": ZookeeperException -8: bad arguments: invalid host string 'h:99999': bad port in 'h:99999'
"h:0": ZookeeperException -8: bad arguments: invalid host string 'h:0': bad port in 'h:0'
"h:-1": ZookeeperException -8: bad arguments: invalid host string 'h:-1': bad port in 'h:-1'
"127.0.0.1:": ZookeeperException -8: bad arguments: invalid host string '127.0.0.1:': bad port in '127.0.0.1:'
":PORT": ZookeeperException -8: bad arguments: invalid host string ':PORT': bad host name in ':PORT'
"127.0.0.1:PORT,": ZookeeperException -8: bad arguments: invalid host string '127.0.0.1:PORT,': empty server address
"127.0.0.1:PORT,,127.0.0.1:PORT": ZookeeperException -8: bad arguments: invalid host string '127.0.0.1:PORT,,127.0.0.1:PORT': empty server address
"bad host:1": ZookeeperException -8: bad arguments: invalid host string 'bad host:1': bad host name in 'bad host:1'
"127.0.0.1:PORT\u0000": ZookeeperException -8: bad arguments: invalid host string '127.0.0.1:PORT\u{0}': bad port in '127.0.0.1:PORT\u{0}'
"127.0.0.1:PORT\/app\/": ZookeeperException -8: bad arguments: invalid host string '127.0.0.1:PORT/app/': bad chroot (invalid path '/app/': path must not end with /)
"127.0.0.1:PORT\/\/app": ZookeeperException -8: bad arguments: invalid host string '127.0.0.1:PORT//app': bad chroot (invalid path '//app': empty node name)
"127.0.0.1:PORT\/app\/..\/x": ZookeeperException -8: bad arguments: invalid host string '127.0.0.1:PORT/app/../x': bad chroot (invalid path '/app/../x': relative paths are not allowed)
"" connect: ZookeeperException -8: bad arguments: invalid host string '': empty server address
