use std::fmt;

/// Something wrong with an input: a file that can't be read, a corpus
/// record that doesn't parse, a dateline with an impossible date.
///
/// Problems are values, not panics or early returns: one bad record in a
/// corpus doesn't stop the others, and the CLI reports them all together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: a path as the user named it, `<stdin>`, `FILE:LINE` for a
    /// corpus line that didn't parse, or `FILE#ID` for a parsed record.
    pub input: String,
    pub kind: ProblemKind,
    /// What went wrong, with a location inside the input when there is one.
    pub message: String,
    /// What the user can do about it.
    pub help: Option<String>,
}

/// The kind of a [`Problem`]; each has a stable diagnostic code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemKind {
    /// A named path doesn't exist.
    NotFound,
    /// The operating system refused or failed to read it.
    Unreadable,
    /// The bytes are not UTF-8.
    InvalidUtf8,
    /// A NUL byte near the start: not a text file.
    Binary,
    /// No article text: zero bytes, only whitespace, only metadata.
    Empty,
    /// Bigger than [`crate::Options::max_bytes`]; not read.
    TooLarge,
    /// A JSON line, CSV record or front matter block that doesn't parse.
    Malformed,
    /// A dateline or date field that names no real day (`2025-02-30`).
    /// Only a warning: the article is still checked, without a date.
    InvalidDate,
}

impl ProblemKind {
    /// The stable code reports and suppressions refer to.
    pub fn code(self) -> &'static str {
        match self {
            ProblemKind::NotFound => "input::not-found",
            ProblemKind::Unreadable => "input::unreadable",
            ProblemKind::InvalidUtf8 => "input::invalid-utf8",
            ProblemKind::Binary => "input::binary",
            ProblemKind::Empty => "input::empty",
            ProblemKind::TooLarge => "input::too-large",
            ProblemKind::Malformed => "input::malformed",
            ProblemKind::InvalidDate => "input::invalid-date",
        }
    }

    /// Whether the input or record this problem names yielded no document.
    /// A summary counts these as "unreadable", except [`ProblemKind::Empty`],
    /// which it counts on its own.
    pub fn stops_input(self) -> bool {
        self != ProblemKind::InvalidDate
    }
}

impl Problem {
    pub(crate) fn new(
        input: impl Into<String>,
        kind: ProblemKind,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            input: input.into(),
            kind,
            message: message.into(),
            help: None,
        }
    }

    pub(crate) fn not_found(input: String) -> Problem {
        Problem::new(input, ProblemKind::NotFound, "no such file or directory")
            .help("check the spelling of the path, or use `-` to read standard input")
    }

    pub(crate) fn help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.input, self.message)
    }
}

impl std::error::Error for Problem {}

impl miette::Diagnostic for Problem {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.kind.code()))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(if self.kind.stops_input() {
            miette::Severity::Error
        } else {
            miette::Severity::Warning
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display + 'a>)
    }
}
