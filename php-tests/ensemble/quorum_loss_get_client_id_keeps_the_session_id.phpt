--TEST--
getClientId() returns the session's id for as long as the session exists: also during a quorum loss that outlasts the client library's patience (it gives up on reconnecting after 1.4 session timeouts; the extension resumes the same session), as PECL does
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
$timeout = 4000;
$hosts = ens_hosts();
$root = zk_test_root($hosts);
$zk = new Zookeeper($hosts, null, $timeout);
$zk->create("$root/config", 'before');
$session = $zk->getClientId()[0];
echo 'id when connected: ', $session > 0 ? 'non-zero' : $session, "\n";

[$stopped, $disconnected] = ens_lose_quorum($zk, $timeout / 1000 + 2);
$ids = [];
while (microtime(true) - $disconnected < 2 * $timeout / 1000) {
    $id = $zk->getClientId()[0];
    $ids[$id === $session ? 'the session id' : (string) $id] = true;
    usleep(50000);
}
echo 'id while disconnected: ', implode(', ', array_keys($ids)), "\n";
echo 'state then: ', $zk->getState() === Zookeeper::CONNECTING_STATE ? 'connecting' : $zk->getState(), "\n";

ens_start(...$stopped);
zk_wait_until(fn () => $zk->getState() === Zookeeper::CONNECTED_STATE, $timeout / 1000 + 6);
echo 'id after recovery: ', $zk->getClientId()[0] === $session ? 'the session id' : $zk->getClientId()[0], "\n";
?>
--EXPECT--
id when connected: non-zero
id while disconnected: the session id
state then: connecting
id after recovery: the session id
