//! Tests of the codebase itself: the promises ARCHITECTURE.md and the
//! style guide make, checked so they stay true.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn crates() -> Vec<PathBuf> {
    let mut crates: Vec<PathBuf> = std::fs::read_dir(root().join("crates"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.join("Cargo.toml").exists())
        .collect();
    crates.sort();
    crates
}

fn package_name(krate: &Path) -> String {
    let manifest = std::fs::read_to_string(krate.join("Cargo.toml")).unwrap();
    manifest
        .lines()
        .find_map(|line| line.strip_prefix("name = "))
        .map(|name| name.trim_matches('"').to_string())
        .unwrap_or_else(|| panic!("{} has no package name", krate.display()))
}

#[test]
fn every_crate_says_what_it_is_for() {
    for krate in crates() {
        let lib = krate.join("src/lib.rs");
        let text = std::fs::read_to_string(&lib)
            .unwrap_or_else(|_| panic!("{} has no src/lib.rs", krate.display()));
        let doc: Vec<&str> = text.lines().take_while(|l| l.starts_with("//!")).collect();
        assert!(
            doc.len() >= 3,
            "{} needs a crate doc that says what it is for and what it is not",
            lib.display()
        );
        let doc = doc.join(" ").to_lowercase();
        assert!(
            doc.contains(" not ") || doc.contains(" never ") || doc.contains("n't"),
            "{}'s crate doc should say what the crate is not for",
            lib.display()
        );
    }
}

#[test]
fn architecture_maps_every_crate() {
    let architecture = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    for krate in crates() {
        let name = package_name(&krate);
        let path = format!("crates/{}", krate.file_name().unwrap().to_string_lossy());
        assert!(
            architecture.contains(&format!("`{name}`")) && architecture.contains(&path),
            "ARCHITECTURE.md does not map `{name}` at {path}"
        );
    }
}

#[test]
fn no_stub_is_left_in_the_code() {
    let mut stack = vec![root().join("crates"), root().join("xtask/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                // Spelt in pieces so that this file does not match itself.
                for stub in [concat!("todo", "!("), concat!("unimplemented", "!(")] {
                    assert!(!text.contains(stub), "{} contains {stub}", path.display());
                }
            }
        }
    }
}
