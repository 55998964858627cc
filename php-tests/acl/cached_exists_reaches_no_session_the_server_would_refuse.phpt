--TEST--
exists() answered from the cache of one credential set's session never reaches a session the server would refuse (ZooKeeper 3.8.4+/3.9.2+ require READ for exists(), ZOOKEEPER-2590): each session of the process gets what the server tells its credentials
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/../cache/server_packets.inc';
$root = zk_test_root();
$digest = 'alice:' . base64_encode(sha1('alice:wonderland', true));
zk_super()->create("$root/secret", 'classified', [
    ['perms' => Zookeeper::PERM_ALL, 'scheme' => 'digest', 'id' => $digest],
]);

/** "stat", "missing" or the exception's class and code. */
function exists_answer(Zookeeper $zk, string $path): string
{
    try {
        return $zk->exists($path) === false ? 'missing' : 'stat';
    } catch (ZookeeperException $e) {
        return get_class($e) . ' ' . $e->getCode();
    }
}

/** A process-shared object with the credential (or none). */
function shared(?string $credential): Zookeeper
{
    $zk = new Zookeeper(zk_host());
    if ($credential !== null) {
        $zk->addAuth('digest', $credential);
    }
    return $zk;
}

// Alice's session caches the answer: the second exists() comes from memory.
$alice = shared('alice:wonderland');
echo 'alice: ', exists_answer($alice, "$root/secret"), "\n";
$stats = Zookeeper::getStats();
echo 'alice again: ', exists_answer($alice, "$root/secret"), "\n";
echo 'alice again served from memory: ', zk_stats_delta($stats)['hits'] === 1 ? 'yes' : 'no', "\n";

// Sessions of other credentials in the same process, with Alice's answer in
// memory, against what the server answers those credentials without any cache.
foreach (['no credentials' => null, 'wrong password' => 'alice:wrong', 'other user' => 'bob:wonderland'] as $name => $credential) {
    $server = zk_other();
    if ($credential !== null) {
        $server->addAuth('digest', $credential);
    }
    $expected = exists_answer($server, "$root/secret");
    $got = exists_answer(shared($credential), "$root/secret");
    echo "$name: ", $got === $expected ? 'what the server answers these credentials' : "$got, but the server answers $expected", "\n";
}
?>
--EXPECT--
alice: stat
alice again: stat
alice again served from memory: yes
no credentials: what the server answers these credentials
wrong password: what the server answers these credentials
other user: what the server answers these credentials
