//! Methods of `Zookeeper` that PECL (ZooKeeper 3.4's API) does not have:
//! transactions, sync, this session's ephemeral nodes, descendant counts.
//! Registered next to PECL's in `zookeeper.rs`.

use ext_php_rs::builders::FunctionBuilder;
use ext_php_rs::convert::IntoZval;
use ext_php_rs::flags::MethodFlags;
use ext_php_rs::types::{ZendClassObject, ZendHashTable, Zval};
use ext_php_rs::zend::ExecuteData;

use super::super::boundary::{Failure, Outcome};
use super::super::callbacks;
use super::super::connection::Connection;
use super::super::method::{self, function, optional, param, StrArg};
use super::transaction::ZookeeperTransaction;
use super::{set_bytes, Zookeeper};
use crate::{method_handlers, parse_args};

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
        let mut path = StrArg::default();
        parse_args!(ex, "s", &mut path.ptr, &mut path.len)?;
        callbacks::dispatch()?;
        let connection = self.connection()?;
        let server_path = connection.server_path(path.bytes(), false)?;
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
        let mut path = StrArg::default();
        parse_args!(ex, "s", &mut path.ptr, &mut path.len)?;
        callbacks::dispatch()?;
        let connection = self.connection()?;
        let server_path = connection.server_path(path.bytes(), false)?;
        let count = connection.session()?.descendant_count(&server_path, connection.timeout)?;
        retval.set_long(i64::try_from(count).unwrap_or(i64::MAX));
        Ok(())
    }
}

method_handlers!(Zookeeper {
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
    ]
}
