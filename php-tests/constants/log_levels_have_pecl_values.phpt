--TEST--
Log level constants have PECL's values
--FILE--
<?php
require __DIR__ . '/pecl_values.inc';

expect_zookeeper_constants([
    'LOG_LEVEL_ERROR' => 1,
    'LOG_LEVEL_WARN' => 2,
    'LOG_LEVEL_INFO' => 3,
    'LOG_LEVEL_DEBUG' => 4,
]);
?>
--EXPECT--
4 of 4 constants as in PECL
