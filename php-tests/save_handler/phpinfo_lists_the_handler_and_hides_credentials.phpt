--TEST--
phpinfo() lists "zookeeper" among the save handlers and the session ini settings, but never the value of zookeeper.session_auth
--INI--
zookeeper.session_auth=digest:infouser:topsecretpw
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
var_dump((bool) preg_match('/^Registered save handlers => .*\bzookeeper\b/m', $info));
var_dump(str_contains($info, 'topsecretpw'), str_contains($info, 'infouser'));
foreach (['session_lock => 1', 'sess_lock_wait => 150000', 'session_lock_timeout => 0', 'session_acl => creator', 'session_auth => (set, not shown)', 'session_max_bytes => 1047552'] as $line) {
    echo $line, ': ', var_export(str_contains($info, "zookeeper.$line"), true), "\n";
}
// The setting itself is there for the handler.
var_dump(ini_get('zookeeper.session_auth'));
?>
--EXPECT--
bool(true)
bool(false)
bool(false)
session_lock => 1: true
sess_lock_wait => 150000: true
session_lock_timeout => 0: true
session_acl => creator: true
session_auth => (set, not shown): true
session_max_bytes => 1047552: true
string(27) "digest:infouser:topsecretpw"
