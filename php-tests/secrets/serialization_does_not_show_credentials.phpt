--TEST--
A Zookeeper object holding an addAuth() credential cannot be serialized (serialize() throws, alone, in an array, as a subclass, and its ZookeeperConfig too) and json_encode() shows nothing of it
--FILE--
<?php
require __DIR__ . '/secrets.inc';
$root = zk_test_root();
$secret = secret_new();
zk_super()->create("$root/private", 'only-for-u', $secret->acl());

class AppZookeeper extends Zookeeper
{
    public string $name = 'app';
}
$zk = new Zookeeper(zk_host());
$zk->addAuth('digest', $secret->cert);
$sub = new AppZookeeper(zk_host(), null, 10000, ['persistent' => false]);
$sub->addAuth('digest', $secret->cert);
echo 'reads with the credential: ', $zk->get("$root/private"), ' ', $sub->get("$root/private"), "\n";

/** What serialize() gives: the string, or the exception's class and message. */
function serialized(mixed $value): string
{
    try {
        return 'serialized: ' . serialize($value);
    } catch (Throwable $e) {
        return get_class($e) . ': ' . $e->getMessage();
    }
}

$refused = "/^Exception: Serialization of '(Zookeeper|AppZookeeper|ZookeeperConfig)' is not allowed$/";
secret_check('serialize(object)', serialized($zk), $refused, $secret);
secret_check('serialize(array of it)', serialized(['zk' => $zk]), $refused, $secret);
secret_check('serialize(subclass)', serialized($sub), $refused, $secret);
secret_check('serialize(getConfig())', serialized($zk->getConfig()), $refused, $secret);
$holder = new ArrayObject(['zk' => $zk]);
secret_check('serialize(ArrayObject holding it)', serialized($holder), $refused, $secret);

secret_check('json_encode(object)', json_encode($zk), '/^\{\}$/', $secret);
secret_check('json_encode(subclass)', json_encode($sub), '/^\{"name":"app"\}$/', $secret);
secret_check('json_encode(array of them)', json_encode([$zk, $sub, $zk->getConfig()]), '/^\[\{\},\{"name":"app"\},\{\}\]$/', $secret);

// And the way back is closed too.
try {
    unserialize('O:9:"Zookeeper":0:{}');
    echo "unserialize: an object\n";
} catch (Exception $e) {
    echo 'unserialize: ', $e->getMessage(), "\n";
}
?>
--EXPECT--
reads with the credential: only-for-u only-for-u
serialize(object): ok
serialize(array of it): ok
serialize(subclass): ok
serialize(getConfig()): ok
serialize(ArrayObject holding it): ok
json_encode(object): ok
json_encode(subclass): ok
json_encode(array of them): ok
unserialize: Unserialization of 'Zookeeper' is not allowed
