--TEST--
Exception classes can be constructed and extended from PHP like any Exception
--DESCRIPTION--
Applications and their test doubles throw these themselves (as with PECL), and
subclass them.
--FILE--
<?php
$previous = new RuntimeException('cause');
$e = new ZookeeperNoNodeException('gone', Zookeeper::NONODE, $previous);
var_dump($e->getMessage(), $e->getCode(), $e->getPrevious() === $previous);

$e = new ZookeeperConnectionException();
var_dump($e->getMessage(), $e->getCode());

class LockLostException extends ZookeeperSessionException
{
}
try {
    throw new LockLostException('lock lost', Zookeeper::SESSIONEXPIRED);
} catch (ZookeeperException $caught) {
    echo get_class($caught), ' ', $caught->getCode(), ' ', $caught->getMessage(), "\n";
}
?>
--EXPECT--
string(4) "gone"
int(-101)
bool(true)
string(0) ""
int(0)
LockLostException -112 lock lost
