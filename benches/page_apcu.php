<?php
// The load-test page with its values kept in APCu instead: the same 20 reads
// (18 config values, the service's instance list, the chosen instance's
// address) as apcu_fetch() calls, the usual "config in APCu" set-up. A value
// APCu does not hold yet (the first request of a php-fpm pool, or after an
// eviction) is stored from app_data.php, which stands for the source of truth.
// A closure, not a function: profile_loop.php includes the page many times.
$read = static function (string $key) {
    // No value here is false, so no by-reference $success (the cheaper call).
    $value = apcu_fetch($key);
    if ($value === false) {
        static $app;
        $app ??= require __DIR__ . '/app_data.php';
        $value = match (true) {
            str_starts_with($key, '/bench/app/config/') => $app['config'][basename($key)],
            $key === '/bench/app/services/api' => array_keys($app['instances']),
            default => $app['instances'][basename($key)],
        };
        apcu_store($key, $value);
    }
    return $value;
};

$config = [];
for ($i = 1; $i <= 18; $i++) {
    $key = sprintf('key%02d', $i);
    $config[$key] = $read("/bench/app/config/$key");
}

$instances = $read('/bench/app/services/api');
sort($instances);
$chosen = $instances[0];
$address = $read("/bench/app/services/api/$chosen");

header('Content-Type: application/json');
echo json_encode(['config' => $config, 'service' => [$chosen => $address]]);
