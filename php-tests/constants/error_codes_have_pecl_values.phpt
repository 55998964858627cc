--TEST--
Error code constants have libzookeeper's values, including the 3.5+ codes
--FILE--
<?php
require __DIR__ . '/pecl_values.inc';

expect_zookeeper_constants([
    // System and client errors.
    'SYSTEMERROR' => -1,
    'RUNTIMEINCONSISTENCY' => -2,
    'DATAINCONSISTENCY' => -3,
    'CONNECTIONLOSS' => -4,
    'MARSHALLINGERROR' => -5,
    'UNIMPLEMENTED' => -6,
    'OPERATIONTIMEOUT' => -7,
    'BADARGUMENTS' => -8,
    'INVALIDSTATE' => -9,
    // PECL registers these two when built against libzookeeper 3.5+.
    'NEWCONFIGNOQUORUM' => -13,
    'RECONFIGINPROGRESS' => -14,
    // Server (API) errors.
    'OK' => 0,
    'APIERROR' => -100,
    'NONODE' => -101,
    'NOAUTH' => -102,
    'BADVERSION' => -103,
    'NOCHILDRENFOREPHEMERALS' => -108,
    'NODEEXISTS' => -110,
    'NOTEMPTY' => -111,
    'SESSIONEXPIRED' => -112,
    'INVALIDCALLBACK' => -113,
    'INVALIDACL' => -114,
    'AUTHFAILED' => -115,
    'CLOSING' => -116,
    'NOTHING' => -117,
    'SESSIONMOVED' => -118,
    // Not constants in PECL; libzookeeper 3.5+ codes (ZNOTREADONLY etc.).
    'NOTREADONLY' => -119,
    'EPHEMERALONLOCALSESSION' => -120,
    'NOWATCHER' => -121,
    'RECONFIGDISABLED' => -123,
    'THROTTLEDOP' => -127,
]);
?>
--EXPECT--
31 of 31 constants as in PECL
