--TEST--
Exception classes: ZookeeperException extends Exception, the six others extend ZookeeperException directly
--FILE--
<?php
$classes = [
    'ZookeeperException',
    'ZookeeperOperationTimeoutException',
    'ZookeeperConnectionException',
    'ZookeeperMarshallingException',
    'ZookeeperAuthenticationException',
    'ZookeeperSessionException',
    'ZookeeperNoNodeException',
];
foreach ($classes as $class) {
    $reflection = new ReflectionClass($class);
    // Not final, so applications can extend them; constructed like Exception.
    printf("%s extends %s%s, constructor of %s\n",
        $class,
        get_parent_class($class),
        $reflection->isFinal() ? ' (final)' : '',
        $reflection->getConstructor()->class);
}
// catch (ZookeeperException $e) catches every one of them.
var_dump(is_subclass_of('ZookeeperNoNodeException', 'ZookeeperException'));
var_dump(is_subclass_of('ZookeeperException', 'Throwable'));
?>
--EXPECT--
ZookeeperException extends Exception, constructor of Exception
ZookeeperOperationTimeoutException extends ZookeeperException, constructor of Exception
ZookeeperConnectionException extends ZookeeperException, constructor of Exception
ZookeeperMarshallingException extends ZookeeperException, constructor of Exception
ZookeeperAuthenticationException extends ZookeeperException, constructor of Exception
ZookeeperSessionException extends ZookeeperException, constructor of Exception
ZookeeperNoNodeException extends ZookeeperException, constructor of Exception
bool(true)
bool(true)
