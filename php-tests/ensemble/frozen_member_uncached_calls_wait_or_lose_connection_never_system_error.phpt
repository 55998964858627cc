--TEST--
A member hangs (SIGSTOP) under uncached calls: a write sent to it fails with ZookeeperConnectionException (CONNECTIONLOSS, saying it may or may not have been applied) or waits for the reconnect, a read waits and answers; never a plain ZookeeperException (SYSTEMERROR)
--INI--
zookeeper.cache=0
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
// Long enough that the session outlives the freezing of the member it is on
// (found out after two thirds of the timeout) plus the move to the other.
$timeout = 6000;
$hosts = ens_hosts();
$root = zk_test_root($hosts);
// Only the followers: the session moves from one to the other, and writes
// are forwarded to the leader, which never hangs here.
$followers = ens_followers();
$zk = new Zookeeper(ens_hosts_of($followers), null, $timeout);
$zk->create("$root/config", 'v0');

/** Runs $call; the promised outcomes as one word each, anything else in full. */
function outcome(callable $call, int $timeout): string
{
    $start = microtime(true);
    try {
        $result = $call();
        $outcome = 'waited and answered ' . json_encode($result);
    } catch (ZookeeperConnectionException $e) {
        $outcome = $e->getCode() === Zookeeper::CONNECTIONLOSS && str_contains($e->getMessage(), 'may or may not have been applied')
            ? 'connection loss' : get_class($e) . " ({$e->getCode()}): {$e->getMessage()}";
    } catch (ZookeeperException $e) {
        $outcome = get_class($e) . " ({$e->getCode()}): {$e->getMessage()}";
    }
    $took = ens_ms_since($start);
    return $outcome . ($took < $timeout + 2000 ? '' : ", after $took ms");
}

// 1. A write sent to the member after it froze: it cannot answer, so the
//    client gives up on it; the write may or may not have been applied.
$first = ens_wait_member_of($zk);
ens_pause($first);
$write = outcome(fn () => $zk->set("$root/config", 'v1') ? 'set' : 'not set', $timeout);
echo 'write on a frozen member: ', in_array($write, ['connection loss', 'waited and answered "set"'], true) ? 'waited or connection loss' : $write, "\n";
// Whatever happened to the write, the session is on the other follower now.
echo 'read after that: ', outcome(fn () => $zk->get("$root/config") !== '' ? 'a value' : 'empty', $timeout), "\n";
// Resumed, the member was dropped by the leader while it was frozen and
// must rejoin before it can take the session over in step 2: wait for that,
// or the session might find no member serving and expire.
ens_start($first);

// 2. A read sent to the member after it froze: reads are safe to repeat, so
//    it is sent again once the session has moved, within its deadline.
$second = ens_wait_member_of($zk);
echo 'moved to the other follower: ', $second !== null && $second !== $first ? 'yes' : "no ($first, $second)", "\n";
$zk->set("$root/config", 'v2');
ens_pause($second);
echo 'read on a frozen member: ', outcome(fn () => $zk->get("$root/config"), $timeout), "\n";
ens_resume($second);
?>
--EXPECT--
write on a frozen member: waited or connection loss
read after that: waited and answered "a value"
moved to the other follower: yes
read on a frozen member: waited and answered "v2"
