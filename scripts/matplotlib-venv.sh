#!/usr/bin/env bash
# Usage: scripts/matplotlib-venv.sh VENV_DIR
#   Makes sure VENV_DIR is a Python venv with matplotlib (from PyPI), for the
#   plots of benches/*.py: run them with VENV_DIR/bin/python. Idempotent.
set -euo pipefail
[[ $# -eq 1 ]] || { sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0" >&2; exit 2; }
venv=$1
"$(dirname "${BASH_SOURCE[0]}")/deps.sh" python3-venv
if ! "$venv/bin/python" -c 'import matplotlib' 2>/dev/null; then
    echo "installing matplotlib into $venv" >&2
    /usr/bin/python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check matplotlib
fi
