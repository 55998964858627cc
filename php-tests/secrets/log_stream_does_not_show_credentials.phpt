--TEST--
The log written through setLogStream() at LOG_LEVEL_DEBUG never shows a credential: addAuth (accepted, refused, no server), calls with it, denied calls, and the session save handler's zookeeper.session_auth
--FILE--
<?php
require __DIR__ . '/secrets.inc';
$root = zk_test_root();
$secret = secret_new();
$refused = secret_new();
$stranger = secret_new();
zk_super()->create("$root/foreign", 'x', $stranger->acl());

$log = fopen('php://temp', 'w+');
$zk = new Zookeeper(zk_host());
$zk->setLogStream($log);
Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_DEBUG);

function attempt(callable $call): void
{
    try {
        $call();
    } catch (ZookeeperException $e) {
    }
}

// Accepted: a session with the credential, and calls on it.
$zk->addAuth('digest', $secret->cert);
$zk->create("$root/mine", 'v', $secret->acl());
$zk->get("$root/mine");
$zk->set("$root/mine", 'w');
$zk->getChildren($root);
attempt(fn () => $zk->get("$root/foreign"));
// Refused by the server (unknown scheme), then a call on the dead session.
$private = new Zookeeper(zk_host(), null, 10000, ['persistent' => false]);
$private->addAuth('no-such-scheme', $refused->cert);
attempt(fn () => $private->get('/'));
// No server.
$unreachable = new Zookeeper(secret_unreachable_host(), null, 1000);
attempt(fn () => $unreachable->addAuth('digest', $secret->cert));
attempt(fn () => $unreachable->get('/'));

rewind($log);
$lines = stream_get_contents($log);
secret_check('log stream of addAuth and calls', $lines, '/ZOO_DEBUG@.*ZOO_INFO@.*ZOO_ERROR@/s', $secret, $refused);

// The session save handler with zookeeper.session_auth, logging to a file
// path: a session stored and read back, and one with a refused scheme.
$handler = secret_new();
$code = '
    (new Zookeeper(zk_host()))->setLogStream(getenv("LOG_FILE"));
    Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_DEBUG);
    $started = session_start();
    $_SESSION["n"] = 1;
    session_write_close();
    // Session events are logged when callbacks are dispatched on the PHP thread.
    zk_wait_until(fn () => false, 0.3);
    echo "stored: ", json_encode($started), "\n";
';
$files = [tempnam(sys_get_temp_dir(), 'secret-log'), tempnam(sys_get_temp_dir(), 'secret-log')];
$stored = secret_php(secret_session_ini($root, $handler->ini()), secret_code($code), ['LOG_FILE' => $files[0]]);
$handler_refused = secret_new();
$refused_out = secret_php(secret_session_ini($root, 'no-such-scheme:' . $handler_refused->cert), secret_code($code), ['LOG_FILE' => $files[1]]);
echo trim($stored), "\n";
echo preg_match('/refused the credentials/', $refused_out) ? "refused: warned\n" : "refused: $refused_out\n";
secret_check('log file of the session save handler', file_get_contents($files[0]), '/ZOO_DEBUG@/', $handler);
secret_check('log file of the refused session save handler', file_get_contents($files[1]), '/ZOO_ERROR@/', $handler_refused);
array_map('unlink', $files);
?>
--EXPECT--
log stream of addAuth and calls: ok
stored: true
refused: warned
log file of the session save handler: ok
log file of the refused session save handler: ok
