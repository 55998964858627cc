<?php
// The chaos soak's page (scripts/chaos.sh): what an app reads per request,
// 10 config values and the version node a writer bumps, through the worker's
// shared session and cache. A ZooKeeper error is caught, as an app would,
// and the page still answers 200: a non-200 means something worse (a crashed
// worker, a fatal error). Each request appends one line to its worker's log
// (CHAOS_LOG_DIR/page-<pid>.tsv) for benches/chaos_report.py:
//   begin end pid session_id sessions_created version version_read_at config_ok exception_class code message
// times are microtime(true) seconds; version_read_at is when get() of the
// version returned (what staleness is measured at); "-" where not reached.
require __DIR__ . '/chaos.inc';

$begin = microtime(true);
$version = '-';
$read_at = '-';
$config_ok = '-';
$failure = ['-', '-', '-'];
try {
    $zk = new Zookeeper(bench_host(), null, chaos_recv_timeout());
    $config_ok = 1;
    foreach (chaos_config() as $path => $value) {
        if ($zk->get($path) !== $value) {
            $config_ok = 0;
        }
    }
    $version = $zk->get(CHAOS_VERSION_NODE);
    $read_at = sprintf('%.6f', microtime(true));
} catch (ZookeeperException $e) {
    $failure = [get_class($e), $e->getCode(), str_replace(["\t", "\n"], ' ', $e->getMessage())];
}
$id = isset($zk) ? $zk->getClientId()[0] : 0;
$created = Zookeeper::getStats()['sessions_created'];
$line = implode("\t", [sprintf('%.6f', $begin), sprintf('%.6f', microtime(true)), getmypid(), $id, $created, $version, $read_at, $config_ok, ...$failure]);
file_put_contents(getenv('CHAOS_LOG_DIR') . '/page-' . getmypid() . '.tsv', $line . "\n", FILE_APPEND);
echo $failure[0] === '-' ? "version $version\n" : "unavailable: {$failure[0]}\n";
