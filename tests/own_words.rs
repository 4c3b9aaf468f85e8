//! The pack is written in our own words: no run of eight words in it comes from one of the five
//! source articles it draws on. The articles are not in the repository; a list of the runs they
//! hold, each kept only as a hash, is (`fixtures/pack/seed-runs.txt`), so the check runs anywhere.
//! Where the articles are at hand (`../shared/seeds`) the list is checked against them too.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;
use sha2::{Digest, Sha256};

/// How many words in a row make a copied sentence.
const RUN: usize = 8;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Words as compared: lower case, letters and digits only (so "What's" is "whats").
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace(['\'', '’'], "")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Each run of `RUN` words, as the first 16 hex digits of its SHA-256.
fn runs(text: &str) -> impl Iterator<Item = String> {
    let words = words(text);
    let count = words.len().saturating_sub(RUN - 1);
    (0..count)
        .map(move |i| {
            let digest = Sha256::digest(words[i..i + RUN].join(" ").as_bytes());
            digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
        })
        .collect::<Vec<String>>()
        .into_iter()
}

fn stored() -> BTreeSet<String> {
    std::fs::read_to_string(root().join("tests/fixtures/pack/seed-runs.txt"))
        .expect("the stored runs")
        .lines()
        .map(str::to_string)
        .collect()
}

/// Every text of the pack a person reads, with where it is; the source titles are citations.
fn texts(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(s) => out.push((at.to_string(), s.clone())),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                texts(v, &format!("{at}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                if at.is_empty() && k == "sources" {
                    continue;
                }
                texts(v, &format!("{at}.{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn no_run_of_eight_words_in_the_pack_comes_from_a_source_article() {
    let seeds = stored();
    assert!(seeds.len() > 1000, "the stored list is there");
    let pack: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("content/po-to-pm.json")).expect("the pack"),
    )
    .expect("JSON");
    let mut all = Vec::new();
    texts(&pack, "", &mut all);
    assert!(all.len() > 300, "{} texts", all.len());
    let copied: Vec<&str> = all
        .iter()
        .filter(|(_, text)| runs(text).any(|r| seeds.contains(&r)))
        .map(|(at, _)| at.as_str())
        .collect();
    assert!(
        copied.is_empty(),
        "eight words in a row from a source article at {copied:?}"
    );
}

#[test]
fn a_sentence_copied_from_an_article_would_be_caught() {
    // The check finds a copy wherever it sits in a longer text, in any case and punctuation.
    let seeds = stored();
    let some: Vec<String> = runs("one two three four five six seven eight nine").collect();
    assert_eq!(some.len(), 2);
    assert!(!some.iter().any(|r| seeds.contains(r)));
    let Some(dir) = seeds_dir() else {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED the copied-sentence check: the source articles (../shared/seeds) are not here"
        );
        return;
    };
    let article = std::fs::read_to_string(first_article(&dir)).expect("an article");
    let sentence = words(&article)[40..40 + RUN].join(" ").to_uppercase();
    let text = format!("We wrote this ourselves, then: {sentence}!");
    assert!(runs(&text).any(|r| seeds.contains(&r)), "{text}");
}

fn seeds_dir() -> Option<PathBuf> {
    let dir = root().join("../shared/seeds");
    dir.is_dir().then_some(dir)
}

fn first_article(dir: &Path) -> PathBuf {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the seeds")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.into_iter().next().expect("an article")
}

/// The runs of every article in `dir`, as stored.
fn from_articles(dir: &Path) -> BTreeSet<String> {
    let mut all = BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("the seeds") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            all.extend(runs(&std::fs::read_to_string(&path).expect("an article")));
        }
    }
    all
}

#[test]
fn the_stored_runs_are_those_of_the_articles_where_they_are_here() {
    let Some(dir) = seeds_dir() else {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED checking tests/fixtures/pack/seed-runs.txt against the articles: ../shared/seeds is not here (the stored list is used as it is)"
        );
        return;
    };
    let fresh = from_articles(&dir);
    if std::env::var_os("PIVOT_WRITE_SEED_RUNS").is_some() {
        let text: String = fresh.iter().map(|r| format!("{r}\n")).collect();
        std::fs::write(root().join("tests/fixtures/pack/seed-runs.txt"), text).expect("write");
    }
    assert!(
        fresh == stored(),
        "tests/fixtures/pack/seed-runs.txt is out of date: run `PIVOT_WRITE_SEED_RUNS=1 cargo test --test own_words` and commit it"
    );
}
