--TEST--
Calls to a server that is not running throw ZookeeperConnectionException, code -4, "connection loss", within about the session timeout
--FILE--
<?php
require __DIR__ . '/thrown.inc';

// Nothing listens on port 1. Connecting does not wait (as in PECL); the first
// call waits up to recv_timeout (1 s) for a session, then gives up.
$zk = new Zookeeper('127.0.0.1:1', null, 1000);
foreach (['get' => fn () => $zk->get('/x'), 'exists' => fn () => $zk->exists('/x'),
    'create' => fn () => $zk->create('/x', '')] as $method => $call) {
    $started = microtime(true);
    $outcome = thrown($call);
    $seconds = microtime(true) - $started;
    // PECL's message is "connection loss"; details may follow after ": ".
    echo "$method: ", preg_replace('/^(\S+ -?\d+ connection loss)(: .*)?$/s', '$1', $outcome), "\n";
    // A bound against hanging, not a performance goal.
    echo "  returned within 5 s: ", $seconds < 5 ? 'yes' : sprintf('no (%.1f s)', $seconds), "\n";
}
?>
--EXPECT--
get: ZookeeperConnectionException -4 connection loss
  returned within 5 s: yes
exists: ZookeeperConnectionException -4 connection loss
  returned within 5 s: yes
create: ZookeeperConnectionException -4 connection loss
  returned within 5 s: yes
