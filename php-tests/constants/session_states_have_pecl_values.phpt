--TEST--
Session state constants have PECL's values, and a connected client reports 3
--FILE--
<?php
require __DIR__ . '/pecl_values.inc';
require __DIR__ . '/../zk.inc';

expect_zookeeper_constants([
    'EXPIRED_SESSION_STATE' => -112,
    'AUTH_FAILED_STATE' => -113,
    'CONNECTING_STATE' => 1,
    'ASSOCIATING_STATE' => 2,
    'CONNECTED_STATE' => 3,
    // Not in PECL: libzookeeper's ZOO_READONLY_STATE.
    'READONLY_STATE' => 5,
    'NOTCONNECTED_STATE' => 999,
]);

// The number getState() reports is the one PECL users compare against.
$zk = new Zookeeper(zk_host());
$zk->exists('/');
var_dump(zk_wait_until(fn () => $zk->getState() === 3));

// So is the $state of the connected session event.
$states = [];
$watched = new Zookeeper(zk_host(), function (int $type, int $state, string $path) use (&$states) {
    $states[] = [$type, $state, $path];
}, 10000, ['persistent' => false]);
// (A closure, not fn: the list must be read by reference as callbacks fill it.)
var_dump(zk_wait_until(function () use (&$states) {
    return in_array([-1, 3, ''], $states, true);
}));
?>
--EXPECT--
7 of 7 constants as in PECL
bool(true)
bool(true)
