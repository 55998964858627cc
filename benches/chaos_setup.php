<?php
// Creates the chaos soak's nodes (scripts/chaos.sh): the config values and
// the version node at 0.
require __DIR__ . '/chaos.inc';

$zk = bench_admin();
foreach (chaos_config() as $path => $value) {
    bench_put($zk, $path, $value);
}
bench_put($zk, CHAOS_VERSION_NODE, '0');
