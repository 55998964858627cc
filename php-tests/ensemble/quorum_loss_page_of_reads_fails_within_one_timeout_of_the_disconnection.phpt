--TEST--
Quorum loss: a page doing 20 reads that must reach the server fails within one recv_timeout of the disconnection, not one timeout per read; pages started later fail at once; the same session carries on afterwards
--INI--
zookeeper.cache_serve_stale=0
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
$timeout = 4000;
// Scheduling on a loaded 2-core machine; far below the extra timeouts of the
// bug (a page took two whole timeouts).
$slack_ms = 1500;
$hosts = ens_hosts();
$root = zk_test_root($hosts);
$other = zk_other($hosts);
for ($i = 0; $i < 20; $i++) {
    $other->create("$root/n$i", "v$i");
}

$zk = new Zookeeper($hosts, null, $timeout);

/** One page: 20 reads; the outcome and when it began and ended. */
function page(Zookeeper $zk, string $root): array
{
    $begin = microtime(true);
    try {
        for ($i = 0; $i < 20; $i++) {
            $zk->get("$root/n$i");
        }
        $outcome = 'served';
    } catch (ZookeeperException $e) {
        $outcome = get_class($e) . " ({$e->getCode()})";
    }
    return [$outcome, $begin, microtime(true)];
}

echo 'before: ', page($zk, $root)[0], "\n";
$session = $zk->getClientId()[0];
[$stopped, $disconnected] = ens_lose_quorum($zk, $timeout / 1000 + 2);

// Pages back to back for twice the timeout. Each may wait only until one
// timeout after the disconnection; once that has passed, it fails at once.
$outcomes = [];
$late = [];
while (microtime(true) - $disconnected < 2 * $timeout / 1000) {
    [$outcome, $begin, $end] = page($zk, $root);
    $outcomes[$outcome] = ($outcomes[$outcome] ?? 0) + 1;
    $allowed_end = max($begin, $disconnected + $timeout / 1000) + $slack_ms / 1000;
    if ($end > $allowed_end) {
        $late[] = sprintf('page begun %d ms after the disconnection took %d ms', ($begin - $disconnected) * 1000, ($end - $begin) * 1000);
    }
}
echo 'pages during the outage: ', array_sum($outcomes) > 1 ? 'several' : array_sum($outcomes), "\n";
echo 'outcomes: ', implode(', ', array_keys($outcomes)), "\n";
echo 'pages that ended later than one timeout after the disconnection: ', $late ? implode('; ', $late) : 'none', "\n";

ens_start(...$stopped);
$result = null;
zk_wait_until(function () use ($zk, $root, &$result) {
    return ($result = page($zk, $root)[0]) === 'served';
}, $timeout / 1000 + 6);
echo "after recovery: $result\n";
echo 'same session: ', $zk->getClientId()[0] === $session ? 'yes' : 'no', "\n";
?>
--EXPECT--
before: served
pages during the outage: several
outcomes: ZookeeperConnectionException (-4)
pages that ended later than one timeout after the disconnection: none
after recovery: served
same session: yes
