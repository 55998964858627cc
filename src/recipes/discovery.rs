//! Service discovery: each instance of a service keeps an ephemeral node
//! `<base>/<service>/<address>` holding its metadata, made again by itself
//! after its session expired (a registration never silently vanishes while
//! its process lives); consumers list a service's nodes through the
//! watch-driven cache and pick one. A service name may have several segments
//! ("shop/orders/v1"), so an existing `/rpc/{product}/{service}/{version}/{ip:port}`
//! registry reads as base "/rpc" and service "product/service/version".

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::{open_acl, token};
use crate::zk::{self, path, EphemeralSpec, KeptEphemeral, Kind, ReadOptions, Value, ZkSession};

/// The node of one instance: `base` (a server path) / `service` / `address`.
pub fn instance_path(base: &str, service: &str, address: &str) -> zk::Result<String> {
    if address.is_empty() || address.contains('/') || address == "." || address == ".." {
        return Err(zk::Error::bad_arguments(format!("address '{}' must be a non-empty node name without '/'", path::printable(address))));
    }
    let path = format!("{}/{address}", service_path(base, service)?);
    path::validate(path.as_bytes(), false)?;
    Ok(path)
}

/// The node whose children are a service's instances.
pub fn service_path(base: &str, service: &str) -> zk::Result<String> {
    if service.is_empty() || service.starts_with('/') || service.ends_with('/') {
        return Err(zk::Error::bad_arguments(format!(
            "service '{}' must be a name like \"api\" or \"shop/orders/v1\" (no leading or trailing '/')",
            path::printable(service)
        )));
    }
    let path = format!("{}/{service}", base.trim_end_matches('/'));
    path::validate(path.as_bytes(), false)?;
    Ok(path)
}

/// Registers an instance: its node, kept (see the module).
pub fn register(session: &Arc<ZkSession>, path: &str, meta: &[u8], timeout: Duration) -> zk::Result<KeptEphemeral> {
    let spec = EphemeralSpec { path: path.to_owned(), data: meta.to_vec(), acl: open_acl(), sequential: false, recreate: true };
    session.keep_ephemeral(spec, timeout, Box::new(|_| {}))
}

/// A service's instances (node name, data), sorted by name; none when the
/// service's node does not exist. Read like getChildren()/get().
pub fn instances(session: &Arc<ZkSession>, service: &str, options: &ReadOptions) -> zk::Result<Vec<(String, Arc<[u8]>)>> {
    let names = match session.read(Kind::Children, service, options.clone()) {
        Ok(Value::Children { names, .. }) => names,
        Err(err) if err.is_no_node() => return Ok(Vec::new()),
        other => return other.map(|_| Vec::new()),
    };
    let mut found = Vec::with_capacity(names.len());
    for name in names.iter() {
        match session.read(Kind::Data, &format!("{service}/{name}"), options.clone()) {
            // A registration with null data has no metadata, as one with empty data.
            Ok(Value::Data { data, .. }) => found.push((name.clone(), data.unwrap_or_else(|| Arc::from(&[][..])))),
            // Gone between the two reads: it is no instance any more.
            Err(err) if err.is_no_node() => {},
            other => return other.map(|_| Vec::new()),
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(found)
}

/// How `pick` chooses among a service's instances.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    /// In turn, per process and service.
    RoundRobin,
    Random,
    /// At random, in proportion to each instance's weight.
    Weighted,
}

impl Strategy {
    pub const NAMES: &'static str = "round_robin, random, weighted";

    pub fn parse(name: &str) -> Option<Strategy> {
        match name {
            "round_robin" => Some(Strategy::RoundRobin),
            "random" => Some(Strategy::Random),
            "weighted" => Some(Strategy::Weighted),
            _ => None,
        }
    }
}

/// Picks one of `weights.len()` instances (the weights count for `Weighted`
/// only: negative and non-finite ones as 0); None when there are none, or
/// when every weight is 0. `service` keys the round-robin turn.
pub fn pick(strategy: Strategy, service: &str, weights: &[f64]) -> Option<usize> {
    if weights.is_empty() {
        return None;
    }
    let count = weights.len() as u64;
    match strategy {
        Strategy::RoundRobin => Some((next_turn(service) % count) as usize),
        Strategy::Random => Some(token::below(count) as usize),
        Strategy::Weighted => {
            let weights: Vec<f64> = weights.iter().map(|w| if w.is_finite() && *w > 0.0 { *w } else { 0.0 }).collect();
            let total: f64 = weights.iter().sum();
            if total <= 0.0 {
                return None;
            }
            // A point in [0, total) from 53 random bits.
            let mut point = (token::below(1 << 53) as f64) / ((1u64 << 53) as f64) * total;
            for (index, weight) in weights.iter().enumerate() {
                if point < *weight {
                    return Some(index);
                }
                point -= weight;
            }
            weights.iter().rposition(|w| *w > 0.0)
        },
    }
}

/// This process's next round-robin turn for `service` (0, 1, 2, ...).
fn next_turn(service: &str) -> u64 {
    static TURNS: Mutex<Option<HashMap<String, u64>>> = Mutex::new(None);
    let mut turns = TURNS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let turn = turns.get_or_insert_with(HashMap::new).entry(service.to_owned()).or_insert(0);
    let current = *turn;
    *turn = turn.wrapping_add(1);
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_take_multi_segment_services_and_refuse_bad_names() {
        assert_eq!(instance_path("/rpc", "shop/orders/v1", "10.0.0.1:8080").unwrap(), "/rpc/shop/orders/v1/10.0.0.1:8080");
        assert_eq!(instance_path("/", "api", "a:1").unwrap(), "/api/a:1");
        assert!(instance_path("/rpc", "api", "a/b").is_err());
        assert!(instance_path("/rpc", "api", "").is_err());
        assert!(instance_path("/rpc", "api", "..").is_err());
        assert!(service_path("/rpc", "/api").is_err());
        assert!(service_path("/rpc", "a//b").is_err());
        assert!(service_path("/rpc", "").is_err());
    }

    #[test]
    fn round_robin_takes_turns_per_service() {
        let turns: Vec<_> = (0..6).map(|_| pick(Strategy::RoundRobin, "rr-test-a", &[1.0, 1.0, 1.0])).collect();
        assert_eq!(turns, [0, 1, 2, 0, 1, 2].map(Some));
        assert_eq!(pick(Strategy::RoundRobin, "rr-test-b", &[1.0, 1.0]), Some(0), "another service has its own turn");
        assert_eq!(pick(Strategy::RoundRobin, "rr-test-c", &[]), None);
    }

    #[test]
    fn weighted_follows_the_weights_and_skips_zero() {
        let mut counts = [0u32; 3];
        for _ in 0..4000 {
            counts[pick(Strategy::Weighted, "w", &[1.0, 0.0, 3.0]).unwrap()] += 1;
        }
        assert_eq!(counts[1], 0);
        assert!((2500..3500).contains(&counts[2]), "{counts:?}");
        assert_eq!(pick(Strategy::Weighted, "w", &[0.0, -1.0, f64::NAN]), None);
    }

    #[test]
    fn random_reaches_every_instance() {
        let mut seen = [false; 4];
        for _ in 0..400 {
            seen[pick(Strategy::Random, "r", &[1.0; 4]).unwrap()] = true;
        }
        assert!(seen.iter().all(|s| *s));
    }
}
