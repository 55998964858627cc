--TEST--
1,000 requests, each constructing a Zookeeper object, use one session per php-fpm worker, and the server sees no more
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$setup = zk_other();
$paths = [];
foreach (['a', 'b', 'c'] as $name) {
    $paths[] = $setup->create("$root/$name", "value $name");
}
$workers = 4;
$pool = fpm_start(['workers' => $workers]);
$sessions_before = zk_server_sessions();

// 250 rounds of 4 requests in flight at once: the load spreads over the pool.
$session_of_pid = [];
$problems = [];
for ($round = 0; $round < 250; $round++) {
    $answers = fpm_get_many($pool, array_fill(0, 4, ['read_nodes', ['paths' => $paths]]));
    foreach ($answers as $answer) {
        $pid = $answer['pid'];
        $session_of_pid[$pid] ??= $answer['session'];
        if ($answer['session'] !== $session_of_pid[$pid]) {
            $problems[] = "pid $pid changed session: {$session_of_pid[$pid]} then {$answer['session']}";
        }
        if ($answer['sessions_created'] !== 1) {
            $problems[] = "pid $pid has created {$answer['sessions_created']} sessions";
        }
        if ($answer['values'] !== ['value a', 'value b', 'value c']) {
            $problems[] = "pid $pid read " . json_encode($answer['values']);
        }
    }
}
$sessions_after = zk_server_sessions();
$new_on_server = array_diff_key($sessions_after, $sessions_before);
$reported = array_unique(array_values($session_of_pid));

$problems = array_values(array_unique($problems));
echo 'problems: ', count($problems), ' ', json_encode(array_slice($problems, 0, 3)), "\n";
echo 'workers that answered: ', count($session_of_pid) <= $workers ? "at most $workers" : count($session_of_pid), "\n";
echo 'distinct sessions reported: ', count($reported) === count($session_of_pid) ? 'one per worker' : count($reported), "\n";
echo 'new sessions on the server: ', count($new_on_server) <= $workers ? "at most $workers" : count($new_on_server), "\n";
$unknown = array_filter($reported, fn ($id) => !isset($sessions_after[(int) $id]));
echo 'reported sessions the server does not hold: ', json_encode(array_values($unknown)), "\n";
fpm_stop_and_check_log($pool);
?>
--EXPECT--
problems: 0 []
workers that answered: at most 4
distinct sessions reported: one per worker
new sessions on the server: at most 4
reported sessions the server does not hold: []
php-fpm log: no worker died
