--TEST--
stubs/zookeeper.stub.php describes exactly the API of the loaded extension
--DESCRIPTION--
The stub is the documented truth of the API. This compares it, without running
it, with Reflection of the loaded extension: classes and their parents,
constants and their values, methods (static or not, visibility), parameters
(name, order, optional, by reference), return and parameter types and defaults
where the extension declares them, functions, and ini settings. It also checks
that every class and method of the stub is documented. Every difference is
listed, one per line.
--FILE--
<?php
require __DIR__ . '/api_model.inc';

$stub_file = __DIR__ . '/../../stubs/zookeeper.stub.php';
$stub = api_model_of_stub($stub_file);
$ext = api_model_of_extension('zookeeper');

// A model that came out empty would make the comparison pass vacuously.
if (count($stub['classes']) < 9 || count($ext['classes']) < 9) {
    echo "too few classes: stub ", count($stub['classes']), ", extension ", count($ext['classes']), "\n";
}

$problems = array_merge(api_diff($stub, $ext), api_ini_diff($stub_file, 'zookeeper'), api_undocumented($stub));
if ($problems) {
    echo "stub and extension differ:\n  ", implode("\n  ", $problems), "\n";
}
printf("compared: classes %d, constants %d, methods %d, functions %d\n",
    count($ext['classes']),
    array_sum(array_map(fn ($c) => count($c['constants']), $ext['classes'])),
    array_sum(array_map(fn ($c) => count($c['methods']), $ext['classes'])),
    count($ext['functions']));
?>
--EXPECT--
compared: classes 13, constants 66, methods 55, functions 1
