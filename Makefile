# zookeeper.so — see README.md. `make demo` and `make test` are the whole set-up.
SHELL := /bin/bash
PHP ?= php
EXTENSION := $(CURDIR)/modules/zookeeper.so
EXT_DIR = $(shell php-config --extension-dir)
PHP_CONF_DIR ?= /etc/php/8.2

.PHONY: deps build test demo install bench fuzz chaos clean

deps:
	scripts/deps.sh

build: deps
	cargo build --release
	mkdir -p modules
	install -m 0755 target/release/libzookeeper.so $(EXTENSION)

test: build
	scripts/test.sh

demo: build
	scripts/demo.sh

bench: build
	scripts/bench.sh

# Until stopped, or FUZZ_COUNT / FUZZ_SECONDS; see scripts/fuzz.sh.
fuzz: build
	scripts/fuzz.sh

chaos: build
	scripts/chaos.sh full

install: build
	install -m 0644 $(EXTENSION) $(EXT_DIR)/zookeeper.so
	echo "extension=zookeeper.so" > $(PHP_CONF_DIR)/mods-available/zookeeper.ini
	phpenmod -v 8.2 zookeeper
	@echo "installed $(EXT_DIR)/zookeeper.so; enabled for CLI and php-fpm (restart php8.2-fpm)"

clean:
	cargo clean
	rm -rf modules
