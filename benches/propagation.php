<?php
// Change propagation: a writer with a private session sets /bench/propagation
// WRITES times, SPACING_MS apart, while every php-fpm worker is polled as fast
// as it answers (one keep-alive FastCGI connection per worker, a new request
// the moment the previous one returns). For each write and each worker:
//   delay = (worker's hrtime right after the first read that returned the
//            new value) - (writer's hrtime right after set() returned)
// Both are CLOCK_MONOTONIC on the same machine. The writer's clock starts when
// the write is acknowledged, i.e. when the writer could tell anyone about it;
// a worker that served the value even earlier counts 0 (counted as "early").
// The resolution is the gap between two reads of the same worker (reported).
// Usage: php -n -d extension=zookeeper.so benches/propagation.php
//            SOCKET WORKERS [WRITES] [SPACING_MS] > propagation.json  (env ZK_HOST)
require __DIR__ . '/bench.inc';
require __DIR__ . '/fastcgi.inc';

const NODE = '/bench/propagation';
const GIVE_UP_NS = 2_000_000_000;

[, $socket, $workers] = $argv;
$workers = (int) $workers;
$writes = (int) ($argv[3] ?? 200);
$spacing_ns = (int) ($argv[4] ?? 20) * 1_000_000;

$writer = new Zookeeper(bench_host(), null, 10000, ['persistent' => false, 'cache' => false]);
bench_put($writer, NODE, 'v0');

$request = fcgi_get_request(__DIR__ . '/worker_value.php');
$connections = [];
for ($i = 0; $i < $workers; $i++) {
    $sock = stream_socket_client("unix://$socket", $errno, $error, 5);
    bench_check($sock !== false, "connect to $socket: $error");
    stream_set_blocking($sock, false);
    fwrite($sock, $request);
    $connections[$i] = ['sock' => $sock, 'buffer' => '', 'pid' => null, 'last_ts' => null];
}
$gaps = [];

/**
 * Reads whatever responses have arrived (waiting at most $wait_us), sends
 * the next request on each connection that answered, and returns the
 * answers as [pid, value, hrtime].
 */
function poll(array &$connections, string $request, array &$gaps, int $wait_us): array
{
    $read = array_column($connections, 'sock');
    $write = $except = null;
    if (!stream_select($read, $write, $except, 0, $wait_us)) {
        return [];
    }
    $answers = [];
    foreach ($connections as &$conn) {
        if (!in_array($conn['sock'], $read, true)) {
            continue;
        }
        $chunk = fread($conn['sock'], 65536);
        bench_check($chunk !== '' && $chunk !== false || !feof($conn['sock']), 'php-fpm closed a keep-alive connection');
        $conn['buffer'] .= $chunk;
        while (($body = fcgi_take_response($conn['buffer'])) !== null) {
            bench_check(preg_match('/^(\d+) (\S*) (\d+)$/', $body, $m) === 1, "probe answer: $body");
            [, $pid, $value, $ts] = $m;
            bench_check($conn['pid'] === null || $conn['pid'] === $pid, 'a keep-alive connection stays with one worker');
            $conn['pid'] = $pid;
            if ($conn['last_ts'] !== null) {
                $gaps[] = $ts - $conn['last_ts'];
            }
            $conn['last_ts'] = (int) $ts;
            $answers[] = [$pid, $value, (int) $ts];
            fwrite($conn['sock'], $request);
        }
    }
    return $answers;
}

// Warm up until every connection has answered (each on its own worker).
$until = hrtime(true) + 5_000_000_000;
while (count(array_filter(array_column($connections, 'pid'))) < $workers && hrtime(true) < $until) {
    poll($connections, $request, $gaps, 100_000);
}
$pids = array_column($connections, 'pid');
bench_check(count(array_unique(array_filter($pids))) === $workers, "one worker per connection (pids: " . implode(' ', $pids) . ")");
$gaps = [];

$set_ns = $delays = $all_workers = [];
$missing = $early = $stale_after_write = $reads = 0;
for ($w = 1; $w <= $writes; $w++) {
    $value = "v$w";
    $t0 = hrtime(true);
    $writer->set(NODE, $value);
    $t1 = hrtime(true);
    $set_ns[] = $t1 - $t0;
    $first = [];
    $next_write = $t1 + $spacing_ns;
    while (count($first) < $workers && hrtime(true) - $t1 < GIVE_UP_NS || hrtime(true) < $next_write) {
        foreach (poll($connections, $request, $gaps, 10_000) as [$pid, $seen, $ts]) {
            $reads++;
            if ($seen === $value) {
                $first[$pid] ??= $ts;
            } elseif ($ts > $t1) {
                $stale_after_write++;
            }
        }
    }
    $row = [];
    foreach ($pids as $pid) {
        if (!isset($first[$pid])) {
            $missing++;
            continue;
        }
        $early += $first[$pid] < $t1 ? 1 : 0;
        $row[] = max(0, $first[$pid] - $t1);
    }
    $delays[] = $row;
    if (count($row) === $workers) {
        $all_workers[] = max($row);
    }
}
$writer->close();

echo json_encode([
    'writes' => $writes,
    'workers' => $workers,
    'spacing_ms' => $spacing_ns / 1e6,
    'reads' => $reads,
    'set_ns' => $set_ns,
    'worker_delay_ns' => $delays,
    'all_workers_ns' => $all_workers,
    'missing' => $missing,
    'early' => $early,
    'stale_reads_after_write' => $stale_after_write,
    'poll_gap_ns_median' => $gaps ? bench_median($gaps) : null,
], JSON_PRETTY_PRINT), "\n";
