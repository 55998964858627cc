"""Runs fuzz scripts under the CLI, php-fpm and valgrind and judges them."""
