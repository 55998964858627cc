<?php
// The chaos soak's writer (scripts/chaos.sh): bumps /chaos/version to the
// next integer every CHAOS_WRITE_MS (200) ms, in a session of its own, until
// the file named by its first argument exists. Logs one line per write to
// stdout, for benches/chaos_report.py:
//   write version sent_at acked_at outcome code message
// (outcome "ok", else the exception class: a failed write may or may not have
// been applied), and at the end the value read back once the ensemble answers:
//   final version
// Its first line names its ZooKeeper session, so the soak can freeze the
// member it writes through:  session id
require __DIR__ . '/chaos.inc';

$stop_file = $argv[1];
$every = (int) (getenv('CHAOS_WRITE_MS') ?: 200) / 1000;
$zk = new Zookeeper(bench_host(), null, chaos_recv_timeout(), ['cache' => false]);
$version = (int) $zk->get(CHAOS_VERSION_NODE);
printf("session\t%d\n", $zk->getClientId()[0]);
$next_tick = microtime(true);
while (!file_exists($stop_file)) {
    $version++;
    $sent = microtime(true);
    try {
        $zk->set(CHAOS_VERSION_NODE, (string) $version);
        $outcome = ['ok', '-', '-'];
    } catch (ZookeeperException $e) {
        $outcome = [get_class($e), $e->getCode(), str_replace(["\t", "\n"], ' ', $e->getMessage())];
    }
    printf("write\t%d\t%.6f\t%.6f\t%s\t%s\t%s\n", $version, $sent, microtime(true), ...$outcome);
    // The next tick not yet passed (ticks missed while a write waited are skipped).
    do {
        $next_tick += $every;
    } while ($next_tick < microtime(true));
    usleep((int) (($next_tick - microtime(true)) * 1e6));
}

$deadline = microtime(true) + 30;
while (true) {
    try {
        printf("final\t%d\n", (int) $zk->get(CHAOS_VERSION_NODE));
        break;
    } catch (ZookeeperException $e) {
        if (microtime(true) > $deadline) {
            printf("final\t-\t%s\n", $e->getMessage());
            break;
        }
        usleep(200000);
    }
}
