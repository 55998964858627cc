--TEST--
ZooKeeper unreachable at session_start(): a clear warning within zookeeper.recv_timeout, session_start() returns false, the script goes on
--FILE--
<?php
require __DIR__ . '/session.inc';

// A port nobody listens on: bind one, then let it go.
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
fclose($probe);

$ini = sess_ini('', ['session.save_path' => "127.0.0.1:$port", 'zookeeper.recv_timeout' => '1500']);
$process = proc_open(sess_command('
    session_id("downid1");
    var_dump(session_start());
    var_dump(session_status() === PHP_SESSION_NONE);
    echo "script continues\n";
', $ini), [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$output = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
proc_close($process);
echo str_replace((string) $port, 'PORT', $output);
?>
--EXPECTF--
Warning: session_start(): cannot reach ZooKeeper at 127.0.0.1:PORT: connection loss: no connection to 127.0.0.1:PORT for %d ms in Command line code on line %d

Warning: session_start(): Failed to initialize storage module: zookeeper (path: 127.0.0.1:PORT) in Command line code on line %d
bool(false)
bool(true)
script continues
