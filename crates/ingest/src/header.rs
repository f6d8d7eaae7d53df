//! What comes before the article: a byte-order mark, YAML front matter, a
//! `date YYYY-MM-DD` dateline. All of it is metadata and masked from prose.

use jiff::civil::Date;

use crate::problem::{Problem, ProblemKind};

/// The metadata found at the top of a text or Markdown source.
#[derive(Debug, Default)]
pub(crate) struct Header {
    /// Byte offset where the article itself begins.
    pub body: usize,
    pub date: Option<Date>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// Front matter `tally-ignore` entries with where each is written.
    pub ignores: Vec<(std::ops::Range<usize>, String)>,
}

#[derive(serde::Deserialize, Default)]
struct FrontMatter {
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    source: Option<String>,
    /// Accepted findings for the whole article, `RULE-ID: reason`.
    #[serde(rename = "tally-ignore", default)]
    tally_ignore: Option<Ignores>,
}

/// `tally-ignore` as a mapping of rule id to reason, or as a list of such
/// one-entry mappings (what `- RULE: reason` is in YAML), or of strings.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Ignores {
    Map(std::collections::BTreeMap<String, String>),
    List(Vec<Ignore>),
}

#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Ignore {
    Map(std::collections::BTreeMap<String, String>),
    Text(String),
}

impl Ignores {
    /// Each entry as `RULE-ID: reason`, paired with the rule id to find it by.
    fn entries(self) -> Vec<(String, String)> {
        let pair = |(rule, reason): (String, String)| (rule.clone(), format!("{rule}: {reason}"));
        match self {
            Ignores::Map(map) => map.into_iter().map(pair).collect(),
            Ignores::List(list) => list
                .into_iter()
                .flat_map(|entry| match entry {
                    Ignore::Map(map) => map.into_iter().map(pair).collect::<Vec<_>>(),
                    Ignore::Text(text) => {
                        let rule = text
                            .split(':')
                            .next()
                            .unwrap_or_default()
                            .trim()
                            .to_string();
                        vec![(rule, text)]
                    }
                })
                .collect(),
        }
    }
}

/// The length of the byte-order mark `source` opens with, if any. It is
/// kept in `source` and masked from prose.
pub(crate) fn bom_len(source: &str) -> usize {
    if source.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    }
}

/// Reads the byte-order mark, front matter and dateline at the top of
/// `source`, in that order, each optional.
///
/// Front matter that doesn't parse is an error: the author meant it as
/// metadata, and checking it as article text would report nonsense. A date
/// that names no real day is only a warning pushed onto `warnings`.
pub(crate) fn read(
    name: &str,
    source: &str,
    warnings: &mut Vec<Problem>,
) -> Result<Header, Problem> {
    let mut header = Header {
        body: bom_len(source),
        ..Header::default()
    };
    if let Some(mut front) = front_matter(name, source, header.body)? {
        header.body = front.end;
        header.ignores = front
            .matter
            .tally_ignore
            .take()
            .map(Ignores::entries)
            .unwrap_or_default()
            .into_iter()
            .map(|(rule, entry)| {
                // Where the rule id is written, for a report that says the
                // entry silenced nothing; the whole front matter if it
                // cannot be found as is.
                let range = (!rule.is_empty())
                    .then(|| source[..front.end].find(rule.as_str()))
                    .flatten()
                    .map_or(0..front.end, |at| at..at + rule.len());
                (range, entry.trim().to_string())
            })
            .collect();
        header.title = front.matter.title.filter(|t| !t.trim().is_empty());
        header.url = (front.matter.url)
            .or(front.matter.source)
            .filter(|u| !u.trim().is_empty());
        if let Some(text) = front.matter.date.filter(|d| !d.trim().is_empty()) {
            header.date = match lenient_date(&text) {
                Ok(date) => Some(date),
                Err(reason) => {
                    warnings.push(invalid_date(name, "front matter `date`", &text, &reason));
                    None
                }
            };
        }
    }
    if let Some(line) = find_dateline(&source[header.body..]) {
        header.body += line.end;
        match line.date {
            // Front matter is the more deliberate of the two; it wins.
            Ok(date) => header.date = header.date.or(Some(date)),
            Err(reason) => warnings.push(invalid_date(name, "dateline", &line.text, &reason)),
        }
    }
    Ok(header)
}

pub(crate) fn invalid_date(name: &str, what: &str, text: &str, reason: &str) -> Problem {
    Problem::new(
        name,
        ProblemKind::InvalidDate,
        format!("the {what} `{text}` is not a date: {reason}"),
    )
    .help("write the date as YYYY-MM-DD; the article is checked without a date")
}

struct Front {
    matter: FrontMatter,
    /// Offset just past the closing `---` line.
    end: usize,
}

/// Front matter: a `---` line first, YAML, then a `---` line.
fn front_matter(name: &str, source: &str, start: usize) -> Result<Option<Front>, Problem> {
    let mut lines = Lines {
        text: source,
        at: start,
    };
    match lines.next() {
        Some(first) if is_fence(&source[first.clone()]) => {}
        _ => return Ok(None),
    }
    let yaml_start = lines.at;
    let Some(close) = lines.find(|line| is_fence(&source[line.clone()])) else {
        return Err(Problem::new(
            name,
            ProblemKind::Malformed,
            "front matter opened by `---` on line 1 is never closed",
        )
        .help("end the front matter with a line holding only `---`"));
    };
    let yaml = &source[yaml_start..close.start];
    let matter = if yaml.trim().is_empty() {
        FrontMatter::default()
    } else {
        serde_saphyr::from_str::<FrontMatter>(yaml).map_err(|error| {
            // The YAML starts on the file's second line.
            let options = serde_saphyr::render_options! {
                snippets: serde_saphyr::SnippetMode::Off,
                line_offset: 1,
            };
            Problem::new(
                name,
                ProblemKind::Malformed,
                format!(
                    "front matter is not valid: {}",
                    error.render_with_options(options)
                ),
            )
            .help("front matter is YAML between two `---` lines; `date`, `title`, `url` and `source` are read as text, `tally-ignore` as a list of `RULE-ID: reason`")
        })?
    };
    Ok(Some(Front {
        matter,
        end: lines.at,
    }))
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// Lines of `text` from byte `at`, as ranges including their newline.
struct Lines<'a> {
    text: &'a str,
    at: usize,
}

impl Iterator for Lines<'_> {
    type Item = std::ops::Range<usize>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.at >= self.text.len() {
            return None;
        }
        let start = self.at;
        self.at = memchr::memchr(b'\n', &self.text.as_bytes()[start..])
            .map_or(self.text.len(), |i| start + i + 1);
        Some(start..self.at)
    }
}

pub(crate) struct Dateline {
    /// Offset just past the date, relative to the text searched.
    pub end: usize,
    pub text: String,
    pub date: Result<Date, String>,
}

/// The dateline at the top of a plain-text story: optional whitespace,
/// `date`, one space, `YYYY-MM-DD`, then whitespace or the end (the article
/// goes on, on the same line).
pub(crate) fn find_dateline(text: &str) -> Option<Dateline> {
    let start = text.len() - text.trim_start().len();
    let rest = text[start..].strip_prefix("date ")?;
    let ymd = rest.get(..10)?;
    date_shape(ymd)?;
    if rest[10..]
        .chars()
        .next()
        .is_some_and(|c| !c.is_whitespace())
    {
        return None;
    }
    Some(Dateline {
        end: start + "date ".len() + 10,
        text: ymd.to_owned(),
        date: civil(ymd),
    })
}

/// A corpus or front matter date: `YYYY-MM-DD`, possibly followed by a time
/// (`2019-01-04T10:00:00Z`, `2019-01-04 10:00`), which is ignored.
pub(crate) fn lenient_date(text: &str) -> Result<Date, String> {
    let text = text.trim();
    let ymd = text
        .get(..10)
        .filter(|ymd| date_shape(ymd).is_some())
        .filter(|_| matches!(text[10..].chars().next(), None | Some('T' | 't' | ' ')))
        .ok_or_else(|| "expected YYYY-MM-DD".to_owned())?;
    civil(ymd)
}

/// `Some` when `ymd` is four digits, `-`, two digits, `-`, two digits.
fn date_shape(ymd: &str) -> Option<()> {
    let b = ymd.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (b.len() == 10 && b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10))
        .then_some(())
}

fn civil(ymd: &str) -> Result<Date, String> {
    // The shape is checked, so the numbers parse; only the calendar can object.
    let number = |r: std::ops::Range<usize>| ymd[r].parse::<i16>().unwrap_or(0);
    Date::new(number(0..4), number(5..7) as i8, number(8..10) as i8).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(source: &str) -> (Result<Header, Problem>, Vec<Problem>) {
        let mut warnings = Vec::new();
        let header = read("story.txt", source, &mut warnings);
        (header, warnings)
    }

    #[test]
    fn dateline_after_leading_space_is_read_and_skipped() {
        let (header, warnings) = header(" date 2024-03-07 The council met.");
        let header = header.unwrap();
        assert_eq!(header.date, Some(jiff::civil::date(2024, 3, 7)));
        assert_eq!(header.body, " date 2024-03-07".len());
        assert!(warnings.is_empty());
    }

    #[test]
    fn not_a_dateline_unless_the_shape_is_exact() {
        for text in [
            "date 2024-3-07 The council met.",
            "date 2024-03-07x",
            "dated 2024-03-07 The council met.",
            "The date 2024-03-07 was set.",
            "date  2024-03-07 Two spaces.",
        ] {
            assert!(find_dateline(text).is_none(), "{text}");
        }
        assert!(find_dateline("date 2024-03-07").is_some());
    }

    #[test]
    fn impossible_dateline_is_masked_with_a_warning() {
        let (header, warnings) = header("date 2025-02-30 Text.");
        let header = header.unwrap();
        assert_eq!(header.date, None);
        assert_eq!(header.body, "date 2025-02-30".len());
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].kind, ProblemKind::InvalidDate);
        assert!(warnings[0].message.contains("2025-02-30"));
    }

    #[test]
    fn front_matter_gives_date_title_and_url() {
        let source = "---\ntitle: Flood levels\ndate: 2023-11-02\nsource: https://example.org/a\nauthor: me\n---\nBody.";
        let (header, warnings) = header(source);
        let header = header.unwrap();
        assert_eq!(header.date, Some(jiff::civil::date(2023, 11, 2)));
        assert_eq!(header.title.as_deref(), Some("Flood levels"));
        assert_eq!(header.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(&source[header.body..], "Body.");
        assert!(warnings.is_empty());
    }

    #[test]
    fn front_matter_with_crlf_line_ends() {
        let source = "\u{feff}---\r\ndate: 2023-11-02\r\n---\r\nBody.";
        let (header, _) = header(source);
        let header = header.unwrap();
        assert_eq!(header.date, Some(jiff::civil::date(2023, 11, 2)));
        assert_eq!(&source[header.body..], "Body.");
    }

    #[test]
    fn malformed_front_matter_names_the_file_line() {
        let (header, _) = header("---\ndate: 2023-11-02\ntitle: a: b\n---\nBody.");
        let problem = header.unwrap_err();
        assert_eq!(problem.kind, ProblemKind::Malformed);
        assert!(
            problem.message.contains("line 3, column"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn unclosed_front_matter_is_malformed() {
        let (header, _) = header("---\ntitle: x\nBody goes on.");
        assert_eq!(header.unwrap_err().kind, ProblemKind::Malformed);
    }

    #[test]
    fn lenient_dates_allow_a_time_but_not_other_tails() {
        assert_eq!(
            lenient_date("2019-01-04T10:00:00Z"),
            Ok(jiff::civil::date(2019, 1, 4))
        );
        assert_eq!(
            lenient_date(" 2019-01-04 10:00 "),
            Ok(jiff::civil::date(2019, 1, 4))
        );
        assert!(lenient_date("2019-01-045").is_err());
        assert!(lenient_date("January 4, 2019").is_err());
        assert!(lenient_date("2019-13-01").is_err());
    }
}
