//! Corpora: many articles in one file, as JSON Lines or CSV.
//!
//! Each record becomes a document named `FILE#ID` whose `source` is the
//! record's own text, so spans index that text, not the file. A bad record
//! is a problem and the rest still load.

use crate::document::{Document, Format};
use crate::header::{invalid_date, lenient_date};
use crate::load::{CsvColumns, Loaded, empty};
use crate::problem::{Problem, ProblemKind};

/// The fields a corpus record may carry, whatever its format.
struct Record<'a> {
    /// The id as written; `None` or empty names the record by number.
    id: Option<String>,
    /// 1-based, counting every record (bad ones too), so a record's name
    /// doesn't change when an earlier one is fixed.
    number: usize,
    text: Option<String>,
    date: Option<&'a str>,
    title: Option<String>,
    url: Option<String>,
}

fn push_record(file: &str, format: Format, record: Record<'_>, loaded: &mut Loaded) {
    let id = record
        .id
        .filter(|id| !id.trim().is_empty())
        .unwrap_or_else(|| record.number.to_string());
    let name = format!("{file}#{id}");
    let Some(text) = record.text else {
        loaded.problems.push(
            Problem::new(&name, ProblemKind::Malformed, "the record has no `text`")
                .help("every record needs its article in a `text` field"),
        );
        return;
    };
    let mut document = Document::plain(name.clone(), text, 0);
    document.format = format;
    document.title = record.title.filter(|t| !t.trim().is_empty());
    document.url = record.url.filter(|u| !u.trim().is_empty());
    if let Some(date) = record.date.filter(|d| !d.trim().is_empty()) {
        match lenient_date(date) {
            Ok(date) => document.dateline = Some(date),
            Err(reason) => {
                loaded
                    .problems
                    .push(invalid_date(&name, "record's date", date, &reason))
            }
        }
    }
    match empty(&name, &document) {
        Some(problem) => loaded.problems.push(problem),
        None => loaded.documents.push(document),
    }
}

#[derive(serde::Deserialize)]
struct JsonRecord {
    id: Option<JsonId>,
    date: Option<String>,
    title: Option<String>,
    text: Option<String>,
    url: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(untagged)]
enum JsonId {
    Text(String),
    Number(serde_json::Number),
}

/// One JSON object per line; blank lines are not records.
pub(crate) fn json_lines(file: &str, text: &str) -> Loaded {
    let mut loaded = Loaded::default();
    let mut number = 0;
    for (index, line) in text.lines().enumerate() {
        let line = line.trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            continue;
        }
        number += 1;
        let record: JsonRecord = match serde_json::from_str(line) {
            Ok(record) => record,
            Err(error) => {
                loaded.problems.push(bad_json(file, index + 1, &error));
                continue;
            }
        };
        let id = record.id.map(|id| match id {
            JsonId::Text(text) => text,
            JsonId::Number(number) => number.to_string(),
        });
        let fields = Record {
            id,
            number,
            text: record.text,
            date: record.date.as_deref(),
            title: record.title,
            url: record.url,
        };
        push_record(file, Format::JsonLines, fields, &mut loaded);
    }
    loaded
}

fn bad_json(file: &str, line: usize, error: &serde_json::Error) -> Problem {
    // serde_json ends its message with a location relative to the line it
    // was given; the line is named in `input` and the column said here.
    let message = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let message = message.strip_suffix(&suffix).unwrap_or(&message);
    Problem::new(
        format!("{file}:{line}"),
        ProblemKind::Malformed,
        format!("not a JSON record (column {}): {message}", error.column()),
    )
    .help("each line must be one JSON object such as {\"id\": 1, \"date\": \"2024-01-31\", \"title\": \"...\", \"text\": \"...\"}")
}

/// A CSV file with a header row; `columns` says which header names hold
/// what. The id column names the record and, when it holds a web address,
/// fills `url`.
pub(crate) fn csv(file: &str, text: &str, columns: &CsvColumns) -> Loaded {
    let mut loaded = Loaded::default();
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(headers) => headers.clone(),
        Err(error) => {
            loaded.problems.push(bad_csv(file, &error));
            return loaded;
        }
    };
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}').trim() == name)
    };
    let Some(text_column) = column(&columns.text) else {
        let found: Vec<&str> = headers.iter().collect();
        loaded.problems.push(
            Problem::new(
                file,
                ProblemKind::Malformed,
                format!(
                    "no `{}` column in the header (it has: {})",
                    columns.text,
                    found.join(", ")
                ),
            )
            .help("the first row must name the columns; say which one holds the article's text"),
        );
        return loaded;
    };
    let (id_column, date_column, title_column) = (
        column(&columns.id),
        column(&columns.date),
        column(&columns.title),
    );
    let mut number = 0;
    for result in reader.records() {
        number += 1;
        let row = match result {
            Ok(row) => row,
            Err(error) => {
                loaded.problems.push(bad_csv(file, &error));
                continue;
            }
        };
        let field = |index: Option<usize>| index.and_then(|i| row.get(i));
        let id = field(id_column).map(str::to_owned);
        let url = id
            .clone()
            .filter(|id| id.starts_with("https://") || id.starts_with("http://"));
        let record = Record {
            id,
            number,
            text: field(Some(text_column)).map(str::to_owned),
            date: field(date_column),
            title: field(title_column).map(str::to_owned),
            url,
        };
        push_record(file, Format::Csv, record, &mut loaded);
    }
    if number == 0 {
        loaded.problems.push(
            Problem::new(file, ProblemKind::Empty, "no records: only a header")
                .help("add one row per article under the header"),
        );
    }
    loaded
}

fn bad_csv(file: &str, error: &csv::Error) -> Problem {
    let input = match error.position() {
        Some(position) => format!("{file}:{}", position.line()),
        None => file.to_owned(),
    };
    Problem::new(input, ProblemKind::Malformed, format!("not valid CSV: {error}"))
        .help("every row needs as many fields as the header; quote fields that hold commas, quotes or newlines")
}
