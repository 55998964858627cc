//! The session save handler's settings, read from ini when a session opens
//! (so a request's ini_set() applies to its next session_start()).

use std::time::Duration;

use zookeeper_client::{Acl, AuthId, Permission};

use crate::php::ini;

/// Who may read and write session nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionAcl {
    /// Only sessions holding the handler's credentials (ZooKeeper's `auth`
    /// scheme: for digest, `digest:<user>:<hash>` with all permissions).
    Creator,
    /// Anyone (world:anyone, all permissions): PECL's behaviour.
    World,
}

impl SessionAcl {
    pub fn acl(self) -> Vec<Acl> {
        match self {
            SessionAcl::Creator => vec![Acl::new(Permission::ALL, AuthId::new("auth", ""))],
            SessionAcl::World => vec![Acl::new(Permission::ALL, AuthId::anyone())],
        }
    }
}

#[derive(Clone, Debug)]
pub struct HandlerSettings {
    /// zookeeper.session_lock
    pub locking: bool,
    /// zookeeper.sess_lock_wait (µs): pause after a failed lock attempt.
    pub lock_retry_pause: Duration,
    /// zookeeper.session_lock_timeout (ms), else max_execution_time, else 30 s.
    pub lock_timeout: Duration,
    /// zookeeper.session_auth as (scheme, credential).
    pub auth: Option<(String, Vec<u8>)>,
    /// zookeeper.session_acl
    pub acl: SessionAcl,
    /// zookeeper.session_max_bytes
    pub max_bytes: usize,
    /// zookeeper.recv_timeout: session timeout and deadline of each request.
    pub recv_timeout: Duration,
}

const DEFAULT_LOCK_WAIT_US: i64 = 150_000;
const DEFAULT_LOCK_TIMEOUT_S: i64 = 30;
const DEFAULT_RECV_TIMEOUT_MS: i64 = 10_000;

impl HandlerSettings {
    /// The current settings, or what is wrong with them (a warning's text).
    pub fn from_ini() -> Result<HandlerSettings, String> {
        let auth = parse_auth(&ini::string(ini::SESSION_AUTH).unwrap_or_default())?;
        let acl = parse_acl(&ini::string(ini::SESSION_ACL).unwrap_or_default())?;
        if acl == SessionAcl::Creator && auth.is_none() {
            return Err("zookeeper.session_acl=creator needs credentials: set zookeeper.session_auth (e.g. \"digest:user:password\"), \
                        or zookeeper.session_acl=world to store sessions readable by anyone (as PECL does)"
                .into());
        }
        let recv_timeout = match ini::recv_timeout() {
            ms if ms > 0 => ms,
            _ => DEFAULT_RECV_TIMEOUT_MS,
        };
        Ok(HandlerSettings {
            locking: ini::flag(ini::SESSION_LOCK),
            lock_retry_pause: retry_pause(ini::long(ini::SESS_LOCK_WAIT)),
            lock_timeout: lock_timeout(ini::long(ini::SESSION_LOCK_TIMEOUT), ini::long_named(c"max_execution_time")),
            auth,
            acl,
            max_bytes: usize::try_from(ini::long(ini::SESSION_MAX_BYTES)).unwrap_or(0),
            recv_timeout: ini::millis(recv_timeout),
        })
    }
}

/// "scheme:credential" (e.g. "digest:user:password"); "" for none.
pub fn parse_auth(text: &str) -> Result<Option<(String, Vec<u8>)>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.split_once(':') {
        Some((scheme, credential)) if !scheme.is_empty() && !credential.is_empty() => Ok(Some((scheme.to_owned(), credential.as_bytes().to_vec()))),
        // Never echo the value: it holds a password.
        _ => Err("zookeeper.session_auth must look like \"scheme:credential\", e.g. \"digest:user:password\"".into()),
    }
}

pub fn parse_acl(text: &str) -> Result<SessionAcl, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "" | "creator" => Ok(SessionAcl::Creator),
        "world" => Ok(SessionAcl::World),
        other => Err(format!("zookeeper.session_acl must be \"creator\" or \"world\", not \"{other}\"")),
    }
}

/// PECL's `sess_lock_wait`: microseconds, 0 (or less) meaning 150000.
pub fn retry_pause(micros: i64) -> Duration {
    let micros = if micros > 0 { micros } else { DEFAULT_LOCK_WAIT_US };
    Duration::from_micros(u64::try_from(micros).unwrap_or(0))
}

/// The longest wait for a session lock: the setting (ms) if positive, else
/// max_execution_time (s), else 30 s: PECL's bound.
pub fn lock_timeout(setting_ms: i64, max_execution_time_s: i64) -> Duration {
    if setting_ms > 0 {
        Duration::from_millis(setting_ms as u64)
    } else if max_execution_time_s > 0 {
        Duration::from_secs(max_execution_time_s as u64)
    } else {
        Duration::from_secs(DEFAULT_LOCK_TIMEOUT_S as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_is_scheme_and_credential() {
        assert_eq!(parse_auth(""), Ok(None));
        assert_eq!(parse_auth("digest:web:s3cr:et"), Ok(Some(("digest".into(), b"web:s3cr:et".to_vec()))));
        for bad in ["hunter2", "hunter2:", ":hunter2"] {
            let err = parse_auth(bad).expect_err(bad);
            assert!(!err.contains("hunter2"), "the value leaks into {err}");
        }
    }

    #[test]
    fn acl_choices() {
        assert_eq!(parse_acl(""), Ok(SessionAcl::Creator));
        assert_eq!(parse_acl(" World "), Ok(SessionAcl::World));
        assert!(parse_acl("open").is_err());
        assert_eq!(SessionAcl::Creator.acl()[0].scheme(), "auth");
        assert_eq!(SessionAcl::World.acl()[0].scheme(), "world");
        assert_eq!(SessionAcl::World.acl()[0].permission(), Permission::ALL);
    }

    #[test]
    fn lock_wait_defaults_as_pecl() {
        assert_eq!(retry_pause(0), Duration::from_micros(150_000));
        assert_eq!(retry_pause(-3), Duration::from_micros(150_000));
        assert_eq!(retry_pause(2000), Duration::from_micros(2000));
    }

    #[test]
    fn lock_timeout_prefers_setting_then_max_execution_time() {
        assert_eq!(lock_timeout(1500, 60), Duration::from_millis(1500));
        assert_eq!(lock_timeout(0, 60), Duration::from_secs(60));
        assert_eq!(lock_timeout(0, 0), Duration::from_secs(30));
        assert_eq!(lock_timeout(-1, -1), Duration::from_secs(30));
    }
}
