--TEST--
addAuth() with a scheme the server does not know: returns true, the completion gets AUTHFAILED (-115), the session turns AUTH_FAILED and unrecoverable
--FILE--
<?php
require __DIR__ . '/../zk.inc';
Zookeeper::setDebugLevel(0); // the failed session is logged as an error on stderr otherwise
$codes = [];
$events = [];
$zk = new Zookeeper(zk_host(), function ($type, $state, $path) use (&$events) { $events[] = [$type, $state]; }, 10000, ['persistent' => false]);
$zk->exists('/');
var_dump($zk->addAuth('no-such-scheme', 'whatever', function ($rc) use (&$codes) { $codes[] = $rc; }));
var_dump(zk_wait_until(function () use (&$codes) { return count($codes) > 0; }));
var_dump($codes === [Zookeeper::AUTHFAILED]);
var_dump(zk_wait_until(function () use (&$events) { return in_array([Zookeeper::SESSION_EVENT, Zookeeper::AUTH_FAILED_STATE], $events, true); }));
var_dump($zk->getState() === Zookeeper::AUTH_FAILED_STATE, $zk->isRecoverable());
// Calls on the failed session throw (they do not hang or crash): AUTHFAILED here,
// libzookeeper (PECL) says INVALIDSTATE.
try {
    $zk->get('/');
    echo "get: no exception\n";
} catch (ZookeeperException $e) {
    echo "get: ", in_array($e->getCode(), [Zookeeper::AUTHFAILED, Zookeeper::INVALIDSTATE], true) ? 'AUTHFAILED or INVALIDSTATE' : $e->getCode(), "\n";
}
// Other sessions are not affected.
var_dump(zk_other()->exists('/') !== false, (new Zookeeper(zk_host()))->exists('/') !== false);
// connect() gives the object a working session again.
$zk->connect(zk_host(), null, 10000, ['persistent' => false]);
var_dump($zk->exists('/') !== false, $zk->isRecoverable());
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
get: AUTHFAILED or INVALIDSTATE
bool(true)
bool(true)
bool(true)
bool(true)
