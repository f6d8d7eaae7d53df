//! The `check` expression language: lexer, Pratt parser and type check.
//!
//! Every node keeps the byte range it came from in the expression string, so
//! that a parse or type error is labelled at the offending token.

use std::ops::Range;

/// A parse or type error inside an expression string.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ExprError {
    pub message: String,
    pub span: Range<usize>,
    pub help: Option<String>,
    /// Another place worth showing, such as the `(` left open.
    pub also: Option<(Range<usize>, String)>,
}

fn error(message: impl Into<String>, span: Range<usize>) -> ExprError {
    ExprError {
        message: message.into(),
        span,
        help: None,
        also: None,
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Number(f64),
    Ident(String),
    Op(&'static str),
    End,
}

const OPERATORS: [&str; 13] = [
    "<=", ">=", "==", "!=", "<", ">", "+", "-", "*", "/", "(", ")", ",",
];

fn lex(text: &str) -> Result<Vec<(Token, Range<usize>)>, ExprError> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte.is_ascii_whitespace() {
            at += 1;
            continue;
        }
        let start = at;
        if byte.is_ascii_digit()
            || (byte == b'.' && bytes.get(at + 1).is_some_and(u8::is_ascii_digit))
        {
            while at < bytes.len()
                && (bytes[at].is_ascii_digit() || bytes[at] == b'_' || bytes[at] == b'.')
            {
                at += 1;
            }
            let written = &text[start..at];
            let number = written
                .replace('_', "")
                .parse::<f64>()
                .map_err(|_| error(format!("`{written}` is not a number"), start..at))?;
            // "1,000": exactly three digits after a comma. Checked on bytes,
            // so that a multi-byte character after them cannot split a slice.
            let group = bytes.get(at + 1..at + 4);
            if bytes.get(at) == Some(&b',')
                && group.is_some_and(|group| group.iter().all(u8::is_ascii_digit))
                && bytes.get(at + 4).is_none_or(|b| !b.is_ascii_digit())
            {
                let group = &text[at + 1..at + 4];
                return Err(ExprError {
                    message: "thousands separators are not commas in a check".into(),
                    span: start..at + 4,
                    help: Some(format!("write `{written}_{group}` (or `{written}{group}`)")),
                    also: None,
                });
            }
            tokens.push((Token::Number(number), start..at));
            continue;
        }
        if byte.is_ascii_alphabetic() || byte == b'_' {
            while at < bytes.len() && (bytes[at].is_ascii_alphanumeric() || bytes[at] == b'_') {
                at += 1;
            }
            tokens.push((Token::Ident(text[start..at].to_string()), start..at));
            continue;
        }
        let Some(op) = OPERATORS.iter().find(|op| text[at..].starts_with(**op)) else {
            let ch = text[at..].chars().next().unwrap_or(' ');
            let help = match ch {
                '=' => Some("compare with `==`".to_string()),
                '&' => Some("write `and`".to_string()),
                '|' => Some("write `or`".to_string()),
                '!' => Some("write `not`".to_string()),
                '%' => Some("percentages are plain numbers: write `100`, not `100%`".to_string()),
                _ => None,
            };
            return Err(ExprError {
                message: format!("`{ch}` is not part of the check language"),
                span: at..at + ch.len_utf8(),
                help,
                also: None,
            });
        };
        at += op.len();
        tokens.push((Token::Op(op), start..at));
    }
    tokens.push((Token::End, text.len()..text.len()));
    Ok(tokens)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    And,
    Or,
}

/// Functions of the check language, with their names as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Func {
    Abs,
    Min,
    Max,
    Sum,
    Count,
    Ratio,
    Percent,
    Weekday,
    YearsBetween,
    Year,
    Per(Period),
    Transposed,
    DaysFromDateline,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Period {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Period {
    pub fn parse(word: &str) -> Option<Period> {
        let word = word.trim().to_ascii_lowercase();
        let word = word.strip_suffix('s').unwrap_or(&word);
        Some(match word {
            "minute" | "min" => Period::Minute,
            "hour" | "hr" | "h" => Period::Hour,
            "day" | "daily" => Period::Day,
            "week" | "weekly" => Period::Week,
            "month" | "monthly" => Period::Month,
            "quarter" | "quarterly" => Period::Quarter,
            "year" | "yearly" | "annual" | "annually" | "annum" => Period::Year,
            _ => return None,
        })
    }
}

pub(crate) const FUNCTIONS: [&str; 18] = [
    "abs",
    "min",
    "max",
    "sum",
    "count",
    "ratio",
    "percent",
    "weekday",
    "years_between",
    "year",
    "per_minute",
    "per_hour",
    "per_day",
    "per_week",
    "per_month",
    "per_year",
    "transposed",
    "days_from_dateline",
];

fn function(name: &str) -> Option<Func> {
    Some(match name {
        "abs" => Func::Abs,
        "min" => Func::Min,
        "max" => Func::Max,
        "sum" => Func::Sum,
        "count" => Func::Count,
        "ratio" => Func::Ratio,
        "percent" => Func::Percent,
        "weekday" => Func::Weekday,
        "years_between" => Func::YearsBetween,
        "year" => Func::Year,
        "per_minute" => Func::Per(Period::Minute),
        "per_hour" => Func::Per(Period::Hour),
        "per_day" => Func::Per(Period::Day),
        "per_week" => Func::Per(Period::Week),
        "per_month" => Func::Per(Period::Month),
        "per_year" => Func::Per(Period::Year),
        "transposed" => Func::Transposed,
        "days_from_dateline" => Func::DaysFromDateline,
        _ => return None,
    })
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Expr {
    pub kind: ExprKind,
    pub span: Range<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum ExprKind {
    Number(f64),
    /// Index into the rule's figure names.
    Name(usize),
    Dateline,
    Neg(Box<Expr>),
    Not(Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Call(Func, Vec<Expr>),
}

struct Parser<'a> {
    tokens: Vec<(Token, Range<usize>)>,
    at: usize,
    names: &'a [String],
}

/// Parses `text` against the rule's figure names.
pub(crate) fn parse(text: &str, names: &[String]) -> Result<Expr, ExprError> {
    let mut parser = Parser {
        tokens: lex(text)?,
        at: 0,
        names,
    };
    if parser.peek() == &Token::End {
        return Err(error("the expression is empty", 0..text.len()));
    }
    let expr = parser.expr(0)?;
    match parser.peek() {
        Token::End => Ok(expr),
        _ => Err(error(
            "expected an operator or the end of the expression",
            parser.span(),
        )),
    }
}

// Binding powers: or < and < not < comparison < + - < * / < unary minus.
fn infix(token: &Token) -> Option<(BinOp, u8)> {
    Some(match token {
        Token::Ident(word) if word == "or" => (BinOp::Or, 1),
        Token::Ident(word) if word == "and" => (BinOp::And, 2),
        Token::Op("<") => (BinOp::Lt, 4),
        Token::Op("<=") => (BinOp::Le, 4),
        Token::Op(">") => (BinOp::Gt, 4),
        Token::Op(">=") => (BinOp::Ge, 4),
        Token::Op("==") => (BinOp::Eq, 4),
        Token::Op("!=") => (BinOp::Ne, 4),
        Token::Op("+") => (BinOp::Add, 5),
        Token::Op("-") => (BinOp::Sub, 5),
        Token::Op("*") => (BinOp::Mul, 6),
        Token::Op("/") => (BinOp::Div, 6),
        _ => return None,
    })
}

impl Parser<'_> {
    fn peek(&self) -> &Token {
        &self.tokens[self.at].0
    }

    fn span(&self) -> Range<usize> {
        self.tokens[self.at].1.clone()
    }

    fn next(&mut self) -> (Token, Range<usize>) {
        let token = self.tokens[self.at].clone();
        if self.at + 1 < self.tokens.len() {
            self.at += 1;
        }
        token
    }

    fn expr(&mut self, min_power: u8) -> Result<Expr, ExprError> {
        let mut left = self.prefix()?;
        while let Some((op, power)) = infix(self.peek()) {
            if power < min_power {
                break;
            }
            self.next();
            // Left-associative: the right side binds strictly tighter.
            let right = self.expr(power + 1)?;
            let span = left.span.start..right.span.end;
            left = Expr {
                kind: ExprKind::Binary(op, Box::new(left), Box::new(right)),
                span,
            };
            if power == 4 && infix(self.peek()).is_some_and(|(_, next)| next == 4) {
                return Err(error(
                    "comparisons do not chain; join them with `and`",
                    self.span(),
                ));
            }
        }
        Ok(left)
    }

    fn prefix(&mut self) -> Result<Expr, ExprError> {
        let (token, span) = self.next();
        match token {
            Token::Number(value) => Ok(Expr {
                kind: ExprKind::Number(value),
                span,
            }),
            Token::Op("-") => {
                let inner = self.expr(7)?;
                Ok(Expr {
                    span: span.start..inner.span.end,
                    kind: ExprKind::Neg(Box::new(inner)),
                })
            }
            Token::Op("(") => {
                let inner = self.expr(0)?;
                let (close, close_span) = self.next();
                if close != Token::Op(")") {
                    return Err(ExprError {
                        message: "expected `)`".into(),
                        span: close_span,
                        help: None,
                        also: Some((span, "this `(` is not closed".into())),
                    });
                }
                Ok(Expr {
                    kind: inner.kind,
                    span: span.start..close_span.end,
                })
            }
            Token::Ident(word) if word == "not" => {
                let inner = self.expr(3)?;
                Ok(Expr {
                    span: span.start..inner.span.end,
                    kind: ExprKind::Not(Box::new(inner)),
                })
            }
            Token::Ident(word) if word == "dateline" => Ok(Expr {
                kind: ExprKind::Dateline,
                span,
            }),
            Token::Ident(word) if self.peek() == &Token::Op("(") => self.call(&word, span),
            Token::Ident(word) => {
                if let Some(index) = self.names.iter().position(|name| *name == word) {
                    return Ok(Expr {
                        kind: ExprKind::Name(index),
                        span,
                    });
                }
                let known = self.names.iter().map(String::as_str);
                let help = match crate::error::did_you_mean(&word, known) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None if self.names.is_empty() => "this rule names no figures".to_string(),
                    None => format!("the figures of this rule are: {}", self.names.join(", ")),
                };
                Err(ExprError {
                    message: format!("`{word}` is not a figure of this rule"),
                    span,
                    help: Some(help),
                    also: None,
                })
            }
            Token::End => Err(error("the expression ends too early", span)),
            Token::Op(op) => Err(error(format!("expected a value, found `{op}`"), span)),
        }
    }

    fn call(&mut self, name: &str, name_span: Range<usize>) -> Result<Expr, ExprError> {
        let Some(func) = function(name) else {
            let help = crate::error::did_you_mean(name, FUNCTIONS)
                .map(|near| format!("did you mean `{near}`?"))
                .unwrap_or_else(|| format!("the functions are: {}", FUNCTIONS.join(", ")));
            return Err(ExprError {
                message: format!("`{name}` is not a function"),
                span: name_span,
                help: Some(help),
                also: None,
            });
        };
        self.next();
        let mut args = Vec::new();
        if self.peek() != &Token::Op(")") {
            loop {
                args.push(self.expr(0)?);
                match self.next() {
                    (Token::Op(","), _) => continue,
                    (Token::Op(")"), close) => {
                        return Ok(Expr {
                            kind: ExprKind::Call(func, args),
                            span: name_span.start..close.end,
                        });
                    }
                    (_, span) => return Err(error("expected `,` or `)`", span)),
                }
            }
        }
        let (_, close) = self.next();
        Ok(Expr {
            kind: ExprKind::Call(func, args),
            span: name_span.start..close.end,
        })
    }
}

/// Every figure name an expression uses, as indices into the rule's names.
pub(crate) fn names_in(expr: &Expr, out: &mut Vec<usize>) {
    match &expr.kind {
        ExprKind::Name(index) => out.push(*index),
        ExprKind::Number(_) | ExprKind::Dateline => {}
        ExprKind::Neg(inner) | ExprKind::Not(inner) => names_in(inner, out),
        ExprKind::Binary(_, left, right) => {
            names_in(left, out);
            names_in(right, out);
        }
        ExprKind::Call(_, args) => args.iter().for_each(|arg| names_in(arg, out)),
    }
}

/// What an expression yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Type {
    Number,
    Truth,
    /// The figures of a `many` name.
    List,
    Date,
    /// A weekday figure: a number (Monday = 1) in arithmetic.
    Weekday,
    /// A figure whose kind the selector leaves open: a number, or a date.
    Any,
}

impl Type {
    fn describe(self) -> &'static str {
        match self {
            Type::Number => "a number",
            Type::Truth => "a yes/no condition",
            Type::List => "a list of figures",
            Type::Date => "a date",
            Type::Weekday => "a weekday",
            Type::Any => "a figure",
        }
    }

    fn fits(self, wanted: Type) -> bool {
        self == wanted
            || (self == Type::Any && matches!(wanted, Type::Number | Type::Date | Type::Weekday))
            || (self == Type::Weekday && wanted == Type::Number)
    }
}

/// Checks the types of an expression; `names` gives each figure name's type.
pub(crate) fn type_of(expr: &Expr, names: &[Type]) -> Result<Type, ExprError> {
    let want = |expr: &Expr, wanted: Type| -> Result<(), ExprError> {
        let found = type_of(expr, names)?;
        if found.fits(wanted) {
            Ok(())
        } else {
            Err(error(
                format!("expected {}, found {}", wanted.describe(), found.describe()),
                expr.span.clone(),
            ))
        }
    };
    let arity = |args: &[Expr], count: usize, name: &str| -> Result<(), ExprError> {
        if args.len() == count {
            Ok(())
        } else {
            Err(error(
                format!(
                    "`{name}` takes {count} argument{}, found {}",
                    if count == 1 { "" } else { "s" },
                    args.len()
                ),
                expr.span.clone(),
            ))
        }
    };
    match &expr.kind {
        ExprKind::Number(_) => Ok(Type::Number),
        ExprKind::Name(index) => Ok(names[*index]),
        ExprKind::Dateline => Ok(Type::Date),
        ExprKind::Neg(inner) => want(inner, Type::Number).map(|()| Type::Number),
        ExprKind::Not(inner) => want(inner, Type::Truth).map(|()| Type::Truth),
        ExprKind::Binary(op, left, right) => match op {
            BinOp::And | BinOp::Or => {
                want(left, Type::Truth)?;
                want(right, Type::Truth)?;
                Ok(Type::Truth)
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div => {
                want(left, Type::Number)?;
                want(right, Type::Number)?;
                Ok(Type::Number)
            }
            _ => {
                want(left, Type::Number)?;
                want(right, Type::Number)?;
                Ok(Type::Truth)
            }
        },
        ExprKind::Call(func, args) => match func {
            Func::Abs => {
                arity(args, 1, "abs")?;
                want(&args[0], Type::Number)?;
                Ok(Type::Number)
            }
            Func::Transposed => {
                arity(args, 2, "transposed")?;
                want(&args[0], Type::Number)?;
                want(&args[1], Type::Number)?;
                Ok(Type::Truth)
            }
            Func::Min | Func::Max => {
                if args.is_empty() {
                    return Err(error(
                        "`min` and `max` need at least one value",
                        expr.span.clone(),
                    ));
                }
                for arg in args {
                    let found = type_of(arg, names)?;
                    if !(found.fits(Type::Number) || found == Type::List) {
                        want(arg, Type::Number)?;
                    }
                }
                Ok(Type::Number)
            }
            Func::Sum | Func::Count => {
                arity(args, 1, if *func == Func::Sum { "sum" } else { "count" })?;
                want(&args[0], Type::List).map_err(|mut error| {
                    error.help = Some(
                        "declare the figure with `many: true` (or `many: list`) to make it a list"
                            .into(),
                    );
                    error
                })?;
                Ok(Type::Number)
            }
            Func::Ratio | Func::Percent => {
                arity(
                    args,
                    2,
                    if *func == Func::Ratio {
                        "ratio"
                    } else {
                        "percent"
                    },
                )?;
                want(&args[0], Type::Number)?;
                want(&args[1], Type::Number)?;
                Ok(Type::Number)
            }
            Func::Weekday => {
                if !(1..=2).contains(&args.len()) {
                    return Err(error(
                        format!(
                            "`weekday` takes a date and, optionally, days after it; found {} arguments",
                            args.len()
                        ),
                        expr.span.clone(),
                    ));
                }
                want(&args[0], Type::Date)?;
                if let Some(days) = args.get(1) {
                    want(days, Type::Number)?;
                }
                Ok(Type::Number)
            }
            Func::DaysFromDateline => {
                arity(args, 1, "days_from_dateline")?;
                if !matches!(args[0].kind, ExprKind::Name(_))
                    || !type_of(&args[0], names)?.fits(Type::Weekday)
                {
                    return Err(ExprError {
                        message: "`days_from_dateline` takes one weekday figure by name".into(),
                        span: args[0].span.clone(),
                        help: Some(
                            "the words beside that figure (today, yesterday, tomorrow) give the days"
                                .into(),
                        ),
                        also: None,
                    });
                }
                Ok(Type::Number)
            }
            Func::Year => {
                arity(args, 1, "year")?;
                if !matches!(
                    type_of(&args[0], names)?,
                    Type::Date | Type::Number | Type::Any
                ) {
                    want(&args[0], Type::Date)?;
                }
                Ok(Type::Number)
            }
            Func::YearsBetween => {
                arity(args, 2, "years_between")?;
                for arg in args {
                    if !matches!(type_of(arg, names)?, Type::Date | Type::Number | Type::Any) {
                        want(arg, Type::Date)?;
                    }
                }
                Ok(Type::Number)
            }
            Func::Per(_) => {
                arity(args, 1, "per_...")?;
                if !matches!(args[0].kind, ExprKind::Name(_))
                    || type_of(&args[0], names)? == Type::List
                {
                    return Err(ExprError {
                        message: "a per-period conversion takes one rate figure by name".into(),
                        span: args[0].span.clone(),
                        help: Some("the figure's own period (`per`) is what gets converted".into()),
                        also: None,
                    });
                }
                Ok(Type::Number)
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Whatever the author writes, parsing ends in an expression or an
        /// error whose span lies inside the text: never a panic.
        #[test]
        fn any_text_parses_or_fails_inside_its_bounds(text in "\\PC{0,40}") {
            let names = ["a".to_string(), "b".to_string()];
            if let Err(error) = parse(&text, &names) {
                prop_assert!(error.span.start <= error.span.end && error.span.end <= text.len());
            }
        }

        #[test]
        fn expression_like_text_never_panics(text in "[ab0-9(),.<=>!+*/_ -]{0,30}|(and|or|not|sum|min|1,000|é)+") {
            let names = ["a".to_string(), "b".to_string()];
            if let Ok(expr) = parse(&text, &names) {
                let _ = type_of(&expr, &[Type::Number, Type::List]);
            }
        }
    }

    #[test]
    fn precedence_and_chaining() {
        let names = ["a".to_string(), "b".to_string()];
        let expr = parse("a + b * 2 <= 10 and not a < 1 or b == 0", &names).expect("parses");
        let ExprKind::Binary(BinOp::Or, left, _) = expr.kind else {
            panic!("`or` binds loosest: {expr:?}")
        };
        let ExprKind::Binary(BinOp::And, comparison, negation) = left.kind else {
            panic!("then `and`")
        };
        assert!(matches!(negation.kind, ExprKind::Not(_)));
        let ExprKind::Binary(BinOp::Le, sum, _) = comparison.kind else {
            panic!("then comparison")
        };
        let ExprKind::Binary(BinOp::Add, _, product) = sum.kind else {
            panic!("then +")
        };
        assert!(matches!(product.kind, ExprKind::Binary(BinOp::Mul, _, _)));
        assert!(parse("1,00é", &names).is_err());
        assert_eq!(
            parse("a < b < 3", &names).map_err(|error| error.span),
            Err(6..7)
        );
    }
}
