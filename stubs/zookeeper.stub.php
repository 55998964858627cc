<?php

/**
 * zookeeper.so: the API of the PECL `zookeeper` extension (1.x), with one
 * ZooKeeper session per PHP process shared by every request it serves, and a
 * watch-driven cache in front of get(), exists() and getChildren().
 *
 * This file is the API as PHP sees it, and its documentation. It is never
 * loaded by PHP; php-tests/stub/stub_matches_loaded_extension.phpt checks it
 * against the loaded extension (classes, parents, methods, parameters,
 * constants, ini settings).
 *
 * Conventions of this file:
 * - Types in signatures are the types the methods accept and return. The
 *   extension parses its arguments as PHP's internal functions do (and as
 *   PECL does): in a file with declare(strict_types=1) a scalar of another
 *   type is a TypeError; otherwise it is converted (e.g. "5" for an int, and
 *   a string argument shows converted in stack traces), with PHP's own
 *   TypeError messages naming the argument.
 * - `= UNKNOWN` (as in php-src's stubs) marks an optional parameter that has
 *   no default value PHP could show: leave it out, or pass a real value.
 *
 * How this extension differs from PECL (everything else is as in PECL):
 * - Shared sessions. `new Zookeeper($hosts)` joins the session this process
 *   already has for the same server list and credentials, instead of opening
 *   a new one; under php-fpm one worker keeps one session across all its
 *   requests. The session ends (for real) when the process ends. Ephemeral
 *   nodes made through it still end with the request that made them (as
 *   PECL's ended with its per-request session): see zookeeper.ephemeral_scope.
 *   Opt out per object with `['persistent' => false]`
 *   (the object gets a session of its own, ended by close() or when the
 *   object is destroyed) or for everything with zookeeper.persistent=0.
 * - The cache. Answers of get(), exists() and getChildren() (including "no
 *   such node") are kept while a server watch on them is armed; the watch
 *   event drops them, and this process's own create/set/delete/setAcl drop
 *   the affected entries before returning, so a process always reads its own
 *   writes. Opt out with `['cache' => false]` or zookeeper.cache=0.
 *   Zookeeper::getStats() shows how it does.
 * - close() on a shared session only detaches the object; see close().
 * - Zookeeper::__construct() and connect() take a 4th parameter, $options.
 * - create() takes a 5th parameter, $ttl, for the ZooKeeper 3.5+ TTL modes;
 *   CONTAINER, PERSISTENT_WITH_TTL, PERSISTENT_SEQUENTIAL_WITH_TTL,
 *   READONLY_STATE and the 3.5+ error codes are constants here.
 * - Invalid paths, ACL entries, flags and host strings throw
 *   ZookeeperException with code Zookeeper::BADARGUMENTS and a message that
 *   says what was wrong ("bad arguments: invalid path 'a': path must start
 *   with /"); PECL says only "bad arguments", and skips invalid ACL entries.
 * - setDeterministicConnOrder() is accepted and has no effect.
 * - ZookeeperConfig has a constructor without parameters (PECL: none).
 * - Beyond PECL's API (ZooKeeper 3.4's): transaction(), sync(),
 *   getEphemerals(), getAllChildrenNumber(), persistent watches (addWatch(),
 *   removeWatches()), preloaded subtrees (preload(), zookeeper.preload), and
 *   the recipe classes ZookeeperLock, ZookeeperLeaderElection and
 *   ZookeeperServiceDiscovery.
 *
 * Callbacks (watchers and completions) run on the PHP thread only: at the
 * start of any Zookeeper method, in Zookeeper::dispatch() /
 * zookeeper_dispatch(), and by themselves while the script runs (e.g. inside
 * a sleep()/usleep() loop). Callbacks belong to the request that registered
 * them: at request end they are dropped, never run in another request.
 *
 * ini settings (name = default, where it can be changed):
 *   zookeeper.recv_timeout = 10000        PHP_INI_ALL: default $recv_timeout
 *       (ms) for __construct()/connect(); also the deadline of every call.
 *   zookeeper.persistent = 1              PHP_INI_ALL: default of the
 *       'persistent' option (use the process's shared session).
 *   zookeeper.cache = 1                   PHP_INI_ALL: default of the 'cache'
 *       option (read through the watch-driven cache).
 *   zookeeper.cache_max_bytes = 33554432  PHP_INI_SYSTEM: memory bound of the
 *       cache of one session (data, path and ~1.5 KB per entry for its
 *       watch); entries not used recently are evicted.
 *   zookeeper.cache_serve_stale = 1       PHP_INI_ALL: while the connection
 *       is lost but the session has not expired, serve cached answers (the
 *       server keeps the watches and replays missed events on reconnect),
 *       up to one session timeout after the server was last heard from;
 *       0 = such reads wait for the server and fail with CONNECTIONLOSS.
 *   zookeeper.session_idle_timeout = 600  PHP_INI_SYSTEM: seconds a shared
 *       session may go unused by any object before the process closes it
 *       (it holds no process-long ephemeral nodes); 0 = never. Bounds the
 *       sessions of a worker that serves many credential sets.
 *   zookeeper.ephemeral_scope = request   PHP_INI_ALL: default of the
 *       'ephemeral_scope' option: how long an ephemeral node made through
 *       the shared session lives. "request": deleted when the request that
 *       made it ends (also after exit(), an uncaught exception or a fatal
 *       error), if the session still owns it; "process": until the process
 *       ends.
 *   zookeeper.preload = ""                PHP_INI_SYSTEM: subtrees to keep in
 *       the cache of each shared session (server paths, no chroot, comma
 *       separated, e.g. "/config,/services"), loaded when the process opens
 *       the session: see Zookeeper::preload(). The first object waits for
 *       the load up to its recv_timeout (then it goes on in the background);
 *       an invalid path or a subtree that does not fit gives a warning.
 *
 * pcntl_fork(): a child forked after the process connected gets sessions of
 * its own on first use (its own connection, cache and watches; objects it
 * inherited work on them) and never touches the parent's connection; the
 * parent's ephemeral nodes stay the parent's.
 *
 * The session save handler (session.save_handler = zookeeper; README
 * "PHP sessions in ZooKeeper") has its own:
 *   zookeeper.session_lock = 1            PHP_INI_SYSTEM: lock a session
 *       while a request has it open (as PECL).
 *   zookeeper.sess_lock_wait = 150000     PHP_INI_ALL: microseconds before
 *       retrying a lock attempt that failed (waiting for another request's
 *       lock is watch-driven).
 *   zookeeper.session_lock_timeout = 0    PHP_INI_ALL: longest lock wait in
 *       ms; 0 = max_execution_time, or 30 s when that is 0.
 *   zookeeper.session_auth = ""           PHP_INI_SYSTEM: "scheme:credential"
 *       the handler authenticates with; phpinfo() never shows it.
 *   zookeeper.session_acl = creator       PHP_INI_SYSTEM: "creator" (nodes
 *       readable only with session_auth's credentials) or "world" (as PECL).
 *   zookeeper.session_max_bytes = 1047552 PHP_INI_ALL: largest session data
 *       the handler writes; more fails the write with a warning.
 */

/**
 * A client of a ZooKeeper ensemble.
 *
 * Methods that talk to ZooKeeper throw a ZookeeperException (or subclass)
 * whose getCode() is one of the error constants below and whose message is
 * libzookeeper's text for it ("no node", "node exists", ...). Before connect()
 * and after close() they throw ZookeeperConnectionException with code 5998
 * and message "Zookeeper->connect() was not called".
 *
 * Paths are absolute ("/a/b"), relative to the chroot if the host string has
 * one ("h1:2181,h2:2181/app").
 *
 * A stat array (get(), exists(), set(), getAcl()) has the keys czxid, mzxid,
 * ctime, mtime (ms), version, cversion, aversion, ephemeralOwner, dataLength,
 * numChildren, pzxid; the 64-bit ones (czxid, mzxid, ctime, mtime,
 * ephemeralOwner, pzxid) are floats, as in PECL.
 *
 * An ACL is a list of ['perms' => int, 'scheme' => string, 'id' => string],
 * e.g. ['perms' => Zookeeper::PERM_ALL, 'scheme' => 'world', 'id' => 'anyone'].
 *
 * A watcher is any callable `function (int $type, int $state, string $path)`:
 * $type is an *_EVENT constant, $state a *_STATE constant, $path the node
 * (relative to the chroot; "" for session events).
 */
class Zookeeper
{
    /** ACL permissions (bits; combine with |). */
    public const PERM_READ = 1;
    public const PERM_WRITE = 2;
    public const PERM_CREATE = 4;
    public const PERM_DELETE = 8;
    public const PERM_ALL = 31;
    public const PERM_ADMIN = 16;

    /** create() flags: EPHEMERAL and SEQUENCE combine (3 = ephemeral sequential). */
    public const EPHEMERAL = 1;
    public const SEQUENCE = 2;
    /**
     * create() flags, ZooKeeper 3.5+ (not in PECL): a container node, which the
     * server deletes once its last child is gone; persistent nodes that the
     * server deletes when they had no children and no change for $ttl ms (the
     * server must run with zookeeper.extendedTypesEnabled=true).
     */
    public const CONTAINER = 4;
    public const PERSISTENT_WITH_TTL = 5;
    public const PERSISTENT_SEQUENTIAL_WITH_TTL = 6;

    /** Session states (getState(), the $state of watchers). READONLY_STATE is not in PECL. */
    public const EXPIRED_SESSION_STATE = -112;
    public const AUTH_FAILED_STATE = -113;
    public const CONNECTING_STATE = 1;
    public const ASSOCIATING_STATE = 2;
    public const CONNECTED_STATE = 3;
    public const READONLY_STATE = 5;
    public const NOTCONNECTED_STATE = 999;

    /** Watch event types (the $type of watchers). */
    public const CREATED_EVENT = 1;
    public const DELETED_EVENT = 2;
    public const CHANGED_EVENT = 3;
    public const CHILD_EVENT = 4;
    public const SESSION_EVENT = -1;
    public const NOTWATCHING_EVENT = -2;

    /** Log levels for setDebugLevel(). */
    public const LOG_LEVEL_ERROR = 1;
    public const LOG_LEVEL_WARN = 2;
    public const LOG_LEVEL_INFO = 3;
    public const LOG_LEVEL_DEBUG = 4;

    /** System and client errors (exception codes). */
    public const SYSTEMERROR = -1;
    public const RUNTIMEINCONSISTENCY = -2;
    public const DATAINCONSISTENCY = -3;
    public const CONNECTIONLOSS = -4;
    public const MARSHALLINGERROR = -5;
    public const UNIMPLEMENTED = -6;
    public const OPERATIONTIMEOUT = -7;
    public const BADARGUMENTS = -8;
    public const INVALIDSTATE = -9;
    public const NEWCONFIGNOQUORUM = -13;
    public const RECONFIGINPROGRESS = -14;

    /** Server (API) errors (exception codes). */
    public const OK = 0;
    public const APIERROR = -100;
    public const NONODE = -101;
    public const NOAUTH = -102;
    public const BADVERSION = -103;
    public const NOCHILDRENFOREPHEMERALS = -108;
    public const NODEEXISTS = -110;
    public const NOTEMPTY = -111;
    public const SESSIONEXPIRED = -112;
    public const INVALIDCALLBACK = -113;
    public const INVALIDACL = -114;
    public const AUTHFAILED = -115;
    public const CLOSING = -116;
    public const NOTHING = -117;
    public const SESSIONMOVED = -118;
    /** Server errors of ZooKeeper 3.5+ (not in PECL). */
    public const NOTREADONLY = -119;
    public const EPHEMERALONLOCALSESSION = -120;
    public const NOWATCHER = -121;
    public const RECONFIGDISABLED = -123;
    public const THROTTLEDOP = -127;

    /** addWatch() modes: ZooKeeper's AddWatchMode (3.6+; not in PECL). */
    public const ADD_WATCH_PERSISTENT = 0;
    public const ADD_WATCH_PERSISTENT_RECURSIVE = 1;

    /**
     * removeWatches() watcher types: ZooKeeper's WatcherType (not in PECL;
     * PERSISTENT and PERSISTENT_RECURSIVE as in ZooKeeper 3.9).
     */
    public const WATCHER_TYPE_CHILDREN = 1;
    public const WATCHER_TYPE_DATA = 2;
    public const WATCHER_TYPE_ANY = 3;
    public const WATCHER_TYPE_PERSISTENT = 4;
    public const WATCHER_TYPE_PERSISTENT_RECURSIVE = 5;

    /**
     * Creates a client, and connects it if $host is given (see connect()).
     *
     * @param string $host Servers and optional chroot, e.g. "h1:2181,h2:2181/app".
     *                     "" (or leaving it out) creates an unconnected object.
     * @param ?callable $watcher_cb The global watcher: called for every state
     *                     change of the session (type SESSION_EVENT, path "").
     * @param int $recv_timeout Session timeout in ms; default: ini
     *                     zookeeper.recv_timeout (10000).
     * @param ?array $options ['persistent' => bool, 'cache' => bool,
     *                     'ephemeral_scope' => string]; see connect().
     * @throws ZookeeperException As connect().
     */
    public function __construct(string $host = '', ?callable $watcher_cb = null, int $recv_timeout = 10000, ?array $options = null) {}

    /**
     * Connects this object to a ZooKeeper ensemble.
     *
     * With 'persistent' => true (default: ini zookeeper.persistent, 1) the
     * object joins the session this process has for the same servers and
     * credentials (opening it the first time); the session outlives the
     * object and the request and ends with the process. With false the object
     * opens a session of its own, which close() or destroying the object ends.
     * A chroot is a view on a session, not a session of its own.
     * Connecting does not wait for the session: calls made before it is
     * established wait for it (up to $recv_timeout), then fail with
     * CONNECTIONLOSS. A connected object that connects again first lets go of
     * its session as close() does.
     *
     * @param string $host Servers and optional chroot, e.g. "h1:2181,h2:2181/app".
     * @param ?callable $watcher_cb The global watcher (session events). If the
     *                     session is already connected it is called at once
     *                     (at the next dispatch) with CONNECTED_STATE.
     * @param int $recv_timeout Session timeout in ms, > 0; default: ini
     *                     zookeeper.recv_timeout (10000).
     * @param ?array $options 'persistent' => bool: use the process's shared
     *                     session (default ini zookeeper.persistent);
     *                     'cache' => bool: read through the cache (default
     *                     ini zookeeper.cache); 'ephemeral_scope' =>
     *                     'request'|'process': how long ephemeral nodes made
     *                     through the shared session live (default ini
     *                     zookeeper.ephemeral_scope). Other keys or values:
     *                     ValueError.
     * @return void (null)
     * @throws ZookeeperException BADARGUMENTS for a bad host string, or for
     *                     $recv_timeout <= 0 (with the warning "recv_timeout
     *                     parameter has to be greater than 0", as PECL).
     */
    public function connect(string $host, ?callable $watcher_cb = null, int $recv_timeout = 10000, ?array $options = null): void {}

    /**
     * Creates a node.
     *
     * @param string $path The node; with SEQUENCE the server appends a
     *                     10-digit counter (the path may then end in "/").
     * @param ?string $value Its data (binary safe); null stores null data
     *                     (get() then returns null), as PECL.
     * @param ?array $acl Its ACL (list of perms/scheme/id arrays); null or
     *                     left out: world:anyone with PERM_ALL. An invalid
     *                     entry throws BADARGUMENTS; an empty list INVALIDACL.
     * @param int $flags 0 (persistent), EPHEMERAL, SEQUENCE, EPHEMERAL|SEQUENCE,
     *                     CONTAINER, PERSISTENT_WITH_TTL or
     *                     PERSISTENT_SEQUENTIAL_WITH_TTL. An ephemeral node
     *                     made through the shared session is deleted when
     *                     the request ends (zookeeper.ephemeral_scope), not
     *                     at close().
     * @param int $ttl Milliseconds, > 0, only with the two *_WITH_TTL flags
     *                     (not in PECL).
     * @return string The path created (with the sequence suffix, if any).
     * @throws ZookeeperNoNodeException NONODE if the parent does not exist.
     * @throws ZookeeperException NODEEXISTS, NOCHILDRENFOREPHEMERALS,
     *                     INVALIDACL, BADARGUMENTS (path, flags, ttl, ACL).
     * @throws ZookeeperAuthenticationException NOAUTH if the parent's ACL
     *                     does not allow PERM_CREATE.
     */
    public function create(string $path, ?string $value, ?array $acl = null, int $flags = 0, int $ttl = 0): string {}

    /**
     * Deletes a node.
     *
     * @param string $path The node (it must have no children).
     * @param int $version The version it must have; -1: any.
     * @return bool true
     * @throws ZookeeperNoNodeException NONODE
     * @throws ZookeeperException BADVERSION, NOTEMPTY, BADARGUMENTS
     * @throws ZookeeperAuthenticationException NOAUTH
     */
    public function delete(string $path, int $version = -1): bool {}

    /**
     * Reads a node's data.
     *
     * Served from the cache while a watch on the node is armed (see the file
     * header); the answer is the one the server gave, or newer.
     *
     * @param string $path The node.
     * @param ?callable $watcher_cb Called once, for the first change of the
     *                     node after this read (CHANGED_EVENT or
     *                     DELETED_EVENT), cache or not.
     * @param array $stat_info By reference: set to the node's stat array
     *                     (keys of an array passed in are kept, others added).
     * @param int $max_size > 0: return at most this many bytes; 0: all.
     * @return ?string The data; null if the node holds null data (as PECL).
     * @throws ZookeeperNoNodeException NONODE (the watcher is then dropped)
     * @throws ZookeeperAuthenticationException NOAUTH if the node's ACL does
     *                     not allow this session PERM_READ.
     */
    public function get(string $path, ?callable $watcher_cb = null, &$stat_info = null, int $max_size = 0): ?string {}

    /**
     * Lists a node's children.
     *
     * @param string $path The node.
     * @param ?callable $watcher_cb Called once, for the first change of the
     *                     children list (CHILD_EVENT) or the node's deletion.
     * @return array The child names (not paths), in the server's order.
     * @throws ZookeeperNoNodeException NONODE
     * @throws ZookeeperAuthenticationException NOAUTH
     */
    public function getChildren(string $path, ?callable $watcher_cb = null): array {}

    /**
     * Tells whether a node exists.
     *
     * @param string $path The node.
     * @param ?callable $watcher_cb Called once, for the first change: the
     *                     node's creation (CREATED_EVENT) if it does not
     *                     exist, else CHANGED_EVENT or DELETED_EVENT.
     * @return array|false The node's stat array, or false if there is no node.
     * @throws ZookeeperException BADARGUMENTS, or connection/session errors.
     */
    public function exists(string $path, ?callable $watcher_cb = null): array|false {}

    /**
     * Sets a node's data.
     *
     * @param string $path The node.
     * @param ?string $value The new data (binary safe); null stores null data.
     * @param int $version The version it must have; -1: any.
     * @param array $stat_info By reference: set to the node's new stat array
     *                     (only when passed).
     * @return bool true
     * @throws ZookeeperNoNodeException NONODE
     * @throws ZookeeperException BADVERSION, BADARGUMENTS
     * @throws ZookeeperAuthenticationException NOAUTH
     */
    public function set(string $path, ?string $value, int $version = -1, &$stat_info = null): bool {}

    /**
     * Reads a node's ACL.
     *
     * @param string $path The node.
     * @return array [0 => stat array, 1 => ACL list].
     * @throws ZookeeperNoNodeException NONODE
     */
    public function getAcl(string $path): array {}

    /**
     * Replaces a node's ACL.
     *
     * @param string $path The node.
     * @param int $version The ACL version (stat aversion) it must have; -1: any.
     * @param array $acl The new ACL (list of perms/scheme/id arrays).
     * @return bool true
     * @throws ZookeeperNoNodeException NONODE
     * @throws ZookeeperException BADVERSION, INVALIDACL, BADARGUMENTS
     * @throws ZookeeperAuthenticationException NOAUTH without PERM_ADMIN.
     */
    public function setAcl(string $path, int $version, array $acl): bool {}

    /**
     * The session's id, as long as the session exists: also while the
     * connection is down (as PECL).
     *
     * @return array [0 => int session id, 1 => string the session's
     *                     password (16 bytes; with the id, what resumes the
     *                     session elsewhere)]; [0, ""] before the session is
     *                     established, and after an expiry until the new one
     *                     is.
     */
    public function getClientId(): array {}

    /**
     * The session's state: CONNECTED_STATE, CONNECTING_STATE (also while the
     * connection is lost and being re-established), READONLY_STATE,
     * EXPIRED_SESSION_STATE, AUTH_FAILED_STATE, or 0 once the session is closed.
     *
     * @return int A *_STATE constant.
     */
    public function getState(): int {}

    /**
     * The session timeout in ms: the one the server granted once the
     * session exists (as PECL's zoo_recv_timeout()), before that the one
     * asked for ($recv_timeout of connect()).
     *
     * @return int Milliseconds.
     */
    public function getRecvTimeout(): int {}

    /**
     * Whether the session can still recover: false once it expired or its
     * authentication failed (state < 0). Such an object needs connect().
     *
     * @return bool
     */
    public function isRecoverable(): bool {}

    /**
     * Sets the extension's log level, for the whole process: 0 turns logging
     * off; 1..4 are LOG_LEVEL_ERROR..LOG_LEVEL_DEBUG (values beyond are
     * clamped). Default LOG_LEVEL_WARN. Credentials and data are never logged.
     *
     * @param int $level A LOG_LEVEL_* constant, or 0.
     * @return bool true
     */
    public static function setDebugLevel(int $level): bool {}

    /**
     * Accepted for compatibility with PECL, where true stops libzookeeper from
     * shuffling the server list; here it has no effect.
     *
     * @param bool $trueOrFalse
     * @return bool true
     */
    public static function setDeterministicConnOrder(bool $trueOrFalse): bool {}

    /**
     * Adds credentials, e.g. addAuth('digest', 'user:password').
     *
     * Credentials are part of the session key: the object moves to the
     * process's session for exactly its set of credentials (opening it the
     * first time), so data one set of credentials can read is never served
     * to another, from the cache or otherwise. Unlike PECL this waits for the
     * server's answer before it returns.
     *
     * @param string $scheme An auth scheme, e.g. "digest".
     * @param string $cert The credentials for that scheme (binary safe).
     * @param callable $completion_cb `function (int $rc)`, called with 0 on
     *                     success or AUTHFAILED after addAuth() has returned
     *                     (at the next dispatch point: a later call,
     *                     dispatch(), or while the script runs), as PECL's
     *                     asynchronous completion; optional, but null is a
     *                     TypeError, as in PECL.
     * @return bool true (also when the server rejected the credentials: then
     *                     the session state is AUTH_FAILED_STATE).
     * @throws ZookeeperException BADARGUMENTS for an empty scheme.
     * @throws ZookeeperConnectionException CONNECTIONLOSS if no server answered
     *                     within the object's $recv_timeout.
     */
    public function addAuth(string $scheme, #[\SensitiveParameter] string $cert, callable $completion_cb = UNKNOWN): bool {}

    /**
     * Replaces the object's global watcher (session events), see connect().
     *
     * @param callable $watcher_cb The new global watcher.
     * @return bool true
     */
    public function setWatcher(callable $watcher_cb): bool {}

    /**
     * Sends the extension's log lines to a stream (default: stderr).
     *
     * @param resource|string $stream An open PHP stream (used until the end of
     *                     the request), or a file name, opened for writing
     *                     (truncated) and used by the whole process.
     * @return bool true; false with a warning if the file cannot be opened.
     */
    public function setLogStream($stream): bool {}

    /**
     * Detaches this object from its session. On a shared session (the
     * default) the session stays open for the rest of the process, with its
     * ephemeral nodes and cache; only this object's global watcher is removed.
     * On a session of its own ('persistent' => false) the session ends, and
     * its ephemeral nodes go with it. Afterwards the object's methods throw
     * ZookeeperConnectionException 5998 (a second close() too) until
     * connect() is called again.
     *
     * @return void (null)
     */
    public function close(): void {}

    /**
     * Runs the watcher and completion callbacks that are due, now. Callbacks
     * also run by themselves (see the file header), so this is rarely needed.
     *
     * @return void (null)
     */
    public static function dispatch(): void {}

    /**
     * The ensemble's configuration and dynamic reconfiguration, on this
     * object's session. A new object on every call.
     *
     * @return ZookeeperConfig
     */
    public function getConfig(): ZookeeperConfig {}

    /**
     * Counters of this process (not in PECL): hits, misses (cache reads that
     * went to the server), invalidations (entries dropped by a watch event or
     * an own write), evictions (entries dropped for zookeeper.cache_max_bytes),
     * entries and bytes (what the caches hold now), sessions_created,
     * reconnects, expirations. All ints; all 0 before the first connect.
     *
     * @return array The counters, keyed by these names.
     */
    public static function getStats(): array {}

    /**
     * Starts a transaction (ZooKeeper 3.5+ multi; not in PECL) on this
     * object's session: add operations to the object returned, then
     * commit() them, all or nothing.
     *
     * @return ZookeeperTransaction
     */
    public function transaction(): ZookeeperTransaction {}

    /**
     * Makes the server this session is connected to catch up with the
     * leader, so the next read from the server sees every write committed
     * before (not in PECL). Cached reads are kept valid by watches and need
     * no sync.
     *
     * @param string $path Any path (it need not exist).
     * @return bool true
     * @throws ZookeeperException BADARGUMENTS for a bad path.
     */
    public function sync(string $path): bool {}

    /**
     * The ephemeral nodes of this object's ZooKeeper session (ZooKeeper 3.6+;
     * not in PECL), sorted. The server matches the prefix as text: "/app" also
     * lists "/apple/x". Through a chroot, paths are relative to it and nodes
     * outside it are left out.
     *
     * @param string $prefix Only nodes whose path starts with this; "/": all.
     * @return array The paths.
     */
    public function getEphemerals(string $prefix = '/'): array {}

    /**
     * How many nodes lie below a node, at any depth (ZooKeeper 3.6+; not in
     * PECL). Asked from the server on every call.
     *
     * @param string $path The node.
     * @return int The number of descendants (0 for a leaf).
     * @throws ZookeeperNoNodeException NONODE
     */
    public function getAllChildrenNumber(string $path): int {}

    /**
     * Adds a persistent watch (ZooKeeper 3.6+; not in PECL): $watcher_cb
     * runs for every event, not just the first, until removeWatches() or the
     * end of the request (callbacks never outlive their request).
     * ADD_WATCH_PERSISTENT_RECURSIVE (the default): CREATED_EVENT,
     * DELETED_EVENT and CHANGED_EVENT of the node and of every node below it,
     * each with its own path (no CHILD_EVENT: a child's creation or deletion
     * is reported instead). ADD_WATCH_PERSISTENT: the node's own events,
     * CHILD_EVENT for changes of its children list included.
     *
     * One server-side watch per path serves every callback on it; it is
     * removed from the server once no callback of a running request needs
     * it (and no preload() of the path holds it). Reads under it are cached
     * without watches of their own: its events keep them valid.
     *
     * ZooKeeper keeps one watch mode per path and session (ZOOKEEPER-4466):
     * while the path has a watch of the other mode in this process's session
     * (a preload() holds ADD_WATCH_PERSISTENT_RECURSIVE), this throws
     * BADARGUMENTS. The same mode again adds one more callback.
     *
     * Events during a disconnection can be lost (ZOOKEEPER-4698: the server
     * does not replay them for persistent watches). When the connection is
     * back after a loss, or the watch was made again on a new session after
     * an expiry, the callback gets (SESSION_EVENT, CONNECTED_STATE, $path)
     * with the watch's path: read again what you need. What the cache kept
     * under the watch was dropped (a preloaded subtree is loaded again first),
     * and get()/exists()/getChildren() watchers waiting under it fire.
     *
     * @param string $path The node (it need not exist).
     * @param callable $watcher_cb function (int $type, int $state, string $path);
     *                     $path relative to the chroot.
     * @param int $mode ADD_WATCH_PERSISTENT_RECURSIVE or ADD_WATCH_PERSISTENT.
     * @return bool true, once the server has the watch.
     * @throws ZookeeperException BADARGUMENTS (path, unknown mode, the other
     *                     mode on the path).
     * @throws ZookeeperConnectionException CONNECTIONLOSS when the watch could
     *                     not be made within recv_timeout.
     */
    public function addWatch(string $path, callable $watcher_cb, int $mode = Zookeeper::ADD_WATCH_PERSISTENT_RECURSIVE): bool {}

    /**
     * Removes this object's watchers of one type from a path (ZooKeeper's
     * removeAllWatches; not in PECL): WATCHER_TYPE_DATA: get() and exists()
     * watchers; WATCHER_TYPE_CHILDREN: getChildren() watchers;
     * WATCHER_TYPE_PERSISTENT and WATCHER_TYPE_PERSISTENT_RECURSIVE:
     * addWatch() callbacks of that mode; WATCHER_TYPE_ANY: all of these. A
     * removed callback never runs. It never waits for the server: the
     * server-side watch of a node watcher stays (it keeps the cached entry
     * valid, and goes when it fires); a persistent watch goes from the server
     * in the background once nothing needs it (see addWatch()).
     *
     * @param string $path The path the watchers were set on.
     * @param int $type A WATCHER_TYPE_* constant.
     * @return bool true
     * @throws ZookeeperException NOWATCHER when this object has no such
     *                     watcher on the path (as ZooKeeper); BADARGUMENTS
     *                     (path, unknown type).
     */
    public function removeWatches(string $path, int $type = Zookeeper::WATCHER_TYPE_ANY): bool {}

    /**
     * Keeps a whole subtree in this process's cache (not in PECL; as
     * Curator's CuratorCache). Every node at and below $path is read once (a
     * round trip per level of the tree, up to 500 nodes each), and one
     * persistent recursive watch keeps it current: an event has the nodes it
     * touched read again. After the load, get(), exists() and getChildren()
     * of any path under it are answered from memory, for nodes that do not
     * exist too. This process's own writes are read back at once (the next
     * read of a node it wrote may go to the server once).
     *
     * It belongs to the ZooKeeper session, for the life of the process: once
     * loaded, preload() of the path again (a later request of a php-fpm
     * worker) returns at once. After a connection loss it is loaded again
     * (events may have been lost meanwhile: ZOOKEEPER-4698), after a session
     * expiry on the new session. zookeeper.preload does the same when the
     * process opens its shared session.
     *
     * Memory: its entries count against zookeeper.cache_max_bytes (data,
     * path and about 400 bytes each) and are never evicted; other entries
     * make room. A subtree that does not fit throws SYSTEMERROR and is not
     * preloaded (its reads are cached one by one, as without preload); one
     * that grows past the bound later is given up the same way.
     *
     * @param string $path The subtree's root (it need not exist).
     * @return bool true, once the subtree is loaded.
     * @throws ZookeeperException SYSTEMERROR when the subtree does not fit in
     *                     zookeeper.cache_max_bytes; BADARGUMENTS for a bad path
     *                     or a path with an ADD_WATCH_PERSISTENT watch.
     * @throws ZookeeperConnectionException CONNECTIONLOSS when it was not
     *                     loaded within recv_timeout (it goes on loading in the
     *                     background).
     */
    public function preload(string $path): bool {}
}

/**
 * A ZooKeeper transaction (multi), from Zookeeper::transaction(). Each
 * method adds an operation and returns the transaction, for chaining;
 * commit() sends them all in one request. Either every operation is applied
 * or none: on failure commit() throws the exception of the first failing
 * operation's code (ZookeeperNoNodeException for NONODE, ZookeeperException
 * for NODEEXISTS, BADVERSION, NOTEMPTY, ...), whose message tells each
 * operation's result, e.g. "node exists: the transaction failed at operation
 * #1, nothing was applied (#0 create /a: ok, rolled back; #1 create /b: node
 * exists; #2 set /c: not run)". Every path a committed transaction touched
 * is dropped from the cache before commit() returns. Paths are relative to
 * the chroot of the Zookeeper object it came from. TTL nodes cannot be made
 * in a transaction.
 */
class ZookeeperTransaction
{
    /**
     * An unbound object: its methods throw ZookeeperConnectionException 5998.
     * Use Zookeeper::transaction().
     */
    public function __construct() {}

    /**
     * Adds a create, as Zookeeper::create() (without $ttl).
     *
     * @param string $path The node; with SEQUENCE the server appends a counter.
     * @param ?string $value Its data; null stores empty data.
     * @param ?array $acl Its ACL; null: world:anyone with PERM_ALL.
     * @param int $flags 0, EPHEMERAL, SEQUENCE, EPHEMERAL|SEQUENCE or CONTAINER.
     * @return ZookeeperTransaction $this
     * @throws ZookeeperException BADARGUMENTS (path, flags, ACL), at once.
     */
    public function create(string $path, ?string $value, ?array $acl = null, int $flags = 0): ZookeeperTransaction {}

    /**
     * Adds a set, as Zookeeper::set().
     *
     * @param string $path The node.
     * @param ?string $value The new data; null stores empty data.
     * @param int $version The version it must have; -1: any.
     * @return ZookeeperTransaction $this
     */
    public function set(string $path, ?string $value, int $version = -1): ZookeeperTransaction {}

    /**
     * Adds a delete, as Zookeeper::delete().
     *
     * @param string $path The node.
     * @param int $version The version it must have; -1: any.
     * @return ZookeeperTransaction $this
     */
    public function delete(string $path, int $version = -1): ZookeeperTransaction {}

    /**
     * Adds a check: the transaction fails (BADVERSION, or NONODE) unless the
     * node has this version when it runs.
     *
     * @param string $path The node.
     * @param int $version The version it must have.
     * @return ZookeeperTransaction $this
     */
    public function check(string $path, int $version): ZookeeperTransaction {}

    /**
     * Sends the operations added so far, in order, as one transaction, and
     * empties the object (it can be filled and committed again).
     *
     * @return array One result per operation, in order: create: the path
     *               created (with its sequence suffix); set: the node's new
     *               stat array; delete and check: true. [] for no operations.
     * @throws ZookeeperException As described for the class; CONNECTIONLOSS
     *               when the answer was lost (it may or may not have been applied).
     */
    public function commit(): array {}
}

/**
 * The ensemble configuration (/zookeeper/config) and dynamic reconfiguration
 * (ZooKeeper 3.5+), from Zookeeper::getConfig(). Reconfiguration needs a
 * server with reconfigEnabled=true and a session with the rights to write
 * /zookeeper/config (else NOAUTH or RECONFIGDISABLED).
 */
class ZookeeperConfig
{
    /**
     * An unbound object (PECL has no constructor but allows `new`): its methods
     * throw ZookeeperConnectionException 5998. Use Zookeeper::getConfig().
     */
    public function __construct() {}

    /**
     * Reads the configuration.
     *
     * @param ?callable $watcher_cb Called once, for the first change of it.
     * @param array $stat_info By reference: set to the stat array of
     *                     /zookeeper/config (only when passed).
     * @return string E.g. "server.1=127.0.0.1:2888:3888:participant;0.0.0.0:2181\nversion=100000000".
     */
    public function get(?callable $watcher_cb = null, &$stat_info = null): string {}

    /**
     * Replaces the whole membership (non-incremental reconfiguration).
     *
     * @param string $members Comma-separated server specs,
     *                     "server.1=host:quorumport:electionport;clientport,...".
     * @param int $version The config version it must have; -1: any.
     * @param array $stat_info By reference: the new stat (only when passed).
     * @return string The new configuration.
     * @throws ZookeeperException NEWCONFIGNOQUORUM, RECONFIGINPROGRESS,
     *                     RECONFIGDISABLED, BADVERSION, BADARGUMENTS
     * @throws ZookeeperAuthenticationException NOAUTH
     */
    public function set(string $members, int $version = -1, &$stat_info = null): string {}

    /**
     * Adds servers (incremental reconfiguration).
     *
     * @param string $members Comma-separated server specs, as for set().
     * @param int $version The config version it must have; -1: any.
     * @param array $stat_info By reference: the new stat (only when passed).
     * @return string The new configuration.
     * @throws ZookeeperException As set().
     * @throws ZookeeperAuthenticationException NOAUTH
     */
    public function add(string $members, int $version = -1, &$stat_info = null): string {}

    /**
     * Removes servers (incremental reconfiguration).
     *
     * @param string $members Comma-separated server ids, e.g. "2,3".
     * @param int $version The config version it must have; -1: any.
     * @param array $stat_info By reference: the new stat (only when passed).
     * @return string The new configuration.
     * @throws ZookeeperException As set().
     * @throws ZookeeperAuthenticationException NOAUTH
     */
    public function remove(string $members, int $version = -1, &$stat_info = null): string {}
}

/**
 * ZooKeeper's lock recipe on a Zookeeper object's session (not in PECL):
 * each contender makes an ephemeral sequential child of $path
 * ("lock-<token>-<sequence>"); the first in sequence holds the lock, every
 * other one watches only the child just ahead of it, so a release wakes
 * exactly the next waiter and nothing polls. Missing parents of $path are
 * made as container nodes (the server removes them once empty).
 *
 * A lock belongs to the request that took it: it is released by release(),
 * when the object is destroyed, and at the latest when the request ends,
 * also after a fatal error or exit() (the process's ZooKeeper session
 * outlives the request, so the extension deletes the node itself). A lock
 * whose ZooKeeper session expires is lost: isAcquired() says false at once,
 * and another contender may take it. Two ZookeeperLock objects for one path
 * exclude each other, also in one process. Not compatible with Symfony
 * Lock's ZookeeperStore, which takes one ephemeral node at the lock's path
 * itself (see the README).
 */
class ZookeeperLock
{
    /**
     * @param Zookeeper $zookeeper A connected object; the lock uses its session and chroot.
     * @param string $path The lock's node (its contenders are its children).
     * @throws ZookeeperException BADARGUMENTS for a bad path; 5998 if $zookeeper is not connected.
     */
    public function __construct(Zookeeper $zookeeper, string $path) {}

    /**
     * Takes the lock, waiting up to $timeout seconds for it. Holding it
     * already returns true at once.
     *
     * @param float $timeout Seconds; 0: only if it is free now; negative
     *                       (-1): as long as it takes.
     * @return bool true if held now; false if the time ran out (this
     *              object's node is removed again).
     * @throws ZookeeperException As create() (e.g. NOAUTH), CONNECTIONLOSS.
     * @throws ValueError For a NaN timeout.
     */
    public function acquire(float $timeout = -1): bool {}

    /**
     * Releases the lock (deletes this object's node; if that fails the
     * extension keeps trying in the background).
     *
     * @return bool true if this object held the lock, false otherwise.
     */
    public function release(): bool {}

    /**
     * Whether this object holds the lock now: its node is first and its
     * ZooKeeper session is the connected one. False while the connection is
     * lost (the session may expire meanwhile and another contender get the
     * lock), true again if the same session reconnects in time.
     *
     * @return bool
     */
    public function isAcquired(): bool {}
}

/**
 * Leader election on a Zookeeper object's session (not in PECL), for
 * long-running CLI processes and daemons: every candidate keeps an
 * ephemeral sequential child of $path ("candidate-<token>-<sequence>")
 * holding its identifier; the first in sequence leads, every other one
 * watches only the child just ahead. A candidate belongs to the process:
 * once joined it stays across requests until leave() or the process ends
 * (then its session is closed and the next candidate leads at once). If its
 * ZooKeeper session expires it loses leadership and joins again by itself, at
 * the end of the queue. Objects of one process with the same session, path
 * and identifier are the same candidate.
 */
class ZookeeperLeaderElection
{
    /**
     * @param Zookeeper $zookeeper A connected object; the election uses its session and chroot.
     * @param string $path The election's node (made, with missing parents, as container nodes).
     * @param string $identifier What leader() tells the others about this candidate.
     * @throws ZookeeperException BADARGUMENTS for a bad path; 5998 if $zookeeper is not connected.
     */
    public function __construct(Zookeeper $zookeeper, string $path, string $identifier) {}

    /**
     * Takes part in the election (again only after leave()); returns once
     * this candidate's place is known, so isLeader() answers right away.
     *
     * @param ?callable $on_change `function (bool $isLeader)`, called (like a
     *                  watcher, on the PHP thread) whenever this candidate
     *                  gains or loses leadership; it belongs to the request
     *                  (a later join() may set another one).
     * @return bool true
     */
    public function join(?callable $on_change = null): bool {}

    /**
     * Whether this candidate leads now: it has joined, its node is first and
     * its ZooKeeper session is the connected one (false while the
     * connection is lost: the session may expire meanwhile).
     *
     * @return bool
     */
    public function isLeader(): bool {}

    /**
     * The identifier of the candidate that leads now (any process), read
     * through the watch-driven cache.
     *
     * @return ?string null when nobody takes part.
     */
    public function leader(): ?string {}

    /**
     * Leaves the election (deletes this candidate's node; the next one leads).
     *
     * @return bool true if it had joined.
     */
    public function leave(): bool {}
}

/**
 * Service discovery on a Zookeeper object's session (not in PECL). An
 * instance of a service is an ephemeral node $basePath/$service/$address
 * holding its metadata as JSON. A registration belongs to the process: it
 * stays across requests and is made again by itself after a ZooKeeper session
 * expiry (or when someone deletes it), until unregister() or the process
 * ends. If another session holds the node (an earlier process with the same
 * address whose session has not expired yet) the registration waits for it
 * to go. $service may have several segments, so an existing
 * /rpc/{product}/{service}/{version}/{ip:port} registry reads as
 * `new ZookeeperServiceDiscovery($zk, '/rpc')` and service
 * "product/service/version".
 */
class ZookeeperServiceDiscovery
{
    /**
     * @param Zookeeper $zookeeper A connected object; discovery uses its session, chroot and cache.
     * @param string $base_path The node under which services live.
     * @throws ZookeeperException BADARGUMENTS for a bad path; 5998 if $zookeeper is not connected.
     */
    public function __construct(Zookeeper $zookeeper, string $base_path) {}

    /**
     * Registers an instance (missing parents are made as container nodes).
     * Registering the same service and address again keeps the node, or
     * makes it again with the new metadata.
     *
     * @param string $service E.g. "api" or "shop/orders/v1".
     * @param string $address The instance's node name, e.g. "10.0.0.7:8080" (no "/").
     * @param array $meta Stored as JSON; a numeric 'weight' is what pick()'s
     *                    "weighted" uses.
     * @return string The instance's path.
     * @throws ZookeeperException BADARGUMENTS (service, address, meta that
     *                    json_encode() refuses), NOAUTH, CONNECTIONLOSS.
     */
    public function register(string $service, string $address, array $meta = []): string {}

    /**
     * Removes this process's registrations under the base path: all of them,
     * those of $service, or the one of $service and $address.
     *
     * @param ?string $service Only this service's (null: every service).
     * @param ?string $address Only this address's (null: every address).
     * @return int How many were removed.
     */
    public function unregister(?string $service = null, ?string $address = null): int {}

    /**
     * A service's live instances, read through the watch-driven cache (a
     * repeated call costs no round trip until an instance comes or goes).
     *
     * @param string $service E.g. "api" or "shop/orders/v1".
     * @return array address => metadata (a JSON object or list as an array;
     *               other data as ['data' => string]; none as []), by address.
     */
    public function instances(string $service): array {}

    /**
     * Picks one of a service's live instances.
     *
     * @param string $service E.g. "api" or "shop/orders/v1".
     * @param string $strategy "round_robin" (in turn, per process and
     *                         service), "random", or "weighted" (at random,
     *                         in proportion to each instance's numeric
     *                         'weight', 1 when missing; 0 never picked).
     * @return ?string The address, or null when there is none.
     * @throws ValueError For an unknown strategy.
     */
    public function pick(string $service, string $strategy = 'round_robin'): ?string {}
}

/**
 * The base class of every exception the extension throws. getCode() is a
 * Zookeeper error constant (or 5998: not connected), getMessage()
 * libzookeeper's text for it, sometimes followed by ": " and details.
 * Codes without a subclass of their own (NODEEXISTS, BADVERSION, NOTEMPTY,
 * BADARGUMENTS, INVALIDACL, ...) are thrown as this class.
 */
class ZookeeperException extends \Exception {}

/** OPERATIONTIMEOUT (-7). */
class ZookeeperOperationTimeoutException extends ZookeeperException {}

/**
 * CONNECTIONLOSS (-4): no server answered in time; and 5998
 * "Zookeeper->connect() was not called" (an object before connect() or
 * after close()).
 */
class ZookeeperConnectionException extends ZookeeperException {}

/** MARSHALLINGERROR (-5). */
class ZookeeperMarshallingException extends ZookeeperException {}

/** NOAUTH (-102: the ACL does not allow it) and AUTHFAILED (-115). */
class ZookeeperAuthenticationException extends ZookeeperException {}

/** SESSIONEXPIRED (-112) and SESSIONMOVED (-118). */
class ZookeeperSessionException extends ZookeeperException {}

/** NONODE (-101): the node (or, for create(), its parent) does not exist. */
class ZookeeperNoNodeException extends ZookeeperException {}

/**
 * Runs the watcher and completion callbacks that are due; the same as
 * Zookeeper::dispatch().
 */
function zookeeper_dispatch(): void {}
