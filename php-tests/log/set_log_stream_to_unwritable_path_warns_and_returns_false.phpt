--TEST--
setLogStream() with a file that cannot be opened gives PHP's own warning (through its stream layer) and returns false
--FILE--
<?php
$zk = new Zookeeper();
var_dump($zk->setLogStream('/nonexistent-directory-for-zk-log/x.log'));
?>
--EXPECTF--
Warning: Zookeeper::setLogStream(/nonexistent-directory-for-zk-log/x.log): Failed to open stream: No such file or directory in %s on line %d
bool(false)
