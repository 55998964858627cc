--TEST--
strings from cached reads behave as values of their own: changing one in place, appending to it or keeping it while its node changes (over many nodes, as the process reuses the strings it made) never changes what the cache or another variable holds; null data stays null, empty data ''
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$other = zk_other();
$zk->create("$root/node", 'abc');
$zk->get("$root/node"); // fills the cache

$a = $zk->get("$root/node");
$b = $zk->get("$root/node");
$a .= 'def';
$b[0] = 'X';
$c = $zk->get("$root/node");
$c = strrev($c) . $c;
var_dump($a, $b, $c, $zk->get("$root/node"));

// Values kept while their nodes change, over more nodes than the process
// keeps strings for without looking whether they are still used.
$nodes = 300;
$held = [];
for ($i = 0; $i < $nodes; $i++) {
    $zk->create("$root/n$i", "old-$i");
    $zk->get("$root/n$i");
    $held[$i] = $zk->get("$root/n$i");
}
for ($round = 1; $round <= 3; $round++) {
    for ($i = 0; $i < $nodes; $i++) {
        $other->set("$root/n$i", "new-$round-$i");
    }
    $ok = zk_wait_until(function () use ($zk, $root, $nodes, $round) {
        for ($i = 0; $i < $nodes; $i++) {
            if ($zk->get("$root/n$i") !== "new-$round-$i") {
                return false;
            }
        }
        return true;
    });
    $bad = 0;
    for ($i = 0; $i < $nodes; $i++) {
        $bad += $held[$i] !== "old-$i";
        $bad += $zk->get("$root/n$i") !== "new-$round-$i";
    }
    echo "round $round: up to date ", var_export($ok, true), ", wrong values $bad\n";
    if ($round === 2) {
        unset($held); // the old strings may go now
        $held = array_fill(0, $nodes, null);
        for ($i = 0; $i < $nodes; $i++) {
            $held[$i] = "old-$i";
        }
    }
}

$zk->create("$root/null", null);
$zk->create("$root/empty", '');
for ($i = 0; $i < 2; $i++) {
    var_dump($zk->get("$root/null"), $zk->get("$root/empty"));
}
?>
--EXPECT--
string(6) "abcdef"
string(3) "Xbc"
string(6) "cbaabc"
string(3) "abc"
round 1: up to date true, wrong values 0
round 2: up to date true, wrong values 0
round 3: up to date true, wrong values 0
NULL
string(0) ""
NULL
string(0) ""
