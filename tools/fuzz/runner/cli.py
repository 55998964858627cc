"""A fuzz script under the PHP CLI: a process of its own with the extension
and the script's ini settings (nothing else loaded: -n)."""

from . import processes

# Every message, each once (log_errors off), as plain text. The CLI shows them on stderr
# (display_errors=stderr: written at once, not output that would stop
# session_start()); php-fpm in the response (fpm.Pool).
BASE_INI = ["error_reporting=-1", "log_errors=0", "html_errors=0"]


def command(extension: str, ini: list[str], script: str) -> list[str]:
    settings = [f"extension={extension}", *BASE_INI, "display_errors=stderr", *ini]
    return ["php", "-n", *[arg for setting in settings for arg in ("-d", setting)], script]


def run(extension: str, ini: list[str], script: str, hang_seconds: float, env: dict) -> processes.Run:
    return processes.run(command(extension, ini, script), hang_seconds, env)
