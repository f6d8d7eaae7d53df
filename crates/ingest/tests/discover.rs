//! Expanding what the user named into sources.

use std::path::{Path, PathBuf};

use tally_ingest::{Format, ProblemKind, Source, discover};

fn touch(root: &Path, relative: &str) -> PathBuf {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "Some text.").unwrap();
    path
}

/// Source paths relative to `root`, with `/` separators, for comparison.
fn relative(root: &Path, sources: &[Source]) -> Vec<String> {
    sources
        .iter()
        .map(|source| match source {
            Source::Stdin => "-".to_owned(),
            Source::File(path) => path
                .strip_prefix(root)
                .unwrap()
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/"),
        })
        .collect()
}

#[test]
fn directories_are_walked_sorted_skipping_hidden_ignored_and_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // A `.git` folder makes the walker honour `.gitignore`, as in a clone.
    std::fs::create_dir(root.join(".git")).unwrap();
    std::fs::write(root.join(".gitignore"), "drafts/\n*.tmp.md\n").unwrap();
    for file in [
        "b.md",
        "a.txt",
        "sub/z.CSV",
        "sub/m.ndjson",
        "sub/n.jsonl",
        "c.text",
        "d.markdown",
        "e.html",
        "noextension",
        ".hidden.txt",
        ".secret/x.txt",
        "drafts/d.txt",
        "wip.tmp.md",
    ] {
        touch(root, file);
    }
    let discovery = discover(&[root.to_owned()]);
    assert!(discovery.problems.is_empty(), "{:?}", discovery.problems);
    assert_eq!(
        relative(root, &discovery.sources),
        [
            "a.txt",
            "b.md",
            "c.text",
            "d.markdown",
            "sub/m.ndjson",
            "sub/n.jsonl",
            "sub/z.CSV"
        ]
    );
}

#[test]
fn named_files_keep_their_order_and_any_extension() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let html = touch(root, "page.html");
    let hidden = touch(root, ".draft.txt");
    let inputs = [
        html.clone(),
        PathBuf::from("-"),
        hidden.clone(),
        html.clone(),
    ];
    let discovery = discover(&inputs);
    assert!(discovery.problems.is_empty());
    assert_eq!(
        relative(root, &discovery.sources),
        ["page.html", "-", ".draft.txt"]
    );
    assert_eq!(discovery.sources[0].format(), Format::Text);
    assert_eq!(discovery.sources[1].name(), "<stdin>");
}

#[test]
fn a_file_inside_a_named_directory_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let a = touch(root, "a.txt");
    touch(root, "b.txt");
    // The same file spelled another way is still the same file.
    let dotted = root.join(".").join("a.txt");
    let discovery = discover(&[a, root.to_owned(), dotted]);
    assert_eq!(relative(root, &discovery.sources), ["a.txt", "b.txt"]);
}

#[test]
fn missing_paths_are_problems_and_the_rest_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let present = touch(root, "here.txt");
    let missing = root.join("gone.txt");
    let discovery = discover(&[missing.clone(), present]);
    assert_eq!(relative(root, &discovery.sources), ["here.txt"]);
    assert_eq!(discovery.problems.len(), 1);
    assert_eq!(discovery.problems[0].kind, ProblemKind::NotFound);
    assert_eq!(discovery.problems[0].input, missing.display().to_string());
}

#[test]
fn a_directory_without_articles_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    touch(dir.path(), "image.png");
    let discovery = discover(&[dir.path().to_owned()]);
    assert!(discovery.sources.is_empty());
    assert_eq!(discovery.problems[0].kind, ProblemKind::Empty);
    assert!(
        discovery.problems[0]
            .help
            .as_deref()
            .unwrap()
            .contains(".markdown")
    );
}

#[test]
fn format_follows_the_extension() {
    for (name, format) in [
        ("a.md", Format::Markdown),
        ("a.MARKDOWN", Format::Markdown),
        ("a.jsonl", Format::JsonLines),
        ("a.ndjson", Format::JsonLines),
        ("a.csv", Format::Csv),
        ("a.txt", Format::Text),
        ("a.json", Format::Text),
        ("README", Format::Text),
    ] {
        assert_eq!(Source::File(name.into()).format(), format, "{name}");
    }
}

#[test]
fn names_are_relative_to_the_working_directory_when_under_it() {
    let cwd = std::env::current_dir().unwrap();
    let inside = Source::File(cwd.join("news").join("a.txt"));
    assert_eq!(
        inside.name(),
        Path::new("news").join("a.txt").display().to_string()
    );
    let elsewhere = cwd.parent().unwrap().join("b.txt");
    assert_eq!(
        Source::File(elsewhere.clone()).name(),
        elsewhere.display().to_string()
    );
    assert_eq!(Source::File("c.txt".into()).name(), "c.txt");
}
