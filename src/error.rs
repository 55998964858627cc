//! Error codes as PHP sees them: the libzookeeper (PECL) numbering and messages,
//! so `ZookeeperException::getCode()` equals a `Zookeeper::*` constant.

use std::fmt;

/// A libzookeeper error code (`Zookeeper::NONODE` etc.) with an optional detail
/// that says what exactly was wrong (which argument, which path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZkError {
    pub code: i32,
    pub detail: Option<String>,
}

/// libzookeeper's error codes, as `Zookeeper::*` class constants carry them.
pub mod code {
    pub const OK: i32 = 0;
    pub const SYSTEMERROR: i32 = -1;
    pub const RUNTIMEINCONSISTENCY: i32 = -2;
    pub const DATAINCONSISTENCY: i32 = -3;
    pub const CONNECTIONLOSS: i32 = -4;
    pub const MARSHALLINGERROR: i32 = -5;
    pub const UNIMPLEMENTED: i32 = -6;
    pub const OPERATIONTIMEOUT: i32 = -7;
    pub const BADARGUMENTS: i32 = -8;
    pub const INVALIDSTATE: i32 = -9;
    pub const NEWCONFIGNOQUORUM: i32 = -13;
    pub const RECONFIGINPROGRESS: i32 = -14;
    pub const APIERROR: i32 = -100;
    pub const NONODE: i32 = -101;
    pub const NOAUTH: i32 = -102;
    pub const BADVERSION: i32 = -103;
    pub const NOCHILDRENFOREPHEMERALS: i32 = -108;
    pub const NODEEXISTS: i32 = -110;
    pub const NOTEMPTY: i32 = -111;
    pub const SESSIONEXPIRED: i32 = -112;
    pub const INVALIDCALLBACK: i32 = -113;
    pub const INVALIDACL: i32 = -114;
    pub const AUTHFAILED: i32 = -115;
    pub const CLOSING: i32 = -116;
    pub const NOTHING: i32 = -117;
    pub const SESSIONMOVED: i32 = -118;
    pub const NOTREADONLY: i32 = -119;
    pub const EPHEMERALONLOCALSESSION: i32 = -120;
    pub const NOWATCHER: i32 = -121;
    pub const RECONFIGDISABLED: i32 = -123;
    pub const THROTTLEDOP: i32 = -127;
    /// This extension's own codes, as PECL has them.
    pub const CONNECT_NOT_CALLED: i32 = 5998;

    /// Every code with its constant name.
    #[cfg(test)]
    pub const ALL: &[(&str, i32)] = &[
        ("OK", OK),
        ("SYSTEMERROR", SYSTEMERROR),
        ("RUNTIMEINCONSISTENCY", RUNTIMEINCONSISTENCY),
        ("DATAINCONSISTENCY", DATAINCONSISTENCY),
        ("CONNECTIONLOSS", CONNECTIONLOSS),
        ("MARSHALLINGERROR", MARSHALLINGERROR),
        ("UNIMPLEMENTED", UNIMPLEMENTED),
        ("OPERATIONTIMEOUT", OPERATIONTIMEOUT),
        ("BADARGUMENTS", BADARGUMENTS),
        ("INVALIDSTATE", INVALIDSTATE),
        ("NEWCONFIGNOQUORUM", NEWCONFIGNOQUORUM),
        ("RECONFIGINPROGRESS", RECONFIGINPROGRESS),
        ("APIERROR", APIERROR),
        ("NONODE", NONODE),
        ("NOAUTH", NOAUTH),
        ("BADVERSION", BADVERSION),
        ("NOCHILDRENFOREPHEMERALS", NOCHILDRENFOREPHEMERALS),
        ("NODEEXISTS", NODEEXISTS),
        ("NOTEMPTY", NOTEMPTY),
        ("SESSIONEXPIRED", SESSIONEXPIRED),
        ("INVALIDCALLBACK", INVALIDCALLBACK),
        ("INVALIDACL", INVALIDACL),
        ("AUTHFAILED", AUTHFAILED),
        ("CLOSING", CLOSING),
        ("NOTHING", NOTHING),
        ("SESSIONMOVED", SESSIONMOVED),
        ("NOTREADONLY", NOTREADONLY),
        ("EPHEMERALONLOCALSESSION", EPHEMERALONLOCALSESSION),
        ("NOWATCHER", NOWATCHER),
        ("RECONFIGDISABLED", RECONFIGDISABLED),
        ("THROTTLEDOP", THROTTLEDOP),
    ];
}

/// libzookeeper's `zerror()` text for a code; PECL uses it as the exception message.
pub fn message(code: i32) -> &'static str {
    use code::*;
    match code {
        OK => "ok",
        SYSTEMERROR => "system error",
        RUNTIMEINCONSISTENCY => "run time inconsistency",
        DATAINCONSISTENCY => "data inconsistency",
        CONNECTIONLOSS => "connection loss",
        MARSHALLINGERROR => "marshalling error",
        UNIMPLEMENTED => "unimplemented",
        OPERATIONTIMEOUT => "operation timeout",
        BADARGUMENTS => "bad arguments",
        INVALIDSTATE => "invalid zhandle state",
        NEWCONFIGNOQUORUM => "no quorum of new config is connected and up-to-date with the leader of last commmitted config - try invoking reconfiguration after new servers are connected and synced",
        RECONFIGINPROGRESS => "Another reconfiguration is in progress -- concurrent reconfigs not supported (yet)",
        APIERROR => "api error",
        NONODE => "no node",
        NOAUTH => "not authenticated",
        BADVERSION => "bad version",
        NOCHILDRENFOREPHEMERALS => "no children for ephemerals",
        NODEEXISTS => "node exists",
        NOTEMPTY => "not empty",
        SESSIONEXPIRED => "session expired",
        INVALIDCALLBACK => "invalid callback",
        INVALIDACL => "invalid acl",
        AUTHFAILED => "authentication failed",
        CLOSING => "zookeeper is closing",
        NOTHING => "(not error) no server responses to process",
        SESSIONMOVED => "session moved to another server, so operation is ignored",
        NOTREADONLY => "state-changing request is passed to read-only server",
        EPHEMERALONLOCALSESSION => "attempt to create ephemeral node on a local session",
        NOWATCHER => "the watcher couldn't be found",
        RECONFIGDISABLED => "attempts to perform a reconfiguration operation when reconfiguration feature is disable",
        THROTTLEDOP => "Operation was throttled due to high load",
        CONNECT_NOT_CALLED => "Zookeeper->connect() was not called",
        _ => "unknown error",
    }
}

impl ZkError {
    pub fn new(code: i32) -> Self {
        ZkError { code, detail: None }
    }

    /// A caller mistake: `Zookeeper::BADARGUMENTS` with what was wrong.
    pub fn bad_arguments(detail: impl Into<String>) -> Self {
        ZkError { code: code::BADARGUMENTS, detail: Some(detail.into()) }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

impl fmt::Display for ZkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.detail {
            Some(detail) => write!(f, "{}: {}", message(self.code), detail),
            None => f.write_str(message(self.code)),
        }
    }
}

impl std::error::Error for ZkError {}

impl From<zookeeper_client::Error> for ZkError {
    fn from(err: zookeeper_client::Error) -> Self {
        use zookeeper_client::Error as E;
        let code = match &err {
            E::NoNode => code::NONODE,
            E::NoAuth => code::NOAUTH,
            E::BadVersion => code::BADVERSION,
            E::NoChildrenForEphemerals => code::NOCHILDRENFOREPHEMERALS,
            E::NodeExists => code::NODEEXISTS,
            E::NotEmpty => code::NOTEMPTY,
            E::SessionExpired => code::SESSIONEXPIRED,
            E::InvalidAcl => code::INVALIDACL,
            E::AuthFailed => code::AUTHFAILED,
            E::SessionMoved => code::SESSIONMOVED,
            E::NotReadOnly => code::NOTREADONLY,
            E::NoWatcher => code::NOWATCHER,
            E::Throttled => code::THROTTLEDOP,
            E::MarshallingError | E::UnmarshalError { .. } => code::MARSHALLINGERROR,
            E::Unimplemented => code::UNIMPLEMENTED,
            // The library reports transport failures (socket errors, "no response
            // from connection in N ms") as Custom errors: a lost connection.
            // Unnecessary once the vendored client returns ConnectionLoss for them.
            E::ConnectionLoss | E::NoHosts | E::Custom(_) => code::CONNECTIONLOSS,
            E::Timeout => code::OPERATIONTIMEOUT,
            E::ReconfigDisabled => code::RECONFIGDISABLED,
            E::ClientClosed => code::CLOSING,
            E::RuntimeInconsistent => code::RUNTIMEINCONSISTENCY,
            E::BadArguments(_) => code::BADARGUMENTS,
            E::QuotaExceeded => code::BADARGUMENTS,
            _ => code::SYSTEMERROR,
        };
        // The client's own wording adds what zerror() cannot say (which argument, which host).
        let detail = match &err {
            E::BadArguments(why) => Some((**why).to_owned()),
            E::UnexpectedError(_) | E::NoHosts | E::QuotaExceeded | E::Custom(_) => Some(err.to_string()),
            _ => None,
        };
        ZkError { code, detail }
    }
}

pub type ZkResult<T> = Result<T, ZkError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_its_own_message() {
        let mut seen = std::collections::HashSet::new();
        for (name, value) in code::ALL {
            assert_ne!(message(*value), "unknown error", "{name} has no message");
            assert!(seen.insert(message(*value)), "{name} repeats a message");
        }
    }

    #[test]
    fn client_errors_map_to_pecl_codes() {
        assert_eq!(ZkError::from(zookeeper_client::Error::NoNode).code, code::NONODE);
        assert_eq!(ZkError::from(zookeeper_client::Error::ConnectionLoss).code, code::CONNECTIONLOSS);
        assert_eq!(ZkError::from(zookeeper_client::Error::NoNode).to_string(), "no node");
        let bad = ZkError::from(zookeeper_client::Error::BadArguments(&"can not create root node"));
        assert_eq!(bad.code, code::BADARGUMENTS);
        assert_eq!(bad.to_string(), "bad arguments: can not create root node");
    }
}
