--TEST--
Quorum loss with cache_serve_stale=0: once the client has noticed, reads and writes fail with ZookeeperConnectionException within about recv_timeout (no hang); after the members come back the same PHP process reads fresh data
--INI--
zookeeper.cache_serve_stale=0
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
$timeout = 4000;
$hosts = ens_hosts();
$root = zk_test_root($hosts);

$zk = new Zookeeper($hosts, null, $timeout);
zk_other($hosts)->create("$root/config", 'before');
var_dump($zk->get("$root/config"));

$member = ens_wait_member_of($zk);
$stopped = array_values(array_diff(ENS_MEMBERS, [$member]));
ens_script_each('stop-node', $stopped);
// The member left drops its clients once it sees the quorum gone.
echo 'client noticed: ', zk_wait_until(fn () => $zk->getState() !== Zookeeper::CONNECTED_STATE, $timeout / 1000 + 2) ? 'yes' : 'no', "\n";

/** Runs $call; what it threw, and whether it gave up within recv_timeout + 2 s. */
function outcome(callable $call, int $timeout): string
{
    $start = microtime(true);
    try {
        $call();
        $result = 'no exception';
    } catch (ZookeeperException $e) {
        $result = get_class($e) . " ({$e->getCode()})";
    }
    $took = ens_ms_since($start);
    return $result . ($took < $timeout + 2000 ? ', in time' : ", after $took ms");
}

echo 'cached read: ', outcome(fn () => $zk->get("$root/config"), $timeout), "\n";
echo 'write: ', outcome(fn () => $zk->set("$root/config", 'lost'), $timeout), "\n";
echo 'create: ', outcome(fn () => $zk->create("$root/new", 'lost'), $timeout), "\n";

ens_start(...$stopped);
ens_retry(fn () => zk_other($hosts)->set("$root/config", 'after'));
$value = null;
zk_wait_until(function () use ($zk, $root, &$value) {
    try {
        return ($value = $zk->get("$root/config")) === 'after';
    } catch (ZookeeperException $e) {
        return false;
    }
}, $timeout / 1000 + 5);
echo "value after recovery: $value\n";
echo 'write after recovery: ', $zk->create("$root/new", 'kept') === "$root/new" ? 'ok' : 'failed', "\n";
?>
--EXPECT--
string(6) "before"
client noticed: yes
cached read: ZookeeperConnectionException (-4), in time
write: ZookeeperConnectionException (-4), in time
create: ZookeeperConnectionException (-4), in time
value after recovery: after
write after recovery: ok
