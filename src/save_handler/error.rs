//! The save handler's one error type; the glue (module.rs) turns it into the
//! warning PHP shows, naming the session and what to check.

use crate::zk;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// ZooKeeper refused or failed a request.
    Zk(zk::Error),
    /// The lock child guarding a write is gone (its ZooKeeper session
    /// expired while the request ran): nothing was written.
    LockLost,
    /// More bytes than the server accepts in one request: nothing was sent.
    TooLarge { size: usize, limit: usize },
    /// The lock was still held by someone else at the deadline. `holder`
    /// names the child that was ahead of ours, `last_error` the last failed
    /// attempt, if any.
    LockTimedOut { holder: Option<String>, last_error: Option<zk::Error> },
    /// The parent of the sessions root does not exist (it is never created).
    NoParent(String),
}

impl From<zk::Error> for Error {
    fn from(err: zk::Error) -> Self {
        Error::Zk(err)
    }
}
