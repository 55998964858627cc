//! `ZookeeperLeaderElection`: leader election (`crate::recipes::election`)
//! for PHP. A candidate belongs to the process: joined once, it stays
//! across requests (and is made again after a ZooKeeper session expiry)
//! until leave() or the end of the process. An object made later in the same
//! process with the same Zookeeper session, path and identifier is the same
//! candidate. The callback belongs to the request that passed it.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use parking_lot::{MappedMutexGuard, Mutex, MutexGuard};

use ext_php_rs::types::{ZendStr, Zval};
use ext_php_rs::zend::ExecuteData;

use super::super::boundary::{self, Outcome};
use super::super::callable::BoundCallable;
use super::super::callbacks;
use super::super::class::{php_class, public};
use super::super::connection::Connection;
use super::super::method::{function, optional, param, zval_arg, StrArg};
use super::{bind, unbound};
use crate::recipes::{self, election};
use crate::zk::{KeptEphemeral, NodeState, ReadOptions, Waiter};
use crate::{method_handlers, parse_args};

/// Who a candidate is: its ZooKeeper session (ordinal), election node and identifier.
type CandidateKey = (u64, String, Vec<u8>);

/// A candidate of this process, and who hears of its leadership changes.
struct Candidate {
    node: KeptEphemeral,
    listener: Arc<Mutex<Option<Waiter>>>,
}

/// The process's candidates.
fn candidates() -> MappedMutexGuard<'static, HashMap<CandidateKey, Candidate>> {
    static CANDIDATES: Mutex<Option<HashMap<CandidateKey, Candidate>>> = Mutex::new(None);
    MutexGuard::map(CANDIDATES.lock(), |map| map.get_or_insert_with(HashMap::new))
}

#[derive(Default)]
pub struct ZookeeperLeaderElection {
    state: std::cell::RefCell<Option<ElectionState>>,
}

struct ElectionState {
    connection: Connection,
    dir: String,
    identifier: Vec<u8>,
}

impl ZookeeperLeaderElection {
    fn bound(&self) -> Outcome<(Connection, CandidateKey)> {
        boundary::hold_state(|| {
            let state = self.state.borrow();
            let state = state.as_ref()?;
            let key = (state.connection.current_session().ordinal().0, state.dir.clone(), state.identifier.clone());
            Some((state.connection.clone(), key))
        })
        .ok_or_else(unbound)
    }

    fn construct(&self, ex: &mut ExecuteData, _: &mut Zval) -> Outcome<()> {
        let mut identifier = StrArg::default();
        let (connection, dir) = bind(ex, "s", &[(&raw mut identifier.ptr).cast(), (&raw mut identifier.len).cast()])?;
        let identifier = identifier.bytes().to_vec();
        boundary::hold_state(|| *self.state.borrow_mut() = Some(ElectionState { connection, dir, identifier }));
        Ok(())
    }

    /// Takes part (once per process; again only after leave()). The
    /// callback, if given, replaces the one given before.
    fn join(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let mut callback = std::ptr::null_mut();
        parse_args!(ex, "|z", &mut callback)?;
        callbacks::dispatch()?;
        let callback = match zval_arg(callback) {
            Some(value) => BoundCallable::from_arg(value, 1, true)?,
            None => None,
        };
        let (connection, key) = self.bound()?;
        let waiter = callback.map(|callable| callbacks::register_listener(callable, None));
        if let Some(candidate) = candidates().get(&key) {
            if waiter.is_some() {
                *candidate.listener.lock() = waiter;
            }
            retval.set_bool(true);
            return Ok(());
        }
        let listener = Arc::new(Mutex::new(waiter));
        let node = election::join(&connection.session()?, &key.1, &key.2, connection.timeout, leadership_notice(listener.clone()))?;
        // isLeader() right after join() answers from the candidate's known place.
        node.wait_until(|state| *state != NodeState::Pending, std::time::Instant::now() + connection.timeout);
        candidates().insert(key, Candidate { node, listener });
        retval.set_bool(true);
        Ok(())
    }

    fn is_leader(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        callbacks::dispatch()?;
        let (connection, key) = self.bound()?;
        let leads = candidates().get(&key).is_some_and(|candidate| recipes::first_now(&connection.current_session(), &candidate.node));
        retval.set_bool(leads);
        Ok(())
    }

    fn leader(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        callbacks::dispatch()?;
        let (connection, (_, dir, _)) = self.bound()?;
        let options = ReadOptions { use_cache: connection.options.use_cache, waiter: None, timeout: connection.timeout };
        match election::leader(&connection.session()?, &dir, &options)? {
            Some(identifier) => retval.set_zend_string(ZendStr::new(&identifier, false)),
            None => retval.set_null(),
        }
        Ok(())
    }

    fn leave(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        callbacks::dispatch()?;
        let (connection, key) = self.bound()?;
        let candidate = candidates().remove(&key);
        retval.set_bool(candidate.is_some());
        if let Some(candidate) = candidate {
            candidate.node.remove(connection.timeout);
        }
        Ok(())
    }
}

/// What the candidate's node task tells: a change of leadership reaches the
/// listener of the moment (as `true`/`false`), if one is set and its request runs.
fn leadership_notice(listener: Arc<Mutex<Option<Waiter>>>) -> crate::zk::Notify {
    let leading = AtomicBool::new(false);
    Box::new(move |state: &NodeState| {
        let now = state.is_first();
        if leading.swap(now, Ordering::AcqRel) != now {
            if let Some(waiter) = listener.lock().as_ref() {
                waiter.complete(i64::from(now));
            }
        }
    })
}

method_handlers!(ZookeeperLeaderElection {
    construct_handler => construct,
    join_handler => join,
    is_leader_handler => is_leader,
    leader_handler => leader,
    leave_handler => leave,
});

php_class!(
    ZookeeperLeaderElection,
    "ZookeeperLeaderElection",
    function("__construct", construct_handler, vec![param("zookeeper"), param("path"), param("identifier")], 3),
    public(vec![
        function("join", join_handler, vec![optional("on_change")], 0),
        function("isLeader", is_leader_handler, vec![], 0),
        function("leader", leader_handler, vec![], 0),
        function("leave", leave_handler, vec![], 0),
    ])
);
