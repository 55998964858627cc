--TEST--
phpinfo() never shows a credential: neither one given to addAuth() in the process, nor zookeeper.session_auth (shown as "(set, not shown)"), also after the session save handler used it
--FILE--
<?php
require __DIR__ . '/secrets.inc';
$root = zk_test_root();
$secret = secret_new();

// In this process: an object authenticated with the credential, proven by a
// read only that credential may do.
zk_super()->create("$root/private", 'only-for-u', $secret->acl());
$zk = new Zookeeper(zk_host());
$zk->addAuth('digest', $secret->cert);
echo 'read with the credential: ', $zk->get("$root/private"), "\n";
foreach (['phpinfo()' => INFO_ALL, 'phpinfo(INFO_MODULES)' => INFO_MODULES] as $place => $what) {
    ob_start();
    phpinfo($what);
    secret_check($place, ob_get_clean(), '/zookeeper support => enabled.*shared sessions in this process => [1-9]/s', $secret);
}

// A child with the credential in zookeeper.session_auth, whose session save
// handler stored a session with it before phpinfo() ran.
$handler = secret_new();
$out = secret_php(secret_session_ini($root, $handler->ini()), secret_code('
    echo "session_start: ", json_encode(session_start()), "\n";
    $_SESSION["n"] = 1;
    echo "session_write_close: ", json_encode(session_write_close()), "\n";
    phpinfo();
'));
secret_check('child phpinfo() after session_start()', $out, '/session_start: true\nsession_write_close: true\n.*zookeeper\.session_auth => \(set, not shown\) => \(set, not shown\)/s', $handler);
?>
--EXPECT--
read with the credential: only-for-u
phpinfo(): ok
phpinfo(INFO_MODULES): ok
child phpinfo() after session_start(): ok
