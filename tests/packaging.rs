//! What `cargo package` ships: the license Cargo.toml names, the README, the content and the
//! schemas; not the tests, benchmarks or their fixtures.

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_license_file_is_the_license_cargo_toml_names() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).expect("Cargo.toml");
    assert!(
        manifest.contains("license = \"MIT\""),
        "Cargo.toml says MIT"
    );
    let license = std::fs::read_to_string(root().join("LICENSE")).expect("a LICENSE file");
    assert!(license.starts_with("MIT License"), "{license}");
    assert!(license.contains("Permission is hereby granted, free of charge"));
}

#[test]
fn the_package_holds_what_a_user_builds_and_nothing_of_the_tests() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["package", "--list", "--allow-dirty", "--offline"])
        .current_dir(root())
        .output()
        .expect("run cargo package --list");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files = String::from_utf8_lossy(&out.stdout);
    for shipped in [
        "LICENSE",
        "README.md",
        "content/po-to-pm.json",
        "src/main.rs",
    ] {
        assert!(
            files.lines().any(|f| f == shipped),
            "{shipped} is not shipped:\n{files}"
        );
    }
    assert!(files.lines().any(|f| f.starts_with("schemas/")));
    for kept_back in ["tests/", "benches/", ".ci/"] {
        assert!(
            !files.lines().any(|f| f.starts_with(kept_back)),
            "{kept_back} is shipped:\n{files}"
        );
    }
}

#[test]
fn the_readme_shows_the_dashboard_as_it_is_drawn() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README");
    let snap = std::fs::read_to_string(root.join("tests/snapshots/tui__dashboard_80x24.snap"))
        .expect("the snapshot");
    let drawn: Vec<&str> = snap
        .lines()
        .filter(|l| l.len() > 1 && l.starts_with('"') && l.ends_with('"'))
        .map(|l| &l[1..l.len() - 1])
        .collect();
    let start = readme
        .find("```\n pivot   1 Dashboard")
        .expect("the capture")
        + 4;
    let end = start + readme[start..].find("```").expect("its end");
    let shown: Vec<&str> = readme[start..end].lines().collect();
    assert_eq!(
        shown, drawn,
        "the README's dashboard is not the one the snapshot draws"
    );
}
