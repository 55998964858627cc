"""Small helpers to write PHP source text."""


def indent(code: str, levels: int = 1) -> str:
    pad = "    " * levels
    return "\n".join(pad + line if line else line for line in code.split("\n"))


def block(head: str, body: str) -> str:
    """`head {` body `}`; an empty body gives an empty pair of braces."""
    if not body:
        return f"{head}\n{{\n}}"
    return f"{head}\n{{\n{indent(body)}\n}}"


def guarded(statement: str, catch: str = "ZookeeperException", handler: str = "fuzz_caught($e);") -> str:
    """The statement in a try; by default the catch prints what it caught."""
    return f"try {{\n{indent(statement)}\n}} catch ({catch} $e) {{\n{indent(handler)}\n}}"


def string(text: str) -> str:
    """A single-quoted PHP string literal."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
