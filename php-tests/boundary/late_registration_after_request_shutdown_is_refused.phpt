--TEST--
A callback or log stream registered after zookeeper's request shutdown (from a user session handler's write(), which PHP's session module runs later in the shutdown) is refused with ZookeeperException INVALIDSTATE; reads still work and the process ends cleanly
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$report = tempnam(sys_get_temp_dir(), 'late');
$result = zk_php_run('
    class LateHandler implements SessionHandlerInterface
    {
        public function __construct(private Zookeeper $zk, private string $report) {}
        public function open($path, $name): bool { return true; }
        public function close(): bool { return true; }
        public function read($id): string|false { return ""; }
        public function destroy($id): bool { return true; }
        public function gc($max): int|false { return 0; }
        public function write($id, $data): bool
        {
            $calls = [
                "get with a watcher" => fn () => $this->zk->get("/", function () {}),
                "config watcher" => fn () => $this->zk->getConfig()->get(function () {}),
                "log stream" => fn () => $this->zk->setLogStream(fopen("php://memory", "w")),
                "log file" => fn () => $this->zk->setLogStream(' . var_export($report . '.log', true) . '),
                "plain read" => fn () => is_array($this->zk->exists("/")),
            ];
            $lines = [];
            foreach ($calls as $what => $call) {
                try {
                    $lines[] = "$what: " . json_encode($call());
                } catch (Throwable $e) {
                    $lines[] = "$what: " . get_class($e) . " " . $e->getCode() . " " . $e->getMessage();
                }
            }
            file_put_contents($this->report, implode("\n", $lines) . "\n");
            return true;
        }
    }
    $zk = new Zookeeper(zk_host());
    $zk->exists("/");
    // false: not written by a shutdown function but in the session module\'s
    // own request shutdown, which comes after zookeeper\'s.
    session_set_save_handler(new LateHandler($zk, ' . var_export($report, true) . '), false);
    session_start();
    $_SESSION["n"] = 1;
    echo "script done\n";
', ['session.use_cookies' => '0', 'session.cache_limiter' => '']);
echo $result['output'], $result['end'], "\n";
echo file_get_contents($report);
@unlink($report);
@unlink("$report.log");
?>
--EXPECT--
script done
exit 0
get with a watcher: ZookeeperException -9 invalid zhandle state: a callback cannot be registered after the request has ended (in PHP's shutdown, after zookeeper's own)
config watcher: ZookeeperException -9 invalid zhandle state: a callback cannot be registered after the request has ended (in PHP's shutdown, after zookeeper's own)
log stream: ZookeeperException -9 invalid zhandle state: a log stream cannot be set after the request has ended (in PHP's shutdown, after zookeeper's own)
log file: ZookeeperException -9 invalid zhandle state: a log stream cannot be set after the request has ended (in PHP's shutdown, after zookeeper's own)
plain read: true
