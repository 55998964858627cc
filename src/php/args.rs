//! Argument checks with PHP's own wording: weak-mode coercion as zend_parse_parameters
//! does it for the PECL signatures, and TypeErrors that name the method and the
//! argument ("Zookeeper::get(): Argument #1 ($path) must be of type string, array given").

use std::borrow::Cow;

use ext_php_rs::convert::FromZvalMut;
use ext_php_rs::exception::{PhpException, PhpResult};
use ext_php_rs::flags::DataType;
use ext_php_rs::types::{ZendHashTable, Zval};
use ext_php_rs::zend::ce;

/// One parameter of one method, for messages.
#[derive(Clone, Copy)]
pub struct Param {
    pub method: &'static str,
    pub position: u32,
    pub name: &'static str,
}

pub const fn param(method: &'static str, position: u32, name: &'static str) -> Param {
    Param { method, position, name }
}

impl Param {
    fn type_error(&self, expected: &str, given: &Zval) -> PhpException {
        self.error(format!("must be of type {expected}, {} given", type_name(given)))
    }

    pub fn error(&self, what: String) -> PhpException {
        PhpException::new(format!("{}(): Argument #{} (${}) {what}", self.method, self.position, self.name), 0, ce::type_error())
    }

    pub fn value_error(&self, what: &str) -> PhpException {
        PhpException::new(format!("{}(): Argument #{} (${}) {what}", self.method, self.position, self.name), 0, ce::value_error())
    }
}

/// PHP's name for a value's type in messages.
pub fn type_name(value: &Zval) -> String {
    match value.get_type() {
        DataType::Null => "null".into(),
        DataType::True | DataType::False | DataType::Bool => "bool".into(),
        DataType::Long => "int".into(),
        DataType::Double => "float".into(),
        DataType::String => "string".into(),
        DataType::Array => "array".into(),
        DataType::Resource => "resource".into(),
        // An anonymous class's name goes on after a NUL byte; PHP shows the part before it.
        DataType::Object(_) => match value.object().and_then(|o| o.get_class_name().ok()) {
            Some(name) => name.split('\0').next().unwrap_or_default().to_owned(),
            None => "object".into(),
        },
        _ => "mixed".into(),
    }
}

/// A string parameter (binary-safe). Scalars convert as PHP converts them;
/// null is taken as "" as PHP 8.x does for internal functions.
pub fn string<'a>(param: Param, value: &'a Zval) -> PhpResult<Cow<'a, [u8]>> {
    if let Some(s) = value.zend_str() {
        return Ok(Cow::Borrowed(s.as_bytes()));
    }
    match value.get_type() {
        DataType::Null => Ok(Cow::Borrowed(b"")),
        DataType::Long | DataType::Double | DataType::True | DataType::False | DataType::Bool => {
            Ok(Cow::Owned(value.coerce_to_string().unwrap_or_default().into_bytes()))
        },
        // A Stringable object converts, as in weak mode for internal functions.
        DataType::Object(_) if value.object().is_some_and(|o| o.instance_of(ce::stringable())) => {
            let text = value.try_call_method("__toString", vec![]).map_err(|_| param.type_error("string", value))?;
            match text.zend_str() {
                Some(s) => Ok(Cow::Owned(s.as_bytes().to_vec())),
                None => Err(param.type_error("string", value)),
            }
        },
        _ => Err(param.type_error("string", value)),
    }
}

/// A string parameter that must be text (paths, schemes, hosts); borrowed
/// from the PHP string when it is one, so the hot path copies nothing.
pub fn text<'a>(param: Param, value: &'a Zval) -> PhpResult<Cow<'a, str>> {
    let invalid = || param.value_error("must be valid UTF-8");
    match string(param, value)? {
        Cow::Borrowed(bytes) => std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|_| invalid()),
        Cow::Owned(bytes) => String::from_utf8(bytes).map(Cow::Owned).map_err(|_| invalid()),
    }
}

/// `?string`: None for null.
pub fn nullable_string<'a>(param: Param, value: &'a Zval) -> PhpResult<Option<Cow<'a, [u8]>>> {
    if value.is_null() {
        return Ok(None);
    }
    string(param, value).map(Some).map_err(|_| param.type_error("?string", value))
}

/// An int parameter: ints, integral floats, numeric strings and bools, as PHP accepts them.
pub fn long(param: Param, value: &Zval) -> PhpResult<i64> {
    match value.get_type() {
        DataType::Long => Ok(value.long().unwrap_or_default()),
        DataType::Null => Ok(0),
        DataType::True | DataType::False | DataType::Bool => Ok(i64::from(value.bool().unwrap_or_default())),
        DataType::Double => {
            let f = value.double().unwrap_or_default();
            if f.fract() == 0.0 && f >= i64::MIN as f64 && f < i64::MAX as f64 {
                Ok(f as i64)
            } else {
                Err(param.type_error("int", value))
            }
        },
        DataType::String => {
            let text = value.str().unwrap_or_default().trim();
            if let Ok(n) = text.parse::<i64>() {
                return Ok(n);
            }
            match text.parse::<f64>() {
                Ok(f) if f.fract() == 0.0 && f.is_finite() && f.abs() < 9.2e18 => Ok(f as i64),
                _ => Err(param.type_error("int", value)),
            }
        },
        _ => Err(param.type_error("int", value)),
    }
}

/// An optional int parameter: the default when omitted or null.
pub fn long_or(param: Param, value: Option<&Zval>, default: i64) -> PhpResult<i64> {
    match value {
        None => Ok(default),
        Some(v) if v.is_null() => Ok(default),
        Some(v) => long(param, v),
    }
}

/// An int that must fit the protocol's 32 bits (versions, sizes).
pub fn int32(param: Param, value: Option<&Zval>, default: i32) -> PhpResult<i32> {
    let n = long_or(param, value, default.into())?;
    i32::try_from(n).map_err(|_| param.value_error("must be between -2147483648 and 2147483647"))
}

pub fn boolean(param: Param, value: &Zval) -> PhpResult<bool> {
    match value.get_type() {
        DataType::True | DataType::False | DataType::Bool | DataType::Long | DataType::Double | DataType::String | DataType::Null => {
            Ok(value.coerce_to_bool())
        },
        _ => Err(param.type_error("bool", value)),
    }
}

pub fn array<'a>(param: Param, value: &'a Zval) -> PhpResult<&'a ZendHashTable> {
    value.array().ok_or_else(|| param.type_error("array", value))
}

/// `?array`: None for null or omitted.
pub fn nullable_array<'a>(param: Param, value: Option<&'a Zval>) -> PhpResult<Option<&'a ZendHashTable>> {
    match value {
        None => Ok(None),
        Some(v) if v.is_null() => Ok(None),
        Some(v) => v.array().map(Some).ok_or_else(|| param.type_error("?array", v)),
    }
}

/// A callable kept for later (a new reference to it). `nullable`: null or
/// omitted gives None.
pub fn callable(param: Param, value: Option<&Zval>, nullable: bool) -> PhpResult<Option<Zval>> {
    let value = match value {
        None if nullable => return Ok(None),
        Some(v) if v.is_null() && nullable => return Ok(None),
        None => return Err(param.error("must be a valid callback".into())),
        Some(v) => v,
    };
    if value.is_callable() {
        return Ok(Some(value.shallow_clone()));
    }
    let or_null = if nullable { " or null" } else { "" };
    let why = match value.get_type() {
        DataType::String => format!("function \"{}\" not found or invalid function name", value.str().unwrap_or_default()),
        DataType::Array => match value.array().map(|a| a.len()) {
            Some(2) => "class or method not found or not accessible".into(),
            _ => "array callback must have exactly two members".into(),
        },
        DataType::Object(_) => format!("no array or string given ({} is not invokable)", type_name(value)),
        _ => "no array or string given".into(),
    };
    Err(param.error(format!("must be a valid callback{or_null}, {why}")))
}

/// An optional by-reference parameter (`&$stat`): PHP passes the variable, and
/// the method may write into it. Omitted, there is nothing to write.
pub struct OutParam<'a>(pub Option<&'a mut Zval>);

impl<'a> FromZvalMut<'a> for OutParam<'a> {
    const TYPE: DataType = DataType::Mixed;
    const NULLABLE: bool = true;
    const BY_REF: bool = true;

    fn from_zval_mut(zval: &'a mut Zval) -> Option<Self> {
        Some(OutParam(Some(zval)))
    }

    fn from_missing() -> Option<Self> {
        Some(OutParam(None))
    }
}
