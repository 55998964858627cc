--TEST--
A persistent watch and a preloaded subtree after a ZooKeeper session expiry (the client process frozen past its session timeout): the watch is made again on the new session and its callback is told (SESSION_EVENT, CONNECTED_STATE, path), the sign that changes meanwhile were not reported; the subtree is loaded again, so it reads what was written during the freeze, from memory; later changes are reported again
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
$client->signal(SIGSTOP);
$other->set("$root/config/k", 'during');
$other->set("$root/w/a", 'during');
echo 'the ensemble expired the frozen client: ', zk_wait_until(fn () => $other->exists("$root/owner") === false, $timeout / 1000 + 10) ? 'yes' : 'no', "\n";
$client->signal(SIGCONT);
echo 'client: ', $client->lineStartingWith('event', 15), "\n";
$client->tell('read');
echo 'client: ', $client->lineStartingWith('read', 5), "\n";
$other->set("$root/w/a", 'after');
echo 'client: ', $client->lineStartingWith('event', 5), "\n";
$client->tell('quit');
echo 'client exited cleanly: ', ($errors = $client->finish(5)) === '' ? 'yes' : $errors, "\n";
?>
--EXPECT--
client: ready
the ensemble expired the frozen client: yes
client: event -1 3 ROOT/w
client: read during misses 0
client: event 3 3 ROOT/w/a
client exited cleanly: yes
