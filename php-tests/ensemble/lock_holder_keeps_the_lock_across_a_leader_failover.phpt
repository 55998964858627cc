--TEST--
ZookeeperLock across a leader failover (SIGKILL of the ensemble's leader): the holder's ZooKeeper session survives the election, so it holds the lock again once reconnected (isAcquired() says no only while it cannot be sure); the waiting process does not get the lock meanwhile, and gets it when the holder releases it
--FILE--
<?php
require __DIR__ . '/recipe_participant_helpers.inc';
$timeout = 4000;
$root = zk_test_root(ens_hosts());
$other = zk_other(ens_hosts());
$seen = ['holder' => [], 'waiter' => []];

$holder = rp_start($root, 'holder', $timeout);
$waiter = rp_start($root, 'waiter', $timeout);
echo 'holder: ', rp_ask($holder, 'acquire 5', 'acquire:', 10, $seen['holder']), "\n";
$waiter->tell('acquire 60');
zk_wait_until(fn () => count($other->getChildren("$root/lock")) === 2, 10);
$queue = rp_queue($other, "$root/lock");
echo 'queue: ', count($queue), " nodes\n";

ens_kill(ens_leader());
echo 'holder holds the lock again after the failover: ', rp_wait_holds($holder, 'yes', $timeout / 1000 + 15, $seen['holder']) ? 'yes' : 'no', "\n";
echo 'same queue nodes (same ZooKeeper session): ', rp_queue($other, "$root/lock") === $queue ? 'yes' : 'no', "\n";
$waiter_meanwhile = rp_lines($waiter, 1);
echo 'waiter meanwhile: ', $waiter_meanwhile === [] || $waiter_meanwhile === ['holds no'] ? 'still waiting' : implode(', ', $waiter_meanwhile), "\n";
// What the holder said in between: "holds no" while it could not be sure, never anything else.
echo 'holder in between: ', implode(', ', array_unique(array_diff($seen['holder'], ['holds no', 'holds yes']))) ?: 'only holds no/yes', "\n";

echo 'holder: ', rp_ask($holder, 'release', 'release:', 10, $seen['holder']), "\n";
echo 'waiter: ', $waiter->lineStartingWith('acquire:', 10), "\n";
echo 'holder now: ', rp_wait_holds($holder, 'no', 5, $seen['holder']) ? 'holds no' : 'still holds', ', waiter now: ', rp_wait_holds($waiter, 'yes', 5, $seen['waiter']) ? 'holds yes' : 'does not hold', "\n";
foreach (['holder' => $holder, 'waiter' => $waiter] as $name => $child) {
    $child->tell('quit');
    echo "$name exited cleanly: ", ($errors = $child->finish(5)) === '' ? 'yes' : $errors, "\n";
}
?>
--EXPECT--
holder: acquire: got it
queue: 2 nodes
holder holds the lock again after the failover: yes
same queue nodes (same ZooKeeper session): yes
waiter meanwhile: still waiting
holder in between: only holds no/yes
holder: release: true
waiter: acquire: got it
holder now: holds no, waiter now: holds yes
holder exited cleanly: yes
waiter exited cleanly: yes
