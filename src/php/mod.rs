//! Everything that touches PHP values. Thin: argument checks, conversions,
//! callbacks and the request lifecycle here; behaviour in `crate::zk`.
//! `boundary` is the one way into PHP code, `method` how the engine calls in.

pub mod args;
pub mod boundary;
pub mod callable;
pub mod callbacks;
pub mod class;
pub mod codes;
pub mod config;
pub mod connection;
pub mod convert;
pub mod data_strings;
pub mod exceptions;
pub mod info;
pub mod ini;
pub mod interrupt;
pub mod log;
pub mod method;
pub mod recipes;
pub mod request;
pub mod sensitive;
mod thread;
pub mod zookeeper;
