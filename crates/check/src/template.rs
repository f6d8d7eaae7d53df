//! `message` and `help` templates: `{name}` is a figure as written,
//! `{expression}` a computed value; `{{` and `}}` are literal braces.

use crate::expr::{self, Expr, ExprError, Type};
use crate::rule::bare_name;

#[derive(Clone, Debug)]
pub(crate) enum Piece {
    Text(String),
    /// A figure as the story writes it.
    Written(usize),
    Value(Expr),
}

#[derive(Clone, Debug)]
pub(crate) struct Template {
    pub pieces: Vec<Piece>,
}

impl Template {
    /// Every figure name the template shows or computes with.
    pub fn names_in(&self, out: &mut Vec<usize>) {
        for piece in &self.pieces {
            match piece {
                Piece::Text(_) => {}
                Piece::Written(name) => out.push(*name),
                Piece::Value(expr) => expr::names_in(expr, out),
            }
        }
    }

    pub fn parse(text: &str, names: &[String], types: &[Type]) -> Result<Template, ExprError> {
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut chars = text.char_indices().peekable();
        while let Some((at, ch)) = chars.next() {
            match ch {
                '{' if chars.peek().is_some_and(|(_, next)| *next == '{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek().is_some_and(|(_, next)| *next == '}') => {
                    chars.next();
                    literal.push('}');
                }
                '}' => {
                    return Err(ExprError {
                        message: "a `}` closes nothing".into(),
                        span: at..at + 1,
                        help: Some("write `}}` for a literal brace".into()),
                        also: None,
                    });
                }
                '{' => {
                    let Some(close) = text[at..].find('}').map(|close| at + close) else {
                        return Err(ExprError {
                            message: "a `{` is never closed".into(),
                            span: at..at + 1,
                            help: Some("write `{{` for a literal brace".into()),
                            also: None,
                        });
                    };
                    let inner = &text[at + 1..close];
                    let shift = |error: ExprError| ExprError {
                        span: error.span.start + at + 1..error.span.end + at + 1,
                        also: error
                            .also
                            .map(|(span, text)| (span.start + at + 1..span.end + at + 1, text)),
                        ..error
                    };
                    let parsed = expr::parse(inner, names).map_err(shift)?;
                    expr::type_of(&parsed, types).map_err(shift)?;
                    if !literal.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut literal)));
                    }
                    pieces.push(match bare_name(&parsed) {
                        Some(index) => Piece::Written(index),
                        None => Piece::Value(parsed),
                    });
                    while chars.peek().is_some_and(|(next, _)| *next <= close) {
                        chars.next();
                    }
                }
                _ => literal.push(ch),
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        Ok(Template { pieces })
    }
}
