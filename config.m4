dnl The route PIE takes (and PECL users know): phpize && ./configure && make
dnl && make install. The extension is Rust, built by cargo, so there are no C
dnl sources to declare: configure finds cargo and the PHP that phpize chose
dnl (--with-php-config), and Makefile.frag runs the build with them.

PHP_ARG_ENABLE([zookeeper],
  [whether to enable the zookeeper extension],
  [AS_HELP_STRING([--enable-zookeeper],
    [Enable zookeeper (a Rust extension: needs cargo and libclang)])],
  [yes])

if test "$PHP_ZOOKEEPER" != "no"; then
  dnl rustup installs into ~/.cargo/bin, often missing from a non-login PATH.
  AC_PATH_PROG([CARGO], [cargo], [], [$PATH$PATH_SEPARATOR$HOME/.cargo/bin])
  if test -z "$CARGO"; then
    AC_MSG_ERROR([cargo not found: install Rust (rustup, or Debian's cargo package) or set CARGO=/path/to/cargo. The build also needs libclang (Debian: libclang-dev).])
  fi

  dnl ext-php-rs's build script takes the PHP to build for from PHP_CONFIG and
  dnl PHP in the environment, and only as paths, so the php-config phpize
  dnl chose (maybe the bare word php-config) is made absolute here.
  case $PHP_CONFIG in
    */*) ;;
    *) PHP_CONFIG=`command -v "$PHP_CONFIG" 2>/dev/null` ;;
  esac
  if test -z "$PHP_CONFIG" || test ! -x "$PHP_CONFIG"; then
    AC_MSG_ERROR([php-config not found: pass --with-php-config=/path/to/php-config])
  fi
  if test -z "$PHP_EXECUTABLE" || test ! -x "$PHP_EXECUTABLE"; then
    AC_MSG_ERROR([$PHP_CONFIG --php-binary names '$PHP_EXECUTABLE', which is not an executable: the build needs that PHP's CLI])
  fi
  dnl build.rs checks this too, but only once cargo gets to it.
  AC_MSG_CHECKING([for PHP 8.1 or newer])
  zookeeper_php_version=`$PHP_CONFIG --version`
  if test "`$PHP_CONFIG --vernum`" -lt 80100 2>/dev/null; then
    AC_MSG_ERROR([PHP $zookeeper_php_version is too old: zookeeper.so needs PHP 8.1 or newer])
  fi
  AC_MSG_RESULT([$zookeeper_php_version])
  AC_MSG_CHECKING([for the PHP to build for])
  AC_MSG_RESULT([$PHP_EXECUTABLE with $PHP_CONFIG])

  PHP_SUBST([CARGO])
  PHP_SUBST([PHP_CONFIG])
  dnl No PHP_NEW_EXTENSION (nothing for PHP's rules to compile), so the
  dnl fragment's directories are given explicitly.
  PHP_ADD_MAKEFILE_FRAGMENT([$abs_srcdir/Makefile.frag], [$abs_srcdir], [$abs_builddir])
fi
