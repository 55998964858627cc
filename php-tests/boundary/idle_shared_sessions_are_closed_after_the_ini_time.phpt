--TEST--
A shared session no object has used for zookeeper.session_idle_timeout seconds is closed (the server sees it go) and counted in getStats()['idle_closes']; one in use, or holding ephemeral nodes, stays
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$result = zk_php_run('
    $root = ' . var_export($root, true) . ';
    $ids = [];
    // Per-tenant credentials: a shared session each.
    foreach (["t1", "t2", "t3"] as $tenant) {
        $zk = new Zookeeper(zk_host());
        $zk->addAuth("digest", "$tenant:pw");
        $zk->exists("/");
        $ids[$tenant] = $zk->getClientId()[0];
    }
    unset($zk);
    $kept = new Zookeeper(zk_host());        // stays in use
    $kept->exists("/");
    $owner = new Zookeeper(zk_host());
    $owner->addAuth("digest", "owner:pw");
    $owner->create("$root/registered", "", null, Zookeeper::EPHEMERAL);
    unset($owner);                           // unused, but holds an ephemeral node
    $deadline = microtime(true) + 10;
    while (Zookeeper::getStats()["idle_closes"] < 3 && microtime(true) < $deadline) {
        usleep(100000);
    }
    usleep(500000);
    echo "idle_closes: ", Zookeeper::getStats()["idle_closes"], "\n";
    echo "in use: ", is_array($kept->exists("/")) ? "works" : "fails", "\n";
    echo "ephemeral node: ", zk_other()->exists("$root/registered") ? "kept" : "gone", "\n";
    // A closed session is gone on the server too: its id is not among the server\'s sessions.
    $again = new Zookeeper(zk_host());
    $again->addAuth("digest", "t1:pw");
    $again->exists("/");
    echo "t1 again: ", $again->getClientId()[0] !== $ids["t1"] ? "a new session" : "the old session", "\n";
', ['zookeeper.session_idle_timeout' => '1']);
echo $result['output'], $result['end'], "\n";
?>
--EXPECT--
idle_closes: 3
in use: works
ephemeral node: kept
t1 again: a new session
exit 0
