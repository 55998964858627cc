//! The core's one error type. It says what went wrong in ZooKeeper's terms;
//! the PHP edge (php::codes) maps it to PECL's numeric codes and messages.

use std::fmt;

/// Why a request to ZooKeeper did not succeed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// The caller's mistake (a path, ACL, flag, host string...), and what it was.
    BadArguments(String),
    /// No connection within the deadline, or the connection broke under the
    /// request: it may or may not have been applied.
    ConnectionLoss(String),
    /// Connected, but the server did not answer within the deadline.
    OperationTimeout,
    /// The server refused or failed the request; the client library's error
    /// (NoNode, NodeExists, NoAuth, BadVersion...) says which.
    Server(zookeeper_client::Error),
    /// Operation `index` of a transaction failed with `source`; nothing of the
    /// transaction was applied.
    Transaction { index: usize, source: zookeeper_client::Error },
    /// The server refused the session's credentials: the session is closed for good.
    AuthFailed,
    /// The session was closed (close(), process end): nothing more can be sent.
    Closed,
    /// Something this process could not do (start its I/O runtime...).
    System(String),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn bad_arguments(detail: impl Into<String>) -> Self {
        Error::BadArguments(detail.into())
    }

    /// The client library's error for a request, sorted into what a caller
    /// can act on: transport failures are connection losses (retry), the
    /// rest are the server's answer.
    pub fn from_request(err: zookeeper_client::Error) -> Self {
        use zookeeper_client::Error as E;
        match err {
            E::ConnectionLoss => Error::ConnectionLoss("connection lost during the request; it may or may not have been applied".into()),
            E::NoHosts => Error::ConnectionLoss(err.to_string()),
            E::Timeout => Error::OperationTimeout,
            E::SessionExpired => Error::Server(E::SessionExpired),
            E::ClientClosed => Error::Closed,
            E::AuthFailed => Error::AuthFailed,
            E::BadArguments(why) => Error::BadArguments(why.to_string()),
            other => Error::Server(other),
        }
    }

    /// A transport failure: the request may or may not have been applied, and
    /// asking again once connected may succeed.
    pub fn is_connection_loss(&self) -> bool {
        matches!(self, Error::ConnectionLoss(_))
    }

    /// The server's error, when it answered with one.
    pub fn server_error(&self) -> Option<&zookeeper_client::Error> {
        match self {
            Error::Server(err) | Error::Transaction { source: err, .. } => Some(err),
            _ => None,
        }
    }

    /// True when the server answered "no such node".
    pub fn is_no_node(&self) -> bool {
        matches!(self.server_error(), Some(zookeeper_client::Error::NoNode))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::BadArguments(why) => write!(f, "bad arguments: {why}"),
            Error::ConnectionLoss(why) => write!(f, "connection loss: {why}"),
            Error::OperationTimeout => f.write_str("the server did not answer in time"),
            Error::Server(err) => write!(f, "{err}"),
            Error::Transaction { index, source } => write!(f, "operation #{index} of the transaction failed: {source}"),
            Error::AuthFailed => f.write_str("the server refused the credentials"),
            Error::Closed => f.write_str("the ZooKeeper session is closed"),
            Error::System(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.server_error().map(|err| err as _)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transport_failures_are_connection_losses() {
        assert!(Error::from_request(zookeeper_client::Error::ConnectionLoss).is_connection_loss());
        assert!(Error::from_request(zookeeper_client::Error::NoHosts).is_connection_loss());
        assert!(!Error::from_request(zookeeper_client::Error::NoNode).is_connection_loss());
    }

    #[test]
    fn server_answers_keep_their_source() {
        let err = Error::from_request(zookeeper_client::Error::NoNode);
        assert!(err.is_no_node());
        assert!(std::error::Error::source(&err).is_some());
        let bad = Error::from_request(zookeeper_client::Error::BadArguments(&"can not create root node"));
        assert_eq!(bad, Error::BadArguments("can not create root node".into()));
    }
}
