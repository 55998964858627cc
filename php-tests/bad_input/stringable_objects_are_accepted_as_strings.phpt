--TEST--
an object with __toString() is accepted wherever a string is (PHP's weak-mode rule for internal functions), as PECL accepts it
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
class Text
{
    public function __construct(private string $text) {}
    public function __toString(): string { return $this->text; }
}
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
show_outcomes([
    'create path and value' => fn() => substr($zk->create(new Text("$root/n"), new Text('from object')), strlen($root)),
    'get path' => fn() => $zk->get(new Text("$root/n")),
    'exists path' => fn() => $zk->exists(new Text("$root/n"))['dataLength'],
    'set value' => fn() => $zk->set("$root/n", new Text('changed')),
    'getChildren path' => fn() => $zk->getChildren(new Text($root)),
    'getAcl path' => fn() => count($zk->getAcl(new Text("$root/n"))),
    'addAuth scheme and cert' => fn() => $zk->addAuth(new Text('digest'), new Text('obj:pw')),
    'connect host' => fn() => (new Zookeeper())->connect(new Text(zk_host())),
    'delete path' => fn() => $zk->delete(new Text("$root/n")),
]);
?>
--EXPECT--
create path and value: ok "/n"
get path: ok "from object"
exists path: ok 11
set value: ok true
getChildren path: ok ["n"]
getAcl path: ok 2
addAuth scheme and cert: ok true
connect host: ok null
delete path: ok true
