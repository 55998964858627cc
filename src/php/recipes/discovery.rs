//! `ZookeeperServiceDiscovery`: service discovery (`crate::recipes::discovery`)
//! for PHP. A registration belongs to the process: made once (say, in a
//! php-fpm worker's first request), it stays across requests and is made
//! again by itself after a ZooKeeper session expiry, until unregister() or
//! the end of the process. Metadata is stored as JSON.

use std::collections::HashMap;

use ext_php_rs::types::{ZendHashTable, ZendStr, Zval};
use ext_php_rs::zend::ExecuteData;
use parking_lot::{MappedMutexGuard, Mutex, MutexGuard};

use super::super::boundary::{self, Failure, Outcome};
use super::super::callable::call_function;
use super::super::class::{php_class, public};
use super::super::connection::Connection;
use super::super::method::{function, optional, param, zval_arg, StrArg};
use super::super::{args, callbacks};
use super::{bind, unbound};
use crate::recipes::discovery::{self, Strategy};
use crate::zk::{self, KeptEphemeral, ReadOptions};
use crate::{method_handlers, parse_args};

/// A registration: its ZooKeeper session (ordinal) and node, and the node's data.
struct Registration {
    node: KeptEphemeral,
    meta: Vec<u8>,
}

/// The process's registrations, by (session ordinal, server path).
fn registrations() -> MappedMutexGuard<'static, HashMap<(u64, String), Registration>> {
    static REGISTRATIONS: Mutex<Option<HashMap<(u64, String), Registration>>> = Mutex::new(None);
    MutexGuard::map(REGISTRATIONS.lock(), |map| map.get_or_insert_with(HashMap::new))
}

#[derive(Default)]
pub struct ZookeeperServiceDiscovery {
    state: std::cell::RefCell<Option<(Connection, String)>>,
}

fn text(position: u32, bytes: &[u8]) -> Outcome<&str> {
    std::str::from_utf8(bytes).map_err(|_| args::value_error(position, "must be valid UTF-8"))
}

impl ZookeeperServiceDiscovery {
    /// The connection and the base path on the server.
    fn bound(&self) -> Outcome<(Connection, String)> {
        boundary::hold_state(|| self.state.borrow().clone()).ok_or_else(unbound)
    }

    fn construct(&self, ex: &mut ExecuteData, _: &mut Zval) -> Outcome<()> {
        let bound = bind(ex, "", &[])?;
        boundary::hold_state(|| *self.state.borrow_mut() = Some(bound));
        Ok(())
    }

    fn register(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut service, mut address, mut meta) = (StrArg::default(), StrArg::default(), std::ptr::null_mut());
        parse_args!(ex, "ss|a", &mut service.ptr, &mut service.len, &mut address.ptr, &mut address.len, &mut meta)?;
        callbacks::dispatch()?;
        let (connection, base) = self.bound()?;
        let path = discovery::instance_path(&base, text(1, service.bytes())?, text(2, address.bytes())?)?;
        let meta = match zval_arg(meta) {
            Some(meta) if meta.array().is_some_and(|array| !array.is_empty()) => encode(meta)?,
            _ => b"{}".to_vec(),
        };
        let key = (connection.current_session().ordinal().0, path.clone());
        let unchanged = registrations().get(&key).is_some_and(|registration| registration.meta == meta);
        if !unchanged {
            // New metadata: the node is made again with it.
            if let Some(previous) = registrations().remove(&key) {
                previous.node.remove(connection.timeout);
            }
            let node = discovery::register(&connection.session()?, &path, &meta, connection.timeout)?;
            registrations().insert(key, Registration { node, meta });
        }
        retval.set_zend_string(ZendStr::new(connection.client_path(&path).as_bytes(), false));
        Ok(())
    }

    /// Removes this process's registrations under the base path, of one
    /// service and address if given; how many.
    fn unregister(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut service, mut address) = (StrArg::default(), StrArg::default());
        parse_args!(ex, "|s!s!", &mut service.ptr, &mut service.len, &mut address.ptr, &mut address.len)?;
        callbacks::dispatch()?;
        let (connection, base) = self.bound()?;
        let under = match service.get() {
            Some(service) => discovery::service_path(&base, text(1, service)?)?,
            None => base.trim_end_matches('/').to_owned(),
        };
        let address = address.get().map(|address| text(2, address)).transpose()?;
        let ordinal = connection.current_session().ordinal().0;
        let chosen = |(session, path): &(u64, String)| {
            let (dir, name) = path.rsplit_once('/').unwrap_or_default();
            *session == ordinal && (dir == under || dir.starts_with(&format!("{under}/")) || under.is_empty()) && address.is_none_or(|address| name == address)
        };
        let removed: Vec<Registration> = {
            let mut all = registrations();
            let keys: Vec<(u64, String)> = all.keys().filter(|key| chosen(key)).cloned().collect();
            keys.iter().filter_map(|key| all.remove(key)).collect()
        };
        retval.set_long(removed.len() as i64);
        for registration in removed {
            registration.node.remove(connection.timeout);
        }
        Ok(())
    }

    /// The instances of a service, address => metadata, by address.
    fn instances(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let mut service = StrArg::default();
        parse_args!(ex, "s", &mut service.ptr, &mut service.len)?;
        callbacks::dispatch()?;
        let mut list = ZendHashTable::new();
        for (address, meta) in self.list(service.bytes())? {
            list.insert(address.as_str(), meta).map_err(|err| Failure::internal(&err.to_string()))?;
        }
        retval.set_hashtable(list);
        Ok(())
    }

    fn list(&self, service: &[u8]) -> Outcome<Vec<(String, Zval)>> {
        let (connection, base) = self.bound()?;
        let dir = discovery::service_path(&base, text(1, service)?)?;
        let options = ReadOptions { use_cache: connection.options.use_cache, waiter: None, timeout: connection.timeout };
        let found = discovery::instances(&connection.session()?, &dir, &options)?;
        found.into_iter().map(|(address, data)| Ok((address, decode(&data)?))).collect()
    }

    fn pick(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut service, mut strategy) = (StrArg::default(), StrArg::default());
        parse_args!(ex, "s|s", &mut service.ptr, &mut service.len, &mut strategy.ptr, &mut strategy.len)?;
        callbacks::dispatch()?;
        let strategy = match strategy.get() {
            None => Strategy::RoundRobin,
            Some(name) => {
                Strategy::parse(&String::from_utf8_lossy(name)).ok_or_else(|| args::value_error(2, &format!("must be one of {}", Strategy::NAMES)))?
            },
        };
        let instances = self.list(service.bytes())?;
        let weights: Vec<f64> = instances.iter().map(|(_, meta)| weight(meta)).collect();
        let (_, base) = self.bound()?;
        let key = format!("{base}\0{}", String::from_utf8_lossy(service.bytes()));
        match discovery::pick(strategy, &key, &weights) {
            Some(index) => retval.set_zend_string(ZendStr::new(instances[index].0.as_bytes(), false)),
            None => retval.set_null(),
        }
        Ok(())
    }
}

/// An instance's `weight` from its metadata (1 when it has none that is a number).
fn weight(meta: &Zval) -> f64 {
    let Some(value) = meta.array().and_then(|meta| meta.get("weight")) else { return 1.0 };
    value.double().or_else(|| value.long().map(|n| n as f64)).or_else(|| value.str().and_then(|s| s.trim().parse().ok())).unwrap_or(1.0)
}

/// The metadata array as JSON (PHP's json_encode).
fn encode(meta: &Zval) -> Outcome<Vec<u8>> {
    let encoded = call_function("json_encode", &mut [meta.shallow_clone()])?;
    match encoded.as_ref().and_then(Zval::zend_str) {
        Some(json) => Ok(json.as_bytes().to_vec()),
        None => Err(zk::Error::bad_arguments("meta cannot be encoded as JSON").into()),
    }
}

/// A node's data as metadata: a JSON object or list as an array; other data
/// (a registry written by other tools) as ['data' => the bytes]; none as [].
fn decode(data: &[u8]) -> Outcome<Zval> {
    let mut value = Zval::new();
    if !data.is_empty() {
        let mut json = Zval::new();
        json.set_zend_string(ZendStr::new(data, false));
        let mut assoc = Zval::new();
        assoc.set_bool(true);
        if let Some(decoded) = call_function("json_decode", &mut [json, assoc])? {
            if decoded.is_array() {
                return Ok(decoded);
            }
        }
    }
    let mut meta = ZendHashTable::new();
    if !data.is_empty() {
        let mut raw = Zval::new();
        raw.set_zend_string(ZendStr::new(data, false));
        meta.insert("data", raw).map_err(|err| Failure::internal(&err.to_string()))?;
    }
    value.set_hashtable(meta);
    Ok(value)
}

method_handlers!(ZookeeperServiceDiscovery {
    construct_handler => construct,
    register_handler => register,
    unregister_handler => unregister,
    instances_handler => instances,
    pick_handler => pick,
});

php_class!(
    ZookeeperServiceDiscovery,
    "ZookeeperServiceDiscovery",
    function("__construct", construct_handler, vec![param("zookeeper"), param("base_path")], 2),
    public(vec![
        function("register", register_handler, vec![param("service"), param("address"), optional("meta")], 2),
        function("unregister", unregister_handler, vec![optional("service"), optional("address")], 0),
        function("instances", instances_handler, vec![param("service")], 1),
        function("pick", pick_handler, vec![param("service"), optional("strategy")], 1),
    ])
);
