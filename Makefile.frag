# Appended by configure (see config.m4) to the Makefile PHP's build system
# writes. $(srcdir) and $(builddir) are replaced with absolute paths on the
# way; CARGO, PHP_CONFIG and PHP_EXECUTABLE come from configure.
#
#   make          runs cargo every time (it rebuilds only what changed) and
#                 copies the result to modules/zookeeper.so
#   make install  PHP's own rule copies modules/* into the extension dir
#                 ($(INSTALL_ROOT)$(EXTENSION_DIR)); it runs cargo only when
#                 there is no build yet, so `sudo make install` after `make`
#                 never runs cargo as root (whose files in target/ would then
#                 be in the way of the next build, and who may have no Rust).
# CARGO_TARGET_DIR is honoured; CARGO_BUILD_FLAGS adds options (e.g. --locked).

ZOOKEEPER_MODULE = $(builddir)/modules/zookeeper.so

all: zookeeper-cargo-build
install-modules: $(ZOOKEEPER_MODULE)

define zookeeper_cargo_build
	cd "$(srcdir)" && PHP="$(PHP_EXECUTABLE)" PHP_CONFIG="$(PHP_CONFIG)" "$(CARGO)" build --release $(CARGO_BUILD_FLAGS)
	mkdir -p "$(builddir)/modules"
	cd "$(srcdir)" && cp -f "$${CARGO_TARGET_DIR:-target}/release/libzookeeper.so" "$(ZOOKEEPER_MODULE)"
endef

.PHONY: zookeeper-cargo-build
zookeeper-cargo-build:
	$(zookeeper_cargo_build)

$(ZOOKEEPER_MODULE):
	$(zookeeper_cargo_build)
