//! From what the user named to the list of inputs to read.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::document::Format;
use crate::problem::{Problem, ProblemKind};

/// One input to read: a file, or standard input.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// Standard input, named `<stdin>` and read as text.
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name reports use: the path as named (a directory's files are
    /// joined onto the directory as the user wrote it), or `<stdin>`.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_owned(),
            Source::File(path) => {
                // Paths under the working directory read best relative to it,
                // as a compiler prints them.
                let cwd = std::env::current_dir().unwrap_or_default();
                let shown = match path.strip_prefix(&cwd) {
                    Ok(relative) if path.is_absolute() && !relative.as_os_str().is_empty() => {
                        relative
                    }
                    _ => path,
                };
                shown.display().to_string()
            }
        }
    }

    /// How this input will be read, by its extension (any unknown
    /// extension is text).
    pub fn format(&self) -> Format {
        match self {
            Source::Stdin => Format::Text,
            Source::File(path) => Format::of_path(path),
        }
    }
}

/// The inputs found, and what could not be found.
#[derive(Debug, Default)]
pub struct Discovery {
    pub sources: Vec<Source>,
    pub problems: Vec<Problem>,
}

/// Extensions taken from inside a directory. A file named explicitly is
/// read whatever its extension.
const KNOWN_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "jsonl", "ndjson", "csv"];

/// Expands `inputs` into sources: `-` is stdin, a file is itself, a
/// directory is its known-extension files, recursively, sorted by path,
/// skipping hidden and git-ignored files.
///
/// Sources keep the order inputs were given in; one named twice (or a file
/// also inside a named directory) is read once, where it first appears.
pub fn discover(inputs: &[PathBuf]) -> Discovery {
    let mut discovery = Discovery::default();
    let mut seen = HashSet::new();
    let mut push = |discovery: &mut Discovery, source: Source| {
        // `a.txt` and the walk of `.` (`./a.txt`) are the same file.
        let identity = match &source {
            Source::Stdin => None,
            Source::File(path) => {
                Some(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone()))
            }
        };
        if seen.insert(identity) {
            discovery.sources.push(source);
        }
    };
    for input in inputs {
        if input.as_os_str() == "-" {
            push(&mut discovery, Source::Stdin);
        } else if input.is_dir() {
            let problems = discovery.problems.len();
            let found = walk(input, &mut discovery, &mut push);
            if found == 0 && discovery.problems.len() == problems {
                discovery.problems.push(
                    Problem::new(
                        input.display().to_string(),
                        ProblemKind::Empty,
                        "the directory holds no article files",
                    )
                    .help(format!(
                        "inside directories only these extensions are read: .{}; name a file to read it whatever its extension",
                        KNOWN_EXTENSIONS.join(" .")
                    )),
                );
            }
        } else if input.exists() {
            push(&mut discovery, Source::File(input.clone()));
        } else {
            discovery
                .problems
                .push(Problem::not_found(input.display().to_string()));
        }
    }
    discovery
}

/// Pushes the article files under `dir` and returns how many there were.
fn walk(
    dir: &Path,
    discovery: &mut Discovery,
    push: &mut impl FnMut(&mut Discovery, Source),
) -> usize {
    let mut found = 0;
    let walker = ignore::WalkBuilder::new(dir)
        .sort_by_file_path(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                if is_file && has_known_extension(entry.path()) {
                    found += 1;
                    push(discovery, Source::File(entry.into_path()));
                }
            }
            Err(error) => discovery.problems.push(
                Problem::new(
                    error_path(&error).unwrap_or_else(|| dir.display().to_string()),
                    ProblemKind::Unreadable,
                    format!("cannot read the directory: {error}"),
                )
                .help("check the permissions of the directory"),
            ),
        }
    }
    found
}

fn error_path(error: &ignore::Error) -> Option<String> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path.display().to_string()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}

fn has_known_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| KNOWN_EXTENSIONS.iter().any(|k| e.eq_ignore_ascii_case(k)))
}
