--TEST--
A fatal error in a destructor that runs while the extension lets go of a PHP value (a replaced log stream, a watcher dropped when its session ends) ends the script as PHP does, and the extension works again right after (shutdown functions here; the next request under php-fpm)
--FILE--
<?php
require __DIR__ . '/../zk.inc';
$prelude = '
    /** Its destructor dies: a compile-time fatal error, a bailout on every PHP version. */
    class Dying
    {
        public $context;
        public function stream_open($path, $mode, $options, &$opened): bool { return true; }
        public function stream_write(string $data): int { return strlen($data); }
        public function __destruct() { eval("function twice() {} function twice() {}"); }
    }
    register_shutdown_function(function () {
        try {
            $zk = new Zookeeper(zk_host());
            $zk->setLogStream(fopen("php://memory", "w"));
            echo "next call: ", is_array($zk->exists("/")) ? "works" : "fails", "\n";
        } catch (Throwable $e) {
            echo "next call: ", get_class($e), ": ", $e->getMessage(), "\n";
        }
    });
';
$cases = [
    'log stream replaced' => '
        stream_wrapper_register("dying", "Dying");
        $zk = new Zookeeper();
        $zk->setLogStream(fopen("dying://log", "w"));
        $zk->setLogStream("php://memory");
        echo "not reached\n";
    ',
    'watcher of a private session that ends' => '
        $zk = new Zookeeper(zk_host(), null, 5000, ["persistent" => false]);
        $config = $zk->getConfig();
        $dying = new Dying();
        $config->get(function () use ($dying) {});
        unset($dying);
        $zk->close();
        unset($zk, $config); // the session ends: its watch ends with it
        zk_wait_until(fn () => false, 2.0);
        echo "not reached\n";
    ',
];
foreach ($cases as $name => $code) {
    $result = zk_php_run($prelude . $code);
    echo "$name: ", $result['end'], "\n", $result['output'];
}
?>
--EXPECTF--
log stream replaced: exit 255

Fatal error: Cannot redeclare %s in %s on line %d
next call: works
watcher of a private session that ends: exit 255

Fatal error: Cannot redeclare %s in %s on line %d
next call: works
