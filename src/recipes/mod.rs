//! The recipes PHP teams otherwise write by hand, on the process's shared
//! ZooKeeper session: a lock, leader election, service discovery. Pure Rust
//! on the core's public interface (no PHP types); the classes PHP sees are in
//! `crate::php::recipes`.

pub mod discovery;
pub mod election;
pub mod lock;
mod token;

use zookeeper_client::{Acl, AuthId, Permission};

use crate::zk::{KeptEphemeral, NodeState, ZkSession};

/// Whether `node` is first in its queue now (holds its lock, leads its
/// election), as far as this process can know: it is first, and its
/// ZooKeeper session is the one connected now and certainly alive on the
/// server. While the connection is lost, or after the process was frozen
/// (or cut off) for a session timeout, nobody can be sure (the session may
/// have expired, and another contender moved up): false then.
pub fn first_now(session: &ZkSession, node: &KeptEphemeral) -> bool {
    match node.state() {
        NodeState::Present { ahead: None, session: owner, .. } => owner == session.session_id() && session.is_known_alive(),
        _ => false,
    }
}

/// world:anyone with every permission, as PECL's create() defaults to.
fn open_acl() -> Vec<Acl> {
    vec![Acl::new(Permission::ALL, AuthId::anyone())]
}
