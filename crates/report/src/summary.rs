use std::fmt;
use std::time::Duration;

/// The one line every run ends with. It accounts for every input: a
/// document that was not checked is counted as unreadable or empty, never
/// dropped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// Documents read and checked (a corpus contributes one per record).
    pub documents: usize,
    /// Inputs or records that could not be read (missing, not UTF-8,
    /// binary, too large, malformed).
    pub unreadable: usize,
    /// Inputs with no article text.
    pub empty: usize,
    pub figures: usize,
    pub rules: usize,
    pub errors: usize,
    pub warnings: usize,
    pub advice: usize,
    /// Findings an inline suppression accepted (not counted above).
    pub suppressed: usize,
    /// Findings below `--min-severity`: counted above, not shown.
    pub hidden: usize,
    pub elapsed: Option<Duration>,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} checked",
            plural(self.documents, "document", "documents")
        )?;
        if self.unreadable > 0 || self.empty > 0 {
            write!(f, " ({} unreadable, {} empty)", self.unreadable, self.empty)?;
        }
        write!(
            f,
            ", {}, {}: {}, {}, {}",
            plural(self.figures, "figure", "figures"),
            plural(self.rules, "rule", "rules"),
            plural(self.errors, "error", "errors"),
            plural(self.warnings, "warning", "warnings"),
            plural(self.advice, "advice", "advice"),
        )?;
        if self.suppressed > 0 {
            write!(f, ", {} suppressed", self.suppressed)?;
        }
        if self.hidden > 0 {
            write!(f, " ({} not shown)", self.hidden)?;
        }
        if let Some(elapsed) = self.elapsed {
            write!(f, " in {:.2}s", elapsed.as_secs_f64())?;
        }
        Ok(())
    }
}

pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_every_input_and_pluralises() {
        let summary = Summary {
            documents: 1,
            unreadable: 2,
            empty: 1,
            figures: 12,
            rules: 1,
            errors: 0,
            warnings: 1,
            advice: 3,
            suppressed: 2,
            hidden: 3,
            elapsed: None,
        };
        assert_eq!(
            summary.to_string(),
            "1 document checked (2 unreadable, 1 empty), 12 figures, 1 rule: 0 errors, 1 warning, 3 advice, 2 suppressed (3 not shown)"
        );
    }

    #[test]
    fn leaves_out_the_problem_counts_when_there_are_none() {
        let summary = Summary {
            documents: 3,
            elapsed: Some(Duration::from_millis(1250)),
            ..Summary::default()
        };
        assert_eq!(
            summary.to_string(),
            "3 documents checked, 0 figures, 0 rules: 0 errors, 0 warnings, 0 advice in 1.25s"
        );
    }
}
