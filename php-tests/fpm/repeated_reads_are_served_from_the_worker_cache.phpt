--TEST--
Under php-fpm, repeated reads of the same nodes are cache hits that send nothing to the server; with the cache off every read does
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$other = zk_other();
$paths = [];
for ($i = 0; $i < 5; $i++) {
    $paths[] = $other->create("$root/node-$i", "value $i");
}
$workers = 4;
$rounds = 50; // 50 rounds x 4 requests x 5 reads = 1,000 reads

/**
 * Warms every worker up, then runs the rounds. Returns how many requests had
 * all their reads answered by the cache, and how many packets the workers'
 * sessions sent the server meanwhile (cons "recved" per session: this counts
 * the workers' own traffic only, pings included).
 */
function run_reads(array $ini, array $paths, int $workers, int $rounds): array
{
    $pool = fpm_start(['workers' => $workers, 'ini' => $ini]);
    fpm_reach_every_worker($pool, $workers, 'read_nodes', ['paths' => $paths]);
    $warm = fpm_reach_every_worker($pool, $workers, 'read_nodes', ['paths' => $paths]);
    $sessions = array_map(fn ($answer) => (int) $answer['session'], $warm);
    $before = array_intersect_key(zk_server_sessions(), array_flip($sessions));
    $all_hits = 0;
    for ($round = 0; $round < $rounds; $round++) {
        foreach (fpm_get_many($pool, array_fill(0, $workers, ['read_nodes', ['paths' => $paths]])) as $answer) {
            $all_hits += $answer['hits'] === count($paths) && $answer['misses'] === 0 ? 1 : 0;
        }
    }
    $after = array_intersect_key(zk_server_sessions(), array_flip($sessions));
    $sent = count($before) === count($sessions) && count($after) === count($sessions)
        ? array_sum($after) - array_sum($before)
        : 'workers sessions missing on the server';
    fpm_stop_and_check_log($pool);
    return [$all_hits, $sent];
}

$reads = $rounds * $workers * count($paths);
[$hits, $sent] = run_reads([], $paths, $workers, $rounds);
echo "cache on: requests whose reads all hit the cache: $hits of ", $rounds * $workers, "\n";
// A few pings at most: the run takes far less than a session timeout.
echo 'cache on: packets sent to the server: ', is_int($sent) && $sent < 50 ? 'fewer than 50' : $sent, " for $reads reads\n";

[$hits, $sent] = run_reads(['zookeeper.cache=0'], $paths, $workers, $rounds);
echo "cache off: requests whose reads all hit the cache: $hits of ", $rounds * $workers, "\n";
echo 'cache off: packets sent to the server: ', is_int($sent) && $sent >= $reads ? 'at least one per read' : $sent, " for $reads reads\n";
?>
--EXPECT--
php-fpm log: no worker died
cache on: requests whose reads all hit the cache: 200 of 200
cache on: packets sent to the server: fewer than 50 for 1000 reads
php-fpm log: no worker died
cache off: requests whose reads all hit the cache: 0 of 200
cache off: packets sent to the server: at least one per read for 1000 reads
