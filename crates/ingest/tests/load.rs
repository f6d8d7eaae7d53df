//! Loading each format from real files, as the CLI does.

use std::path::{Path, PathBuf};

use tally_ingest::{Document, Format, Loaded, Options, ProblemKind, Source, load};

fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn load_file(name: &str, contents: impl AsRef<[u8]>) -> Loaded {
    load_with(name, contents, &Options::default())
}

fn load_with(name: &str, contents: impl AsRef<[u8]>, options: &Options) -> Loaded {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), name, contents);
    let loaded = load(&Source::File(path), options);
    for document in &loaded.documents {
        assert_mask_is_sound(document);
    }
    loaded
}

fn single(name: &str, contents: &str) -> Document {
    let loaded = load_file(name, contents);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.documents.len(), 1);
    loaded.documents.into_iter().next().unwrap()
}

/// The prose mask's contract: same length, same char boundaries, and every
/// byte either kept or blanked (newlines always kept).
fn assert_mask_is_sound(document: &Document) {
    let (source, prose) = (&document.source, &document.prose);
    assert_eq!(prose.len(), source.len(), "{}", document.name);
    for (index, _) in source.char_indices() {
        assert!(
            prose.is_char_boundary(index),
            "{} at {index}",
            document.name
        );
    }
    for (index, (s, p)) in source.bytes().zip(prose.bytes()).enumerate() {
        let ok = s == p || (p == b' ' && s != b'\n');
        assert!(
            ok,
            "{}: byte {index} is neither kept nor blanked",
            document.name
        );
    }
    for block in &document.blocks {
        assert!(block.start < block.end && block.end <= source.len());
        assert!(source.is_char_boundary(block.start) && source.is_char_boundary(block.end));
    }
    for pair in document.blocks.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "{}: blocks overlap",
            document.name
        );
    }
}

/// The source with every masked char shown as `·`, then each block's kept
/// text on its own line: what a reviewer needs to see of a mask.
fn render(document: &Document) -> String {
    let mut out = String::new();
    for (index, c) in document.source.char_indices() {
        let kept = document.prose[index..].starts_with(c);
        out.push(if kept { c } else { '·' });
    }
    out.push_str("\n---- blocks\n");
    for block in &document.blocks {
        let text: String = document.prose[block.clone()]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        out.push_str(&format!("{block:?} {text}\n"));
    }
    out.push_str(&format!(
        "---- dateline {:?} title {:?} url {:?}\n",
        document.dateline.map(|d| d.to_string()),
        document.title,
        document.url
    ));
    for (range, text) in &document.comments {
        out.push_str(&format!("---- comment {range:?} {text:?}\n"));
    }
    out
}

#[test]
fn plain_text_with_dateline_and_paragraphs() {
    let document = single(
        "story.txt",
        " date 2024-06-11 Rain closed 14 schools on Tuesday.\r\n\r\nAbout 3,200 pupils stayed home.\r\n   \r\nTwo roads reopened.\r\n",
    );
    assert_eq!(document.format, Format::Text);
    assert_eq!(document.dateline, Some(jiff::civil::date(2024, 6, 11)));
    insta::assert_snapshot!(render(&document));
}

#[test]
fn plain_text_with_front_matter_and_bom() {
    let document = single(
        "note.text",
        "\u{feff}---\ntitle: Harbour dues\ndate: 2022-09-30\nurl: https://example.com/harbour\ntags: [port]\n---\nDues rose 8% this year.\n",
    );
    assert_eq!(document.title.as_deref(), Some("Harbour dues"));
    insta::assert_snapshot!(render(&document));
}

#[test]
fn markdown_keeps_only_text() {
    let document = single(
        "story.md",
        "---\ndate: 2021-04-02\n---\n# Ferry *fares* rise\n\nTickets now cost **£12**, up from [£10](https://example.com/fares \"old\").\nSee <https://example.com/x> and ![chart](c.png).\n\n1. Adults pay `12`.\n- Children pay half.\n\n<!-- tally-ignore sum: the table is partial -->\n\n| route | fare |\n|---|---|\n| north | 12 |\n\n```\n99 bottles\n```\n\n<div>\nhidden 7\n</div>\n",
    );
    assert_eq!(document.format, Format::Markdown);
    assert_eq!(document.dateline, Some(jiff::civil::date(2021, 4, 2)));
    insta::assert_snapshot!(render(&document));
}

#[test]
fn markdown_heading_is_its_own_block() {
    let document = single("a.markdown", "## Turnout 61%\nVoters: 40,000\n");
    let blocks: Vec<&str> = document
        .blocks
        .iter()
        .map(|b| &document.source[b.clone()])
        .collect();
    assert_eq!(blocks, ["Turnout 61%", "Voters: 40,000"]);
}

#[test]
fn markdown_may_open_with_a_dateline() {
    let document = single("d.md", "date 2022-12-01 **Snow** fell: 30 cm.\n");
    assert_eq!(document.dateline, Some(jiff::civil::date(2022, 12, 1)));
    assert_eq!(document.prose.trim(), "Snow   fell: 30 cm.");
}

#[test]
fn markdown_comments_spanning_lines_are_kept_for_suppressions() {
    let source = "One fact.<!-- tally-ignore a: inline --> More.\n\n<!--\ntally-ignore b: block\n-->\n\nLast.\n";
    let document = single("c.md", source);
    let comments: Vec<(&str, &str)> = document
        .comments
        .iter()
        .map(|(range, text)| (&source[range.clone()], text.as_str()))
        .collect();
    assert_eq!(
        comments,
        [
            ("<!-- tally-ignore a: inline -->", "tally-ignore a: inline"),
            ("<!--\ntally-ignore b: block\n-->", "tally-ignore b: block"),
        ]
    );
    assert!(!document.prose.contains("tally-ignore"));
}

#[test]
fn json_lines_records_with_a_bad_line_in_the_middle() {
    let loaded = load_file(
        "feed.jsonl",
        "{\"id\": \"a1\", \"date\": \"2020-02-03\", \"title\": \"Dam\", \"text\": \"The dam holds 9 million litres.\\n\\nIt is 40 years old.\"}\n\n{\"text\": \"broken\"\n{\"id\": 7, \"text\": \"Seven bridges.\", \"date\": \"2020-02-31\"}\n{\"text\": \"No id here.\"}\n{\"id\": \"x\"}\n",
    );
    let names: Vec<&str> = loaded.documents.iter().map(|d| d.name.as_str()).collect();
    assert!(names.iter().all(|n| n.contains("feed.jsonl#")));
    let ids: Vec<&str> = names
        .iter()
        .map(|n| n.rsplit('#').next().unwrap())
        .collect();
    // Records are numbered without the blank line: the id-less one is the 4th.
    assert_eq!(ids, ["a1", "7", "4"]);
    let first = &loaded.documents[0];
    assert_eq!(first.format, Format::JsonLines);
    assert_eq!(
        first.source,
        "The dam holds 9 million litres.\n\nIt is 40 years old."
    );
    assert_eq!(first.blocks, [0..31, 33..52]);
    assert_eq!(first.dateline, Some(jiff::civil::date(2020, 2, 3)));
    assert_eq!(first.title.as_deref(), Some("Dam"));

    let problems: Vec<(String, ProblemKind)> = loaded
        .problems
        .iter()
        .map(|p| {
            (
                p.input.rsplit(['/', '\\']).next().unwrap().to_owned(),
                p.kind,
            )
        })
        .collect();
    assert_eq!(
        problems,
        [
            ("feed.jsonl:3".to_owned(), ProblemKind::Malformed),
            ("feed.jsonl#7".to_owned(), ProblemKind::InvalidDate),
            ("feed.jsonl#x".to_owned(), ProblemKind::Malformed),
        ]
    );
    assert!(
        loaded.problems[0].message.contains("EOF"),
        "{}",
        loaded.problems[0].message
    );
}

#[test]
fn csv_records_are_named_by_their_id_column() {
    let loaded = load_file(
        "news.csv",
        "url,date,title,text\nhttps://example.org/a,2019-05-06T08:00:00Z,Quake,\"A 5.1 quake, felt by \"\"many\"\".\n\n\nNo damage.\"\n,2019-05-07,Second,Untitled record.\n",
    );
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let first = &loaded.documents[0];
    assert!(
        first.name.ends_with("news.csv#https://example.org/a"),
        "{}",
        first.name
    );
    assert_eq!(first.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(first.dateline, Some(jiff::civil::date(2019, 5, 6)));
    assert_eq!(
        first.source,
        "A 5.1 quake, felt by \"many\".\n\n\nNo damage."
    );
    let blocks: Vec<&str> = first
        .blocks
        .iter()
        .map(|b| &first.source[b.clone()])
        .collect();
    assert_eq!(blocks, ["A 5.1 quake, felt by \"many\".", "No damage."]);
    assert!(loaded.documents[1].name.ends_with("news.csv#2"));
    assert_eq!(loaded.documents[1].url, None);
}

#[test]
fn csv_columns_are_configurable() {
    let mut options = Options::default();
    options.csv.id = "key".into();
    options.csv.text = "body".into();
    let loaded = load_with("c.csv", "key,body\nk9,Nine dogs.\n", &options);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert!(loaded.documents[0].name.ends_with("c.csv#k9"));
    assert_eq!(loaded.documents[0].source, "Nine dogs.");
}

#[test]
fn csv_without_a_text_column_is_one_problem() {
    let loaded = load_file("c.csv", "url,body\na,One.\nb,Two.\n");
    assert!(loaded.documents.is_empty());
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(loaded.problems[0].kind, ProblemKind::Malformed);
    assert!(loaded.problems[0].message.contains("url, body"));
}

#[test]
fn csv_row_with_wrong_field_count_is_skipped_with_its_line() {
    let loaded = load_file("c.csv", "url,text\na,One.\nb,Two.,extra\nc,Three.\n");
    assert_eq!(loaded.documents.len(), 2);
    assert_eq!(loaded.problems.len(), 1);
    assert!(
        loaded.problems[0].input.ends_with("c.csv:3"),
        "{}",
        loaded.problems[0].input
    );
}

#[test]
fn unknown_extension_named_explicitly_is_text() {
    let document = single("story.article", "date 2023-01-01 Twelve months.");
    assert_eq!(document.format, Format::Text);
    assert_eq!(document.dateline, Some(jiff::civil::date(2023, 1, 1)));
    assert_eq!(document.prose.trim(), "Twelve months.");
}

#[test]
fn typographic_characters_stay_in_prose() {
    let text = "It cost \u{a3}5\u{a0}000 \u{2014} \u{201c}too much\u{201d}.";
    let document = single("t.txt", text);
    assert_eq!(document.prose, text);
}

#[test]
fn invalid_dateline_is_a_warning_and_the_article_loads() {
    let loaded = load_file("s.txt", "date 2025-02-30 Thirty days.");
    assert_eq!(loaded.documents.len(), 1);
    assert_eq!(loaded.documents[0].dateline, None);
    assert_eq!(loaded.documents[0].prose.trim(), "Thirty days.");
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(loaded.problems[0].kind, ProblemKind::InvalidDate);
    assert!(!loaded.problems[0].kind.stops_input());
    let severity = miette::Diagnostic::severity(&loaded.problems[0]);
    assert_eq!(severity, Some(miette::Severity::Warning));
}

/// Each bad input gives exactly one problem of its kind, and no document.
fn refused(name: &str, contents: impl AsRef<[u8]>, options: &Options) -> tally_ingest::Problem {
    let loaded = load_with(name, contents, options);
    assert!(loaded.documents.is_empty());
    assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    let problem = loaded.problems.into_iter().next().unwrap();
    assert!(problem.kind.stops_input());
    assert!(problem.help.is_some());
    problem
}

#[test]
fn invalid_utf8_gives_offset_line_and_column() {
    let problem = refused(
        "w.txt",
        b"First line.\nCaf\xe9 prices\n",
        &Options::default(),
    );
    assert_eq!(problem.kind, ProblemKind::InvalidUtf8);
    assert!(
        problem
            .message
            .contains("byte offset 15 (line 2, column 4)"),
        "{}",
        problem.message
    );
}

#[test]
fn nul_byte_means_binary() {
    let problem = refused("b.txt", b"GIF89a\x00\x01", &Options::default());
    assert_eq!(problem.kind, ProblemKind::Binary);
    let utf16 = refused("u.txt", b"\xff\xfeh\x00i\x00", &Options::default());
    assert!(utf16.help.unwrap().contains("UTF-16"));
}

#[test]
fn empty_inputs() {
    for (name, contents) in [
        ("zero.txt", ""),
        ("blank.txt", " \n\t\r\n"),
        ("dateline.txt", "date 2024-01-01   \n"),
        ("front.md", "---\ntitle: Nothing\n---\n\n"),
        ("markup.md", "```\ncode only\n```\n<!-- note -->\n"),
        ("blank.jsonl", "\n\n"),
        ("header.csv", "url,date,title,text\n"),
        ("blank.csv", "\u{feff}\n \n"),
    ] {
        let problem = refused(name, contents, &Options::default());
        assert_eq!(problem.kind, ProblemKind::Empty, "{name}: {problem}");
    }
}

#[test]
fn too_large_says_size_limit_and_how_to_raise_it() {
    let options = Options {
        max_bytes: 10,
        ..Options::default()
    };
    let problem = refused("big.txt", "eleven bytes", &options);
    assert_eq!(problem.kind, ProblemKind::TooLarge);
    assert!(
        problem.message.contains("12 bytes") && problem.message.contains("10 bytes"),
        "{}",
        problem.message
    );
    assert!(problem.help.unwrap().contains("--max-bytes"));
}

#[test]
fn malformed_front_matter_is_refused_with_its_line() {
    let problem = refused(
        "f.md",
        "---\ntitle: [one\n---\nText.\n",
        &Options::default(),
    );
    assert_eq!(problem.kind, ProblemKind::Malformed);
    assert!(problem.message.contains("line 2"), "{}", problem.message);
}

#[test]
fn missing_file_is_not_found() {
    let loaded = load(
        &Source::File(PathBuf::from("/nonexistent/tally/x.txt")),
        &Options::default(),
    );
    assert_eq!(loaded.problems[0].kind, ProblemKind::NotFound);
}

#[test]
fn a_directory_named_as_a_file_is_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = load(&Source::File(dir.path().to_owned()), &Options::default());
    assert_eq!(loaded.problems[0].kind, ProblemKind::Unreadable);
}

#[test]
fn problems_are_diagnostics_with_stable_codes() {
    use miette::Diagnostic;
    let problem = refused("b.txt", b"\x00", &Options::default());
    assert_eq!(problem.code().unwrap().to_string(), "input::binary");
    assert_eq!(problem.severity(), Some(miette::Severity::Error));
    assert!(problem.to_string().ends_with(&problem.message));
}

/// Multi-byte chars next to and inside every kind of masked thing, in
/// every format: the mask contract (checked by `load_with`) must hold.
#[test]
fn mask_contract_holds_for_every_format() {
    let fragments = [
        "\u{feff}date 2024-02-29 \u{e9}t\u{e9} 3\u{a0}%",
        "---\ntitle: \u{201c}Caf\u{e9}\u{201d}\n---\n\u{2014} 5 \u{20ac}\r\n",
        "# \u{c9}t\u{e9}\n\n*\u{e9}* **\u{1f600}** [\u{e9}](\u{e9}.html) `\u{e9}` ![\u{e9}](x)\n",
        "<!-- \u{e9} -->\u{e9}&eacute;\u{e9}\n\n| \u{e9} | \u{e8} |\n|---|---|\n| \u{201c}1\u{201d} | 2 |\n",
        "- \u{2022} one\n  - \u{e9}\n\n> \u{201c}q\u{201d}\n",
    ];
    let mut loaded_documents = 0;
    for (index, fragment) in fragments.iter().enumerate() {
        for extension in ["txt", "md"] {
            let loaded = load_file(&format!("f{index}.{extension}"), fragment);
            loaded_documents += loaded.documents.len();
        }
        let json = serde_json::json!({ "id": index, "text": fragment }).to_string();
        loaded_documents += load_file(&format!("f{index}.jsonl"), json).documents.len();
        let mut csv = csv::Writer::from_writer(Vec::new());
        csv.write_record(["url", "text"]).unwrap();
        csv.write_record([index.to_string().as_str(), fragment])
            .unwrap();
        loaded_documents += load_file(&format!("f{index}.csv"), csv.into_inner().unwrap())
            .documents
            .len();
    }
    assert_eq!(loaded_documents, fragments.len() * 4);
}

#[test]
fn front_matter_tally_ignore_entries_are_kept_with_their_place() {
    for list in [
        "tally-ignore:\n  - general/list-total: the council rounds each line\n",
        "tally-ignore:\n  general/list-total: the council rounds each line\n",
        "tally-ignore: [\"general/list-total: the council rounds each line\"]\n",
    ] {
        let source = format!("---\ntitle: Budget\n{list}---\nThe plan costs 90 euros.\n");
        let document = single("budget.md", &source);
        assert_eq!(document.ignores.len(), 1, "{list}");
        let (range, text) = &document.ignores[0];
        assert_eq!(text, "general/list-total: the council rounds each line");
        assert_eq!(&source[range.clone()], "general/list-total");
        assert!(document.prose.contains("The plan costs 90 euros."));
        assert!(!document.prose.contains("tally-ignore"));
    }
}
