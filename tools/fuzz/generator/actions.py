"""Actions: every public method of Zookeeper and ZookeeperConfig, changes
made by another client, PHP sessions (the zookeeper save handler, user
handlers, handlers wrapping it), log streams (including a user stream
wrapper), shutdown functions, signals and fork. Actions make up a script's
main part and are the "re-enter" and "register" steps of hostile bodies.

Each action returns a statement without try/catch; callers guard it. The
objects $zk0..$zk2 are kept by fuzz_keep(N, ...) and reached through
fuzz_zk(N), which gives null once hostile code forgot them.
"""

from . import behaviours, callables
from .php import block, guarded, indent, string

OPTIONS = [
    (5, "[]"),
    (3, "['persistent' => false]"),
    (1, "['cache' => false]"),
    (1, "['persistent' => false, 'cache' => false]"),
]

CREATE_FLAGS = ["0", "Zookeeper::EPHEMERAL", "Zookeeper::SEQUENCE",
                "Zookeeper::EPHEMERAL | Zookeeper::SEQUENCE", "Zookeeper::CONTAINER"]


def _with_callable(ctx, site: str, statement, probability: float) -> str:
    """statement(callable) with probability (never at the deepest level), else statement('null')."""
    if not ctx.deep and ctx.chance(probability):
        return callables.use(ctx, site, statement)
    return statement("null")


def _zk(ctx) -> str:
    return f"fuzz_zk({ctx.slot()})?->"


# ---- Zookeeper objects ----------------------------------------------------

def connect(ctx, callable_chance: float = 0.5) -> str:
    slot, options = ctx.rng.randrange(3), ctx.pick(OPTIONS)
    ctx.connected.add(slot)
    style = ctx.pick([(6, "new"), (2, "connect"), (2, "subclass")])
    if style == "subclass" and not ctx.deep:
        return f"fuzz_keep({slot}, new {_zookeeper_subclass(ctx, options)}());"
    if style == "connect":
        return _with_callable(ctx, "global watcher", lambda cb: (
            f"fuzz_keep({slot}, new Zookeeper());\n"
            f"fuzz_zk({slot})->connect(fuzz_host(), {cb}, 10000, {options});"), callable_chance)
    return _with_callable(ctx, "global watcher", lambda cb: (
        f"fuzz_keep({slot}, new Zookeeper(fuzz_host(), {cb}, 10000, {options}));"), callable_chance)


def _zookeeper_subclass(ctx, options: str) -> str:
    """A subclass whose constructor passes its own private method as the
    global watcher, as PECL users write it; maybe a hostile destructor."""
    name = ctx.fresh("FuzzZookeeper")
    parent = guarded(f"parent::__construct(fuzz_host(), [$this, 'onSession'], 10000, {options});", "TypeError",
                     "fuzz_fail('a private method given by its own class was refused: ' . $e->getMessage());")
    members = [
        block("public function __construct()", parent),
        block("private function onSession(...$args): void",
              behaviours.body(ctx, f"{name}::onSession()", repeated=True)),
    ]
    if ctx.chance(0.5):
        members.append(block("public function __destruct()", behaviours.body(ctx, f"{name}::__destruct()")))
    ctx.declare(block(f"class {name} extends Zookeeper", "\n\n".join(members)))
    return name


def reconnect(ctx) -> str:
    zk = _zk(ctx)
    return _with_callable(ctx, "global watcher", lambda cb: f"{zk}connect(fuzz_host(), {cb});", 0.5)


def close(ctx) -> str:
    return f"{_zk(ctx)}close();"


def forget(ctx) -> str:
    return f"fuzz_forget({ctx.slot()});"


def set_watcher(ctx) -> str:
    zk = _zk(ctx)
    return callables.use(ctx, "global watcher", lambda cb: f"{zk}setWatcher({cb});")


def add_auth(ctx, callable_chance: float = 0.5) -> str:
    zk = _zk(ctx)
    credential = ctx.pick([(5, "'fuzz:fuzzpw'"), (1, "'fuzz:wrong'")])
    if not ctx.deep and ctx.chance(callable_chance):
        return callables.use(ctx, "addAuth completion",
                             lambda cb: f"{zk}addAuth('digest', {credential}, {cb});")
    return f"{zk}addAuth('digest', {credential});"


def info(ctx) -> str:
    call = ctx.pick([(2, f"{_zk(ctx)}getClientId()"), (2, f"{_zk(ctx)}getState()"),
                     (1, f"{_zk(ctx)}getRecvTimeout()"), (1, f"{_zk(ctx)}isRecoverable()"),
                     (2, "Zookeeper::getStats()")])
    return f"fuzz_say(json_encode({call}));"


def debug_level(ctx) -> str:
    return ctx.pick([(3, "Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_DEBUG);"),
                     (1, "Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_WARN);"),
                     (1, "Zookeeper::setDebugLevel(0);"),
                     (1, "Zookeeper::setDeterministicConnOrder(true);")])


def dispatch(ctx) -> str:
    return ctx.pick([(3, "Zookeeper::dispatch();"), (2, "zookeeper_dispatch();"),
                     (3, "fuzz_settle(50);"), (2, "usleep(20000);")])


# ---- nodes ----------------------------------------------------------------

def read(ctx, callable_chance: float = 0.7) -> str:
    zk, node = _zk(ctx), ctx.node()
    method = ctx.pick([(5, "get"), (3, "exists"), (3, "getChildren")])
    return _with_callable(ctx, f"{method} watcher",
                          lambda cb: f"{zk}{method}(fuzz_path({node}), {cb});", callable_chance)


def write(ctx) -> str:
    zk, node = _zk(ctx), ctx.node()
    return ctx.pick([
        (3, f"{zk}create(fuzz_path({node}) . '/w', 'created', null, {ctx.rng.choice(CREATE_FLAGS)});"),
        (1, f"{zk}create(fuzz_path(3), 'created');"),
        (4, f"{zk}set(fuzz_path({node}), 'written');"),
        (2, f"{zk}delete(fuzz_path({node}));"),
    ])


def acl(ctx) -> str:
    zk, node = _zk(ctx), ctx.node()
    return ctx.pick([
        (1, f"{zk}getAcl(fuzz_path({node}));"),
        (1, f"{zk}setAcl(fuzz_path({node}), -1, [['perms' => Zookeeper::PERM_ALL, 'scheme' => 'world', 'id' => 'anyone']]);"),
    ])


def poke(ctx) -> str:
    """A change by another client: fires the watchers set on the node."""
    return f"fuzz_poke({ctx.node()}, {string(ctx.pick([(5, 'set'), (2, 'delete'), (2, 'child')]))});"


def config_get(ctx, callable_chance: float = 0.6) -> str:
    zk = _zk(ctx)
    return _with_callable(ctx, "config watcher", lambda cb: f"{zk}getConfig()->get({cb});", callable_chance)


def config_write(ctx) -> str:
    return ctx.pick([
        (1, f"{_zk(ctx)}getConfig()->set('server.1=127.0.0.1:2888:3888:participant;127.0.0.1:2181');"),
        (1, f"{_zk(ctx)}getConfig()->add('server.9=127.0.0.1:2889:3889:participant;127.0.0.1:2182');"),
        (1, f"{_zk(ctx)}getConfig()->remove('9');"),
        (1, "(new ZookeeperConfig())->get();"),
    ])


# ---- log streams ----------------------------------------------------------

def log_stream(ctx) -> str:
    """A new log stream, often with debug logging on so that every call
    writes to it; a user stream wrapper runs hostile code on each write."""
    zk = _zk(ctx)
    kinds = [
        (2, "fopen('php://stderr', 'w')"),
        (2, "fopen('php://memory', 'w+')"),
        (1, "sys_get_temp_dir() . '/zkphp-fuzz-' . getmypid() . '.log'"),
        (1, "(function () { $f = fopen('php://memory', 'w'); fclose($f); return $f; })()"),
    ]
    if not ctx.deep:
        kinds.append((5, "wrapper"))
    stream = ctx.pick(kinds)
    lines = ["Zookeeper::setDebugLevel(Zookeeper::LOG_LEVEL_DEBUG);"] if ctx.chance(0.7) else []
    if stream == "wrapper":
        scheme = _log_stream_wrapper(ctx)
        lines.append(f"stream_wrapper_register('{scheme}', {scheme}::class);")
        stream = f"fopen('{scheme}://log', 'w')"
    lines.append(f"{zk}setLogStream({stream});")
    return "\n".join(lines)


def _log_stream_wrapper(ctx) -> str:
    """A user stream wrapper class whose writes (and close) run hostile code;
    its name is also its URL scheme."""
    name = ctx.fresh("FuzzLog")
    members = [
        "public $context;",
        block("public function stream_open(string $path, string $mode, int $options, ?string &$opened): bool",
              "return true;"),
        # A write happens in the middle of any call that logs, e.g. while
        # the zookeeper save handler is locking a PHP session.
        block("public function stream_write(string $data): int",
              behaviours.body(ctx, f"{name}::stream_write()", favour=(behaviours.session,), repeated=True)
              + "\nreturn strlen($data);"),
        block("public function stream_flush(): bool", "return true;"),
        block("public function stream_close(): void",
              behaviours.body(ctx, f"{name}::stream_close()") if ctx.chance(0.3) else ""),
    ]
    ctx.declare(block(f"class {name}", "\n\n".join(members)))
    return name


# ---- PHP sessions ---------------------------------------------------------

# SessionHandlerInterface: method, parameters, return type, a neutral result.
SESSION_METHODS = [
    ("open", "string $path, string $name", "bool", "true"),
    ("close", "", "bool", "true"),
    ("read", "string $id", "string|false", "''"),
    ("write", "string $id, string $data", "bool", "true"),
    ("destroy", "string $id", "bool", "true"),
    ("gc", "int $max_lifetime", "int|false", "0"),
]


def session_start(ctx) -> str:
    lines = []
    if ctx.chance(0.3):
        lines.append(f"session_id('fuzz{ctx.seed}');")
    handler = "zookeeper" if ctx.deep else ctx.pick([(4, "zookeeper"), (3, "user"), (3, "wrapping")])
    if handler != "zookeeper":
        # register_shutdown false: PHP writes the session in its own request
        # shutdown, after the extension's.
        shutdown = ctx.pick([(1, "true"), (1, "false")])
        lines.append(f"session_set_save_handler(new {_session_handler(ctx, handler == 'wrapping')}(), {shutdown});")
    lines.append("session_start();")
    lines.append("$_SESSION['n'] = ($_SESSION['n'] ?? 0) + 1;")
    return "\n".join(lines)


def _session_handler(ctx, wrapping: bool) -> str:
    """A user save handler; `wrapping` extends SessionHandler, so each method
    also runs the zookeeper handler (session.save_handler when it was set)."""
    name = ctx.fresh("FuzzSessionHandler")
    members = []
    for method, params, returns, neutral in SESSION_METHODS:
        code = []
        if method in ("write", "close"):
            # Without register_shutdown PHP calls these after the
            # extension's request shutdown: registering then is the danger.
            code.append(behaviours.body(ctx, f"{name}::{method}()", favour=(behaviours.register,)))
        elif ctx.chance(0.3):
            code.append(behaviours.body(ctx, f"{name}::{method}()"))
        arguments = ", ".join(p.split()[-1] for p in params.split(", ") if p)
        code.append(f"return parent::{method}({arguments});" if wrapping else f"return {neutral};")
        members.append(block(f"public function {method}({params}): {returns}", "\n".join(code)))
    if ctx.chance(0.3):
        members.append(block("public function __destruct()", behaviours.body(ctx, f"{name}::__destruct()")))
    parent = "extends SessionHandler" if wrapping else "implements SessionHandlerInterface"
    ctx.declare(block(f"class {name} {parent}", "\n\n".join(members)))
    return name


def session_call(ctx) -> str:
    return ctx.pick([
        (5, "session_write_close();"),
        (2, "session_abort();"),
        (2, "session_destroy();"),
        (2, "session_regenerate_id(true);"),
        (1, "session_reset();"),
        (1, "session_gc();"),
        (2, "session_start();"),
        (1, "$_SESSION['big'] = str_repeat('x', 2 << 20);"),
    ])


# ---- PHP's own callbacks, signals, fork -----------------------------------

def shutdown_function(ctx) -> str:
    return callables.use(ctx, "shutdown function", lambda cb: f"register_shutdown_function({cb});",
                         scope_bound=False)


def signal_stream(ctx) -> str:
    """SIGUSR1 every 20 ms for a second, to a hostile handler (CLI only)."""
    with ctx.signal_handler():
        return callables.use(ctx, "SIGUSR1 handler", lambda cb: f"fuzz_signal_stream({cb});", scope_bound=False)


def fork(ctx) -> str:
    """The child runs a few actions on what it inherited, then exits."""
    with ctx.nested():
        steps = [guarded(any_action(ctx)) for _ in range(ctx.rng.randint(1, 3))]
    code = "\n".join(steps)
    return f"fuzz_fork(function () {{\n{indent(code)}\n}});"


def global_guard(ctx) -> str:
    """An object with a hostile destructor, destroyed when PHP destroys globals."""
    return f"$GLOBALS['guard{ctx.fresh('')}'] = new {behaviours.guard(ctx)}();"


# ---- the grammar ----------------------------------------------------------

ACTIONS = [
    (12, connect),
    (4, reconnect),
    (20, read),
    (8, write),
    (2, acl),
    (12, poke),
    (7, dispatch),
    (4, close),
    (4, forget),
    (3, add_auth),
    (3, set_watcher),
    (5, log_stream),
    (2, debug_level),
    (4, config_get),
    (1, config_write),
    (3, info),
    (7, session_start),
    (4, session_call),
    (3, shutdown_function),
    (2, signal_stream),
    (2, fork),
    (3, global_guard),
]

# Actions that always generate a body: not at the deepest level.
NEEDS_BODY = {set_watcher, shutdown_function, signal_stream, fork, global_guard}

REGISTRATIONS = [
    (6, lambda ctx: read(ctx, callable_chance=1)),
    (5, lambda ctx: config_get(ctx, callable_chance=1)),
    (5, log_stream),
    (3, set_watcher),
    (2, lambda ctx: add_auth(ctx, callable_chance=1)),
    (2, lambda ctx: connect(ctx, callable_chance=1)),
    (2, shutdown_function),
]


def any_action(ctx) -> str:
    actions = ACTIONS if not ctx.deep else [(w, a) for w, a in ACTIONS if a not in NEEDS_BODY]
    return ctx.pick(actions)(ctx)


def registration(ctx) -> str:
    return ctx.pick(REGISTRATIONS)(ctx)


def main(ctx) -> list[tuple[str, str]]:
    """The script's main part: (name, statement) pairs, the first usually a connect."""
    count = ctx.rng.randint(4, 10)
    first = connect if ctx.chance(0.85) else None
    sequence = []
    for i in range(count):
        action = first if i == 0 and first else ctx.pick(ACTIONS)
        sequence.append((action.__name__, action(ctx)))
    return sequence
