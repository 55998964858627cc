--TEST--
setLogStream('path') opens the path through PHP's stream layer: open_basedir applies (a warning and false outside it), stream wrappers work (including one written in PHP), and an existing file is appended to, never truncated
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$dir = sys_get_temp_dir() . '/zk-basedir-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/kept.log", "earlier line\n");
$result = zk_php_run('
    class MemoryLog
    {
        public static string $text = "";
        public $context;
        public function stream_open($path, $mode, $options, &$opened): bool { return true; }
        public function stream_write(string $data): int { self::$text .= $data; return strlen($data); }
    }
    stream_wrapper_register("memlog", "MemoryLog");
    $zk = new Zookeeper();
    Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_DEBUG);
    var_dump($zk->setLogStream("/etc/zk-outside-basedir.log"));
    var_dump($zk->setLogStream(' . var_export("$dir/kept.log", true) . '));
    $zk->connect(zk_host());
    $zk->exists("/");
    var_dump($zk->setLogStream("memlog://anything"));
    $zk->exists("/zookeeper");
    var_dump(str_contains(MemoryLog::$text, "read /zookeeper"));
', ['open_basedir' => $dir . PATH_SEPARATOR . sys_get_temp_dir() . PATH_SEPARATOR . __DIR__ . '/..']);
echo $result['output'], $result['end'], "\n";
$kept = file_get_contents("$dir/kept.log");
var_dump(str_starts_with($kept, "earlier line\n"), str_contains($kept, 'read /'));
@unlink("$dir/kept.log");
@rmdir($dir);
?>
--EXPECTF--
Warning: Zookeeper::setLogStream(): open_basedir restriction in effect. File(/etc/zk-outside-basedir.log) is not within the allowed path(s): (%s) in Command line code on line %d

Warning: Zookeeper::setLogStream(/etc/zk-outside-basedir.log): Failed to open stream: Operation not permitted in Command line code on line %d
bool(false)
bool(true)
bool(true)
bool(true)
exit 0
bool(true)
bool(true)
