#!/usr/bin/env bash
# Usage: scripts/test-php84.sh   (a stage of `make test`; needs root)
#   The extension on PHP 8.4 against ZooKeeper 3.9, in the Debian 13 chroot of
#   debian13-chroot.sh (built or updated first; cached between runs):
#   1. a fresh copy of this tree goes to /build/zookeeper in the chroot: the
#      files git tracks or would track (what a clone holds, with the work
#      tree's changes), and git-commit.txt as `git archive HEAD` writes it;
#   2. phpize-check.sh builds it there the way PIE does (phpize, configure,
#      make, make install into a staging root) and checks that it loads and
#      what `php --ri zookeeper` reports (PHP 8.4, NTS, the commit of HEAD);
#   3. install-check.sh installs that build with the repository's own
#      `make install` (phpenmod) and checks php8.4 and php-fpm8.4 load it, then
#      removes it again;
#   4. test-suites.sh runs the phpt suites against the build phpize-check.sh
#      installed, with php8.4, php-fpm8.4 and ZooKeeper 3.9.
#   The host's Rust toolchain (CARGO_HOME, RUSTUP_HOME) is bind-mounted. The
#   cargo target dir is the chroot's /build/target, kept between runs: the
#   dependencies (sources that never change) are compiled once; the crate
#   itself is compiled every run, since the copy's files are new (checkouts
#   sharing the chroot must never get each other's build).
#   Env (defaults differ from the PHP 8.2 stage's, so both can run at once):
#     PHP84_ZK_PORT (22185), PHP84_ZK_ENSEMBLE_BASE (22291),
#     PHP84_ZK_ENSEMBLE_QUORUM_BASE (22891), PHP84_ZK_ENSEMBLE_ELECTION_BASE
#     (23891), PHP84_ZK_TEST_DIR (/tmp/zkphp-php84, inside the chroot),
#     PHP84_SUITES (default "cli fpm ensemble"), and those of debian13-chroot.sh.
#   Exits non-zero if the build, the checks or any suite failed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
chroot_script=scripts/debian13-chroot.sh

log() { printf 'test-php84: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

started=$SECONDS
"$chroot_script" ensure
log "chroot ready after $((SECONDS - started)) s"

# 1. The copy (files dated now: see above).
chroot_dir=$("$chroot_script" dir)
copy=$chroot_dir/build/zookeeper
rm -rf "$copy"
mkdir -p "$copy"
git ls-files -z --cached --others --exclude-standard |
    tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null | tar -xmf - -C "$copy"
commit=$(git rev-parse HEAD)
archived=$(git archive HEAD git-commit.txt | tar -xOf -) || die "git archive HEAD git-commit.txt failed (is git-commit.txt committed?)"
[[ $archived == "$commit" ]] || die "git archive wrote '$archived' into git-commit.txt, not $commit (export-subst in .gitattributes?)"
printf '%s\n' "$archived" >"$copy/git-commit.txt"

cargo_home=${CARGO_HOME:-$HOME/.cargo}
rustup_home=${RUSTUP_HOME:-$HOME/.rustup}
[[ -x $cargo_home/bin/cargo ]] || die "no cargo in $cargo_home/bin (set CARGO_HOME)"
binds=(--bind "$cargo_home")
[[ -d $rustup_home ]] && binds+=(--bind "$rustup_home")

# 2 to 4, inside. The build's output is the installed path (last line).
# shellcheck disable=SC2016 # expanded by the shell in the chroot
inside='
    set -euo pipefail
    cd /build/zookeeper
    started=$SECONDS
    installed=$(scripts/phpize-check.sh /build/staging | tail -n 1)
    echo "test-php84: built, installed and checked in $((SECONDS - started)) s" >&2
    scripts/install-check.sh
    EXTENSION=$installed scripts/test-suites.sh $PHP84_SUITES
'
"$chroot_script" run "${binds[@]}" \
    --env "PATH=$cargo_home/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    --env "CARGO_HOME=$cargo_home" --env "RUSTUP_HOME=$rustup_home" \
    --env CARGO_TARGET_DIR=/build/target \
    --env "EXPECT_GIT_COMMIT=$commit" \
    --env "ZK_PORT=${PHP84_ZK_PORT:-22185}" \
    --env "ZK_ENSEMBLE_BASE=${PHP84_ZK_ENSEMBLE_BASE:-22291}" \
    --env "ZK_ENSEMBLE_QUORUM_BASE=${PHP84_ZK_ENSEMBLE_QUORUM_BASE:-22891}" \
    --env "ZK_ENSEMBLE_ELECTION_BASE=${PHP84_ZK_ENSEMBLE_ELECTION_BASE:-23891}" \
    --env "ZK_TEST_DIR=${PHP84_ZK_TEST_DIR:-/tmp/zkphp-php84}" \
    --env "PHP84_SUITES=${PHP84_SUITES:-cli fpm ensemble}" \
    -- bash -c "$inside"
log "done in $((SECONDS - started)) s"
