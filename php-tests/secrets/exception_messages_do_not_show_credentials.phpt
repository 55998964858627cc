--TEST--
Exceptions from calls made with an addAuth() credential never show it in their message or as text: permission denied, refused scheme, unreachable server, bad host, bad arguments to addAuth itself
--FILE--
<?php
require __DIR__ . '/secrets.inc';
$root = zk_test_root();
$secret = secret_new();
// The log (stderr by default) is another test's subject: keep it out of the output.
Zookeeper::setDebugLevel(0);
// A node the credential may not touch: it belongs to someone else.
$stranger = secret_new();
$admin = zk_super();
$admin->create("$root/foreign", 'x', $stranger->acl());

/** The exception $call throws, as text: class, code, message, and (string) (which has the trace). */
function thrown(callable $call): string
{
    try {
        $call();
    } catch (Throwable $e) {
        return get_class($e) . ' ' . $e->getCode() . ' ' . $e->getMessage() . "\n" . $e;
    }
    return 'nothing thrown';
}

$zk = new Zookeeper(zk_host());
$zk->addAuth('digest', $secret->cert);
$denied = '/^ZookeeperAuthenticationException -102 not authenticated/';
secret_check('get() of a node of other credentials', thrown(fn () => $zk->get("$root/foreign")), $denied, $secret);
secret_check('set()', thrown(fn () => $zk->set("$root/foreign", 'y')), $denied, $secret);
secret_check('create() below it', thrown(fn () => $zk->create("$root/foreign/child", '')), $denied, $secret);
secret_check('getChildren()', thrown(fn () => $zk->getChildren("$root/foreign")), $denied, $secret);
secret_check('setAcl()', thrown(fn () => $zk->setAcl("$root/foreign", -1, $secret->acl())), $denied, $secret);

// A scheme the server does not know: it refuses the credential and closes the session.
$refused = secret_new();
$private = new Zookeeper(zk_host(), null, 10000, ['persistent' => false]);
$rc = null;
$private->addAuth('no-such-scheme', $refused->cert, function ($code) use (&$rc) { $rc = $code; });
Zookeeper::dispatch(); // the completion runs after addAuth() has returned
echo 'refused scheme, completion code: ', $rc, "\n";
secret_check('a call after the refused credential', thrown(fn () => $private->get('/')), '/^ZookeeperAuthenticationException -115 authentication failed/', $refused);

// No server: addAuth() itself fails, then later calls.
$unreachable = new Zookeeper(secret_unreachable_host(), null, 1000);
$lost = '/^ZookeeperConnectionException -4 connection loss/';
secret_check('addAuth() without a server', thrown(fn () => $unreachable->addAuth('digest', $secret->cert)), $lost, $secret);
secret_check('a call after it', thrown(fn () => $unreachable->get('/')), $lost, $secret);

// Reconnecting an authenticated object to a malformed host string.
secret_check('connect() to a bad host', thrown(fn () => $zk->connect('not a host')), '/^ZookeeperException -8 bad arguments: invalid host string/', $secret);

// Bad arguments to addAuth itself (the message may name the parameter, never its value).
secret_check('addAuth() with an empty scheme', thrown(fn () => $zk->addAuth('', $secret->cert)), '/^ZookeeperException -8 bad arguments: scheme must not be empty/', $secret);
secret_check('addAuth() with a bad callback', thrown(fn () => $zk->addAuth('digest', $secret->cert, 'no_such_function')), '/^TypeError 0 Zookeeper::addAuth\(\): Argument #3 \(\$completion_cb\) must be a valid callback/', $secret);
?>
--EXPECT--
get() of a node of other credentials: ok
set(): ok
create() below it: ok
getChildren(): ok
setAcl(): ok
refused scheme, completion code: -115
a call after the refused credential: ok
addAuth() without a server: ok
a call after it: ok
connect() to a bad host: ok
addAuth() with an empty scheme: ok
addAuth() with a bad callback: ok
