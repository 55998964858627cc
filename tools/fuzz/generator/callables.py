"""The callables handed to the extension (watchers, completions, the global
watcher) and to PHP (shutdown functions, signal handlers): every kind PHP
has, each running a hostile body when called.

`use(ctx, site, statement)` picks a kind, declares what it needs, and
returns the statement that registers it, `statement(expression)`, placed
where the expression is valid: kinds bound to a class scope ([$this,
'private'], $this->m(...), [self::class, 'privateStatic']) are registered
from a method of their class, as code does it, and must then work like any
other callable (PECL calls them; DESIGN.md: "A callable is bound in the
scope that registered it").
"""

from . import behaviours
from .php import block, guarded, indent, string

PARAMS = "...$args"
# Sites whose callable runs more than once (see behaviours.body).
REPEATED = {"global watcher", "SIGUSR1 handler"}


def use(ctx, site: str, statement, scope_bound: bool = True) -> str:
    """The registration of a new callable for `site` ("watcher", ...).

    scope_bound: the callable is called through the extension. PHP's own
    registries (register_shutdown_function, pcntl_signal) resolve [$this,
    'private'] in the caller's scope when they call, so they only get kinds
    valid everywhere.
    """
    kinds = KINDS if scope_bound else [(w, k) for w, k in KINDS if k not in IN_CLASS]
    return ctx.pick(kinds)(ctx, site, statement)


def _body(ctx, site: str, name: str) -> str:
    """The body of the callable `name` registered at `site`."""
    return behaviours.body(ctx, f"{site} {name}", repeated=site in REPEATED)


def _function(ctx, site: str) -> str:
    name = ctx.fresh("fuzz_callback")
    ctx.declare(block(f"function {name}({PARAMS}): void", _body(ctx, site, f"{name}()")))
    return name


def _class(ctx, site: str, visibility: str, static: str = "", register: str = "") -> str:
    """A class whose method onEvent() runs a body; optionally a guard
    property (destroyed with the object) and a register() method."""
    name = ctx.fresh("FuzzCallback")
    members = []
    if not static and ctx.chance(0.25):
        members.append("private object $guard;")
        members.append(block("public function __construct()", f"$this->guard = new {behaviours.guard(ctx)}();"))
    members.append(block(f"{visibility} {static}function onEvent({PARAMS}): void",
                         _body(ctx, site, f"{name}::onEvent()")))
    if register:
        members.append(block("public function register(): void", register))
    ctx.declare(block(f"class {name}", "\n\n".join(members)))
    return name


def closure(ctx, site, statement):
    body = _body(ctx, site, ctx.fresh("closure"))
    return statement(f"function ({PARAMS}) {{\n{indent(body)}\n}}")


def closure_with_guard(ctx, site, statement):
    """A closure that alone holds an object with a hostile destructor: the
    destructor runs when the extension drops the callback (it fired, its
    object was closed or destroyed, the request ended)."""
    guard = behaviours.guard(ctx)
    body = _body(ctx, site, ctx.fresh("closure"))
    inner = f"return function ({PARAMS}) use ($guard) {{\n{indent(body)}\n}};"
    return statement(f"(function () {{\n    $guard = new {guard}();\n{indent(inner)}\n}})()")


def arrow_function(ctx, site, statement):
    return statement(f"fn ({PARAMS}) => {_function(ctx, site)}(...$args)")


def function_name(ctx, site, statement):
    return statement(string(_function(ctx, site)))


def first_class_function(ctx, site, statement):
    return statement(f"{_function(ctx, site)}(...)")


def invokable(ctx, site, statement):
    name = ctx.fresh("FuzzInvokable")
    ctx.declare(block(f"class {name}", block(f"public function __invoke({PARAMS}): void",
                                             _body(ctx, site, f"{name}::__invoke()"))))
    return statement(f"new {name}()")


def public_method(ctx, site, statement):
    return statement(f"[new {_class(ctx, site, 'public')}(), 'onEvent']")


def static_method_string(ctx, site, statement):
    return statement(string(f"{_class(ctx, site, 'public', static='static ')}::onEvent"))


def static_method_array(ctx, site, statement):
    return statement(f"[{_class(ctx, site, 'public', static='static ')}::class, 'onEvent']")


def private_method_from_outside(ctx, site, statement):
    """Not callable where it is registered: PHP's TypeError, an expected outcome."""
    name = _class(ctx, site, "private")
    return guarded(statement(f"[new {name}(), 'onEvent']"), "TypeError")


def _in_class(visibility: str, expression: str, static: str = ""):
    """A kind registered from its own class's register() method."""

    def kind(ctx, site, statement):
        register = guarded(statement(expression), "TypeError",
                           "fuzz_fail('a callable valid in its own class was refused: ' . $e->getMessage());")
        return f"(new {_class(ctx, site, visibility, static, register)}())->register();"

    kind.__name__ = f"{visibility}_{static.strip() or 'method'}_{expression}"
    return kind


private_method = _in_class("private", "[$this, 'onEvent']")
protected_method = _in_class("protected", "[$this, 'onEvent']")
public_method_from_inside = _in_class("public", "[$this, 'onEvent']")
private_first_class = _in_class("private", "$this->onEvent(...)")
private_from_callable = _in_class("private", "Closure::fromCallable([$this, 'onEvent'])")
private_static = _in_class("private", "[self::class, 'onEvent']", static="static ")

IN_CLASS = {private_method, protected_method, public_method_from_inside, private_first_class,
            private_from_callable, private_static}

KINDS = [
    (10, closure),
    (8, closure_with_guard),
    (4, arrow_function),
    (5, function_name),
    (4, first_class_function),
    (4, invokable),
    (5, public_method),
    (3, static_method_string),
    (3, static_method_array),
    (1, private_method_from_outside),
    (6, private_method),
    (3, protected_method),
    (2, public_method_from_inside),
    (3, private_first_class),
    (2, private_from_callable),
    (2, private_static),
]
