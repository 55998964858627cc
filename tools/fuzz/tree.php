<?php
// Usage: php -d extension=zookeeper.so tools/fuzz/tree.php
// Resets the fuzzer's node trees on FUZZ_ZK_HOST: /fuzz (scripts' nodes,
// probe nodes) and /fuzz-sessions/{world,auth} (the chroots of
// session.save_path), as the test servers' super user, since PHP sessions
// stored with zookeeper.session_acl=creator are readable only by their
// credentials.
require __DIR__ . '/runtime.inc';

$zk = fuzz_admin();
$zk->addAuth('digest', 'super:superpw');
foreach ([FUZZ_TREE, FUZZ_SESSIONS] as $tree) {
    fuzz_delete_tree($zk, $tree);
    $zk->create($tree, '');
}
$zk->create(FUZZ_SESSIONS . '/world', '');
$zk->create(FUZZ_SESSIONS . '/auth', '');
