--TEST--
ZookeeperLock across a ZooKeeper session expiry: the holding process is frozen (SIGSTOP) until the ensemble expires its session and deletes its lock node; the waiting process then gets the lock; the holder, resumed, reports the loss at its very first isAcquired() (never two holders), cannot take the lock while the other holds it, and gets it after the other releases it
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

$holder->signal(SIGSTOP);
echo 'the ensemble expired the frozen holder and deleted its node: ', zk_wait_until(fn () => count($other->getChildren("$root/lock")) === 1, $timeout / 1000 + 10) ? 'yes' : 'no', "\n";
echo 'waiter: ', $waiter->lineStartingWith('acquire:', 10), "\n";
$holder->signal(SIGCONT);
echo 'holder: ', $holder->lineStartingWith('resumed', 10), "\n";
echo 'holder: ', $holder->lineStartingWith('first after resume:', 5), "\n";
echo 'holder tries while the waiter holds: ', rp_ask($holder, 'acquire 0', 'acquire:', 15, $seen['holder']), "\n";
echo 'waiter still holds: ', rp_wait_holds($waiter, 'yes', 5, $seen['waiter']) ? 'yes' : 'no', "\n";
echo 'waiter: ', rp_ask($waiter, 'release', 'release:', 10, $seen['waiter']), "\n";
echo 'holder: ', rp_ask($holder, 'acquire 10', 'acquire:', 15, $seen['holder']), "\n";
foreach (['holder' => $holder, 'waiter' => $waiter] as $name => $child) {
    $child->tell('quit');
    echo "$name exited cleanly: ", ($errors = $child->finish(5)) === '' ? 'yes' : $errors, "\n";
}
?>
--EXPECT--
holder: acquire: got it
the ensemble expired the frozen holder and deleted its node: yes
waiter: acquire: got it
holder: resumed
holder: first after resume: holds no
holder tries while the waiter holds: acquire: timed out
waiter still holds: yes
waiter: release: true
holder: acquire: got it
holder exited cleanly: yes
waiter exited cleanly: yes
