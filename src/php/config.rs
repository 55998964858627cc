//! `ZookeeperConfig`: the ensemble configuration (/zookeeper/config) and
//! dynamic reconfiguration, on the session of the `Zookeeper` it came from.

use std::cell::RefCell;

use ext_php_rs::types::{ZendStr, Zval};
use ext_php_rs::zend::ExecuteData;

use super::boundary::{self, Failure, Outcome};
use super::callable::BoundCallable;
use super::callbacks;
use super::class::{php_class, public};
use super::codes::code;
use super::connection::Connection;
use super::convert;
use super::method::{function, optional, out, param, zval_arg, StrArg};
use crate::zk::{self, Reconfig};
use crate::{method_handlers, parse_args};

#[derive(Default)]
pub struct ZookeeperConfig {
    /// None for an object made with `new` (methods throw until it comes from
    /// `Zookeeper::getConfig()`), as PECL allows.
    connection: RefCell<Option<Connection>>,
}

impl ZookeeperConfig {
    pub fn new(connection: Connection) -> Self {
        ZookeeperConfig { connection: RefCell::new(Some(connection)) }
    }

    fn connection(&self) -> Outcome<Connection> {
        boundary::hold_state(|| self.connection.borrow().clone()).ok_or_else(|| Failure::pecl(code::CONNECT_NOT_CALLED, None))
    }

    fn get(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let (mut watcher, mut stat_info) = (std::ptr::null_mut(), std::ptr::null_mut());
        parse_args!(ex, "|zz", &mut watcher, &mut stat_info)?;
        callbacks::dispatch()?;
        let watcher = match zval_arg(watcher) {
            Some(value) => BoundCallable::from_arg(value, 1, true)?,
            None => None,
        };
        let connection = self.connection()?;
        let waiter =
            watcher.map(|callable| callbacks::register_oneshot(callable, &"".into(), None, (callbacks::WatcherType::Data, "/zookeeper/config".to_owned())));
        let result = connection.session().and_then(|session| session.get_config(waiter.clone(), connection.timeout));
        if let (Err(_), Some(waiter)) = (&result, waiter) {
            callbacks::unregister(waiter.watcher);
        }
        let (data, stat) = result?;
        if let Some(target) = zval_arg(stat_info) {
            convert::write_stat(target, &stat)?;
        }
        retval.set_zend_string(ZendStr::new(&data, false));
        Ok(())
    }

    /// set(), add() and remove(): `members` as the method takes them.
    fn reconfig(&self, ex: &mut ExecuteData, retval: &mut Zval, change: for<'a> fn(&'a [&'a str]) -> Reconfig<'a>, server_ids: bool) -> Outcome<()> {
        let (mut members, mut version, mut stat_info) = (StrArg::default(), -1i64, std::ptr::null_mut());
        parse_args!(ex, "s|lz", &mut members.ptr, &mut members.len, &mut version, &mut stat_info)?;
        callbacks::dispatch()?;
        let members = String::from_utf8_lossy(members.bytes()).into_owned();
        let list: Vec<&str> = members.split(',').map(str::trim).filter(|member| !member.is_empty()).collect();
        if list.is_empty() {
            return Err(zk::Error::bad_arguments("members must not be empty").into());
        }
        if let Some(id) = list.iter().find(|id| server_ids && id.parse::<u64>().is_err()) {
            return Err(zk::Error::bad_arguments(format!("remove() takes comma-separated server ids, got '{id}'")).into());
        }
        let connection = self.connection()?;
        let (data, stat) = connection.session()?.reconfig(change(&list), (version != -1).then_some(version), connection.timeout)?;
        if let Some(target) = zval_arg(stat_info) {
            convert::write_stat(target, &stat)?;
        }
        retval.set_zend_string(ZendStr::new(&data, false));
        Ok(())
    }

    /// Replaces the whole membership: `$members` is "server.1=host:quorum:election;client,...".
    fn set(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        self.reconfig(ex, retval, |members| Reconfig::New { members }, false)
    }

    /// Adds servers: `$members` as in set().
    fn add(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        self.reconfig(ex, retval, |joining| Reconfig::Incremental { joining, leaving: &[] }, false)
    }

    /// Removes servers: `$members` is a comma-separated list of server ids.
    fn remove(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        self.reconfig(ex, retval, |leaving| Reconfig::Incremental { joining: &[], leaving }, true)
    }

    fn construct(&self, ex: &mut ExecuteData, _: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")
    }
}

method_handlers!(ZookeeperConfig {
    construct_handler => construct,
    get_handler => get,
    set_handler => set,
    add_handler => add,
    remove_handler => remove,
});

php_class!(
    ZookeeperConfig,
    "ZookeeperConfig",
    // An unbound object, as PECL allows (see `ZookeeperConfig::connection`).
    function("__construct", construct_handler, vec![], 0),
    public(vec![
        function("get", get_handler, vec![optional("watcher_cb"), out("stat_info")], 0),
        function("set", set_handler, vec![param("members"), optional("version"), out("stat_info")], 1),
        function("add", add_handler, vec![param("members"), optional("version"), out("stat_info")], 1),
        function("remove", remove_handler, vec![param("members"), optional("version"), out("stat_info")], 1),
    ])
);
