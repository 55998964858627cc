# shellcheck shell=bash
# Sourced by the build, install and test scripts: the PHP they target.
# `php_env` reads PHP (a php binary, name or path; default `php`) and/or
# PHP_CONFIG (its php-config) and exports absolute paths:
#   PHP            the CLI binary
#   PHP_CONFIG     the php-config of the same installation
#   PHP_FPM        its php-fpm (FPM_BIN overrides; may not be installed)
#   PHP_RUN_TESTS  its run-tests.php (shipped with phpize, i.e. the -dev package)
# ext-php-rs's build script reads PHP and PHP_CONFIG as well, so the extension
# is built for exactly this PHP. Returns non-zero (with a message) when PHP or
# its php-config cannot be found.

php_env_fail() {
    printf 'php-env: %s\n' "$*" >&2
    return 1
}

# "8.4" for /usr/bin/php8.4 (Debian), "" for /usr/local/bin/php (php.net builds).
php_env_suffix() {
    local name=${1##*/}
    echo "${name#php}"
}

php_env() {
    local php=${PHP:-} config=${PHP_CONFIG:-} suffix prefix candidate
    if [[ -n $config ]]; then
        config=$(command -v "$config") || php_env_fail "PHP_CONFIG '$PHP_CONFIG' not found" || return
        [[ -n $php ]] || php=$("$config" --php-binary) || php_env_fail "$config --php-binary failed" || return
    fi
    php=${php:-php}
    candidate=$(command -v "$php") || php_env_fail "PHP '$php' not found (set PHP or PHP_CONFIG)" || return
    # /usr/bin/php is an alternatives link: its target names the version.
    [[ -n $config ]] || candidate=$(readlink -f "$candidate")
    php=$candidate
    if [[ -z $config ]]; then
        suffix=$(php_env_suffix "$php")
        config=${php%/*}/php-config$suffix
        [[ -x $config ]] || config=$(command -v "php-config$suffix") ||
            php_env_fail "no php-config$suffix for $php (Debian: package php$suffix-dev), or set PHP_CONFIG" || return
    fi
    prefix=$("$config" --prefix) || php_env_fail "$config --prefix failed" || return
    # Debian renames the binaries with configure's --program-suffix (php-fpm8.4).
    suffix=$("$config" --configure-options | sed -n 's/.*--program-suffix=\([^ ]*\).*/\1/p')
    PHP_FPM=${FPM_BIN:-$prefix/sbin/php-fpm$suffix}
    PHP_RUN_TESTS=
    for candidate in "$("$config" --extension-dir)/build/run-tests.php" "$prefix/lib/php/build/run-tests.php"; do
        if [[ -f $candidate ]]; then
            PHP_RUN_TESTS=$candidate
            break
        fi
    done
    export PHP=$php PHP_CONFIG=$config PHP_FPM PHP_RUN_TESTS
}
