--TEST--
create()/set() with data over the server's 1 MB limit throw a ZookeeperException that names the limit; nothing crashes, the node is unchanged and the object keeps working
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/n", 'small');
$zk->get("$root/n");
$too_big = str_repeat('x', 1024 * 1024 + 1024);
$attempts = [
    'set' => fn() => $zk->set("$root/n", $too_big),
    'create' => fn() => $zk->create("$root/big", $too_big),
];
foreach ($attempts as $name => $attempt) {
    try {
        $attempt();
        echo "$name: no exception\n";
    } catch (ZookeeperException $e) {
        // The server drops a connection that sends more than jute.maxbuffer;
        // the caller must learn that the size was the problem.
        $names_limit = preg_match('/jute\.maxbuffer|too (large|big)|limit/i', $e->getMessage());
        echo "$name: ZookeeperException, message names the size limit: ", $names_limit ? 'yes' : 'no (' . $e->getMessage() . ')', "\n";
    }
}
// The connection may have to be made again: within the session timeout.
var_dump(zk_wait_until(fn() => $zk->getState() === Zookeeper::CONNECTED_STATE, 10));
var_dump($zk->get("$root/n"), $zk->exists("$root/big"));
var_dump(zk_other()->get("$root/n"));
var_dump($zk->set("$root/n", 'still works'), $zk->get("$root/n"));
?>
--EXPECT--
set: ZookeeperException, message names the size limit: yes
create: ZookeeperException, message names the size limit: yes
bool(true)
string(5) "small"
bool(false)
string(5) "small"
bool(true)
string(11) "still works"
