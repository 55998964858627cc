--TEST--
setLogStream() with a file that cannot be opened warns and returns false
--FILE--
<?php
$zk = new Zookeeper();
var_dump($zk->setLogStream('/nonexistent-directory-for-zk-log/x.log'));
?>
--EXPECTF--
Warning: Zookeeper::setLogStream(): cannot open '/nonexistent-directory-for-zk-log/x.log': %s in %s on line %d
bool(false)
