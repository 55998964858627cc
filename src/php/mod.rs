//! Everything that touches PHP values. Thin: argument checks, conversions and
//! callbacks here; behaviour in `crate::session`.

pub mod args;
pub mod callbacks;
pub mod config;
pub mod connection;
pub mod convert;
pub mod exceptions;
pub mod info;
pub mod ini;
pub mod log;
pub mod sensitive;
pub mod session_handler;
pub mod session_settings;
pub mod zookeeper;
