--TEST--
ZookeeperLeaderElection: the first candidate to join leads, leader() names it for everyone, leave() hands leadership to the next one, whose callback hears it; joining twice is one candidate
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$heard = [];
$a = new ZookeeperLeaderElection($zk, "$root/election", 'worker-a');
$b = new ZookeeperLeaderElection($zk, "$root/election", 'worker-b');
echo "nobody yet: ", var_export($a->leader(), true), ", a leads: ", var_export($a->isLeader(), true), "\n";
$a->join(function (bool $leads) use (&$heard) { $heard[] = "a:" . var_export($leads, true); });
$b->join(function (bool $leads) use (&$heard) { $heard[] = "b:" . var_export($leads, true); });
echo "a leads: ", var_export($a->isLeader(), true), ", b leads: ", var_export($b->isLeader(), true), ", leader: ", $b->leader(), "\n";
$same = new ZookeeperLeaderElection($zk, "$root/election", 'worker-a');
$same->join();
echo "an object for the same candidate: joins nothing new (", count($zk->getChildren("$root/election")), " nodes), leads: ", var_export($same->isLeader(), true), "\n";
echo "another process sees: ", zk_php('echo (new ZookeeperLeaderElection(new Zookeeper(zk_host()), ' . var_export("$root/election", true) . ', "x"))->leader();'), "\n";

echo "a leaves: ", var_export($a->leave(), true), ", again: ", var_export($a->leave(), true), "\n";
zk_wait_until(fn () => $b->isLeader(), 5);
echo "b leads: ", var_export($b->isLeader(), true), ", a leads: ", var_export($a->isLeader(), true), ", leader: ", $a->leader(), "\n";
zk_wait_until(fn () => in_array('b:true', $heard, true), 5);
echo "callbacks heard: ", implode(' ', $heard), "\n";
$b->leave();
echo "after everyone left: ", var_export($b->leader(), true), "\n";
?>
--EXPECT--
nobody yet: NULL, a leads: false
a leads: true, b leads: false, leader: worker-a
an object for the same candidate: joins nothing new (2 nodes), leads: true
another process sees: worker-a
a leaves: true, again: false
b leads: true, a leads: false, leader: worker-b
callbacks heard: a:true a:false b:true
after everyone left: NULL
