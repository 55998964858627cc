--TEST--
A log stream whose PHP wrapper closes the PHP session from inside stream_write() never runs while the zookeeper save handler is locking or reading the session: its lines wait for the next safe point after session_start(), where the wrapper's session_write_close() works normally
--FILE--
<?php
require __DIR__ . '/../save_handler/session.inc';
$root = zk_test_root();
echo sess_php($root, '
    class SessionClosingStream
    {
        public $context;
        public static bool $armed = true;
        public static int $closed = 0;
        public function stream_open($path, $mode, $options, &$opened): bool { return true; }
        public function stream_write(string $data): int
        {
            if (self::$armed && session_status() === PHP_SESSION_ACTIVE) {
                session_write_close();
                self::$closed++;
            }
            return strlen($data);
        }
    }
    stream_wrapper_register("closing", "SessionClosingStream");
    $zk = new Zookeeper();
    var_dump($zk->setLogStream(fopen("closing://log", "w")));
    Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_DEBUG);
    session_id("hostilelog1");
    // Locking and reading log lines; none may be written before this returns.
    var_dump(session_start());
    Zookeeper::dispatch(); // a safe point: the lines are written by now
    echo SessionClosingStream::$closed, " close, session status ", session_status(), "\n";
    SessionClosingStream::$armed = false;
    var_dump(session_start());
    $_SESSION["n"] = 7;
    session_write_close();
');
echo sess_php($root, '
    session_id("hostilelog1");
    session_start();
    var_dump($_SESSION["n"]);
');
?>
--EXPECT--
bool(true)
bool(true)
1 close, session status 1
bool(true)
int(7)
