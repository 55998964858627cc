--TEST--
Leader election as PECL users write it: when the leading process is killed (SIGKILL, no clean close) its node stays until the cluster expires its session, then the next participant leads, within the session timeout plus a margin
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
$timeout = 4000;
$hosts = ens_hosts();
$root = zk_test_root($hosts);
$election = "$root/election";
$other = zk_other($hosts);
$other->create($election, '');

$participants = [];
foreach (['a', 'b', 'c'] as $name) {
    $participants[$name] = new EnsChild(__DIR__ . '/election_participant.inc', [$hosts, $election, $name, (string) $timeout]);
    echo $participants[$name]->line(10), "\n";
    echo $participants[$name]->line(10), "\n";
}

$participants['a']->signal(SIGKILL);
$participants['a']->finish(5);
// Nobody closed a's session: its node outlives the process for now.
echo 'nodes right after the kill: ', count($other->getChildren($election)), "\n";
$line = $participants['b']->line($timeout / 1000 + 5);
echo 'then: ', $line ?? 'nothing', $line !== null ? ' (within the session timeout + 5 s)' : '', "\n";
echo 'c meanwhile: ', $participants['c']->line(0.5) ?? 'still following b', "\n";
echo 'nodes left: ', count($other->getChildren($election)), "\n";

foreach (['b', 'c'] as $name) {
    $participants[$name]->signal(SIGTERM);
    echo "$name exited cleanly: ", ($errors = $participants[$name]->finish(5)) === '' ? 'yes' : $errors, "\n";
}
?>
--EXPECT--
joined a
leader a
joined b
following b a
joined c
following c b
nodes right after the kill: 3
then: leader b (within the session timeout + 5 s)
c meanwhile: still following b
nodes left: 2
b exited cleanly: yes
c exited cleanly: yes
