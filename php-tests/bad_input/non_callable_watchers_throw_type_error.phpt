--TEST--
a watcher or completion that is not callable throws TypeError (PHP's "must be a valid callback" wording) before anything is sent
--FILE--
<?php
require __DIR__ . '/bad_input.inc';
$root = zk_test_root();
$zk = new Zookeeper(zk_host());
class Holder { private function hidden() {} }
$bad = [
    'unknown function' => 'no_such_function',
    'int' => 42,
    'true' => true,
    'empty string' => '',
    'plain object' => new stdClass(),
    'array of three' => [1, 2, 3],
    'unknown class' => ['NoSuchClass', 'method'],
    'unknown method' => [new Holder(), 'missing'],
    'private method' => [new Holder(), 'hidden'],
    'unknown static' => 'Holder::missing',
];
foreach ($bad as $name => $callback) {
    echo "$name:\n";
    echo "  get: ", outcome(fn() => $zk->get($root, $callback)), "\n";
    echo "  exists: ", outcome(fn() => $zk->exists("$root/later", $callback)), "\n";
    echo "  getChildren: ", outcome(fn() => $zk->getChildren($root, $callback)), "\n";
    echo "  setWatcher: ", outcome(fn() => $zk->setWatcher($callback)), "\n";
    echo "  addAuth: ", outcome(fn() => $zk->addAuth('digest', 'w:w', $callback)), "\n";
    echo "  __construct: ", outcome(fn() => new Zookeeper(zk_host(), $callback)), "\n";
}
// null is "no watcher" where PECL allows it, but not for the completion or setWatcher.
echo "get null: ", outcome(fn() => $zk->get($root, null)), "\n";
echo "setWatcher null: ", outcome(fn() => $zk->setWatcher(null)), "\n";
echo "addAuth null: ", outcome(fn() => $zk->addAuth('digest', 'w:w', null)), "\n";
// Nothing was registered by the failed calls: a change fires nothing.
$zk->create("$root/later", '');
usleep(200000);
Zookeeper::dispatch();
echo "done\n";
?>
--EXPECTF--
unknown function:
  get: TypeError: Zookeeper::get(): Argument #2 ($watcher_cb) must be a valid callback or null, function "no_such_function" not found or invalid function name
  exists: TypeError: Zookeeper::exists(): Argument #2 ($watcher_cb) must be a valid callback or null, function "no_such_function" not found or invalid function name
  getChildren: TypeError: Zookeeper::getChildren(): Argument #2 ($watcher_cb) must be a valid callback or null, function "no_such_function" not found or invalid function name
  setWatcher: TypeError: Zookeeper::setWatcher(): Argument #1 ($watcher_cb) must be a valid callback, function "no_such_function" not found or invalid function name
  addAuth: TypeError: Zookeeper::addAuth(): Argument #3 ($completion_cb) must be a valid callback, function "no_such_function" not found or invalid function name
  __construct: TypeError: Zookeeper::__construct(): Argument #2 ($watcher_cb) must be a valid callback or null, function "no_such_function" not found or invalid function name
int:
  get: TypeError: Zookeeper::get(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given
  exists: TypeError: Zookeeper::exists(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given
  getChildren: TypeError: Zookeeper::getChildren(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given
  setWatcher: TypeError: Zookeeper::setWatcher(): Argument #1 ($watcher_cb) must be a valid callback, no array or string given
  addAuth: TypeError: Zookeeper::addAuth(): Argument #3 ($completion_cb) must be a valid callback, no array or string given
  __construct: TypeError: Zookeeper::__construct(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given
true:
  get: TypeError: Zookeeper::get(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given
  exists: TypeError: Zookeeper::exists(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given
  getChildren: TypeError: Zookeeper::getChildren(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given
  setWatcher: TypeError: Zookeeper::setWatcher(): Argument #1 ($watcher_cb) must be a valid callback, no array or string given
  addAuth: TypeError: Zookeeper::addAuth(): Argument #3 ($completion_cb) must be a valid callback, no array or string given
  __construct: TypeError: Zookeeper::__construct(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given
empty string:
  get: TypeError: Zookeeper::get(): Argument #2 ($watcher_cb) must be a valid callback or null, function "" not found or invalid function name
  exists: TypeError: Zookeeper::exists(): Argument #2 ($watcher_cb) must be a valid callback or null, function "" not found or invalid function name
  getChildren: TypeError: Zookeeper::getChildren(): Argument #2 ($watcher_cb) must be a valid callback or null, function "" not found or invalid function name
  setWatcher: TypeError: Zookeeper::setWatcher(): Argument #1 ($watcher_cb) must be a valid callback, function "" not found or invalid function name
  addAuth: TypeError: Zookeeper::addAuth(): Argument #3 ($completion_cb) must be a valid callback, function "" not found or invalid function name
  __construct: TypeError: Zookeeper::__construct(): Argument #2 ($watcher_cb) must be a valid callback or null, function "" not found or invalid function name
plain object:
  get: TypeError: Zookeeper::get(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given%S
  exists: TypeError: Zookeeper::exists(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given%S
  getChildren: TypeError: Zookeeper::getChildren(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given%S
  setWatcher: TypeError: Zookeeper::setWatcher(): Argument #1 ($watcher_cb) must be a valid callback, no array or string given%S
  addAuth: TypeError: Zookeeper::addAuth(): Argument #3 ($completion_cb) must be a valid callback, no array or string given%S
  __construct: TypeError: Zookeeper::__construct(): Argument #2 ($watcher_cb) must be a valid callback or null, no array or string given%S
array of three:
  get: TypeError: Zookeeper::get(): Argument #2 ($watcher_cb) must be a valid callback or null, array callback must have exactly two members
  exists: TypeError: Zookeeper::exists(): Argument #2 ($watcher_cb) must be a valid callback or null, array callback must have exactly two members
  getChildren: TypeError: Zookeeper::getChildren(): Argument #2 ($watcher_cb) must be a valid callback or null, array callback must have exactly two members
  setWatcher: TypeError: Zookeeper::setWatcher(): Argument #1 ($watcher_cb) must be a valid callback, array callback must have exactly two members
  addAuth: TypeError: Zookeeper::addAuth(): Argument #3 ($completion_cb) must be a valid callback, array callback must have exactly two members
  __construct: TypeError: Zookeeper::__construct(): Argument #2 ($watcher_cb) must be a valid callback or null, array callback must have exactly two members
unknown class:
  get: TypeError: Zookeeper::get(): Argument #2 ($watcher_cb) must be a valid callback or null, class %s
  exists: TypeError: Zookeeper::exists(): Argument #2 ($watcher_cb) must be a valid callback or null, class %s
  getChildren: TypeError: Zookeeper::getChildren(): Argument #2 ($watcher_cb) must be a valid callback or null, class %s
  setWatcher: TypeError: Zookeeper::setWatcher(): Argument #1 ($watcher_cb) must be a valid callback, class %s
  addAuth: TypeError: Zookeeper::addAuth(): Argument #3 ($completion_cb) must be a valid callback, class %s
  __construct: TypeError: Zookeeper::__construct(): Argument #2 ($watcher_cb) must be a valid callback or null, class %s
unknown method:
  get: TypeError: Zookeeper::get(): Argument #2 ($watcher_cb) must be a valid callback or null, %smethod%s
  exists: TypeError: Zookeeper::exists(): Argument #2 ($watcher_cb) must be a valid callback or null, %smethod%s
  getChildren: TypeError: Zookeeper::getChildren(): Argument #2 ($watcher_cb) must be a valid callback or null, %smethod%s
  setWatcher: TypeError: Zookeeper::setWatcher(): Argument #1 ($watcher_cb) must be a valid callback, %smethod%s
  addAuth: TypeError: Zookeeper::addAuth(): Argument #3 ($completion_cb) must be a valid callback, %smethod%s
  __construct: TypeError: Zookeeper::__construct(): Argument #2 ($watcher_cb) must be a valid callback or null, %smethod%s
private method:
  get: TypeError: Zookeeper::get(): Argument #2 ($watcher_cb) must be a valid callback or null, %smethod%s
  exists: TypeError: Zookeeper::exists(): Argument #2 ($watcher_cb) must be a valid callback or null, %smethod%s
  getChildren: TypeError: Zookeeper::getChildren(): Argument #2 ($watcher_cb) must be a valid callback or null, %smethod%s
  setWatcher: TypeError: Zookeeper::setWatcher(): Argument #1 ($watcher_cb) must be a valid callback, %smethod%s
  addAuth: TypeError: Zookeeper::addAuth(): Argument #3 ($completion_cb) must be a valid callback, %smethod%s
  __construct: TypeError: Zookeeper::__construct(): Argument #2 ($watcher_cb) must be a valid callback or null, %smethod%s
unknown static:
  get: TypeError: Zookeeper::get(): Argument #2 ($watcher_cb) must be a valid callback or null, %s
  exists: TypeError: Zookeeper::exists(): Argument #2 ($watcher_cb) must be a valid callback or null, %s
  getChildren: TypeError: Zookeeper::getChildren(): Argument #2 ($watcher_cb) must be a valid callback or null, %s
  setWatcher: TypeError: Zookeeper::setWatcher(): Argument #1 ($watcher_cb) must be a valid callback, %s
  addAuth: TypeError: Zookeeper::addAuth(): Argument #3 ($completion_cb) must be a valid callback, %s
  __construct: TypeError: Zookeeper::__construct(): Argument #2 ($watcher_cb) must be a valid callback or null, %s
get null: ok ""
setWatcher null: TypeError: Zookeeper::setWatcher(): Argument #1 ($watcher_cb) must be a valid callback, no array or string given
addAuth null: TypeError: Zookeeper::addAuth(): Argument #3 ($completion_cb) must be a valid callback, no array or string given
done
