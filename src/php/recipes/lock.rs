//! `ZookeeperLock`: ZooKeeper's lock recipe (`crate::recipes::lock`) for PHP.
//! A lock belongs to the request that took it: every lock a request holds or
//! waits for is released when the request ends, whatever ends it (the
//! ZooKeeper session outlives the request, so its ephemeral node would not go
//! by itself).

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use ext_php_rs::types::Zval;
use ext_php_rs::zend::ExecuteData;

use super::super::args;
use super::super::boundary::{self, Outcome};
use super::super::callbacks;
use super::super::class::{php_class, public};
use super::super::connection::Connection;
use super::super::method::{function, optional, param};
use super::{bind, unbound};
use crate::recipes::{self, lock};
use crate::zk::KeptEphemeral;
use crate::{method_handlers, parse_args};

/// A held lock's node, shared by its object and the request's list.
type Slot = Rc<RefCell<Option<KeptEphemeral>>>;

thread_local! {
    /// The locks the running request holds.
    static REQUEST_LOCKS: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
}

/// How long releasing one lock may wait for the server at request end; after
/// that its node is deleted in the background.
const RELEASE_WAIT: Duration = Duration::from_secs(1);

/// Releases the lock in `slot` (if still held) and forgets it; whether it was held.
fn release(slot: &Slot, timeout: Duration) -> bool {
    let node = boundary::hold_state(|| {
        REQUEST_LOCKS.with_borrow_mut(|locks| locks.retain(|other| !Rc::ptr_eq(other, slot)));
        slot.borrow_mut().take()
    });
    node.map(|node| node.remove(timeout)).is_some()
}

/// Request end: releases every lock the request still holds.
pub fn release_request_locks() {
    let slots = boundary::hold_state(|| REQUEST_LOCKS.with_borrow_mut(std::mem::take));
    for slot in slots {
        if let Some(node) = boundary::hold_state(|| slot.borrow_mut().take()) {
            node.remove(RELEASE_WAIT);
        }
    }
}

#[derive(Default)]
pub struct ZookeeperLock {
    state: RefCell<Option<LockState>>,
}

impl Drop for ZookeeperLock {
    /// An object let go of (unset, out of scope) releases its lock at once.
    fn drop(&mut self) {
        if let Some(slot) = self.state.get_mut().as_mut().and_then(|state| state.held.take()) {
            release(&slot, RELEASE_WAIT);
        }
    }
}

struct LockState {
    connection: Connection,
    /// The lock's node on the server; contenders are its children.
    dir: String,
    held: Option<Slot>,
}

impl ZookeeperLock {
    fn with<R>(&self, f: impl FnOnce(&mut LockState) -> R) -> Outcome<R> {
        boundary::hold_state(|| self.state.borrow_mut().as_mut().map(f)).ok_or_else(unbound)
    }

    fn construct(&self, ex: &mut ExecuteData, _: &mut Zval) -> Outcome<()> {
        let (connection, dir) = bind(ex, "", &[])?;
        // A constructor run again lets go of what the object held.
        if boundary::hold_state(|| self.state.borrow().is_some()) {
            self.release_held()?;
        }
        boundary::hold_state(|| *self.state.borrow_mut() = Some(LockState { connection, dir, held: None }));
        Ok(())
    }

    /// The held node's slot if it still holds the lock.
    fn holding(&self) -> Outcome<bool> {
        let (connection, held) = self.with(|state| (state.connection.clone(), state.held.clone()))?;
        let Some(slot) = held else { return Ok(false) };
        let session = connection.current_session();
        Ok(boundary::hold_state(|| slot.borrow().as_ref().is_some_and(|node| recipes::first_now(&session, node))))
    }

    fn acquire(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        let mut timeout = -1.0f64;
        parse_args!(ex, "|d", &mut timeout)?;
        callbacks::dispatch()?;
        if timeout.is_nan() {
            return Err(args::value_error(1, "must be a number of seconds, or -1 to wait as long as it takes"));
        }
        if self.holding()? {
            retval.set_bool(true);
            return Ok(());
        }
        self.release_held()?;
        let (connection, dir) = self.with(|state| (state.connection.clone(), state.dir.clone()))?;
        let deadline = (timeout >= 0.0).then(|| Instant::now() + Duration::try_from_secs_f64(timeout).unwrap_or(Duration::MAX / 2));
        let acquired = lock::acquire(&connection.session()?, &dir, deadline, connection.timeout)?;
        if let Some(node) = acquired {
            let slot: Slot = Rc::new(RefCell::new(Some(node)));
            boundary::hold_state(|| REQUEST_LOCKS.with_borrow_mut(|locks| locks.push(slot.clone())));
            self.with(|state| state.held = Some(slot))?;
            retval.set_bool(true);
        } else {
            retval.set_bool(false);
        }
        Ok(())
    }

    /// Deletes the node this object holds, if any; whether there was one.
    fn release_held(&self) -> Outcome<bool> {
        let (slot, timeout) = self.with(|state| (state.held.take(), state.connection.timeout))?;
        Ok(slot.is_some_and(|slot| release(&slot, timeout)))
    }

    fn release(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        callbacks::dispatch()?;
        self.with(|_| ())?;
        retval.set_bool(self.release_held()?);
        Ok(())
    }

    fn is_acquired(&self, ex: &mut ExecuteData, retval: &mut Zval) -> Outcome<()> {
        parse_args!(ex, "")?;
        callbacks::dispatch()?;
        retval.set_bool(self.holding()?);
        Ok(())
    }
}

method_handlers!(ZookeeperLock {
    construct_handler => construct,
    acquire_handler => acquire,
    release_handler => release,
    is_acquired_handler => is_acquired,
});

php_class!(
    ZookeeperLock,
    "ZookeeperLock",
    function("__construct", construct_handler, vec![param("zookeeper"), param("path")], 2),
    public(vec![
        function("acquire", acquire_handler, vec![optional("timeout")], 0),
        function("release", release_handler, vec![], 0),
        function("isAcquired", is_acquired_handler, vec![], 0),
    ])
);
