//! Compiles the repository's `rules/` folder into the binary as the default
//! pack, so `tally check story.txt` works anywhere.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let rules = manifest.join("../../rules");
    println!("cargo::rerun-if-changed={}", rules.display());

    let mut files = Vec::new();
    collect(&rules, &mut files);
    files.sort();

    let mut out = String::from("pub static DEFAULT_PACK: &[(&str, &str)] = &[\n");
    for file in &files {
        let relative = file.strip_prefix(&rules).expect("under rules/");
        let name = format!("rules/{}", relative.to_string_lossy().replace('\\', "/"));
        let absolute = file.canonicalize().expect("a file we just listed");
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            absolute.to_string_lossy()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let target = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("pack.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            files.push(path);
        }
    }
}
