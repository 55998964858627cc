--TEST--
When the member a shared session is attached to dies, every global watcher of that session hears the disconnection (CONNECTING) and the reconnection (CONNECTED), however short the gap, in the order the watchers were registered; one that throws does not take the others' calls with it (they run at the next dispatch)
--FILE--
<?php
require __DIR__ . '/ensemble.inc';
$timeout = 4000;
$followers = ens_followers();
$hosts = ens_hosts_of($followers);

$heard = [];
$objects = [];
foreach (['first', 'second', 'third'] as $name) {
    $objects[$name] = new Zookeeper($hosts, function ($type, $state) use ($name, &$heard) {
        $heard[] = "$name:$state";
        if ($name === 'first' && $state === Zookeeper::CONNECTING_STATE) {
            throw new RuntimeException('first watcher throws');
        }
    }, $timeout);
}
$objects['first']->exists('/');
zk_wait_until(fn () => count($heard) === 3);
echo 'on connect: ', implode(' ', $heard), "\n";
$heard = [];

$member = ens_wait_member_of($objects['first']);
$thrown = 0;
$killed = false;
$deadline = microtime(true) + $timeout / 1000 + 10;
while (count(preg_grep('/:3$/', $heard)) < 3 && microtime(true) < $deadline) {
    try {
        // Callbacks run wherever the script is when the event comes (a VM
        // interrupt): the exception may surface inside ens_kill() too.
        if (!$killed) {
            $killed = true;
            ens_kill($member);
        }
        Zookeeper::dispatch();
        usleep(5000);
    } catch (RuntimeException $e) {
        $thrown++;
    }
}
echo 'after the member died: ', implode(' ', $heard), "\n";
echo "thrown: $thrown\n";
?>
--EXPECT--
on connect: first:3 second:3 third:3
after the member died: first:1 second:1 third:1 first:3 second:3 third:3
thrown: 1
