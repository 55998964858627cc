--TEST--
An invalid path throws ZookeeperException (the base class), code -8, message beginning "bad arguments"
--FILE--
<?php
require __DIR__ . '/../zk.inc';

$zk = new Zookeeper(zk_host());
$paths = ['', 'no-leading-slash', '/trailing/', '/a//b', '/a/./b', '/a/../b', "/control\x01char", 10];
$calls = [
    'exists' => fn ($p) => $zk->exists($p),
    'get' => fn ($p) => $zk->get($p),
    'getChildren' => fn ($p) => $zk->getChildren($p),
    'create' => fn ($p) => $zk->create($p, ''),
    'set' => fn ($p) => $zk->set($p, ''),
    'delete' => fn ($p) => $zk->delete($p),
    'getAcl' => fn ($p) => $zk->getAcl($p),
];
$wrong = [];
foreach ($paths as $path) {
    foreach ($calls as $method => $call) {
        try {
            $call($path);
            $wrong[] = "$method(" . json_encode($path) . "): nothing thrown";
        } catch (Throwable $e) {
            // PECL says just "bad arguments"; a ": why" after it is allowed.
            if (get_class($e) !== 'ZookeeperException' || $e->getCode() !== -8
                || !str_starts_with($e->getMessage(), 'bad arguments')) {
                $wrong[] = "$method(" . json_encode($path) . '): ' . get_class($e) . ' ' . $e->getCode() . ' ' . $e->getMessage();
            }
        }
    }
}
echo $wrong ? implode("\n", $wrong) : 'every call threw ZookeeperException -8', "\n";
?>
--EXPECT--
every call threw ZookeeperException -8
