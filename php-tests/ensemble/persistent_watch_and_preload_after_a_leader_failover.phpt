--TEST--
A persistent watch and a preloaded subtree across a failover of the ensemble's leader (SIGKILL; every member drops its clients, the ZooKeeper session survives): a server does not replay persistent watch events missed meanwhile (ZOOKEEPER-4698), so the callback is told (SESSION_EVENT, CONNECTED_STATE, path) once reconnected, and the subtree is loaded again: it reads the value written during the election from memory; later changes are reported
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
$timeout = 4000;
$hosts = ens_hosts();
$root = zk_test_root($hosts);
$other = zk_other($hosts);
$other->create("$root/config", '');
$other->create("$root/config/k", 'before');
$other->create("$root/w", '');
$other->create("$root/w/a", '');

$client = new EnsChild(__DIR__ . '/persistent_watch_client.inc', [$hosts, $root, (string) $timeout]);
echo 'client: ', $client->line(10), "\n";
ens_kill(ens_leader());
ens_retry(fn () => $other->set("$root/config/k", 'during'), 20);
echo 'client: ', $client->lineStartingWith('event -1', 20), "\n";
$value = null;
$deadline = microtime(true) + 10;
do {
    $client->tell('read');
    $value = $client->lineStartingWith('read', 5);
} while ($value !== 'read during misses 0' && microtime(true) < $deadline && usleep(100000) === null);
echo 'client: ', $value, "\n";
ens_retry(fn () => $other->set("$root/w/a", 'after'));
echo 'client: ', $client->lineStartingWith('event 3', 5), "\n";
$client->tell('quit');
echo 'client exited cleanly: ', ($errors = $client->finish(5)) === '' ? 'yes' : $errors, "\n";
?>
--EXPECT--
client: ready
client: event -1 3 ROOT/w
client: read during misses 0
client: event 3 3 ROOT/w/a
client exited cleanly: yes
