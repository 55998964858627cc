//! Build script: checks the PHP the extension is being built for before the
//! long compile starts, and records what the build was made for, so that
//! `php --ri zookeeper` can show it.
//!
//! ext-php-rs's own build script finds PHP the same way (the `PHP` and
//! `PHP_CONFIG` environment variables, else `php` and `php-config` on PATH)
//! and makes its bindings from `php -i` and the headers of php-config; it runs
//! only after its dependencies compiled and says less. This one has no
//! dependencies, so it runs first.
//!
//! Recorded for the crate (read with env!):
//! - ZK_BUILD_PHP_VERSION  e.g. "8.4.27" (php-config --version)
//! - ZK_BUILD_PHP_API      e.g. "20240924" (php-config --phpapi)
//! - ZK_BUILD_PHP_ZTS      "ZTS" or "NTS" (Thread Safety in `php -i`, as ext-php-rs decides)
//! - ZK_BUILD_GIT_COMMIT   the commit built: ZK_BUILD_GIT_COMMIT from the
//!   environment if set, else HEAD of this checkout, else the commit that
//!   `git archive` wrote into git-commit.txt (release archives), else "unknown".

use std::env;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

/// PHP 8.1.0 as PHP_VERSION_ID: the oldest PHP this extension supports.
const MIN_VERSION_ID: u32 = 80100;
const MIN_VERSION: &str = "8.1";

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=git-commit.txt");
    for var in ["PHP", "PHP_CONFIG", "PATH", "ZK_BUILD_GIT_COMMIT"] {
        println!("cargo:rerun-if-env-changed={var}");
    }

    let php_config = executable("PHP_CONFIG", "php-config");
    let php = executable("PHP", "php");
    // A PHP upgraded in place (same paths) rebuilds too.
    println!("cargo:rerun-if-changed={}", php_config.display());
    println!("cargo:rerun-if-changed={}", php.display());

    let version = output_of(&php_config, &["--version"]);
    let version_id = output_of(&php_config, &["--vernum"]);
    let api = output_of(&php_config, &["--phpapi"]);
    match version_id.parse::<u32>() {
        Ok(id) if id >= MIN_VERSION_ID => {},
        Ok(_) => fail(&format!("PHP {version} (from {}) is too old: zookeeper.so needs PHP {MIN_VERSION} or newer", php_config.display())),
        Err(_) => fail(&format!("{} --vernum printed '{version_id}', not a number", php_config.display())),
    }

    let info = output_of(&php, &["-i"]);
    let info_api = info_value(&info, "PHP API");
    if info_api != Some(api.as_str()) {
        fail(&format!(
            "{} (PHP API {}) and {} (PHP API {api}) belong to different PHP installations: \
             set PHP and PHP_CONFIG to the php and php-config of the PHP to build for",
            php.display(),
            info_api.unwrap_or("unknown"),
            php_config.display()
        ));
    }
    let zts = match info_value(&info, "Thread Safety") {
        Some("enabled") => "ZTS",
        Some(_) => "NTS",
        None => fail(&format!("`{} -i` does not say whether PHP is thread-safe", php.display())),
    };

    println!("cargo:rustc-env=ZK_BUILD_PHP_VERSION={version}");
    println!("cargo:rustc-env=ZK_BUILD_PHP_API={api}");
    println!("cargo:rustc-env=ZK_BUILD_PHP_ZTS={zts}");
    println!("cargo:rustc-env=ZK_BUILD_GIT_COMMIT={}", git_commit());
}

/// Prints the reason and stops the build.
fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    exit(1);
}

/// The executable named by environment variable `var`, which must be a path
/// (ext-php-rs takes it as one), else `default` looked up on PATH.
fn executable(var: &str, default: &str) -> PathBuf {
    match env::var(var) {
        Ok(value) if value.contains('/') => {
            Some(PathBuf::from(&value)).filter(|path| is_executable(path)).unwrap_or_else(|| fail(&format!("{var}={value}: no such executable")))
        },
        Ok(value) if !value.is_empty() => fail(&match on_path(&value) {
            Some(path) => format!("{var}={value} must be a path: {var}={}", path.display()),
            None => format!("{var}={value} must be the path of an executable"),
        }),
        _ => on_path(default).unwrap_or_else(|| {
            fail(&format!(
                "`{default}` not found on PATH (set {var} to its path): the PHP development \
                 files are needed (Debian: phpX.Y-dev; the official Docker images have them)"
            ))
        }),
    }
}

fn on_path(name: &str) -> Option<PathBuf> {
    let paths = env::var_os("PATH")?;
    env::split_paths(&paths).map(|dir| dir.join(name)).find(|path| is_executable(path))
}

fn is_executable(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
}

/// Trimmed standard output of a command that must succeed.
fn output_of(program: &Path, args: &[&str]) -> String {
    let shown = format!("{} {}", program.display(), args.join(" "));
    match Command::new(program).args(args).output() {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).trim().to_string(),
        Ok(out) => fail(&format!("`{shown}` failed ({}): {}", out.status, String::from_utf8_lossy(&out.stderr).trim())),
        Err(error) => fail(&format!("cannot run `{shown}`: {error}")),
    }
}

/// The value of a `Key => value` line of `php -i`.
fn info_value<'a>(info: &'a str, key: &str) -> Option<&'a str> {
    let prefix = format!("{key} => ");
    info.lines().find_map(|line| line.strip_prefix(&prefix)).map(str::trim)
}

fn git_commit() -> String {
    if let Ok(commit) = env::var("ZK_BUILD_GIT_COMMIT") {
        return commit;
    }
    let dir = env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_string());
    checkout_head(Path::new(&dir)).or_else(|| archived_commit(Path::new(&dir))).unwrap_or_else(|| "unknown".to_string())
}

/// HEAD of the git checkout `dir` is the top of (not of a repository that
/// merely contains a copy of the sources), watched so a commit rebuilds.
fn checkout_head(dir: &Path) -> Option<String> {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(args)
            .output()
            .ok()
            .filter(|out| out.status.success())
            .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    let top = git(&["rev-parse", "--show-toplevel"])?;
    if fs::canonicalize(&top).ok()? != fs::canonicalize(dir).ok()? {
        return None;
    }
    let commit = git(&["rev-parse", "HEAD"])?;
    // A commit changes the branch file HEAD points to (or packed-refs, where
    // git may have moved it); a checkout changes HEAD.
    let mut watched = vec![git(&["rev-parse", "--git-path", "HEAD"])?, git(&["rev-parse", "--git-path", "packed-refs"])?];
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        watched.push(git(&["rev-parse", "--git-path", &branch])?);
    }
    for path in watched {
        let path = dir.join(path);
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
    Some(commit)
}

/// The commit `git archive` put into git-commit.txt (export-subst in
/// .gitattributes); in a checkout the file still holds the placeholder.
fn archived_commit(dir: &Path) -> Option<String> {
    let text = fs::read_to_string(dir.join("git-commit.txt")).ok()?;
    let commit = text.trim();
    (commit.len() == 40 && commit.bytes().all(|b| b.is_ascii_hexdigit())).then(|| commit.to_string())
}
