#!/usr/bin/env bash
# Usage: scripts/fcgi-get.sh <script-path> [query-string]
#   One FastCGI GET request for <script-path> (made absolute) against the
#   php-fpm of scripts/php-fpm.sh ($ZK_TEST_DIR/fpm/fpm.sock, ZK_TEST_DIR
#   default /tmp/zkphp-test; override the socket with FPM_SOCKET), via
#   cgi-fcgi (package libfcgi-bin). Prints only the response body, byte for
#   byte (headers stripped; FCGI_HEADERS=1 prints the headers to stderr).
#   Exit status: 0 ok; 1 cgi-fcgi failed or the response had no header block
#   (e.g. the worker died mid-request); 124 no answer within FCGI_TIMEOUT s
#   (default 30); 2 usage. A PHP error / "Status: 500" still exits 0 (the
#   body is printed); set FCGI_FAIL_ON_STATUS=1 to exit 3 on Status >= 400
#   (e.g. 404 "File not found." for a wrong path). Note: under -n PHP has
#   display_errors=1, so a PHP fatal error usually comes back as 200 + text.
set -euo pipefail

usage() {
    sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$0" >&2
    exit 2
}

[[ $# -eq 1 || $# -eq 2 ]] || usage
script=$1
query=${2:-}
ZK_TEST_DIR=${ZK_TEST_DIR:-/tmp/zkphp-test}
sock=${FPM_SOCKET:-$ZK_TEST_DIR/fpm/fpm.sock}

[[ $script == /* ]] || script=$PWD/$script
[[ -S $sock ]] || { echo "fcgi-get: no socket $sock (php-fpm.sh start?)" >&2; exit 1; }
cgi_fcgi=$(command -v cgi-fcgi) || { echo "fcgi-get: cgi-fcgi not found" >&2; exit 1; }

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

# cgi-fcgi passes its whole environment as FastCGI params ($_SERVER), so run
# it with a clean, minimal one.
rc=0
env -i \
    SCRIPT_FILENAME="$script" \
    SCRIPT_NAME="/${script##*/}" \
    REQUEST_URI="/${script##*/}${query:+?$query}" \
    REQUEST_METHOD=GET \
    QUERY_STRING="$query" \
    SERVER_PROTOCOL=HTTP/1.1 \
    GATEWAY_INTERFACE=CGI/1.1 \
    SERVER_NAME=localhost \
    REMOTE_ADDR=127.0.0.1 \
    timeout "${FCGI_TIMEOUT:-30}" "$cgi_fcgi" -bind -connect "$sock" >"$tmp" || rc=$?
if [[ $rc -ne 0 ]]; then
    echo "fcgi-get: cgi-fcgi failed (rc=$rc) for $script" >&2
    [[ $rc -eq 124 ]] && exit 124
    exit 1
fi

# The header block ends at the first empty line (CRLF CRLF).
if ! grep -q $'^\r\\?$' "$tmp"; then
    echo "fcgi-get: response without header block for $script ($(wc -c <"$tmp") bytes)" >&2
    exit 1
fi
headers=$(sed -n $'1,/^\r\\?$/p' "$tmp")
if [[ ${FCGI_HEADERS:-0} == 1 ]]; then
    printf '%s\n' "$headers" | tr -d '\r' >&2
fi
sed $'1,/^\r\\?$/d' "$tmp"

if [[ ${FCGI_FAIL_ON_STATUS:-0} == 1 ]]; then
    status=$(printf '%s\n' "$headers" | tr -d '\r' | sed -n 's/^Status: \([0-9]*\).*/\1/p')
    if [[ -n $status && $status -ge 400 ]]; then
        echo "fcgi-get: Status $status for $script" >&2
        exit 3
    fi
fi
