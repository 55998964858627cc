--TEST--
ZooKeeper down when php-fpm starts: workers start, every request answers with a clear ZookeeperConnectionException (the first per worker within recv_timeout, later ones at once), and once ZooKeeper is up every worker serves the data by itself, without a restart
--FILE--
<?php
require __DIR__ . '/fpm.inc';

// A ZooKeeper of this test's own, down for now: its own state directory, and
// the first free port after the suite server's (below the ephemeral range, so
// a refused connection can never turn into a connection to itself).
$zk_dir = (getenv('ZK_TEST_DIR') ?: sys_get_temp_dir() . '/zkphp-test') . '/outage-' . getmypid();
$port = (int) explode(':', explode(',', zk_host())[0])[1] + 1;
while (@fsockopen('127.0.0.1', $port, $errno, $error, 1)) {
    $port++;
}
$host = "127.0.0.1:$port";
$zk_env = ['ZK_TEST_DIR' => $zk_dir, 'ZK_PORT' => (string) $port] + getenv();
function outage_zk(array $env, string $action): string
{
    $process = proc_open([dirname(__DIR__, 2) . '/scripts/zk-standalone.sh', $action], [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes, null, $env);
    $output = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    $status = proc_close($process);
    if ($status !== 0) {
        throw new RuntimeException("zk-standalone.sh $action failed ($status):\n$output");
    }
    return $output;
}
register_shutdown_function(function () use ($zk_env, $zk_dir) {
    outage_zk($zk_env, 'stop');
    fpm_remove_dir($zk_dir);
});

$workers = 4;
$recv_timeout = 4000;
$pool = fpm_start(['workers' => $workers, 'ini' => ["zookeeper.recv_timeout=$recv_timeout"]]);
$query = ['host' => $host, 'path' => '/app/config'];

/** Problems with an answer given during the outage; $limit_ms bounds its Zookeeper calls. */
function outage_problems(array $answer, string $host, int $limit_ms): array
{
    $problems = [];
    $expected = ['exception' => 'ZookeeperConnectionException', 'code' => Zookeeper::CONNECTIONLOSS];
    if (array_intersect_key($answer, $expected) !== $expected) {
        $problems[] = 'not a connection loss: ' . json_encode($answer);
    } elseif (!str_starts_with($answer['message'], 'connection loss') || !str_contains($answer['message'], $host)) {
        $problems[] = 'unclear message: ' . $answer['message'];
    }
    if ($answer['elapsed_ms'] > $limit_ms) {
        $problems[] = "took {$answer['elapsed_ms']} ms (bound $limit_ms ms)";
    }
    if ($answer['state'] !== Zookeeper::CONNECTING_STATE) {
        $problems[] = "state {$answer['state']}";
    }
    return $problems;
}

// 1. Outage: one request in flight per worker (each holds its worker while it
//    waits), so every worker makes its first attempt.
$first = [];
$problems = [];
foreach (fpm_get_many($pool, array_fill(0, $workers, ['outage_read', $query])) as $answer) {
    $first[$answer['pid']] = true;
    $problems = array_merge($problems, outage_problems($answer, $host, $recv_timeout + 1500));
}
echo 'workers that answered the first round: ', count($first), " of $workers\n";
echo 'first round problems: ', json_encode(array_values(array_unique($problems))), "\n";

// 2. Still down: those workers now fail at once (well within recv_timeout).
$later = fpm_reach_every_worker($pool, $workers, 'outage_read', $query, 100, 15.0);
$problems = [];
foreach ($later as $pid => $answer) {
    if (!isset($first[$pid])) {
        $problems[] = "unknown worker $pid";
    }
    $problems = array_merge($problems, outage_problems($answer, $host, 1000));
}
echo 'later requests problems: ', json_encode(array_values(array_unique($problems))), "\n";

// 3. ZooKeeper comes up and the data appears; php-fpm is left alone.
outage_zk($zk_env, 'start');
$admin = new Zookeeper($host, null, 10000, ['persistent' => false, 'cache' => false]);
$admin->create('/app', '');
$admin->create('/app/config', 'v1');
$deadline = microtime(true) + 30.0;
$serving = [];
$problems = [];
while (count($serving) < $workers && microtime(true) < $deadline) {
    foreach (fpm_get_many($pool, array_fill(0, $workers, ['outage_read', $query + ['hold_ms' => 50]])) as $answer) {
        $pid = $answer['pid'];
        if (!isset($first[$pid])) {
            $problems[] = "worker $pid was not there during the outage (restarted?)";
        } elseif (($answer['value'] ?? null) === 'v1' && $answer['state'] === Zookeeper::CONNECTED_STATE) {
            $serving[$pid] = true;
        } elseif (isset($serving[$pid])) {
            $problems[] = "worker $pid served v1, then " . json_encode($answer);
        } elseif (($answer['exception'] ?? null) !== 'ZookeeperConnectionException') {
            $problems[] = "worker $pid answered " . json_encode($answer);
        }
    }
    usleep(200000);
}
echo 'workers serving v1 within 30 s of the start: ', count($serving), " of $workers\n";
echo 'recovery problems: ', json_encode(array_values(array_unique($problems))), "\n";
fpm_stop_and_check_log($pool);
?>
--EXPECT--
workers that answered the first round: 4 of 4
first round problems: []
later requests problems: []
workers serving v1 within 30 s of the start: 4 of 4
recovery problems: []
php-fpm log: no worker died
