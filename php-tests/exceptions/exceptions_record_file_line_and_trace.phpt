--TEST--
exceptions thrown by the extension carry the file, line and stack trace of the PHP call, like any PHP exception
--FILE--
<?php
require __DIR__ . '/../bad_input/bad_input.inc';
function read_missing(Zookeeper $zk) {
    return $zk->get('/this/node/does/not/exist');
}
function read_bad_path(Zookeeper $zk) {
    return $zk->get('relative');
}
$zk = new Zookeeper(zk_host());
foreach (['read_missing', 'read_bad_path'] as $function) {
    try {
        $function($zk);
    } catch (ZookeeperException $e) {
        echo get_class($e), " at ", basename($e->getFile()), ":", $e->getLine(), "\n";
        echo "  trace: ", implode(' <- ', array_map(fn($frame) => ($frame['class'] ?? '') . ($frame['type'] ?? '') . $frame['function'], $e->getTrace())), "\n";
    }
}
try {
    (new Zookeeper())->close();
} catch (ZookeeperConnectionException $e) {
    echo get_class($e), " at line ", $e->getLine(), "\n";
}
// A user can throw and extend them as with PECL.
class MyZkError extends ZookeeperNoNodeException {}
$mine = new MyZkError('custom', 7);
var_dump($mine->getMessage(), $mine->getCode(), $mine->getLine(), $mine instanceof ZookeeperException);
?>
--EXPECT--
ZookeeperNoNodeException at exceptions_record_file_line_and_trace.php:4
  trace: Zookeeper->get <- read_missing
ZookeeperException at exceptions_record_file_line_and_trace.php:7
  trace: Zookeeper->get <- read_bad_path
ZookeeperConnectionException at line 19
string(6) "custom"
int(7)
int(25)
bool(true)
