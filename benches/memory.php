<?php
// Memory of one process (RSS from /proc, so Rust's heap counts too):
//   1. READS cached reads of one node;
//   2. NODES distinct nodes read once each (/bench/memory/n<i>, made by
//      make_nodes.php), under the ini limit zookeeper.cache_max_bytes.
// RSS is sampled along the way; both must level off, not grow with the count.
// With FFI, each sample also holds glibc's own count (mallinfo2, every arena:
// Rust's heap and PHP's persistent allocations, not PHP's request heap):
// bytes in use and bytes it keeps free. In use flat while RSS grows is the
// allocator's fragmentation, not memory anything holds.
// Usage: php -n -d extension=zookeeper.so -d zookeeper.cache_max_bytes=16777216
//            [-d extension=ffi.so -d ffi.enable=1]
//            benches/memory.php READS NODES > memory.json   (env ZK_HOST)
require __DIR__ . '/bench.inc';

$mallinfo = extension_loaded('ffi') ? FFI::cdef(
    'struct mallinfo2 { size_t arena, ordblks, smblks, hblks, hblkhd, usmblks, fsmblks, uordblks, fordblks, keepcost; };
     struct mallinfo2 mallinfo2(void);',
    'libc.so.6',
) : null;

[, $reads, $nodes] = array_map('intval', $argv);
$zk = new Zookeeper(bench_host());
$path = '/bench/memory/n0';
$zk->get($path);

function sample(int $done): array
{
    global $mallinfo;
    $malloc = [];
    if ($mallinfo) {
        $info = $mallinfo->mallinfo2();
        // uordblks: in use in the arenas; hblkhd: in use in mmap'd blocks; fordblks: free in the arenas.
        $malloc = ['malloc_in_use_kib' => intdiv($info->uordblks + $info->hblkhd, 1024), 'malloc_free_kib' => intdiv($info->fordblks, 1024)];
    }
    return ['done' => $done, 'rss_kib' => bench_rss_kib(), 'php_heap_kib' => intdiv(memory_get_usage(), 1024)]
        + $malloc + array_intersect_key(Zookeeper::getStats(), array_flip(['entries', 'bytes', 'evictions']));
}

$same = [sample(0)];
$step = intdiv($reads, 10);
for ($i = 1; $i <= $reads; $i++) {
    $zk->get($path);
    if ($i % $step === 0) {
        $same[] = sample($i);
    }
}

$distinct = [sample(0)];
$step = intdiv($nodes, 20);
for ($i = 0; $i < $nodes; $i++) {
    $zk->get("/bench/memory/n$i");
    if (($i + 1) % $step === 0) {
        $distinct[] = sample($i + 1);
    }
}
bench_check(Zookeeper::getStats()['misses'] >= $nodes, 'each distinct node was fetched from the server');

echo json_encode([
    'cache_max_bytes' => (int) ini_get('zookeeper.cache_max_bytes'),
    'reads' => $reads,
    'nodes' => $nodes,
    'same_node' => $same,
    'distinct_nodes' => $distinct,
], JSON_PRETTY_PRINT), "\n";
