--TEST--
Stack traces never show addAuth()'s credential although PHP records call arguments (zend.exception_ignore_args=0): exceptions thrown by addAuth, by its completion callback (which runs at the next dispatch point), debug_backtrace() inside it, an uncaught exception's report, a subclass
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/secrets.inc';
$secret = secret_new();
// The calls below fetch the credential with cert() instead of capturing it:
// a closure's captured variables show in print_r() of a trace that has the
// closure as an argument, which would be the test's own leak.
function cert(): string
{
    return $GLOBALS['secret']->cert;
}
$frame = '/Zookeeper->addAuth\(/';

/** Every text form of an exception's trace. */
function trace_texts(Throwable $e): string
{
    return $e->getTraceAsString() . "\n" . print_r($e->getTrace(), true) . "\n" . var_export($e->getTrace(), true) . "\n" . $e;
}

function caught(callable $call): Throwable
{
    try {
        $call();
    } catch (Throwable $e) {
        return $e;
    }
    throw new LogicException('nothing thrown');
}

// Thrown by addAuth itself: no server, an empty scheme, a callback that is not one.
$unreachable = new Zookeeper(secret_unreachable_host(), null, 1000);
secret_check('addAuth() without a server', trace_texts(caught(fn () => $unreachable->addAuth('digest', cert()))), $frame, $secret);
$zk = new Zookeeper(zk_host());
secret_check('addAuth() with an empty scheme', trace_texts(caught(fn () => $zk->addAuth('', cert()))), $frame, $secret);
secret_check('addAuth() with a bad callback', trace_texts(caught(fn () => $zk->addAuth('digest', cert(), 'no_such_function'))), $frame, $secret);

// The completion callback runs after addAuth() has returned (PECL's
// completions are asynchronous), at the next dispatch point: the
// credential is nowhere on the stack then either.
$seen = '';
$completion = function (int $rc) use (&$seen) {
    ob_start();
    debug_print_backtrace();
    $seen .= ob_get_clean() . print_r(debug_backtrace(), true) . var_export(debug_backtrace(), true);
    throw new RuntimeException('thrown by the completion callback');
};
$e = caught(function () use ($zk, $completion) {
    $zk->addAuth('digest', cert(), $completion);
    Zookeeper::dispatch();
});
secret_check('debug_backtrace() in the completion callback', $seen, '/\{closure(:[^}]*)?\}\(0\)/', $secret);
secret_check('exception thrown by the completion callback', get_class($e) . ' ' . trace_texts($e), '/^RuntimeException.*\{closure(:[^}]*)?\}\(0\)/s', $secret);

// A subclass inherits addAuth, and with it the marking.
class AppZookeeper extends Zookeeper
{
}
$sub = new AppZookeeper(secret_unreachable_host(), null, 1000);
secret_check('subclass addAuth() without a server', trace_texts(caught(fn () => $sub->addAuth('digest', cert()))), '/AppZookeeper->addAuth\(|Zookeeper->addAuth\(/', $secret);

// Uncaught: PHP prints the trace (display_errors) and logs it (error_log).
// The child gets the credential through its environment, not its code.
$log = tempnam(sys_get_temp_dir(), 'secret-log');
$out = secret_php(
    ['display_errors' => '1', 'log_errors' => '1', 'error_log' => $log, 'zend.exception_ignore_args' => '0'],
    secret_code('(new Zookeeper(secret_unreachable_host(), null, 1000))->addAuth("digest", getenv("SECRET_CERT"));'),
    ['SECRET_CERT' => $secret->cert],
);
secret_check('uncaught, displayed', $out, '/Uncaught ZookeeperConnectionException.*Zookeeper->addAuth\(/s', $secret);
secret_check('uncaught, error_log', file_get_contents($log), '/Uncaught ZookeeperConnectionException.*Zookeeper->addAuth\(/s', $secret);
unlink($log);
?>
--EXPECT--
addAuth() without a server: ok
addAuth() with an empty scheme: ok
addAuth() with a bad callback: ok
debug_backtrace() in the completion callback: ok
exception thrown by the completion callback: ok
subclass addAuth() without a server: ok
uncaught, displayed: ok
uncaught, error_log: ok
