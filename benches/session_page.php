<?php
// The session benchmark's page: what a logged-in user's request does with
// its PHP session: session_start() (lock + read), read a value, change it,
// write it back (+ unlock). session_write_close() is called here rather than
// left to request end so that a failed write makes the request fail (a 500
// that wrk counts); at request end the response would be out already.
// The same page runs under every save handler; the mode is chosen by
// php-fpm's ini (and, for the session per request mode, by
// session_per_request.inc as auto_prepend_file).
if (!session_start()) {
    http_response_code(500);
    exit("session_start() failed\n");
}
// What an app keeps in a session besides the counter (about 200 bytes).
$_SESSION['user'] ??= [
    'id' => 4711,
    'name' => 'bench user',
    'roles' => ['customer', 'newsletter'],
    'locale' => 'en_GB',
    'cart' => ['sku-1001' => 2, 'sku-2002' => 1],
    'csrf' => str_repeat('c', 32),
];
$views = ($_SESSION['views'] ?? 0) + 1;
$_SESSION['views'] = $views;
if (!session_write_close()) {
    http_response_code(500);
    exit("session_write_close() failed\n");
}

header('Content-Type: text/plain');
echo "views=$views\n";
