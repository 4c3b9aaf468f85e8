//! The envelope every exchanged file shares: what it is (`format`), which version of it
//! (`version`), and a digest over everything else, so a file edited or cut short on the way is
//! refused before anything in it is used.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::ExchangeError;

/// A file that travels between a person and a mentor.
pub trait Sealed: Serialize + DeserializeOwned {
    /// The `format` it names itself by.
    const FORMAT: &'static str;
    /// The newest version this build reads and the one it writes.
    const VERSION: u32;
    /// What people call it, in messages.
    const WHAT: &'static str;
    fn digest_mut(&mut self) -> &mut String;
}

/// The digest of a document: SHA-256 over its compact JSON with keys in order, `digest` left
/// out. Key order and spacing in the file do not change it; any changed value does.
fn digest_of(value: &Value) -> String {
    let mut value = value.clone();
    if let Some(object) = value.as_object_mut() {
        object.remove("digest");
    }
    let hash = Sha256::digest(canonical(&value).as_bytes());
    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// Compact JSON with every object's keys sorted, whatever order the map keeps them in.
fn canonical(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let fields: Vec<String> = keys
                .into_iter()
                .map(|k| format!("{}:{}", Value::from(k.as_str()), canonical(&map[k])))
                .collect();
            format!("{{{}}}", fields.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(canonical).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}

/// Set the document's digest and write it as pretty JSON ending in a newline.
pub fn seal<T: Sealed>(doc: &mut T) -> Result<String, ExchangeError> {
    let encode = |e: serde_json::Error| ExchangeError::Encode(e.to_string());
    doc.digest_mut().clear();
    let value = serde_json::to_value(&*doc).map_err(encode)?;
    *doc.digest_mut() = digest_of(&value);
    let mut text = serde_json::to_string_pretty(&*doc).map_err(encode)?;
    text.push('\n');
    Ok(text)
}

/// Read a document: refused unless it names the right format, a version this build reads, and
/// a digest that matches what it holds.
pub fn open<T: Sealed>(text: &str) -> Result<T, ExchangeError> {
    let unreadable = |detail: String| ExchangeError::Unreadable {
        what: T::WHAT,
        detail,
    };
    let value: Value = serde_json::from_str(text).map_err(|e| ExchangeError::NotJson {
        what: T::WHAT,
        detail: e.to_string(),
    })?;
    let format = value.get("format").and_then(Value::as_str);
    if format != Some(T::FORMAT) {
        return Err(ExchangeError::WrongKind {
            what: T::WHAT,
            found: format.map(str::to_string),
        });
    }
    let version = value.get("version").and_then(Value::as_u64);
    match version {
        Some(v) if v > u64::from(T::VERSION) => {
            return Err(ExchangeError::Newer {
                what: T::WHAT,
                version: v,
                supported: T::VERSION,
            });
        }
        Some(v) if v >= 1 => {}
        _ => return Err(unreadable("it has no format version".into())),
    }
    let written = value.get("digest").and_then(Value::as_str);
    if written != Some(digest_of(&value).as_str()) {
        return Err(ExchangeError::Tampered { what: T::WHAT });
    }
    serde_json::from_value(value).map_err(|e| unreadable(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Note {
        format: String,
        version: u32,
        text: String,
        digest: String,
    }

    impl Sealed for Note {
        const FORMAT: &'static str = "pivot-test-note";
        const VERSION: u32 = 1;
        const WHAT: &'static str = "test note";
        fn digest_mut(&mut self) -> &mut String {
            &mut self.digest
        }
    }

    fn note() -> Note {
        Note {
            format: Note::FORMAT.into(),
            version: 1,
            text: "Léa \"rates\" 3".into(),
            digest: String::new(),
        }
    }

    #[test]
    fn a_sealed_document_opens_as_it_was() {
        let mut n = note();
        let text = seal(&mut n).unwrap();
        assert!(n.digest.starts_with("sha256:") && n.digest.len() == 71);
        assert_eq!(open::<Note>(&text).unwrap(), n);
    }

    #[test]
    fn key_order_and_spacing_do_not_matter_but_a_value_does() {
        let text = seal(&mut note()).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        let object = value.as_object().unwrap();
        let reversed: Vec<String> = object
            .iter()
            .rev()
            .map(|(k, v)| format!("{}: {}", Value::from(k.as_str()), v))
            .collect();
        let reordered = format!("{{ {} }}", reversed.join(",\n  "));
        assert!(open::<Note>(&reordered).is_ok(), "{reordered}");
        let edited = text.replace("rates\\\" 3", "rates\\\" 4");
        assert_ne!(edited, text);
        assert!(matches!(
            open::<Note>(&edited),
            Err(ExchangeError::Tampered { .. })
        ));
    }

    #[test]
    fn cut_short_wrong_kind_and_newer_are_each_refused_by_name() {
        let text = seal(&mut note()).unwrap();
        let cut = &text[..text.len() / 2];
        let e = open::<Note>(cut).unwrap_err();
        assert!(e.to_string().contains("cut short"), "{e}");
        let other = text.replace(Note::FORMAT, "pivot-other");
        assert!(matches!(
            open::<Note>(&other),
            Err(ExchangeError::WrongKind { .. })
        ));
        let newer = text.replace("\"version\": 1", "\"version\": 2");
        let e = open::<Note>(&newer).unwrap_err();
        assert!(e.to_string().contains("newer pivot"), "{e}");
    }
}
