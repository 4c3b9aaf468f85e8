//! `export --format html`: one self-contained page. Its structure (the charts there, a mark
//! per review and milestone, no script, nothing fetched), private text left out unless asked,
//! typed text escaped; and the W3C validator (vnu) finds nothing where it is installed.

mod common;

use std::io::Write as _;

use common::cli::Sandbox;

const FIXTURE: &str = include_str!("fixtures/tui/progress.json");
const PRIVATE: &str = "Felt out of my depth in the pricing review.";

fn page(sb: &Sandbox, extra: &[&str]) -> String {
    let mut args = vec!["export", "--format", "html"];
    args.extend_from_slice(extra);
    sb.ok(&args)
}

#[test]
fn the_page_holds_its_charts_and_nothing_it_would_fetch_or_run() {
    let sb = Sandbox::with(FIXTURE);
    let html = page(&sb, &[]);
    assert!(
        html.starts_with("<!DOCTYPE html><html lang=\"en\">"),
        "{html:.80}"
    );
    assert!(html.contains("<meta name=\"viewport\""));
    for section in [
        "readiness",
        "skills",
        "path",
        "milestones",
        "evidence",
        "journal",
    ] {
        assert!(
            html.contains(&format!("<section id=\"{section}\">")),
            "{section}"
        );
    }
    assert_eq!(html.matches("<svg class=\"journey\"").count(), 1);
    assert!(html.contains("<polyline class=\"line\""));
    assert_eq!(html.matches("<svg class=\"skills\"").count(), 1);
    let data: serde_json::Value = serde_json::from_str(FIXTURE).expect("the fixture");
    let reviews = data["reviews"]
        .as_array()
        .expect("reviews")
        .iter()
        .filter(|r| r["draft"] != true)
        .count();
    assert_eq!(html.matches("<circle class=\"review\"").count(), reviews);
    let finished = data["milestones"]
        .as_array()
        .expect("milestones")
        .iter()
        .filter(|m| m["done"].is_string())
        .count();
    assert_eq!(
        html.matches("<polygon class=\"milestone\"").count(),
        finished
    );
    let rated = data["assessments"]
        .as_array()
        .expect("ratings")
        .iter()
        .filter(|a| a["rater"] == "self")
        .flat_map(|a| a["ratings"].as_object().expect("ratings").keys())
        .collect::<std::collections::HashSet<_>>()
        .len();
    assert_eq!(html.matches("<circle class=\"own\"").count(), rated);
    // Self-contained: no script, no stylesheet or image to fetch.
    for never in ["<script", " src=", "<link", "@import", "url("] {
        assert!(!html.contains(never), "{never}");
    }
    // The print rules: a page breaks between sections, never inside one that fits a page, and
    // never right after a heading.
    assert!(html.contains("section{break-inside:avoid-page}"));
    assert!(html.contains("h2{break-after:avoid}"));
}

#[test]
fn private_text_is_left_out_unless_asked() {
    let sb = Sandbox::with(FIXTURE);
    assert!(!page(&sb, &[]).contains(PRIVATE));
    assert!(page(&sb, &["--include-private"]).contains(PRIVATE));
}

#[test]
fn typed_text_is_escaped_never_markup() {
    let sb = Sandbox::with(FIXTURE);
    sb.ok(&["profile", "--name", "<b>Sam</b> & \"co\""]);
    let html = page(&sb, &[]);
    assert!(!html.contains("<b>Sam</b>"));
    assert!(
        html.contains("&lt;b&gt;Sam&lt;/b&gt; &amp; &quot;co&quot;"),
        "{html:.600}"
    );
}

/// The validator, where one is here: `PIVOT_VNU_JAR` names vnu.jar (java runs it).
fn vnu() -> Option<std::path::PathBuf> {
    let jar = std::path::PathBuf::from(std::env::var_os("PIVOT_VNU_JAR")?);
    let java = std::process::Command::new("java").arg("-version").output();
    (jar.is_file() && java.is_ok_and(|o| o.status.success())).then_some(jar)
}

#[test]
fn the_w3c_validator_finds_nothing() {
    let Some(jar) = vnu() else {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED the HTML validator check: set PIVOT_VNU_JAR to vnu.jar (npm install vnu-jar) \
             with java installed to run it"
        );
        return;
    };
    let sb = Sandbox::with(FIXTURE);
    validate(&jar, &page(&sb, &["--include-private"]));
}

/// The validator on one page: it must find nothing.
fn validate(jar: &std::path::Path, html: &str) {
    let dir = tempfile::TempDir::new().expect("temp dir");
    let file = dir.path().join("page.html");
    std::fs::write(&file, html).expect("write the page");
    let out = std::process::Command::new("java")
        .arg("-jar")
        .arg(jar)
        .arg("--also-check-svg")
        .arg(&file)
        .output()
        .expect("the validator runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_review_as_a_page_has_its_ratings_outcomes_and_chart_and_keeps_private_notes_back() {
    let sb = Sandbox::with(include_str!("fixtures/review/mentee.json"));
    let html = sb.ok(&["review", "report", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    for section in ["standing", "ratings", "outcomes"] {
        assert!(
            html.contains(&format!("<section id=\"{section}\">")),
            "{section}"
        );
    }
    assert_eq!(html.matches("<svg class=\"journey\"").count(), 1);
    // One row for each rating given in the session (the latest finished one).
    let data = sb.data();
    let shown = data["reviews"]
        .as_array()
        .expect("reviews")
        .iter()
        .filter(|r| r["draft"] != true)
        .max_by_key(|r| r["date"].as_str().map(str::to_string))
        .expect("a finished review")
        .clone();
    let markdown = sb.ok(&["review", "report"]);
    let table: Vec<&str> = markdown
        .lines()
        .skip_while(|l| !l.contains("Ratings in this session"))
        .skip(1)
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| l.starts_with('|'))
        .collect();
    // The Markdown's table: its head, the rule under it, then one row a rating.
    let rows = table.len().saturating_sub(2);
    assert!(rows > 0, "{markdown}");
    let section = &html[html.find("<section id=\"ratings\">").expect("ratings")..];
    let section = &section[..section.find("</section>").expect("its end")];
    assert_eq!(section.matches("<tr><td>").count(), rows, "{section}");
    assert!(!html.contains("<script"));
    assert!(!html.contains("<h3>Private notes</h3>"));
    let note = shown["private_notes"].as_str().expect("a private note");
    assert!(!html.contains(note));
    let private = sb.ok(&["review", "report", "--format", "html", "--include-private"]);
    assert!(private.contains("<h3>Private notes</h3>") && private.contains(note));
}

#[test]
fn the_portfolio_as_a_page_tells_each_story_once_and_share_leaves_the_gaps_out() {
    let sb = Sandbox::with(FIXTURE);
    sb.ok(&[
        "evidence",
        "add",
        "Interviewed twelve churned customers",
        "--kind",
        "artifact",
        "--skill",
        "customer-insight",
        "--skill",
        "discovery",
        "--result",
        "The team changed what it built",
    ]);
    let html = sb.ok(&["showcase", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    for section in ["competencies", "metrics", "reached", "not-yet"] {
        assert!(
            html.contains(&format!("<section id=\"{section}\">")),
            "{section}"
        );
    }
    // The work, never the ratings: no skills chart, as in the Markdown.
    assert!(!html.contains("<svg class=\"skills\""));
    // Told in full once; where it backs a second competency it is named.
    assert_eq!(
        html.matches("<dd>The team changed what it built</dd>")
            .count(),
        1
    );
    assert!(html.contains("Interviewed twelve churned customers (told above)"));
    assert!(!html.contains("<script"));
    let shared = sb.ok(&["showcase", "--format", "html", "--share"]);
    assert!(!shared.contains("<section id=\"not-yet\">"));
    if let Some(jar) = vnu() {
        validate(&jar, &html);
    }
}
