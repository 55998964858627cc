--TEST--
addAuth() calls its completion callback with the result code, whatever kind of callable it is
--FILE--
<?php
require __DIR__ . '/../zk.inc';

function auth_done(int $rc): void
{
    $GLOBALS['results'][] = "function: $rc";
}

class AuthListener
{
    public function done(int $rc): void
    {
        $GLOBALS['results'][] = "method: $rc";
    }

    public static function staticDone(int $rc): void
    {
        $GLOBALS['results'][] = "static: $rc";
    }

    public function __invoke(int $rc): void
    {
        $GLOBALS['results'][] = "invokable: $rc";
    }
}

$GLOBALS['results'] = [];
$listener = new AuthListener();
$callbacks = [
    function (int $rc) { $GLOBALS['results'][] = "closure: $rc"; },
    'auth_done',
    [$listener, 'done'],
    'AuthListener::staticDone',
    [AuthListener::class, 'staticDone'],
    $listener,
];
foreach ($callbacks as $i => $callback) {
    $zk = new Zookeeper(zk_host());
    var_dump($zk->addAuth('digest', "user$i:secret", $callback));
}
var_dump(zk_wait_until(fn () => count($GLOBALS['results']) === count($callbacks)));
echo implode("\n", $GLOBALS['results']), "\n";

// A scheme the server does not know: the callback gets AUTHFAILED (the
// extension also logs the failure; keep that out of the output).
$GLOBALS['results'] = [];
$zk = new Zookeeper(zk_host());
$zk->setLogStream(tmpfile());
var_dump($zk->addAuth('no-such-scheme', 'x', 'auth_done'));
var_dump(zk_wait_until(fn () => count($GLOBALS['results']) === 1));
echo implode("\n", $GLOBALS['results']), "\n";
var_dump(Zookeeper::AUTHFAILED);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
closure: 0
function: 0
method: 0
static: 0
static: 0
invokable: 0
bool(true)
bool(true)
function: -115
int(-115)
