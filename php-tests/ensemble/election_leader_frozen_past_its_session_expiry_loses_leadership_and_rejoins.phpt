--TEST--
ZookeeperLeaderElection across a ZooKeeper session expiry: the leading process is frozen (SIGSTOP) until the ensemble expires its session; the other candidate then leads (its callback hears true); the old leader, resumed, says it does not lead at its very first isLeader() (never two leaders), hears false in its callback, joins again by itself at the end of the queue and names the new leader
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
[$a_node, $b_node] = rp_queue($other, "$root/election");

$a->signal(SIGSTOP);
echo 'the ensemble expired the frozen leader and deleted its node: ', zk_wait_until(fn () => rp_queue($other, "$root/election") === [$b_node], $timeout / 1000 + 10) ? 'yes' : 'no', "\n";
echo 'b: ', $b->lineStartingWith('callback', 10), "\n";
echo 'b leads: ', rp_wait_holds($b, 'yes', 5, $seen['b']) ? 'yes' : 'no', "\n";
$a->signal(SIGCONT);
echo 'a: ', $a->lineStartingWith('resumed', 10), "\n";
echo 'a: ', $a->lineStartingWith('first after resume:', 5), "\n";
echo 'a: ', $a->lineStartingWith('callback', 15), "\n";
$rejoined = zk_wait_until(fn () => count($queue = rp_queue($other, "$root/election")) === 2 && $queue[0] === $b_node && $queue[1] !== $a_node, 15);
echo 'a joined again by itself, behind b, with a new node: ', $rejoined ? 'yes' : json_encode(rp_queue($other, "$root/election")), "\n";
echo 'a ', rp_ask($a, 'leader', 'leader', 10, $seen['a']), ', b ', rp_ask($b, 'leader', 'leader', 10, $seen['b']), "\n";
echo 'a leads now: ', rp_ask($a, 'status', 'status:', 5, $seen['a']), "\n";
foreach (['a' => $a, 'b' => $b] as $name => $child) {
    $child->tell('quit');
    echo "$name exited cleanly: ", ($errors = $child->finish(5)) === '' ? 'yes' : $errors, "\n";
}
?>
--EXPECT--
a: joined
a leads: yes
b: joined
the ensemble expired the frozen leader and deleted its node: yes
b: callback true
b leads: yes
a: resumed
a: first after resume: holds no
a: callback false
a joined again by itself, behind b, with a new node: yes
a leader b, b leader b
a leads now: status: holds no
a exited cleanly: yes
b exited cleanly: yes
