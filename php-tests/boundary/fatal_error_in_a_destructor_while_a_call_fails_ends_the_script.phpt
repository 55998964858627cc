--TEST--
A fatal error in a destructor the extension runs on its way out of a call that fails (a watcher let go of earlier, holding the object, released then) ends the script as PHP does: the call's own failure does not hide it, and the extension works again right after
--FILE--
<?php
require __DIR__ . '/../zk.inc';

class FatalInDestructor
{
    public function __destruct()
    {
        echo "destructor runs\n";
        // A compile-time fatal error: a bailout on every PHP version (E_USER_ERROR is deprecated since 8.4).
        eval('function twice() {} function twice() {}');
    }
}

/** A watcher holding the only reference to a FatalInDestructor. */
function watcher_holding_the_object(): Closure
{
    $guard = new FatalInDestructor();
    return function () use ($guard) {};
}

register_shutdown_function(function () {
    echo "next call: ", is_array((new Zookeeper(zk_host()))->exists('/')) ? 'works' : 'fails', "\n";
});

$other = new Zookeeper(zk_host());
$zk = new Zookeeper(zk_host(), watcher_holding_the_object());
$other->exists('/');
zookeeper_dispatch(); // the watcher has been told CONNECTED: nothing left to run
unset($zk); // its watcher is let go of at the extension's next safe point
try {
    $other->get('/no-such-node'); // fails, and its safe point releases the watcher
} catch (ZookeeperException $e) {
    echo "caught: ", get_class($e), "\n";
}
echo "not reached\n";
?>
--EXPECTF--
destructor runs

Fatal error: Cannot redeclare %s in %s on line %d
next call: works
