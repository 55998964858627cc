//! `ZookeeperConfig`: the ensemble configuration (/zookeeper/config) and
//! dynamic reconfiguration, on the session of the `Zookeeper` it came from.

use ext_php_rs::exception::PhpResult;
use ext_php_rs::prelude::*;
use ext_php_rs::types::{ZendStr, Zval};

use super::args::{self, param, OutParam};
use super::callbacks;
use super::connection::{self, Connection};
use super::convert;
use crate::error::ZkError;
use crate::session::Reconfig;

#[php_class]
#[php(name = "ZookeeperConfig")]
pub struct ZookeeperConfig {
    connection: Option<Connection>,
}

impl ZookeeperConfig {
    pub fn new(connection: Connection) -> Self {
        ZookeeperConfig { connection: Some(connection) }
    }

    fn reconfig(&mut self, method: &'static str, members: &Zval, version: Option<&Zval>, stat_info: OutParam, change: for<'a> fn(&'a [&'a str]) -> Reconfig<'a>) -> PhpResult<Zval> {
        let members = args::text(param(method, 1, "members"), members)?;
        let version = args::long_or(param(method, 2, "version"), version, -1)?;
        let list: Vec<&str> = members.split(',').map(str::trim).filter(|m| !m.is_empty()).collect();
        if list.is_empty() {
            return Err(ZkError::bad_arguments("members must not be empty").into());
        }
        if method == "ZookeeperConfig::remove" {
            if let Some(id) = list.iter().find(|id| id.parse::<u64>().is_err()) {
                return Err(ZkError::bad_arguments(format!("remove() takes comma-separated server ids, got '{id}'")).into());
            }
        }
        let connection = connection::require(self.connection.as_mut())?;
        let timeout = connection.timeout;
        let (data, stat) = connection.session()?.reconfig(change(&list), (version != -1).then_some(version), timeout)?;
        if let Some(target) = stat_info.0 {
            convert::write_stat(target, &stat)?;
        }
        let mut zval = Zval::new();
        zval.set_zend_string(ZendStr::new(&data, false));
        Ok(zval)
    }
}

#[php_impl]
impl ZookeeperConfig {
    /// An unbound object, as PECL allows; its methods throw until it comes from `Zookeeper::getConfig()`.
    pub fn __construct() -> Self {
        ZookeeperConfig { connection: None }
    }

    pub fn get(&mut self, watcher_cb: Option<&Zval>, stat_info: OutParam) -> PhpResult<Zval> {
        if !callbacks::dispatch() {
            return Ok(Zval::null());
        }
        let watcher = args::callable(param("ZookeeperConfig::get", 1, "watcher_cb"), watcher_cb, true)?;
        let connection = connection::require(self.connection.as_mut())?;
        let watcher = watcher.map(|callable| callbacks::register_oneshot(callable, "", 0));
        let timeout = connection.timeout;
        let result = connection.session()?.get_config(watcher, timeout);
        if let (Err(_), Some(id)) = (&result, watcher) {
            callbacks::unregister(id);
        }
        let (data, stat) = result?;
        if let Some(target) = stat_info.0 {
            convert::write_stat(target, &stat)?;
        }
        let mut zval = Zval::new();
        zval.set_zend_string(ZendStr::new(&data, false));
        Ok(zval)
    }

    /// Replaces the whole membership: `$members` is "server.1=host:quorum:election;client,...".
    pub fn set(&mut self, members: &Zval, version: Option<&Zval>, stat_info: OutParam) -> PhpResult<Zval> {
        self.reconfig("ZookeeperConfig::set", members, version, stat_info, |members| Reconfig::New { members })
    }

    /// Adds servers: `$members` as in set().
    pub fn add(&mut self, members: &Zval, version: Option<&Zval>, stat_info: OutParam) -> PhpResult<Zval> {
        self.reconfig("ZookeeperConfig::add", members, version, stat_info, |joining| Reconfig::Incremental { joining, leaving: &[] })
    }

    /// Removes servers: `$members` is a comma-separated list of server ids.
    pub fn remove(&mut self, members: &Zval, version: Option<&Zval>, stat_info: OutParam) -> PhpResult<Zval> {
        self.reconfig("ZookeeperConfig::remove", members, version, stat_info, |leaving| Reconfig::Incremental { joining: &[], leaving })
    }
}
