<?php
// In-process cost of one read, in ns/op, for get (16 B, 1 KB, 64 KB values),
// exists and getChildren (100 children): a cached Zookeeper read against, in
// this same process, apcu_fetch of the same value, a plain PHP array read and
// an uncached read (['cache' => false]: one round trip to ZooKeeper).
// Every loop body is `$v = <read>;`, so each figure carries the same loop
// overhead. Iterations per run are calibrated to about TARGET_NS; the
// contenders are interleaved run by run so noise hits them alike.
// Usage: php -n -d extension=zookeeper.so -d extension=apcu.so -d apc.enable_cli=1
//            benches/micro.php [runs] > micro.json        (env ZK_HOST)
require __DIR__ . '/bench.inc';

const ROOT = '/bench/micro';
const TARGET_NS = 60_000_000;
const CHILDREN = 100;

$runs = (int) ($argv[1] ?? 7);

// Set-up: the nodes, read through the cache once (fills it), and the same
// values in APCu and in a PHP array.
$admin = bench_admin();
$cases = [];
foreach (['16 B' => 16, '1 KB' => 1024, '64 KB' => 65536] as $label => $size) {
    $path = ROOT . "/value-$size";
    bench_put($admin, $path, str_repeat('v', $size));
    $cases[] = ['op' => 'get', 'label' => "get $label", 'path' => $path];
}
$cases[] = ['op' => 'exists', 'label' => 'exists', 'path' => ROOT . '/value-1024'];
for ($i = 0; $i < CHILDREN; $i++) {
    bench_put($admin, sprintf('%s/children/instance-%03d', ROOT, $i), '');
}
$cases[] = ['op' => 'getChildren', 'label' => 'getChildren (100)', 'path' => ROOT . '/children'];
$admin->close();

$cached = new Zookeeper(bench_host());
$uncached = new Zookeeper(bench_host(), null, 10000, ['cache' => false]);
$table = [];
foreach ($cases as $case) {
    $value = read_once($cached, $case['op'], $case['path']);
    bench_check($value === read_once($uncached, $case['op'], $case['path']), "cached and uncached {$case['label']} agree");
    apcu_store($case['path'] . $case['op'], $value);
    bench_check(apcu_fetch($case['path'] . $case['op']) === $value, "apcu holds {$case['label']}");
    $table[$case['path'] . $case['op']] = $value;
}

function read_once(Zookeeper $zk, string $op, string $path)
{
    return $zk->$op($path);
}

// One timed loop per contender and operation, written out so that no
// closure or dynamic call sits inside the loop.
function loop_zk(Zookeeper $zk, string $op, string $path, int $n): int
{
    $t = hrtime(true);
    if ($op === 'get') {
        for ($i = 0; $i < $n; $i++) { $v = $zk->get($path); }
    } elseif ($op === 'exists') {
        for ($i = 0; $i < $n; $i++) { $v = $zk->exists($path); }
    } else {
        for ($i = 0; $i < $n; $i++) { $v = $zk->getChildren($path); }
    }
    return hrtime(true) - $t;
}

function loop_apcu(string $key, int $n): int
{
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) { $v = apcu_fetch($key); }
    return hrtime(true) - $t;
}

function loop_array(array $table, string $key, int $n): int
{
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) { $v = $table[$key]; }
    return hrtime(true) - $t;
}

function time_one(string $contender, array $case, int $n): int
{
    global $cached, $uncached, $table;
    $key = $case['path'] . $case['op'];
    return match ($contender) {
        'zk_cached' => loop_zk($cached, $case['op'], $case['path'], $n),
        'zk_uncached' => loop_zk($uncached, $case['op'], $case['path'], $n),
        'apcu' => loop_apcu($key, $n),
        'array' => loop_array($table, $key, $n),
    };
}

$contenders = ['zk_cached', 'apcu', 'array', 'zk_uncached'];

// Calibrate: double the iterations until a loop takes TARGET_NS / 8, then
// scale to about TARGET_NS.
$iterations = [];
foreach ($cases as $c => $case) {
    foreach ($contenders as $who) {
        $n = 8;
        while (($ns = time_one($who, $case, $n)) < TARGET_NS / 8) {
            $n *= 2;
        }
        $iterations[$c][$who] = max(100, (int) ($n * TARGET_NS / $ns));
    }
}

$result = [];
for ($run = 0; $run < $runs; $run++) {
    foreach ($cases as $c => $case) {
        foreach ($contenders as $who) {
            $n = $iterations[$c][$who];
            $hits = Zookeeper::getStats()['hits'];
            $result[$c][$who][] = time_one($who, $case, $n) / $n;
            $served = Zookeeper::getStats()['hits'] - $hits;
            if ($who === 'zk_cached') {
                bench_check($served === $n, "every cached {$case['label']} was a cache hit ($served of $n)");
            } elseif ($who === 'zk_uncached') {
                bench_check($served === 0, "no uncached {$case['label']} was served from the cache");
            }
        }
    }
}

$out = ['runs' => $runs, 'cases' => []];
foreach ($cases as $c => $case) {
    $out['cases'][] = ['label' => $case['label'], 'iterations' => $iterations[$c], 'ns_per_op' => $result[$c]];
}
echo json_encode($out, JSON_PRETTY_PRINT), "\n";
