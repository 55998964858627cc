//! ZooKeeper paths and connection strings: validation with messages that say
//! what is wrong, chroot joining, and the normalized server list that keys a
//! shared session.

use std::borrow::Cow;
use std::sync::Arc;

use super::error::{Error, Result};

/// Checks a node path the way the server would (ZooKeeper's PathUtils), so a bad
/// path fails here with a clear message instead of a round trip. A sequential
/// create may end in '/', since the server appends the sequence number.
/// Takes the caller's bytes (a PHP string) and returns them as text.
pub fn validate(path: &[u8], sequential: bool) -> Result<&str> {
    // One pass over the bytes: this runs on every cached read.
    let bad = |why: &str| Err(Error::bad_arguments(format!("invalid path '{}': {why}", printable(path))));
    match path {
        [] => return bad("path must not be empty"),
        [b'/'] => return Ok("/"),
        [first, ..] if *first != b'/' => return bad("path must start with /"),
        [.., b'/'] if !sequential => return bad("path must not end with /"),
        _ => {},
    }
    // Bytes below 0x20, 0x7f and (rarely) non-ASCII need a closer look; "//",
    // "/./" and "/../" show up as a '/' or '.' right after a '/'.
    let mut ascii = true;
    let mut previous = b'/';
    for (i, &byte) in path.iter().enumerate().skip(1) {
        if !(0x20..0x7f).contains(&byte) {
            match byte {
                0 => return bad("path must not contain NUL bytes"),
                0x80.. => ascii = false,
                _ => return bad(&format!("invalid character U+{byte:04X}")),
            }
        } else if previous == b'/' && byte == b'/' {
            return bad("empty node name");
        } else if previous == b'/' && byte == b'.' {
            let segment = path[i..].split(|&b| b == b'/').next().unwrap_or_default();
            if segment == b"." || segment == b".." {
                return bad("relative paths are not allowed");
            }
        }
        previous = byte;
    }
    if ascii {
        // SAFETY: every byte was checked to be ASCII above.
        return Ok(unsafe { std::str::from_utf8_unchecked(path) });
    }
    let Ok(text) = std::str::from_utf8(path) else {
        return bad("path must be valid UTF-8");
    };
    if let Some(c) = text.chars().find(|&c| is_forbidden(c)) {
        return bad(&format!("invalid character U+{:04X}", c as u32));
    }
    Ok(text)
}

/// `bytes` as text if valid UTF-8; ASCII (the usual case) is checked a word
/// at a time.
pub fn text(bytes: &[u8]) -> Option<&str> {
    if bytes.is_ascii() {
        // SAFETY: ASCII is valid UTF-8.
        Some(unsafe { std::str::from_utf8_unchecked(bytes) })
    } else {
        std::str::from_utf8(bytes).ok()
    }
}

fn is_forbidden(c: char) -> bool {
    // Surrogates cannot occur in a Rust str; the private use area can.
    matches!(c, '\u{80}'..='\u{9f}' | '\u{e000}'..='\u{f8ff}' | '\u{fff0}'..='\u{ffff}')
}

/// A path as it may appear in a message: control bytes escaped, long ones cut.
pub fn printable(path: impl AsRef<[u8]>) -> String {
    let path = String::from_utf8_lossy(path.as_ref());
    let mut out: String = path.chars().take(200).flat_map(char::escape_default).collect();
    if path.chars().count() > 200 {
        out.push_str("...");
    }
    out
}

/// The server-side path of `path` under `chroot` ("" when there is none).
pub fn join<'a>(chroot: &str, path: &'a str) -> Cow<'a, str> {
    if chroot.is_empty() {
        Cow::Borrowed(path)
    } else if path == "/" {
        Cow::Owned(chroot.to_owned())
    } else {
        Cow::Owned(format!("{chroot}{path}"))
    }
}

/// The client-side view of a server path under `chroot`; None when the path is
/// outside it (an event for a node the chroot cannot see).
pub fn strip<'a>(chroot: &str, server_path: &'a str) -> Option<&'a str> {
    if chroot.is_empty() {
        return Some(server_path);
    }
    match server_path.strip_prefix(chroot) {
        Some("") => Some("/"),
        Some(rest) if rest.starts_with('/') => Some(rest),
        _ => None,
    }
}

/// A parsed connection string: "host1:port1,host2:port2/optional/chroot".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConnectString {
    /// Sorted, de-duplicated "host:port" list: the same ensemble always gives
    /// the same text, whatever order or spacing the caller wrote.
    pub servers: Arc<str>,
    /// "" or an absolute path without trailing '/'.
    pub chroot: Arc<str>,
}

impl ConnectString {
    pub fn parse(text: &str) -> Result<ConnectString> {
        let bad = |why: String| Err(Error::bad_arguments(format!("invalid host string '{}': {why}", printable(text))));
        let (hosts, chroot) = match text.find('/') {
            Some(i) => (&text[..i], &text[i..]),
            None => (text, ""),
        };
        let chroot = if chroot == "/" { "" } else { chroot };
        if !chroot.is_empty() {
            if let Err(Error::BadArguments(why)) = validate(chroot.as_bytes(), false) {
                return bad(format!("bad chroot ({why})"));
            }
        }
        let mut servers = Vec::new();
        for host in hosts.split(',').map(str::trim) {
            if host.is_empty() {
                return bad("empty server address".into());
            }
            // No default port: PECL refuses a host without one, and a default
            // could silently reach some other ZooKeeper on 2181.
            let Some((name, port)) = host.rsplit_once(':') else {
                return bad(format!("missing port in '{}' (host:port)", printable(host)));
            };
            let port: u16 = match port.parse() {
                Ok(port) if port > 0 => port,
                _ => return bad(format!("bad port in '{}'", printable(host))),
            };
            if name.is_empty() || name.chars().any(|c| c.is_whitespace() || c.is_control()) {
                return bad(format!("bad host name in '{}'", printable(host)));
            }
            servers.push(format!("{}:{port}", name.to_ascii_lowercase()));
        }
        servers.sort();
        servers.dedup();
        Ok(ConnectString { servers: servers.join(",").into(), chroot: chroot.into() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_valid_paths() {
        for path in ["/", "/a", "/a/b", "/a-b_c.d", "/zookeeper/config", "/ü"] {
            assert_eq!(validate(path.as_bytes(), false), Ok(path), "{path}");
        }
        assert_eq!(validate(b"/queue/", true), Ok("/queue/"));
        assert_eq!(validate(b"/queue/item-", true), Ok("/queue/item-"));
    }

    #[test]
    fn rejects_invalid_paths_with_reason() {
        let cases = [
            ("", "must not be empty"),
            ("a", "must start with /"),
            ("/a/", "must not end with /"),
            ("//a", "empty node name"),
            ("/a//b", "empty node name"),
            ("/a/./b", "relative"),
            ("/a/..", "relative"),
            ("/a\0b", "NUL"),
            ("/a\u{1}b", "U+0001"),
            ("/a\u{fff5}", "U+FFF5"),
            ("/a\u{85}", "U+0085"),
            ("/a/.", "relative"),
        ];
        for (path, why) in cases {
            let err = validate(path.as_bytes(), false).expect_err(path);
            assert!(matches!(err, Error::BadArguments(_)));
            assert!(err.to_string().contains(why), "{path}: {err}");
        }
        assert!(validate(b"//", true).is_err());
        assert!(validate(b"/a\xff", false).unwrap_err().to_string().contains("UTF-8"));
    }

    /// ZooKeeper's rules written the plain way (split on '/'), as the reference
    /// the one-pass `validate` must agree with.
    fn reference_is_valid(path: &[u8], sequential: bool) -> bool {
        let Ok(text) = std::str::from_utf8(path) else { return false };
        if text == "/" {
            return true;
        }
        let Some(body) = text.strip_prefix('/') else { return false };
        let body = match body.strip_suffix('/') {
            Some(body) if sequential => body,
            Some(_) => return false,
            None => body,
        };
        body.split('/').all(|segment| !segment.is_empty() && segment != "." && segment != "..")
            && !text.chars().any(|c| c < ' ' || is_forbidden(c) || c == '\u{7f}')
    }

    /// A property test: random paths built from the characters that matter.
    #[test]
    fn validate_agrees_with_the_reference_on_random_paths() {
        let alphabet: [&[u8]; 10] = [b"/", b"/", b"a", b".", b"..", b"\0", b"\x01", "é".as_bytes(), b"\xff", "\u{f000}".as_bytes()];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..200_000 {
            let length = (next() % 8) as usize;
            let mut path = Vec::new();
            for _ in 0..length {
                path.extend_from_slice(alphabet[(next() % alphabet.len() as u64) as usize]);
            }
            for sequential in [false, true] {
                let ours = validate(&path, sequential);
                assert_eq!(ours.is_ok(), reference_is_valid(&path, sequential), "{:?} sequential={sequential}: {ours:?}", String::from_utf8_lossy(&path));
                if let Ok(text) = ours {
                    assert_eq!(text.as_bytes(), &path[..]);
                }
            }
        }
    }

    #[test]
    fn joins_and_strips_chroot() {
        assert_eq!(join("", "/a"), "/a");
        assert_eq!(join("/app", "/"), "/app");
        assert_eq!(join("/app", "/a/b"), "/app/a/b");
        assert_eq!(strip("/app", "/app"), Some("/"));
        assert_eq!(strip("/app", "/app/a"), Some("/a"));
        assert_eq!(strip("/app", "/apple"), None);
        assert_eq!(strip("", "/x"), Some("/x"));
    }

    #[test]
    fn normalizes_server_lists() {
        let a = ConnectString::parse(" Zk2:2181, zk1:2181 ,zk2:2181/app/x").unwrap();
        assert_eq!(&*a.servers, "zk1:2181,zk2:2181");
        assert_eq!(&*a.chroot, "/app/x");
        let b = ConnectString::parse("zk1:2181,zk2:2181").unwrap();
        assert_eq!(b.servers, a.servers);
        assert_eq!(&*b.chroot, "");
        assert_eq!(&*ConnectString::parse("h:1/").unwrap().chroot, "");
    }

    /// A property test: any order, spacing, case and repetition of the same
    /// servers gives the same session key text.
    #[test]
    fn the_same_servers_in_any_order_give_the_same_key() {
        let servers = ["zk1.example:2181", "ZK2.example:2181", "10.0.0.3:2182", "zk4:2181"];
        let expected = ConnectString::parse(&servers.join(",")).unwrap().servers;
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..10_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut picked: Vec<String> = servers.iter().map(|s| s.to_string()).collect();
            picked.rotate_left((state % 4) as usize);
            if state & 16 != 0 {
                picked.swap(0, 3);
            }
            if state & 32 != 0 {
                picked.push(picked[1].to_uppercase());
            }
            let text = picked.iter().map(|s| if state & 64 != 0 { format!(" {s} ") } else { s.clone() }).collect::<Vec<_>>().join(",");
            assert_eq!(ConnectString::parse(&text).unwrap().servers, expected, "{text}");
        }
    }

    #[test]
    fn rejects_bad_connect_strings() {
        for text in ["", ",", "h", "h:0", "h:99999", "h:x", ":80", "h:1/a/", "h:1//a", "h 1:2"] {
            let err = ConnectString::parse(text).expect_err(text);
            assert!(matches!(err, Error::BadArguments(_)), "{text}");
        }
    }
}
