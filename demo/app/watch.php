<?php
// Watcher demo (CLI): watch one node, then do nothing but sleep(1) in a loop.
// The callback runs inside that loop although the script never calls
// Zookeeper::dispatch(): the extension wakes the PHP engine when an event comes.
// Usage: php watch.php <path> <ready-file>; exits 0 once the callback ran.
$zk = new Zookeeper(getenv('ZK_HOST') ?: '127.0.0.1:22181');
$path = $argv[1];
$fired = false;

$onChange = function (int $type, int $state, string $eventPath) use ($zk, &$fired) {
    $kind = $type === Zookeeper::CHANGED_EVENT ? 'CHANGED_EVENT' : "event type $type";
    printf("  [watch.php    %s] callback: %s on %s, value now \"%s\"\n",
        (new DateTime())->format('H:i:s.v'), $kind, $eventPath, $zk->get($eventPath));
    $fired = true;
};

printf("  [watch.php] %s = \"%s\"; watcher set, now sleeping in 1 s steps\n", $path, $zk->get($path, $onChange));
touch($argv[2]); // tell the demo script the watcher is armed
for ($seconds = 0; !$fired && $seconds < 10; $seconds++) {
    sleep(1);
}
exit($fired ? 0 : 1);
