--TEST--
Zookeeper has exactly the constants the group tests in this directory check
--DESCRIPTION--
A constant added to the class must get a PECL (or ZooKeeper) value in one of the
group tests; one removed breaks compatibility.
--FILE--
<?php
$groups = [
    'acl_permissions' => ['PERM_READ', 'PERM_WRITE', 'PERM_CREATE', 'PERM_DELETE', 'PERM_ADMIN', 'PERM_ALL'],
    'create_flags' => ['EPHEMERAL', 'SEQUENCE', 'CONTAINER', 'PERSISTENT_WITH_TTL', 'PERSISTENT_SEQUENTIAL_WITH_TTL'],
    'session_states' => ['EXPIRED_SESSION_STATE', 'AUTH_FAILED_STATE', 'CONNECTING_STATE', 'ASSOCIATING_STATE',
        'CONNECTED_STATE', 'READONLY_STATE', 'NOTCONNECTED_STATE'],
    'watch_event_types' => ['CREATED_EVENT', 'DELETED_EVENT', 'CHANGED_EVENT', 'CHILD_EVENT', 'SESSION_EVENT',
        'NOTWATCHING_EVENT'],
    'watch_modes_and_watcher_types' => ['ADD_WATCH_PERSISTENT', 'ADD_WATCH_PERSISTENT_RECURSIVE', 'WATCHER_TYPE_CHILDREN',
        'WATCHER_TYPE_DATA', 'WATCHER_TYPE_ANY', 'WATCHER_TYPE_PERSISTENT', 'WATCHER_TYPE_PERSISTENT_RECURSIVE'],
    'log_levels' => ['LOG_LEVEL_ERROR', 'LOG_LEVEL_WARN', 'LOG_LEVEL_INFO', 'LOG_LEVEL_DEBUG'],
    'error_codes' => ['SYSTEMERROR', 'RUNTIMEINCONSISTENCY', 'DATAINCONSISTENCY', 'CONNECTIONLOSS',
        'MARSHALLINGERROR', 'UNIMPLEMENTED', 'OPERATIONTIMEOUT', 'BADARGUMENTS', 'INVALIDSTATE',
        'NEWCONFIGNOQUORUM', 'RECONFIGINPROGRESS', 'OK', 'APIERROR', 'NONODE', 'NOAUTH', 'BADVERSION',
        'NOCHILDRENFOREPHEMERALS', 'NODEEXISTS', 'NOTEMPTY', 'SESSIONEXPIRED', 'INVALIDCALLBACK', 'INVALIDACL',
        'AUTHFAILED', 'CLOSING', 'NOTHING', 'SESSIONMOVED', 'NOTREADONLY', 'EPHEMERALONLOCALSESSION',
        'NOWATCHER', 'RECONFIGDISABLED', 'THROTTLEDOP'],
];
$tested = array_merge(...array_values($groups));
$actual = array_keys((new ReflectionClass('Zookeeper'))->getConstants());

echo "not in any group: ", implode(', ', array_diff($actual, $tested)) ?: '-', "\n";
echo "missing from the class: ", implode(', ', array_diff($tested, $actual)) ?: '-', "\n";
echo count($actual), " constants\n";
?>
--EXPECT--
not in any group: -
missing from the class: -
66 constants
