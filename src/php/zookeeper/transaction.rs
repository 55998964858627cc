//! `ZookeeperTransaction`: ZooKeeper's multi-op, all or nothing. Operations
//! are checked when added (a bad path or flag throws at once, naming it) and
//! sent in one request by commit(). The core drops every path a transaction
//! touched from the cache before commit() returns.

use std::cell::RefCell;

use ext_php_rs::types::{ZendHashTable, Zval};
use ext_php_rs::zend::ExecuteData;
use zookeeper_client::{Acl, CreateMode};

use super::super::boundary::{self, Failure, Outcome};
use super::super::class::{php_class, public};
use super::super::codes::{self, code};
use super::super::connection::Connection;
use super::super::method::{acl_param, function, optional, param, zval_arg, StrArg};
use super::super::{args, callbacks, convert};
use super::{create_mode, set_bytes, version_of};
use crate::zk::{self, Op, OpResult};
use crate::{method_handlers, parse_args};

/// One operation as added, owning what it refers to.
enum Pending {
    Create { path: String, data: Vec<u8>, acl: Vec<Acl>, mode: CreateMode },
    Set { path: String, data: Vec<u8>, version: Option<i32> },
    Delete { path: String, version: Option<i32> },
    Check { path: String, version: i32 },
}

impl Pending {
    fn op(&self) -> Op<'_> {
        match self {
            Pending::Create { path, data, acl, mode } => Op::Create { path, data, acl, mode: *mode },
            Pending::Set { path, data, version } => Op::SetData { path, data, version: *version },
            Pending::Delete { path, version } => Op::Delete { path, version: *version },
            Pending::Check { path, version } => Op::Check { path, version: *version },
        }
    }

    fn describe(&self) -> String {
        match self {
            Pending::Create { path, .. } => format!("create {path}"),
            Pending::Set { path, .. } => format!("set {path}"),
            Pending::Delete { path, .. } => format!("delete {path}"),
            Pending::Check { path, .. } => format!("check {path}"),
        }
    }
}

#[derive(Default)]
pub struct ZookeeperTransaction {
    /// None for an object made with `new` (use Zookeeper::transaction()).
    state: RefCell<Option<Transaction>>,
}

struct Transaction {
    connection: Connection,
    ops: Vec<Pending>,
}

impl ZookeeperTransaction {
    pub fn new(connection: Connection) -> Self {
        ZookeeperTransaction { state: RefCell::new(Some(Transaction { connection, ops: Vec::new() })) }
    }

    fn connection(&self) -> Outcome<Connection> {
        boundary::hold_state(|| self.state.borrow().as_ref().map(|state| state.connection.clone())).ok_or_else(|| Failure::pecl(code::CONNECT_NOT_CALLED, None))
    }

    /// Adds an operation on the caller's `path` and returns `$this`.
    fn add(&self, ex: &mut ExecuteData, retval: &mut Zval, path: &StrArg, sequential: bool, make: impl FnOnce(String) -> Pending) -> Outcome<()> {
        let connection = self.connection()?;
        let server_path = connection.server_path(path.bytes(), sequential)?.into_owned();
        boundary::hold_state(|| {
            if let Some(state) = self.state.borrow_mut().as_mut() {
                state.ops.push(make(server_path));
            }
        });
        *retval = ex.This.shallow_clone();
        Ok(())
    }

    fn create(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut path, mut value, mut acl, mut flags) = (StrArg::default(), StrArg::default(), std::ptr::null_mut(), 0i64);
        parse_args!(ex, "ss!|a!l", &mut path.ptr, &mut path.len, &mut value.ptr, &mut value.len, &mut acl, &mut flags)?;
        callbacks::dispatch()?;
        let acl = match zval_arg(acl).and_then(|acl| acl.array()) {
            Some(list) => convert::parse_acl(list)?,
            None => convert::open_acl(),
        };
        let (mode, _) = create_mode(flags, 0)?;
        let sequential = matches!(mode, CreateMode::PersistentSequential | CreateMode::EphemeralSequential);
        let data = value.bytes().to_vec();
        self.add(ex, retval, &path, sequential, |path| Pending::Create { path, data, acl, mode })
    }

    fn set(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut path, mut value, mut version) = (StrArg::default(), StrArg::default(), -1i64);
        parse_args!(ex, "ss!|l", &mut path.ptr, &mut path.len, &mut value.ptr, &mut value.len, &mut version)?;
        callbacks::dispatch()?;
        let version = version_of(args::int32(3, version)?);
        let data = value.bytes().to_vec();
        self.add(ex, retval, &path, false, |path| Pending::Set { path, data, version })
    }

    fn delete(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut path, mut version) = (StrArg::default(), -1i64);
        parse_args!(ex, "s|l", &mut path.ptr, &mut path.len, &mut version)?;
        callbacks::dispatch()?;
        let version = version_of(args::int32(2, version)?);
        self.add(ex, retval, &path, false, |path| Pending::Delete { path, version })
    }

    fn check(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut path, mut version) = (StrArg::default(), 0i64);
        parse_args!(ex, "sl", &mut path.ptr, &mut path.len, &mut version)?;
        callbacks::dispatch()?;
        let version = args::int32(2, version)?;
        self.add(ex, retval, &path, false, |path| Pending::Check { path, version })
    }

    /// Sends the operations added so far as one transaction; the object is
    /// empty afterwards (whatever the outcome) and can be filled again.
    fn commit(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        callbacks::dispatch()?;
        let connection = self.connection()?;
        let ops = boundary::hold_state(|| self.state.borrow_mut().as_mut().map(|state| std::mem::take(&mut state.ops))).unwrap_or_default();
        let session = connection.session()?;
        let list: Vec<Op<'_>> = ops.iter().map(Pending::op).collect();
        let results = session.multi(&list, connection.timeout).map_err(|err| failure(&ops, err))?;
        for (op, result) in ops.iter().zip(&results) {
            match (op, result) {
                (Pending::Create { mode: CreateMode::Ephemeral | CreateMode::EphemeralSequential, .. }, OpResult::Created { path, .. }) => {
                    connection.made_ephemeral(&session, path)
                },
                (Pending::Delete { path, .. }, OpResult::Deleted) => connection.deleted(&session, path),
                _ => {},
            }
        }
        let mut array = ZendHashTable::with_capacity(u32::try_from(results.len()).unwrap_or(u32::MAX));
        let internal = |err: ext_php_rs::error::Error| Failure::internal(&err.to_string());
        for result in results {
            let mut value = Zval::new();
            match result {
                OpResult::Created { path, .. } => set_bytes(&mut value, connection.client_path(&path).as_bytes()),
                OpResult::Set(stat) => value = convert::stat_array(&stat)?,
                OpResult::Deleted | OpResult::Checked => value.set_bool(true),
            }
            array.push(value).map_err(internal)?;
        }
        retval.set_hashtable(array);
        Ok(())
    }

    fn construct(&self, ex: &mut ExecuteData, _: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")
    }
}

/// A failed transaction: the first failing operation's code, and a message
/// that tells each operation's result (ZooKeeper applied none of them).
fn failure(ops: &[Pending], err: zk::Error) -> Failure {
    let zk::Error::Transaction { index, source } = &err else {
        return err.into();
    };
    let (code, reason) = codes::of(&zk::Error::Server(source.clone()));
    let results: Vec<String> = ops
        .iter()
        .enumerate()
        .map(|(i, op)| {
            let outcome = match i.cmp(index) {
                std::cmp::Ordering::Less => "ok, rolled back",
                std::cmp::Ordering::Equal => reason.as_str(),
                std::cmp::Ordering::Greater => "not run",
            };
            format!("#{i} {}: {outcome}", op.describe())
        })
        .collect();
    Failure::Zookeeper { code, message: format!("{reason}: the transaction failed at operation #{index}, nothing was applied ({})", results.join("; ")) }
}

method_handlers!(ZookeeperTransaction {
    construct_handler => construct,
    create_handler => create,
    set_handler => set,
    delete_handler => delete,
    check_handler => check,
    commit_handler => commit,
});

php_class!(
    ZookeeperTransaction,
    "ZookeeperTransaction",
    // An unbound object; Zookeeper::transaction() makes bound ones.
    function("__construct", construct_handler, vec![], 0),
    public(vec![
        function("create", create_handler, vec![param("path"), param("value"), acl_param(), optional("flags")], 2),
        function("set", set_handler, vec![param("path"), param("value"), optional("version")], 2),
        function("delete", delete_handler, vec![param("path"), optional("version")], 1),
        function("check", check_handler, vec![param("path"), param("version")], 2),
        function("commit", commit_handler, vec![], 0),
    ])
);
