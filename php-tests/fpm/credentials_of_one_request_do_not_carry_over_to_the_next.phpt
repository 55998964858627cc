--TEST--
A php-fpm request that addAuth()s reads a digest-protected node; the same worker's next request without those credentials cannot
--FILE--
<?php
require __DIR__ . '/fpm.inc';
$root = zk_test_root();
$owner = zk_other();
$owner->addAuth('digest', 'user:pw');
$acl = [['perms' => Zookeeper::PERM_ALL, 'scheme' => 'digest', 'id' => 'user:' . base64_encode(sha1('user:pw', true))]];
$node = $owner->create("$root/secret", 'top secret', $acl);
$owner->create("$node/child", '', $acl);
$pool = fpm_start(['workers' => 1]);

$pids = [];
foreach (['user:pw', null, 'user:pw', null, 'user:wrong'] as $i => $auth) {
    $answer = fpm_get($pool, 'read_protected', ['path' => $node] + ($auth === null ? [] : ['auth' => $auth]));
    $pids[$answer['pid']] = true;
    unset($answer['pid']);
    echo "request $i (", $auth ?? 'no addAuth', '): ', json_encode($answer), "\n";
}
echo 'all on one worker: ', var_export(count($pids) === 1, true), "\n";
fpm_stop_and_check_log($pool);
?>
--EXPECT--
request 0 (user:pw): {"get":"top secret","getChildren":["child"]}
request 1 (no addAuth): {"get":{"exception":"ZookeeperAuthenticationException","code":-102},"getChildren":{"exception":"ZookeeperAuthenticationException","code":-102}}
request 2 (user:pw): {"get":"top secret","getChildren":["child"]}
request 3 (no addAuth): {"get":{"exception":"ZookeeperAuthenticationException","code":-102},"getChildren":{"exception":"ZookeeperAuthenticationException","code":-102}}
request 4 (user:wrong): {"get":{"exception":"ZookeeperAuthenticationException","code":-102},"getChildren":{"exception":"ZookeeperAuthenticationException","code":-102}}
all on one worker: true
php-fpm log: no worker died
