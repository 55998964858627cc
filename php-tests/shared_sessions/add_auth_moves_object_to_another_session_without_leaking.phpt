--TEST--
addAuth() moves only that object to a session of its credentials; an object without them keeps the old session and still cannot read what the authenticated one read
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$digest = 'alice:' . base64_encode(sha1('alice:wonderland', true));
zk_super()->create("$root/secret", 'classified', [
    ['perms' => Zookeeper::PERM_ALL, 'scheme' => 'digest', 'id' => $digest],
]);
zk_super()->create("$root/secret/inner", '');

$anonymous = new Zookeeper(zk_host());
$alice = new Zookeeper(zk_host());
$anonymous->exists('/');
$alice->exists('/');
$before = $alice->getClientId()[0];
var_dump($anonymous->getClientId()[0] === $before);

var_dump($alice->addAuth('digest', 'alice:wonderland'));
var_dump($alice->getClientId()[0] !== $before, $anonymous->getClientId()[0] === $before);

// Read (and cache) as alice, twice so the second answer comes from memory.
var_dump($alice->get("$root/secret"), $alice->get("$root/secret"), $alice->getChildren("$root/secret"));

foreach (['get', 'getChildren'] as $method) {
    try {
        var_dump($anonymous->$method("$root/secret"));
    } catch (ZookeeperAuthenticationException $e) {
        echo "anonymous $method: ", get_class($e), ' ', $e->getCode(), "\n";
    }
}
// A new object without credentials is on the anonymous session too.
$late = new Zookeeper(zk_host());
try {
    $late->get("$root/secret");
} catch (ZookeeperAuthenticationException $e) {
    echo "new anonymous object: ", $e->getCode(), "\n";
}
var_dump($late->getClientId()[0] === $before);

// A second object adding the same credentials joins alice's session.
$alsoAlice = new Zookeeper(zk_host());
$alsoAlice->addAuth('digest', 'alice:wonderland');
var_dump($alsoAlice->getClientId()[0] === $alice->getClientId()[0], $alsoAlice->get("$root/secret"));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
string(10) "classified"
string(10) "classified"
array(1) {
  [0]=>
  string(5) "inner"
}
anonymous get: ZookeeperAuthenticationException -102
anonymous getChildren: ZookeeperAuthenticationException -102
new anonymous object: -102
bool(true)
bool(true)
string(10) "classified"
