--TEST--
addAuth() returns true and calls its completion callback with 0 (any callable; the callback is optional)
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$calls = [];
class Recorder
{
    public function done(int $rc): void { $GLOBALS['calls'][] = "method $rc"; }
    public static function staticDone(int $rc): void { $GLOBALS['calls'][] = "static $rc"; }
    public function __invoke(int $rc): void { $GLOBALS['calls'][] = "invokable $rc"; }
}
function auth_done($rc) { $GLOBALS['calls'][] = "function $rc"; }
$recorder = new Recorder();
$zk = zk_other();
$returns = [
    $zk->addAuth('digest', 'cb1:pw', function ($rc) use (&$calls) { $calls[] = "closure $rc"; }),
    $zk->addAuth('digest', 'cb2:pw', [$recorder, 'done']),
    $zk->addAuth('digest', 'cb3:pw', 'Recorder::staticDone'),
    $zk->addAuth('digest', 'cb4:pw', $recorder),
    $zk->addAuth('digest', 'cb5:pw', 'auth_done'),
    $zk->addAuth('digest', 'cb6:pw'),
];
var_dump($returns === array_fill(0, 6, true));
var_dump(zk_wait_until(function () use (&$calls) { return count($calls) === 5; }));
sort($calls);
var_dump($calls);
// The session works, with all these identities.
var_dump($zk->getState() === Zookeeper::CONNECTED_STATE, $zk->exists('/') !== false);
$root = zk_test_root();
$zk->create("$root/n", '', [['perms' => Zookeeper::PERM_ALL, 'scheme' => 'auth', 'id' => '']]);
var_dump(count($zk->getAcl("$root/n")[1]));
// On the shared session too.
$calls = [];
$shared = new Zookeeper(zk_host());
var_dump($shared->addAuth('digest', 'cb1:pw', function ($rc) use (&$calls) { $calls[] = "shared $rc"; }));
var_dump(zk_wait_until(function () use (&$calls) { return $calls === ['shared 0']; }));
?>
--EXPECT--
bool(true)
bool(true)
array(5) {
  [0]=>
  string(9) "closure 0"
  [1]=>
  string(10) "function 0"
  [2]=>
  string(11) "invokable 0"
  [3]=>
  string(8) "method 0"
  [4]=>
  string(8) "static 0"
}
bool(true)
bool(true)
int(6)
bool(true)
bool(true)
