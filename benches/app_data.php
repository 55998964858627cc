<?php
// The data behind the load-test page: 18 config values and the instances of
// one service. setup_app.php writes it to ZooKeeper under /bench/app;
// page_hardcoded.php serves it as it stands (the ceiling: no ZooKeeper at all).
return [
    'config' => [
        'key01' => 'db-primary.internal:5432',
        'key02' => 'db-replica.internal:5432',
        'key03' => 'app_production',
        'key04' => '30',
        'key05' => 'redis://cache.internal:6379/0',
        'key06' => 'https://auth.internal/oauth2/token',
        'key07' => 'info',
        'key08' => 'true',
        'key09' => 'false',
        'key10' => '250',
        'key11' => 'eu-west-1',
        'key12' => 'feature-new-checkout,feature-dark-mode',
        'key13' => '5000',
        'key14' => 'smtp.internal:587',
        'key15' => 'no-reply@example.com',
        'key16' => '0.05',
        'key17' => 'Europe/Berlin',
        'key18' => '{"retries":3,"backoff_ms":[100,200,400],"circuit_breaker":{"threshold":0.5,"window_s":30}}',
    ],
    'service' => 'api',
    'instances' => [
        'instance-0001' => '10.0.0.11:8080',
        'instance-0002' => '10.0.0.12:8080',
        'instance-0003' => '10.0.0.13:8080',
        'instance-0004' => '10.0.0.14:8080',
        'instance-0005' => '10.0.0.15:8080',
    ],
];
