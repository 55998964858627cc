--TEST--
var_dump, print_r, var_export, debug_zval_dump, (array), get_object_vars and Reflection of Zookeeper objects holding an addAuth() credential (shared, private, subclass, and a ZookeeperConfig of one) never show it
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
$objects = [
    'shared' => new Zookeeper(zk_host()),
    'private' => new Zookeeper(zk_host(), null, 10000, ['persistent' => false]),
    'subclass' => new AppZookeeper(zk_host()),
];
foreach ($objects as $kind => $zk) {
    $zk->addAuth('digest', $secret->cert);
    // Proof that the object holds the credential: a read only it may do.
    echo "$kind reads: ", $zk->get("$root/private"), "\n";
}
$objects['config'] = $objects['shared']->getConfig();

/** Every dump of $value that PHP offers, as one text. */
function dumps(mixed $value): string
{
    ob_start();
    var_dump($value);
    debug_zval_dump($value);
    $text = ob_get_clean();
    $text .= print_r($value, true) . var_export($value, true);
    if (is_object($value)) {
        $text .= print_r((array) $value, true) . print_r(get_object_vars($value), true);
        foreach ((new ReflectionObject($value))->getProperties() as $property) {
            $property->setAccessible(true);
            $text .= $property->getName() . '=' . var_export($property->isInitialized($value) ? $property->getValue($value) : null, true);
        }
    }
    return $text;
}

foreach ($objects as $kind => $object) {
    $class = preg_quote(get_class($object));
    secret_check("dumps of the $kind object", dumps($object), "/object\\($class\\)#\\d+.*$class Object.*\\\\$class::__set_state/s", $secret);
}
// Nested: an array holding them all.
secret_check('dumps of an array of them', dumps($objects), '/object\(Zookeeper\).*object\(AppZookeeper\).*object\(ZookeeperConfig\)/s', $secret);
?>
--EXPECT--
shared reads: only-for-u
private reads: only-for-u
subclass reads: only-for-u
dumps of the shared object: ok
dumps of the private object: ok
dumps of the subclass object: ok
dumps of the config object: ok
dumps of an array of them: ok
