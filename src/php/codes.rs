//! Error codes as PHP sees them: the libzookeeper (PECL) numbering and
//! messages, so `ZookeeperException::getCode()` equals a `Zookeeper::*`
//! constant. The one place where the core's errors become numbers.

use crate::zk;

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

    /// Every code with its constant name (the `Zookeeper::*` error constants).
    pub const NAMED: &[(&str, i32)] = &[
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

/// The PECL code and the exception message for a core error: zerror()'s
/// text, then what exactly was wrong where there is more to say.
pub fn of(err: &zk::Error) -> (i32, String) {
    let (code, detail) = match err {
        zk::Error::BadArguments(why) => (code::BADARGUMENTS, Some(why.clone())),
        zk::Error::ConnectionLoss(why) => (code::CONNECTIONLOSS, Some(why.clone())),
        zk::Error::OperationTimeout => (code::OPERATIONTIMEOUT, None),
        zk::Error::Server(source) => server_code(source),
        zk::Error::Transaction { index, source } => {
            let (code, detail) = server_code(source);
            let position = format!("operation #{index} of the transaction");
            (code, Some(detail.map_or(position.clone(), |detail| format!("{position}: {detail}"))))
        },
        zk::Error::AuthFailed => (code::AUTHFAILED, None),
        zk::Error::Closed => (code::CLOSING, None),
        zk::Error::System(why) => (code::SYSTEMERROR, Some(why.clone())),
    };
    (code, with_detail(code, detail.as_deref()))
}

/// zerror()'s text for `code`, with `detail` after it.
pub fn with_detail(code: i32, detail: Option<&str>) -> String {
    match detail {
        Some(detail) => format!("{}: {detail}", message(code)),
        None => message(code).to_owned(),
    }
}

/// The code of an error the server answered with, and what the client
/// library adds that zerror() cannot say (which argument, which host).
fn server_code(err: &zookeeper_client::Error) -> (i32, Option<String>) {
    use zookeeper_client::Error as E;
    let code = match err {
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
        E::ConnectionLoss | E::NoHosts => code::CONNECTIONLOSS,
        E::Timeout => code::OPERATIONTIMEOUT,
        E::ReconfigDisabled => code::RECONFIGDISABLED,
        E::ClientClosed => code::CLOSING,
        E::RuntimeInconsistent => code::RUNTIMEINCONSISTENCY,
        E::BadArguments(_) | E::QuotaExceeded => code::BADARGUMENTS,
        _ => code::SYSTEMERROR,
    };
    let detail = match err {
        E::BadArguments(why) => Some((**why).to_owned()),
        E::UnexpectedError(_) | E::NoHosts | E::QuotaExceeded | E::Custom(_) => Some(err.to_string()),
        _ => None,
    };
    (code, detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_its_own_message() {
        let mut seen = std::collections::HashSet::new();
        for (name, value) in code::NAMED {
            assert_ne!(message(*value), "unknown error", "{name} has no message");
            assert!(seen.insert(message(*value)), "{name} repeats a message");
        }
    }

    #[test]
    fn core_errors_map_to_pecl_codes_and_messages() {
        let server = |err| of(&zk::Error::Server(err));
        assert_eq!(server(zookeeper_client::Error::NoNode), (code::NONODE, "no node".to_owned()));
        assert_eq!(of(&zk::Error::from_request(zookeeper_client::Error::ConnectionLoss)).0, code::CONNECTIONLOSS);
        let bad = of(&zk::Error::from_request(zookeeper_client::Error::BadArguments(&"can not create root node")));
        assert_eq!(bad, (code::BADARGUMENTS, "bad arguments: can not create root node".to_owned()));
        let failed_op = of(&zk::Error::Transaction { index: 1, source: zookeeper_client::Error::NodeExists });
        assert_eq!(failed_op, (code::NODEEXISTS, "node exists: operation #1 of the transaction".to_owned()));
        assert_eq!(of(&zk::Error::Closed).0, code::CLOSING);
    }
}
