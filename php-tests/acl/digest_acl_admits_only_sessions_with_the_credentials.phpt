--TEST--
a digest ACL ("user:" . base64(sha1("user:pw"))) lets a session that did addAuth('digest', 'user:pw') in, and no other; exists() on the node is refused too where the server requires READ for it
--FILE--
<?php
require __DIR__ . '/../zk.inc';

/** The version the test server reports to the `srvr` four-letter word, e.g. "3.9.3". */
function zk_server_version(): string
{
    [$host, $port] = explode(':', explode(',', zk_host())[0]);
    $socket = fsockopen($host, (int) $port, $errno, $error, 5);
    if ($socket === false) {
        throw new RuntimeException("srvr: cannot connect to $host:$port: $error");
    }
    fwrite($socket, 'srvr');
    $answer = stream_get_contents($socket);
    if (!preg_match('/^Zookeeper version: (\d+\.\d+\.\d+)/m', $answer, $m)) {
        throw new RuntimeException("srvr: no version in: $answer");
    }
    return $m[1];
}

$root = zk_test_root();
$id = 'acluser:' . base64_encode(sha1('acluser:s3cret', true));
$creator = zk_other();
$creator->create("$root/private", 'for acluser only', [['perms' => Zookeeper::PERM_ALL, 'scheme' => 'digest', 'id' => $id]]);

$authed = zk_other();
var_dump($authed->addAuth('digest', 'acluser:s3cret'));
var_dump($authed->get("$root/private"));
var_dump($authed->set("$root/private", 'changed by acluser'));

$clients = [
    'no credentials (private)' => zk_other(),
    'no credentials (shared)' => new Zookeeper(zk_host()),
    'wrong password' => zk_other(),
    'other user' => zk_other(),
];
$clients['wrong password']->addAuth('digest', 'acluser:wrong');
$clients['other user']->addAuth('digest', 'someone:s3cret');
foreach ($clients as $name => $zk) {
    foreach (['get' => fn() => $zk->get("$root/private"), 'set' => fn() => $zk->set("$root/private", 'x'), 'getChildren' => fn() => $zk->getChildren("$root/private")] as $op => $call) {
        try {
            $call();
            echo "$name $op: allowed\n";
        } catch (ZookeeperAuthenticationException $e) {
            echo "$name $op: ", $e->getCode(), " ", $e->getMessage(), "\n";
        }
    }
}
// The shared session of the right credentials reads it too.
$shared = new Zookeeper(zk_host());
$shared->addAuth('digest', 'acluser:s3cret');
var_dump($shared->get("$root/private"));
// exists() needs READ from ZooKeeper 3.8.4 and 3.9.2 on (ZOOKEEPER-2590);
// older servers answer it to anyone.
$version = zk_server_version();
$needs_read = version_compare($version, '3.9.2', '>=')
    || (version_compare($version, '3.8.4', '>=') && version_compare($version, '3.9.0', '<'));
$rule = $needs_read ? 'NOAUTH' : 'dataLength 18';
foreach ($clients as $name => $zk) {
    try {
        $answer = 'dataLength ' . $zk->exists("$root/private")['dataLength'];
    } catch (ZookeeperAuthenticationException $e) {
        $answer = 'NOAUTH';
    }
    echo "$name exists: ", $answer === $rule ? 'as ZooKeeper of that version answers' : "$answer from ZooKeeper $version", "\n";
}
var_dump($authed->exists("$root/private")['dataLength']);
?>
--EXPECT--
bool(true)
string(16) "for acluser only"
bool(true)
no credentials (private) get: -102 not authenticated
no credentials (private) set: -102 not authenticated
no credentials (private) getChildren: -102 not authenticated
no credentials (shared) get: -102 not authenticated
no credentials (shared) set: -102 not authenticated
no credentials (shared) getChildren: -102 not authenticated
wrong password get: -102 not authenticated
wrong password set: -102 not authenticated
wrong password getChildren: -102 not authenticated
other user get: -102 not authenticated
other user set: -102 not authenticated
other user getChildren: -102 not authenticated
string(18) "changed by acluser"
no credentials (private) exists: as ZooKeeper of that version answers
no credentials (shared) exists: as ZooKeeper of that version answers
wrong password exists: as ZooKeeper of that version answers
other user exists: as ZooKeeper of that version answers
int(18)
