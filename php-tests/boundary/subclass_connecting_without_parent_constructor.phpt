--TEST--
A subclass whose constructor calls $this->connect() without parent::__construct() works, as with PECL; so does one that calls connect() before parent::__construct() without a host
--FILE--
<?php
require __DIR__ . '/../zk.inc';
class Connects extends Zookeeper
{
    public function __construct(string $host)
    {
        $this->connect($host);
    }
}
$zk = new Connects(zk_host());
var_dump(is_array($zk->exists('/')));

class ConnectsThenParent extends Zookeeper
{
    public function __construct(string $host)
    {
        $this->connect($host);
        parent::__construct();
    }
}
$zk = new ConnectsThenParent(zk_host());
var_dump(is_array($zk->exists('/')));

class NeverConnects extends Zookeeper
{
    public function __construct() {}
}
try {
    (new NeverConnects())->get('/');
} catch (ZookeeperConnectionException $e) {
    echo $e->getCode(), ' ', $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
5998 Zookeeper->connect() was not called
