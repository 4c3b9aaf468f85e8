//! Maps whose keys must each be given once: a file that names a checklist item or a skill twice
//! is refused like a field given twice, never read as "the last one wins".

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

/// Reads a map, refusing a key given twice.
struct Keys<V>(PhantomData<V>);
impl<'de, V: Deserialize<'de>> Visitor<'de> for Keys<V> {
    type Value = UniqueMap<V>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map with each key once")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(de::Error::custom(format!("\"{key}\" is given twice")));
            }
            let value = map.next_value()?;
            out.insert(key, value);
        }
        Ok(UniqueMap(out))
    }
}

/// A map read with each key once.
pub(super) struct UniqueMap<V>(pub BTreeMap<String, V>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for UniqueMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(Keys(PhantomData))
    }
}

/// For `#[serde(deserialize_with = ...)]` on a map field.
pub(super) fn unique<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    UniqueMap::deserialize(deserializer).map(|m| m.0)
}

/// A JSON value read with each key of every object in it once (serde_json's own keeps the
/// last of two).
pub(super) struct StrictValue(pub serde_json::Value);

impl<'de> Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = StrictValue;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_bool<E>(self, v: bool) -> Result<StrictValue, E> {
                Ok(StrictValue(v.into()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<StrictValue, E> {
                Ok(StrictValue(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<StrictValue, E> {
                Ok(StrictValue(v.into()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<StrictValue, E> {
                Ok(StrictValue(v.into()))
            }
            fn visit_str<E>(self, v: &str) -> Result<StrictValue, E> {
                Ok(StrictValue(v.into()))
            }
            fn visit_string<E>(self, v: String) -> Result<StrictValue, E> {
                Ok(StrictValue(v.into()))
            }
            fn visit_unit<E>(self) -> Result<StrictValue, E> {
                Ok(StrictValue(serde_json::Value::Null))
            }
            fn visit_none<E>(self) -> Result<StrictValue, E> {
                Ok(StrictValue(serde_json::Value::Null))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<StrictValue, D::Error> {
                StrictValue::deserialize(d)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<StrictValue, A::Error> {
                let mut out = Vec::new();
                while let Some(StrictValue(v)) = seq.next_element()? {
                    out.push(v);
                }
                Ok(StrictValue(serde_json::Value::Array(out)))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<StrictValue, A::Error> {
                let UniqueMap(m) = Keys::<StrictValue>(PhantomData).visit_map(map)?;
                Ok(StrictValue(serde_json::Value::Object(
                    m.into_iter().map(|(k, StrictValue(v))| (k, v)).collect(),
                )))
            }
        }
        deserializer.deserialize_any(Any)
    }
}

/// For the `extra` maps of fields a type does not know: each key once, at every depth.
pub(super) fn unknown<'de, D>(deserializer: D) -> Result<crate::progress::Unknown, D::Error>
where
    D: Deserializer<'de>,
{
    let UniqueMap(m) = UniqueMap::<StrictValue>::deserialize(deserializer)?;
    Ok(m.into_iter().map(|(k, StrictValue(v))| (k, v)).collect())
}
