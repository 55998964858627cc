--TEST--
create() flag constants: PECL's EPHEMERAL/SEQUENCE, and ZooKeeper 3.5's container and TTL create modes
--FILE--
<?php
require __DIR__ . '/pecl_values.inc';

expect_zookeeper_constants([
    'EPHEMERAL' => 1,
    'SEQUENCE' => 2,
    // Not in PECL: ZooKeeper's CreateMode numbers, which the server expects.
    'CONTAINER' => 4,
    'PERSISTENT_WITH_TTL' => 5,
    'PERSISTENT_SEQUENTIAL_WITH_TTL' => 6,
]);
?>
--EXPECT--
5 of 5 constants as in PECL
