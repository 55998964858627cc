--TEST--
A transaction applies all its operations at once: commit() returns one result per operation (created path, new stat, true) and another client sees every change
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$other->create("$root/old", 'old');
$other->create("$root/checked", 'c');
$other->create("$root/changed", 'v1');

$transaction = $zk->transaction();
echo get_class($transaction), "\n";
$same = $transaction
    ->create("$root/new", 'fresh')
    ->create("$root/seq-", 's', null, Zookeeper::SEQUENCE)
    ->check("$root/checked", 0)
    ->set("$root/changed", 'v2', 0)
    ->delete("$root/old", -1);
echo 'chaining returns the transaction itself: ', var_export($same === $transaction, true), "\n";
$results = $transaction->commit();
echo "results: ", count($results), "\n";
echo "0 created: ", $results[0], "\n";
echo "1 sequential: ", preg_replace('/\d{10}$/', 'NNNNNNNNNN', $results[1]), "\n";
echo "2 check: ", var_export($results[2], true), "\n";
echo "3 new version: ", $results[3]['version'], " (stat keys: ", count($results[3]), ")\n";
echo "4 delete: ", var_export($results[4], true), "\n";

echo "other client: new=", $other->get("$root/new"), " changed=", $other->get("$root/changed"),
    " old exists=", var_export($other->exists("$root/old"), true), "\n";
echo "an empty transaction commits to []: ", json_encode($zk->transaction()->commit()), "\n";
echo "committed operations are gone from the object: ", json_encode($transaction->commit()), "\n";
?>
--EXPECTF--
ZookeeperTransaction
chaining returns the transaction itself: true
results: 5
0 created: /phpt-commit_applies_every_operation_and_returns_each_result-%d/new
1 sequential: /phpt-commit_applies_every_operation_and_returns_each_result-%d/seq-NNNNNNNNNN
2 check: true
3 new version: 1 (stat keys: 11)
4 delete: true
other client: new=fresh changed=v2 old exists=false
an empty transaction commits to []: []
committed operations are gone from the object: []
