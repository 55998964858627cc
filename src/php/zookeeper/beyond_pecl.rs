//! Methods of `Zookeeper` that PECL (ZooKeeper 3.4's API) does not have:
//! transactions, sync, this session's ephemeral nodes, descendant counts,
//! persistent watches and preloaded subtrees. Registered next to PECL's in
//! `zookeeper.rs`.

use ext_php_rs::builders::FunctionBuilder;
use ext_php_rs::convert::IntoZval;
use ext_php_rs::flags::MethodFlags;
use ext_php_rs::types::{ZendClassObject, ZendHashTable, Zval};
use ext_php_rs::zend::ExecuteData;

use super::super::boundary::{Failure, Outcome};
use super::super::callable::BoundCallable;
use super::super::callbacks::{self, WatcherType};
use super::super::codes::code;
use super::super::connection::Connection;
use super::super::method::{self, function, optional, param, zval_arg, StrArg};
use super::transaction::ZookeeperTransaction;
use super::{set_bytes, Zookeeper};
use crate::zk::{self, WatchMode};
use crate::{method_handlers, parse_args};

/// `addWatch()` modes, ZooKeeper's values (AddWatchMode).
const ADD_WATCH_PERSISTENT: i64 = 0;
const ADD_WATCH_PERSISTENT_RECURSIVE: i64 = 1;

/// The connection of a `Zookeeper` object handed to another class (a recipe
/// or a transaction): NOT CONNECTED for an object that is not connected.
pub fn connection_of(object: &mut Zval) -> Outcome<Connection> {
    let zookeeper = object.object_mut().and_then(method::object_value::<Zookeeper>).ok_or_else(|| Failure::internal("not a Zookeeper object"))?;
    // SAFETY: the engine keeps the object alive for the running call.
    unsafe { &*zookeeper }.connection()
}

impl Zookeeper {
    fn transaction(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        callbacks::dispatch()?;
        let transaction = ZendClassObject::new(ZookeeperTransaction::new(self.connection()?));
        transaction.set_zval(retval, false).map_err(|err| Failure::internal(&err.to_string()))
    }

    fn sync(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (connection, server_path) = self.path_call(ex)?;
        connection.session()?.sync(&server_path, connection.timeout)?;
        retval.set_bool(true);
        Ok(())
    }

    fn get_ephemerals(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let mut prefix = StrArg::default();
        parse_args!(ex, "|s", &mut prefix.ptr, &mut prefix.len)?;
        callbacks::dispatch()?;
        let connection = self.connection()?;
        let server_prefix = connection.server_path(prefix.get().unwrap_or(b"/"), false)?;
        let mut paths = connection.session()?.ephemerals(&server_prefix, connection.timeout)?;
        paths.sort();
        let mut list = ZendHashTable::with_capacity(u32::try_from(paths.len()).unwrap_or(u32::MAX));
        // The server matches the prefix as text: with a chroot "/app" it also
        // lists "/apple/..."; only nodes inside the chroot are this object's.
        for path in paths.iter().filter_map(|path| crate::zk::path::strip(&connection.chroot, path)) {
            let mut value = Zval::new();
            set_bytes(&mut value, path.as_bytes());
            list.push(value).map_err(|err| Failure::internal(&err.to_string()))?;
        }
        retval.set_hashtable(list);
        Ok(())
    }

    fn get_all_children_number(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (connection, server_path) = self.path_call(ex)?;
        let count = connection.session()?.descendant_count(&server_path, connection.timeout)?;
        retval.set_long(i64::try_from(count).unwrap_or(i64::MAX));
        Ok(())
    }

    /// A persistent watch (ZooKeeper 3.6+): `$watcher` runs for every event
    /// until the request ends or removeWatches() (see persistent.rs in the core).
    fn add_watch(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut path, mut watcher, mut mode) = (StrArg::default(), std::ptr::null_mut(), ADD_WATCH_PERSISTENT_RECURSIVE);
        parse_args!(ex, "sz|l", &mut path.ptr, &mut path.len, &mut watcher, &mut mode)?;
        callbacks::dispatch()?;
        let watcher = match zval_arg(watcher) {
            Some(value) => BoundCallable::from_arg(value, 2, false)?,
            None => None,
        };
        let mode = match mode {
            ADD_WATCH_PERSISTENT => WatchMode::Persistent,
            ADD_WATCH_PERSISTENT_RECURSIVE => WatchMode::Recursive,
            _ => {
                return Err(zk::Error::bad_arguments(format!(
                    "unknown watch mode {mode}: use Zookeeper::ADD_WATCH_PERSISTENT or ADD_WATCH_PERSISTENT_RECURSIVE"
                ))
                .into())
            },
        };
        let connection = self.connection()?;
        let server_path = connection.server_path(path.bytes(), false)?;
        let session = connection.session()?;
        let Some(watcher) = watcher else { return Err(Failure::internal("no watcher")) };
        let waiter = callbacks::register_persistent(watcher, &connection.chroot, self.owner(), &server_path, mode == WatchMode::Recursive);
        let id = waiter.watcher;
        if let Err(err) = session.add_watch(&server_path, mode, waiter, connection.timeout) {
            callbacks::unregister(id);
            return Err(err.into());
        }
        retval.set_bool(true);
        Ok(())
    }

    /// ZooKeeper's removeAllWatches for this object: its watchers of `$type`
    /// on the path. Node watchers are dropped here (the server-side watch
    /// stays for the cache); a persistent watch goes from the server once
    /// nothing needs it. NOWATCHER when there was none, as in ZooKeeper.
    fn remove_watches(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut path, mut kind) = (StrArg::default(), WatcherType::Any as i64);
        parse_args!(ex, "s|l", &mut path.ptr, &mut path.len, &mut kind)?;
        callbacks::dispatch()?;
        let Some(kind) = WatcherType::from_code(kind) else {
            return Err(zk::Error::bad_arguments(format!("unknown watcher type {kind}: use one of Zookeeper::WATCHER_TYPE_*")).into());
        };
        let connection = self.connection()?;
        let server_path = connection.server_path(path.bytes(), false)?;
        let removed = callbacks::remove_watchers(self.owner(), &server_path, kind);
        let persistent: Vec<_> =
            removed.iter().filter(|(_, kind)| matches!(kind, WatcherType::Persistent | WatcherType::PersistentRecursive)).map(|(id, _)| *id).collect();
        if !persistent.is_empty() {
            connection.session()?.remove_listeners(&server_path, &persistent);
        }
        if removed.is_empty() {
            return Err(Failure::pecl(code::NOWATCHER, Some(&format!("this object has no watcher of that type on {}", connection.client_path(&server_path)))));
        }
        retval.set_bool(true);
        Ok(())
    }

    /// Keeps a subtree in the session's cache for the life of the process.
    fn preload(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (connection, server_path) = self.path_call(ex)?;
        connection.session()?.preload(&server_path, connection.timeout)?;
        retval.set_bool(true);
        Ok(())
    }
}

method_handlers!(Zookeeper {
    add_watch_handler => add_watch,
    remove_watches_handler => remove_watches,
    preload_handler => preload,
    transaction_handler => transaction,
    sync_handler => sync,
    get_ephemerals_handler => get_ephemerals,
    get_all_children_number_handler => get_all_children_number,
});

/// These methods as the class registers them.
pub fn methods() -> Vec<(FunctionBuilder<'static>, MethodFlags)> {
    let public = MethodFlags::Public;
    vec![
        (function("transaction", transaction_handler, vec![], 0), public),
        (function("sync", sync_handler, vec![param("path")], 1), public),
        (function("getEphemerals", get_ephemerals_handler, vec![optional("prefix")], 0), public),
        (function("getAllChildrenNumber", get_all_children_number_handler, vec![param("path")], 1), public),
        (function("addWatch", add_watch_handler, vec![param("path"), param("watcher_cb"), optional("mode")], 2), public),
        (function("removeWatches", remove_watches_handler, vec![param("path"), optional("type")], 1), public),
        (function("preload", preload_handler, vec![param("path")], 1), public),
    ]
}

/// Their class constants, as name and value.
pub fn constants() -> Vec<(&'static str, i64)> {
    vec![
        ("ADD_WATCH_PERSISTENT", ADD_WATCH_PERSISTENT),
        ("ADD_WATCH_PERSISTENT_RECURSIVE", ADD_WATCH_PERSISTENT_RECURSIVE),
        ("WATCHER_TYPE_CHILDREN", WatcherType::Children as i64),
        ("WATCHER_TYPE_DATA", WatcherType::Data as i64),
        ("WATCHER_TYPE_ANY", WatcherType::Any as i64),
        ("WATCHER_TYPE_PERSISTENT", WatcherType::Persistent as i64),
        ("WATCHER_TYPE_PERSISTENT_RECURSIVE", WatcherType::PersistentRecursive as i64),
    ]
}
