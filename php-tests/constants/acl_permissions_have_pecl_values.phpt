--TEST--
ACL permission constants have PECL's values
--FILE--
<?php
require __DIR__ . '/pecl_values.inc';

expect_zookeeper_constants([
    'PERM_READ' => 1,
    'PERM_WRITE' => 2,
    'PERM_CREATE' => 4,
    'PERM_DELETE' => 8,
    'PERM_ADMIN' => 16,
    'PERM_ALL' => 31,
]);
?>
--EXPECT--
6 of 6 constants as in PECL
