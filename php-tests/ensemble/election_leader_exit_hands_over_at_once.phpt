--TEST--
Leader election as PECL users write it (EPHEMERAL|SEQUENCE nodes, each watching its predecessor): when the leading process exits cleanly (SIGTERM), its session is closed and the next participant leads within the session timeout, while the others keep following
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
$timeout = 4000;
$hosts = ens_hosts();
$root = zk_test_root($hosts);
$election = "$root/election";
$other = zk_other($hosts);
$other->create($election, '');

// Three processes join one after the other: a gets the lowest node.
$participants = [];
foreach (['a', 'b', 'c'] as $name) {
    $participants[$name] = new EnsChild(__DIR__ . '/election_participant.inc', [$hosts, $election, $name, (string) $timeout]);
    echo $participants[$name]->line(10), "\n";
    echo $participants[$name]->line(10), "\n";
}

$start = microtime(true);
$participants['a']->signal(SIGTERM);
$line = $participants['b']->line($timeout / 1000);
echo 'after a exited: ', $line ?? 'nothing', $line !== null ? ' (within the session timeout)' : '', "\n";
echo 'a exited cleanly: ', ($errors = $participants['a']->finish(5)) === '' ? 'yes' : $errors, "\n";
echo 'c meanwhile: ', $participants['c']->line(0.5) ?? 'still following b', "\n";
echo 'nodes left: ', count($other->getChildren($election)), "\n";

foreach (['b', 'c'] as $name) {
    $participants[$name]->signal(SIGTERM);
    echo "$name exited cleanly: ", ($errors = $participants[$name]->finish(5)) === '' ? 'yes' : $errors, "\n";
}
echo 'nodes left: ', count($other->getChildren($election)), "\n";
?>
--EXPECT--
joined a
leader a
joined b
following b a
joined c
following c b
after a exited: leader b (within the session timeout)
a exited cleanly: yes
c meanwhile: still following b
nodes left: 2
b exited cleanly: yes
c exited cleanly: yes
nodes left: 0
