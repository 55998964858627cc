--TEST--
ZookeeperLeaderElection across a failover of the ensemble's leader (SIGKILL): the leading candidate's ZooKeeper session survives the election, so it leads again once reconnected (isLeader() says no only while it cannot be sure) with the same node; the other candidate never leads meanwhile, and both name the same leader afterwards
--FILE--
<?php
require __DIR__ . '/recipe_participant_helpers.inc';
$timeout = 4000;
$root = zk_test_root(ens_hosts());
$other = zk_other(ens_hosts());
$seen = ['a' => [], 'b' => []];

$a = rp_start($root, 'a', $timeout);
$b = rp_start($root, 'b', $timeout);
echo 'a: ', rp_ask($a, 'join', 'joined', 10, $seen['a']), "\n";
echo 'a leads: ', rp_wait_holds($a, 'yes', 5, $seen['a']) ? 'yes' : 'no', "\n";
echo 'b: ', rp_ask($b, 'join', 'joined', 10, $seen['b']), "\n";
$queue = rp_queue($other, "$root/election");
echo 'candidates: ', count($queue), "\n";

ens_kill(ens_leader());
echo 'a leads again after the failover: ', rp_wait_holds($a, 'yes', $timeout / 1000 + 15, $seen['a']) ? 'yes' : 'no', "\n";
echo 'same candidate nodes (same ZooKeeper sessions): ', rp_queue($other, "$root/election") === $queue ? 'yes' : 'no', "\n";
echo 'b ', rp_ask($b, 'leader', 'leader', 10, $seen['b']), ', a ', rp_ask($a, 'leader', 'leader', 10, $seen['a']), "\n";
echo 'b said meanwhile: ', implode(', ', array_unique(array_merge($seen['b'], rp_lines($b, 1)))), "\n";
echo 'a in between: ', implode(', ', array_unique(array_diff($seen['a'], ['holds no', 'holds yes', 'callback true']))) ?: 'only holds no/yes and its callback', "\n";
foreach (['a' => $a, 'b' => $b] as $name => $child) {
    $child->tell('quit');
    echo "$name exited cleanly: ", ($errors = $child->finish(5)) === '' ? 'yes' : $errors, "\n";
}
?>
--EXPECT--
a: joined
a leads: yes
b: joined
candidates: 2
a leads again after the failover: yes
same candidate nodes (same ZooKeeper sessions): yes
b leader a, a leader a
b said meanwhile: holds no
a in between: only holds no/yes and its callback
a exited cleanly: yes
b exited cleanly: yes
