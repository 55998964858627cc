--TEST--
The session save handler's warnings never show zookeeper.session_auth: no server, a refused scheme, session nodes of other credentials, a malformed setting
--FILE--
<?php
require __DIR__ . '/secrets.inc';
$root = zk_test_root();
$start = '
    session_id("s1");
    $started = session_start();
    echo "session_start: ", json_encode($started), "\n";
';

$secret = secret_new();
$out = secret_php(secret_session_ini($root, $secret->ini(), secret_unreachable_host()), secret_code($start));
secret_check('no server', $out, '/Warning: session_start\(\): cannot reach ZooKeeper at .*session_start: false/s', $secret);

$secret = secret_new();
$out = secret_php(secret_session_ini($root, 'no-such-scheme:' . $secret->cert), secret_code($start));
secret_check('refused scheme', $out, '/refused the credentials in zookeeper\.session_auth.*session_start: false/s', $secret);

// The sessions directory belongs to other credentials.
$stranger = secret_new();
$admin = zk_super();
$admin->create("$root/theirs", '');
$admin->create("$root/theirs/php-sessid", '', $stranger->acl());
$secret = secret_new();
$out = secret_php(secret_session_ini("$root/theirs", $secret->ini()), secret_code($start));
secret_check('nodes of other credentials', $out, '/not authenticated \(the session nodes belong to other credentials: check zookeeper\.session_auth\).*session_start: false/s', $secret);

// Not "scheme:credential": the warning says so without repeating the value.
$secret = secret_new();
$out = secret_php(secret_session_ini($root, $secret->password), secret_code($start));
secret_check('malformed setting', $out, '/zookeeper\.session_auth must look like.*session_start: false/s', $secret);
?>
--EXPECT--
no server: ok
refused scheme: ok
nodes of other credentials: ok
malformed setting: ok
