<?php
// Propagation probe: which worker answered, the value it serves for
// /bench/propagation, and when (hrtime, CLOCK_MONOTONIC, comparable with the
// writer's hrtime on the same machine), taken right after the read returned.
$zk = new Zookeeper(getenv('ZK_HOST'));
$value = $zk->get('/bench/propagation');
echo getmypid(), ' ', $value, ' ', hrtime(true);
