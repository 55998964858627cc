--TEST--
with SEQUENCE a trailing slash is allowed (the counter is the name) but the other path rules still hold
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
foreach (["$root/", "$root/item-", "$root//", "$root/../x-", 'relative-', ''] as $path) {
    $shown = str_replace($root, '<root>', $path);
    echo "'$shown': ", str_replace($root, '<root>', outcome(fn() => $zk->create($path, '', null, Zookeeper::SEQUENCE))), "\n";
}
?>
--EXPECT--
'<root>/': ok "<root>/0000000000"
'<root>/item-': ok "<root>/item-0000000001"
'<root>//': ZookeeperException -8: bad arguments: invalid path '<root>//': empty node name
'<root>/../x-': ZookeeperException -8: bad arguments: invalid path '<root>/../x-': relative paths are not allowed
'relative-': ZookeeperException -8: bad arguments: invalid path 'relative-': path must start with /
'': ZookeeperException -8: bad arguments: invalid path '': path must not be empty
