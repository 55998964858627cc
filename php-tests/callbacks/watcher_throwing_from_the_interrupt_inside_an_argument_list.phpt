--TEST--
a watcher fired by another client's change throws from the VM interrupt while the script is between an internal call and the argument it makes: no argument slot is freed twice, nothing leaks
--FILE--
<?php
require __DIR__ . '/../zk.inc';
require __DIR__ . '/php_child.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
$zk->create("$root/node", 'before');

final class Kept
{
    public function __construct(public array $values) {}
    public function __destruct() { echo "Kept destroyed\n"; }
}
function keep(int $n, mixed $value): void {}

$kept = new Kept([random_int(1, 1)]);
$zk->get("$root/node", function () {
    throw new RuntimeException('from the watcher');
});

// Another process changes the node while this one loops: the event comes
// from the extension's I/O thread, at whatever point the script is.
$child = php_child_start(sprintf('usleep(300000); zk_other()->set(%s, "after");', var_export("$root/node", true)));
$caught = null;
$deadline = microtime(true) + 10;
while ($caught === null && microtime(true) < $deadline) {
    // Leaves $kept in keep()'s second argument slot on the VM stack.
    keep(1, $kept);
    try {
        // The event arrives during usleep(); up to PHP 8.3 the VM checks for
        // the interrupt after usleep() returns, before the SEND of its result.
        keep(2, usleep(20000));
    } catch (RuntimeException $e) {
        $caught = $e->getMessage();
    }
}
var_dump(php_child_finish($child)['status']);
var_dump($caught);
// Allocations that would reuse $kept's memory had it been freed.
$others = [];
for ($i = 0; $i < 100; $i++) {
    $others[] = new ArrayObject([$i]);
}
var_dump($kept->values);
unset($kept);
echo "done\n";
?>
--EXPECT--
int(0)
string(16) "from the watcher"
array(1) {
  [0]=>
  int(1)
}
Kept destroyed
done
