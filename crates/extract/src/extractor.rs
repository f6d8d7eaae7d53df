use tally_ingest::Document;

use crate::scan::{Found, Sentence};
use crate::token::{Token, tokenize};
use crate::{
    Extraction, Figure, HedgeTable, Interval, Kind, Link, LinkKind, Qualifier, Span, Value,
    context, segment,
};

/// Compiled lexicons and patterns. Build once, share across threads.
///
/// The lexicons are `match` tables compiled into the binary (see
/// `lexicon`), so there is nothing to build at run time but the hedge
/// table.
#[derive(Debug, Default)]
pub struct Extractor {
    hedges: HedgeTable,
}

/// A figure with the tokens it came from, while links are worked out.
struct Placed {
    found: Found,
    figure: Figure,
}

impl Extractor {
    pub fn new() -> Extractor {
        Extractor::default()
    }

    pub fn with_hedges(hedges: HedgeTable) -> Extractor {
        Extractor { hedges }
    }

    /// Every figure in the document's prose, with its sentences and
    /// paragraphs.
    pub fn extract(&self, document: &Document) -> Extraction {
        let prose = document.prose.as_str();
        let (sentences, paragraphs) = segment::segment(prose, &document.blocks);
        let lower = prose.to_ascii_lowercase();
        let mut tokens: Vec<Token> = Vec::new();
        let mut figures: Vec<Figure> = Vec::new();
        let mut paragraph = 0;
        let mut last_person: Option<(usize, usize, usize)> = None;
        for (index, span) in sentences.iter().enumerate() {
            while paragraph + 1 < paragraphs.len() && paragraphs[paragraph].end() <= span.offset {
                paragraph += 1;
            }
            tokens.clear();
            tokenize(prose, span.range(), &mut tokens);
            let sentence = Sentence {
                prose,
                lower: &lower,
                tokens: &tokens,
            };
            let found = sentence.figures();
            if found.is_empty() {
                continue;
            }
            let said = std::cell::OnceCell::new();
            let mut placed: Vec<Placed> = found
                .into_iter()
                .map(|found| {
                    let figure = self.figure(&sentence, &found, index, paragraph, &said);
                    Placed { found, figure }
                })
                .collect();
            link_sentence(&sentence, &mut placed, figures.len());
            self.align_whole_precision(&mut placed, figures.len());
            link_totals(&sentence, &mut placed, figures.len());
            link_same_person(&sentence, &mut placed, figures.len());
            for (offset, p) in placed.iter_mut().enumerate() {
                if !(p.found.birth || p.figure.kind == Kind::Age) {
                    continue;
                }
                let refers_back = p.found.anaphoric;
                // "born in 1949 ... the 76-year-old": one person, as long
                // as the two are no more than a paragraph apart. Within a
                // sentence, `link_same_person` has decided.
                if let Some(&(to, at, said_in)) = last_person.as_ref()
                    && refers_back
                    && paragraph <= at + 1
                    && said_in != index
                {
                    p.figure.links.push(Link {
                        kind: LinkKind::SamePerson,
                        to,
                    });
                }
                last_person = Some((figures.len() + offset, paragraph, index));
            }
            let start = figures.len();
            let opens_on_whole = opens_with_of_the_figure(&sentence, &placed);
            let of_them = first_part_of_them(&sentence, &placed);
            let of_the_noun = first_part_of_the_noun(&sentence, &placed);
            figures.extend(placed.into_iter().map(|p| p.figure));
            // News often breaks the paragraph before "Of those, ...".
            let opens_paragraph =
                index == 0 || sentences[index - 1].offset < paragraphs[paragraph].offset;
            if let Some((whole, inside)) = opens_on_whole {
                link_part_of_first(&mut figures, start + whole, inside);
            } else if opens_with_of_those(&sentence) {
                link_part_of_previous(&mut figures, start, opens_paragraph);
            } else if let Some(first) = of_them {
                link_part_of_previous(&mut figures, start + first, opens_paragraph);
            } else if let Some(lemma) = of_the_noun_opener(&sentence, &figures[start..]) {
                // "Of the drones, 585 were shot down and 74 ...".
                if let Some(to) = named_antecedent(&figures, start, &lemma, prose) {
                    link_parts(&mut figures, start, to);
                }
            } else if let Some((first, lemma)) = of_the_noun {
                // "shot down 356 of the drones": the nearest earlier count
                // of drones, and nothing else.
                if let Some(to) = named_antecedent(&figures, start + first, &lemma, prose) {
                    // A part is not listed beside its whole ("fired 50
                    // drones, and defences shot down 41 of the drones").
                    for figure in &mut figures[start + first..] {
                        figure
                            .links
                            .retain(|l| !(l.kind == LinkKind::SameList && l.to == to));
                    }
                    link_parts(&mut figures, start + first, to);
                }
            }
        }
        Extraction {
            sentences,
            paragraphs,
            figures,
        }
    }

    fn figure(
        &self,
        s: &Sentence,
        f: &Found,
        sentence: usize,
        paragraph: usize,
        said: &std::cell::OnceCell<Option<String>>,
    ) -> Figure {
        let verb = context::verb(s, f);
        let actor = context::actor(s, f, verb.as_ref().map(|v| v.1), said);
        let start = s.tokens[f.first].start;
        let end = s.tokens[f.last].end;
        Figure {
            span: Span::from_range(start..end),
            kind: f.kind,
            value: f.value,
            interval: self.interval(f.value, f.precision, f.qualifier),
            precision: f.precision,
            unit: f.unit.clone(),
            per: f.per.clone(),
            noun: f.noun.clone(),
            qualifier: f.qualifier,
            change: f.change,
            verb: verb.map(|v| v.0),
            actor,
            sentence,
            paragraph,
            links: Vec::new(),
        }
    }

    /// "The $2 billion package includes $1.2 billion for roads": a whole
    /// and the parts listed with it in one sentence are written to the
    /// same place, so the whole is as precise as its finest part ($2.0
    /// billion, not anything from 1.5 to 2.5 billion), as the two ends of
    /// a change are.
    fn align_whole_precision(&self, placed: &mut [Placed], base: usize) {
        for w in 0..placed.len() {
            let whole = &placed[w].figure;
            let finest = placed
                .iter()
                .filter(|p| p.figure.kind == whole.kind)
                .filter(|p| {
                    p.figure
                        .links
                        .iter()
                        .any(|l| l.kind == LinkKind::PartOf && l.to == base + w)
                })
                .map(|p| p.figure.precision)
                .fold(f64::INFINITY, f64::min);
            if finest < whole.precision && matches!(whole.value, Value::Number(_)) {
                let whole = &mut placed[w].figure;
                whole.precision = finest;
                whole.interval = self.interval(whole.value, finest, whole.qualifier);
            }
        }
    }

    /// A range is widened at both ends; values that are not quantities
    /// (dates, times, weekdays, scores) get a point on a sortable key so
    /// that the interval is never NaN.
    fn interval(&self, value: Value, precision: f64, qualifier: Qualifier) -> Interval {
        match value {
            Value::Number(v) => self.hedges.interval(v, precision, qualifier),
            Value::Range(a, b) => {
                let low = self.hedges.interval(a.min(b), precision, qualifier).low;
                let high = self.hedges.interval(a.max(b), precision, qualifier).high;
                Interval::new(low, high)
            }
            Value::Date { year, month, day } => Interval::exact(
                f64::from(year.unwrap_or(0)) * 10_000.0 + f64::from(month) * 100.0 + f64::from(day),
            ),
            Value::Weekday(day) => Interval::exact(f64::from(day.to_monday_one_offset())),
            Value::Time { hour, minute } => {
                Interval::exact(f64::from(hour) * 60.0 + f64::from(minute))
            }
            Value::Score(a, b) => Interval::new(f64::from(a.min(b)), f64::from(a.max(b))),
        }
    }
}

/// Kinds that can stand in a list or a part-whole relation.
fn is_amount(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Count
            | Kind::Percent
            | Kind::PercentagePoints
            | Kind::Money
            | Kind::Measure
            | Kind::Rate
            | Kind::Duration
            | Kind::Range
    )
}

/// "88 of the 273", "11 of its last 14", "3 out of the first 10": the
/// words that make the figure before them part of the one after.
fn part_of_words(between: &[&str]) -> bool {
    let rest = match between {
        ["of", rest @ ..] | ["out", "of", rest @ ..] => rest,
        _ => return false,
    };
    let determiner = |w: &&str| matches!(*w, "the" | "its" | "their" | "his" | "her" | "our");
    match rest {
        [] => true,
        [d] => determiner(d),
        // "100 of the village's 2,000": an owner may stand before the whole.
        [d, order] => {
            determiner(d)
                && (matches!(
                    *order,
                    "last" | "first" | "past" | "next" | "remaining" | "original"
                ) || order.ends_with("'s")
                    || order.ends_with("’s"))
        }
        _ => false,
    }
}

/// "a centre built for 400 people, was housing more than 1,900": a verb
/// right after a comma, with no subject of its own, continues the clause
/// of the sentence's subject; the figure after it is not the next item of
/// a list. "killed 23 and injured 91" and "Lopez won 54%, Meyer took 38%"
/// are lists.
fn new_clause(between: &[&str]) -> bool {
    let Some(comma) = between.iter().rposition(|w| *w == ",") else {
        return false;
    };
    between
        .get(comma + 1)
        .is_some_and(|w| crate::lexicon::is_auxiliary(w) || crate::lemma::is_verb_form(w))
}

/// Figures that say when something happened, not how much.
fn says_when(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Date | Kind::Weekday | Kind::Time | Kind::Year | Kind::Ordinal
    )
}

/// "from 11,000 in 2022 to 29,000": the end of the change that starts at
/// `start`, past the dates between them.
fn end_after_when(s: &Sentence, placed: &[Placed], start: usize) -> Option<usize> {
    let next = start + 1;
    if !placed.get(next).is_some_and(|p| says_when(p.found.kind)) {
        return None;
    }
    let end = (next..placed.len()).find(|&i| !says_when(placed[i].found.kind))?;
    let (fa, fc) = (&placed[start].found, &placed[end].found);
    let gap = words_between(s, fa.after, fc.hedge_first);
    (fc.kind == fa.kind && gap.len() <= 8 && gap.contains(&"to")).then_some(end)
}

/// The figure whose start is `start`, a figure right after "from" ("fell
/// to 5.4% in the three months to February from 5.1%", "reached 2,100
/// riders a day, up from 2,400"): the nearest amount before it, across
/// dates and durations, of its kind (a bare count may start a rate), and
/// not a figure in a phrase modifying another ("24,000 runners from 130
/// countries ..., up from 21,000": the 24,000).
fn change_end(s: &Sentence, placed: &[Placed], start: usize, base: usize) -> Option<usize> {
    let fb = &placed[start].found;
    let fits = |fa: &Found| {
        fa.kind == fb.kind || (fa.kind == Kind::Rate && fb.kind == Kind::Count && fb.noun.is_none())
    };
    // Skip what says when: "in the three months to February", "in 2024".
    let when = |kind| says_when(kind) || kind == Kind::Duration;
    let mut a = start.checked_sub(1)?;
    // ... and an amount of change: "8,400 were recorded, up 20 per cent
    // from 7,000".
    // ... and a count of places or times ("visit fan zones in the 8 host
    // cities, up 30% from 2.0 million"): those are rarely what changed.
    let place = |f: &Found| {
        f.noun
            .as_ref()
            .is_some_and(|n| crate::lexicon::is_place_or_time(&n.lemma))
    };
    while (!fits(&placed[a].found) || place(&placed[a].found))
        && (when(placed[a].found.kind)
            || placed[a].found.change.is_some()
            || place(&placed[a].found))
    {
        a = a.checked_sub(1)?;
    }
    // A figure in a phrase modifying the one before it gives way to that
    // one, whatever its kind ("450,000 rides a week across five cities,
    // up from 250,000": the rides).
    if let Some(head) = a.checked_sub(1)
        && modifies(s, &placed[head].found, &placed[a].found)
    {
        a = head;
    }
    // So does a restatement ("44 million passengers this year, or 120,000
    // a day, up from 41.5 million": the 44 million).
    // Only when the restatement is of another kind than the start and
    // what it restates is of the start's kind: "5.2 million, or 61%, up
    // from 58%" ends at the 61%.
    let restates = placed[a]
        .figure
        .links
        .iter()
        .find(|l| l.kind == LinkKind::Restates)
        .and_then(|l| l.to.checked_sub(base))
        .filter(|&said| said < a);
    let apposed = {
        let f = &placed[a].found;
        (f.hedge_first >= 1 && s.word(f.hedge_first - 1) == "or" && a > 0).then(|| a - 1)
    };
    if let Some(said) = restates.or(apposed)
        && placed[a].found.kind != fb.kind
        && placed[said].found.kind == fb.kind
    {
        a = said;
    }
    // "63 of its 71 libraries would remain open, down from 68": the part
    // is what the clause is about, not the whole it is part of.
    if let Some(part) = (0..a).find(|&p| {
        placed[p]
            .figure
            .links
            .iter()
            .any(|l| l.kind == LinkKind::PartOf && l.to == base + a)
    }) {
        a = part;
    }
    let fa = &placed[a].found;
    // "2 hours 15 minutes, down from 3 hours": two units of one kind are
    // not comparable as written.
    let units_differ = matches!(fa.kind, Kind::Duration | Kind::Measure | Kind::Money)
        && fa.unit.is_some()
        && fb.unit.is_some()
        && fa.unit != fb.unit;
    let fits = fits(fa) && is_amount(fa.kind) && !units_differ;
    // Across a clause or two of dates and durations, not across sentences'
    // worth of words.
    if !fits || fb.hedge_first > fa.last + 16 || modifies(s, fa, fb) {
        return None;
    }
    Some(a)
}

/// "intercepted 57 of the 60 drones ..., and a further 6 drones were
/// suppressed", "another 31 were lost": a further count of what an
/// earlier part counted is another part of the same whole.
fn link_further_parts(s: &Sentence, placed: &mut [Placed], base: usize) {
    for p in 1..placed.len() {
        let f = &placed[p].found;
        // "a further 6 drones", "six others were lost", "38 more were".
        let further = f.kind == Kind::Count
            && ((f.hedge_first > 0
                && matches!(
                    s.word(f.hedge_first - 1),
                    "further" | "another" | "additional"
                ))
                || matches!(s.word(f.last + 1), "others" | "more"));
        if !further
            || placed[p]
                .figure
                .links
                .iter()
                .any(|l| l.kind == LinkKind::PartOf)
        {
            continue;
        }
        let lemma = |i: usize| placed[i].figure.noun.as_ref().map(|n| n.lemma.clone());
        let earlier = (0..p).rev().find_map(|i| {
            let whole = placed[i]
                .figure
                .links
                .iter()
                .find(|l| l.kind == LinkKind::PartOf)?
                .to;
            (lemma(p).is_none() || lemma(p) == lemma(i)).then_some(whole)
        });
        if let Some(whole) = earlier {
            let (unit, noun) = placed
                .get(whole.wrapping_sub(base))
                .map(|w| (w.figure.unit.clone(), w.figure.noun.clone()))
                .unwrap_or_default();
            let part = &mut placed[p].figure;
            part.links.push(Link {
                kind: LinkKind::PartOf,
                to: whole,
            });
            if part.noun.is_none() && noun.is_some() {
                part.unit = unit;
                part.noun = noun;
            }
        }
    }
}

/// "In a survey of 3,200 nurses by the college, 1,088, or 43%, said ...":
/// the count surveyed is the whole of the first count after the comma that
/// closes its phrase, when that one counts nothing else.
fn link_surveyed(s: &Sentence, placed: &mut [Placed], base: usize) {
    for w in 0..placed.len() {
        let f = &placed[w].found;
        let surveyed = f.kind == Kind::Count
            && f.hedge_first >= 2
            && s.word(f.hedge_first - 1) == "of"
            && matches!(
                s.word(f.hedge_first - 2),
                "survey" | "poll" | "study" | "sample" | "census" | "questionnaire" | "review"
            );
        if !surveyed {
            continue;
        }
        let Some(comma) = (f.after..s.len().min(f.after + 10)).find(|&k| s.raw(k) == ",") else {
            continue;
        };
        let Some(p) = (w + 1..placed.len()).find(|&i| placed[i].found.hedge_first > comma) else {
            continue;
        };
        let part = &placed[p];
        let same_noun = match (&part.found.noun, &f.noun) {
            (None, _) => true,
            (Some(a), Some(b)) => a.lemma == b.lemma,
            (Some(_), None) => false,
        };
        let free = !part.figure.links.iter().any(|l| l.kind == LinkKind::PartOf);
        if part.found.kind == Kind::Count && same_noun && free {
            let (unit, noun) = (placed[w].figure.unit.clone(), placed[w].figure.noun.clone());
            let part = &mut placed[p].figure;
            part.links.push(Link {
                kind: LinkKind::PartOf,
                to: base + w,
            });
            if part.noun.is_none() {
                part.unit = unit;
                part.noun = noun;
            }
        }
    }
}

/// "rose 25%, from 80 to 100", "fell 18% last year, to 3.1 million from
/// 4.2 million", "rose 12% in the year to July, from 240,000 euros to
/// 252,000 euros": an amount of change followed, in its clause, by the two
/// ends of a change is the amount of that change. Only what says when, and
/// commas, may stand between the amount and the pair.
fn link_change_amounts(s: &Sentence, placed: &mut [Placed], base: usize) {
    for c in 0..placed.len() {
        if !is_amount(placed[c].found.kind) {
            continue;
        }
        if placed[c].figure.change.is_none() {
            // "..., a fall of 38 percent" names its change with a noun.
            change_amount_after(s, placed, base, c);
            continue;
        }
        let Some(next) = (c + 1..placed.len()).find(|&i| is_amount(placed[i].found.kind)) else {
            change_amount_after(s, placed, base, c);
            continue;
        };
        // The pair starts at `next`: either it is the start, or the end
        // whose start follows it ("to 3.1 million from 4.2 million").
        let start = starts_change(placed, next)
            .then_some(next)
            .or_else(|| start_ending_at(placed, next + 1..placed.len(), next, base));
        let Some(start) = start else {
            continue;
        };
        let gap = words_between(s, placed[c].found.after, placed[next].found.hedge_first);
        let clause = gap.len() <= 12
            && !gap
                .iter()
                .any(|w| matches!(*w, ";" | "and" | "but" | "while" | "whereas"))
            && !gap
                .iter()
                .any(|w| crate::lemma::is_verb_form(w) && *w != "to");
        if clause {
            placed[c].figure.links.push(Link {
                kind: LinkKind::ChangeOf,
                to: base + start,
            });
        }
    }
}

/// Whether figure `i` is where a change started.
fn starts_change(placed: &[Placed], i: usize) -> bool {
    placed[i]
        .figure
        .links
        .iter()
        .any(|l| l.kind == LinkKind::From)
}

/// The figure among `among` whose change ended at `end`.
fn start_ending_at(
    placed: &[Placed],
    among: std::ops::Range<usize>,
    end: usize,
    base: usize,
) -> Option<usize> {
    among.into_iter().find(|&i| {
        placed[i]
            .figure
            .links
            .iter()
            .any(|l| l.kind == LinkKind::From && l.to == base + end)
    })
}

/// "141 homicides last year, down from 197 in 2023, a fall of 38
/// percent": an amount of change set right after the pair it measures.
fn change_amount_after(s: &Sentence, placed: &mut [Placed], base: usize, c: usize) {
    let Some(last) = (0..c).rev().find(|&i| !says_when(placed[i].found.kind)) else {
        return;
    };
    // `last` is the start ("2,100, up from 2,400, a fall of 12%") or the
    // end of a pair whose start came before it ("from 80 to 100, a rise").
    let Some(first) = starts_change(placed, last)
        .then_some(last)
        .or_else(|| start_ending_at(placed, 0..last, last, base))
    else {
        return;
    };
    // From the figure right before: "down from 197 in 2023, a fall of".
    let gap = words_between(s, placed[c - 1].found.after, placed[c].found.hedge_first);
    let named = matches!(
        gap.as_slice(),
        [
            ..,
            "rise"
                | "fall"
                | "drop"
                | "increase"
                | "decrease"
                | "decline"
                | "jump"
                | "gain"
                | "loss"
                | "cut"
                | "reduction"
                | "growth"
                | "slump"
                | "surge",
            "of"
        ]
    );
    let apposed = gap.len() <= 8
        && gap.first() == Some(&",")
        && !gap.contains(&"and")
        && (named || placed[c].figure.change.is_some());
    if apposed {
        placed[c].figure.links.push(Link {
            kind: LinkKind::ChangeOf,
            to: base + first,
        });
    }
}

/// Shares listed as wire copy lists them: the first often carries a
/// longer tail ("Rivera had 38.2% of the valid vote, Gonzalez 31.4%, Paz
/// 22.9%", "supplied 41% of the power consumed in 2025, wind 29%, ..."),
/// and the last may be what remains ("..., with other brands sharing the
/// remaining 33%"). A list of percentages found by the pairwise pass takes
/// the share before its head, across a clause and dates, when a comma
/// ends that clause, and the share after its end that says it is the rest.
fn extend_share_lists(s: &Sentence, placed: &mut [Placed], base: usize) {
    let head_of = |placed: &[Placed], i: usize| {
        placed[i]
            .figure
            .links
            .iter()
            .find(|l| l.kind == LinkKind::SameList)
            .map(|l| l.to - base)
    };
    let when = says_when;
    let free =
        |p: &Placed| p.found.kind == Kind::Percent && !p.found.total && p.figure.links.is_empty();
    for head in 0..placed.len() {
        let members: Vec<usize> = (head + 1..placed.len())
            .filter(|&i| head_of(placed, i) == Some(head))
            .collect();
        let Some(&last) = members.last() else {
            continue;
        };
        if placed[head].found.kind != Kind::Percent || head_of(placed, head).is_some() {
            continue;
        }
        let before = (0..head).rev().find(|&i| !when(placed[i].found.kind));
        let untouched = |p: usize| {
            !placed
                .iter()
                .any(|q| q.figure.links.iter().any(|l| l.to == base + p))
        };
        if let Some(p) = before.filter(|&p| free(&placed[p]) && untouched(p)) {
            let gap = words_between(s, placed[p].found.after, placed[head].found.hedge_first);
            if gap.len() <= 10
                && gap.last() != Some(&"and")
                && gap.contains(&",")
                && !new_clause(&gap)
                && !compares(&gap)
            {
                for &m in members.iter().chain([&head]) {
                    let links = &mut placed[m].figure.links;
                    links.retain(|l| l.kind != LinkKind::SameList);
                    links.push(Link {
                        kind: LinkKind::SameList,
                        to: base + p,
                    });
                }
            }
        }
        let list_head = head_of(placed, head).unwrap_or(head);
        let after = (last + 1..placed.len()).find(|&i| !when(placed[i].found.kind));
        if let Some(q) = after.filter(|&q| free(&placed[q])) {
            let gap = words_between(s, placed[last].found.after, placed[q].found.hedge_first);
            let rest = gap
                .iter()
                .any(|w| matches!(*w, "remaining" | "rest" | "other" | "others"));
            if gap.len() <= 12 && rest {
                placed[q].figure.links.push(Link {
                    kind: LinkKind::SameList,
                    to: base + list_head,
                });
            }
        }
    }
}

/// "61 of the state's 58 counties", "12 of its 40 stores": a whole after
/// "of" may be owned.
fn of_possessor(between: &[&str]) -> bool {
    let owner = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    match between {
        ["of" | "out", rest @ ..] => {
            let rest = rest.strip_prefix(&["of"]).unwrap_or(rest);
            match rest {
                ["its" | "their" | "our" | "his" | "her" | "your" | "my"] => true,
                ["the", w] | [w] => owner(w),
                ["the", _, "'" | "’", "s"] | [_, "'" | "’", "s"] => true,
                _ => false,
            }
        }
        _ => false,
    }
}

/// "93.1 percent nationally, below the 95 percent needed": a figure
/// compared with another (a threshold, a benchmark) is not listed beside it.
fn compares(between: &[&str]) -> bool {
    between.iter().any(|w| {
        matches!(
            *w,
            "below" | "above" | "than" | "beneath" | "compared" | "versus" | "vs" | "against"
        )
    })
}

/// "... split into 1.1 billion for ...": the words before `first` say
/// that a breakdown of the amount before them starts here.
fn opens_breakdown(s: &Sentence, first: &Found) -> bool {
    let at = first.hedge_first;
    at >= 2
        && matches!(
            (s.word(at - 2), s.word(at - 1)),
            (
                "split" | "divided" | "broken" | "splits" | "divides",
                "into"
            ) | ("down", "into")
                | ("made" | "consisting" | "composed", "of")
        )
}

/// "1.1 billion euros for river defences, 800 million for the coast": a
/// bare amount listed right after money leaves its currency unsaid; it is
/// money in that currency.
fn elided_currency(s: &Sentence, placed: &mut [Placed], a: usize, b: usize) {
    let (fa, fb) = (&placed[a].found, &placed[b].found);
    let between = words_between(s, fa.after.min(fb.hedge_first), fb.hedge_first);
    let listed = between.len() <= 6
        && between
            .iter()
            .any(|w| matches!(*w, "," | "and" | "or" | ";"))
        && !new_clause(&between);
    if !(fa.kind == Kind::Money && fb.kind == Kind::Count && fb.noun.is_none() && listed) {
        return;
    }
    let unit = placed[a].figure.unit.clone();
    placed[b].found.kind = Kind::Money;
    placed[b].found.unit.clone_from(&unit);
    placed[b].figure.kind = Kind::Money;
    placed[b].figure.unit = unit;
}

/// The count that the percentage at `share` was just linked to as its
/// share ("2,310, or 42%"), if it was.
fn apposed_share(placed: &[Placed], share: usize, base: usize) -> Option<usize> {
    let figure = &placed[share].figure;
    if figure.kind != Kind::Percent {
        return None;
    }
    figure
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::ShareOf)
        .map(|l| l.to.checked_sub(base))
        .find_map(|to| to.filter(|&to| to < share && placed[to].figure.kind == Kind::Count))
}

/// Whether `inner` stands in a prepositional phrase right after `head`'s
/// noun and counts something else: "24,000 runners from 130 countries",
/// "300 pupils in 12 schools". "rose to 7,100 crates from 6,800 (crates)"
/// is the other end of a change.
fn modifies(s: &Sentence, head: &Found, inner: &Found) -> bool {
    let lemma = |f: &Found| f.noun.as_ref().map(|n| n.lemma.clone());
    // "five U.S. cities": a proper adjective hides the noun from the
    // scanner, but a bare end of a change is never followed by one.
    let counts_other = match inner.noun {
        Some(_) => lemma(head) != lemma(inner),
        None => s.is_word(inner.last + 1) && s.raw(inner.last + 1).starts_with(char::is_uppercase),
    };
    (head.noun.is_some() || head.unit.is_some())
        && counts_other
        && inner.hedge_first == head.after + 1
        && matches!(s.word(head.after), "from" | "in" | "at" | "across" | "of")
}

/// The tokens between two positions: words lowercase, symbols as written.
fn words_between<'a>(s: &Sentence<'a>, from: usize, to: usize) -> Vec<&'a str> {
    (from..to)
        .map(|k| if s.is_word(k) { s.word(k) } else { s.raw(k) })
        .collect()
}

/// Links between figures of one sentence: "480, or 30%" (share), "from
/// 5.2% to 5.6%" (from), "88 of the 273" (part), "A, B and C" (list).
/// `base` is the id the first figure will get.
fn link_sentence(s: &Sentence, placed: &mut [Placed], base: usize) {
    let mut list_head: Option<usize> = None;
    // Parts named by a relative clause, with their whole: the rest of
    // their list are parts of it too ("of which 60 ... and 20 ...").
    let mut relative: Vec<(usize, usize)> = Vec::new();
    for b in 1..placed.len() {
        let a = b - 1;
        elided_currency(s, placed, a, b);
        let (fa, fb) = (&placed[a].found, &placed[b].found);
        let between = words_between(s, fa.last + 1, fb.hedge_first);
        let between_after_noun = words_between(s, fa.after.min(fb.hedge_first), fb.hedge_first);
        let mut link = None;
        if fb.kind == Kind::Percent
            && fa.kind != Kind::Percent
            && (matches!(
                between_after_noun.as_slice(),
                [",", "or", ..]
                    | ["("]
                    | ["or"]
                    | ["of", "them" | "those" | "these", ",", "or", ..]
            ) || (between_after_noun.as_slice() == [","] && s.word(fb.last + 1) == "of"))
        {
            link = Some((b, LinkKind::ShareOf, a));
        } else if fb.kind == Kind::Percent
            && fb.hedge_first >= 2
            && ((s.word(fb.hedge_first - 1) == "or" && s.raw(fb.hedge_first - 2) == ",")
                || matches!(s.raw(fb.hedge_first - 1), "—" | "–" | "("))
            && between_after_noun.len() <= 12
            && let Some(part) = (0..a).find(|&i| {
                placed[i]
                    .figure
                    .links
                    .iter()
                    .any(|l| l.kind == LinkKind::PartOf && l.to == base + a)
            })
        {
            // "Some 930 of the 3,100 bridges inspected last year, or nearly
            // 40 percent, were ...": the share is the part's.
            link = Some((b, LinkKind::ShareOf, part));
        } else if let Some(part) = apposed_share(&placed[..b], a, base)
            && fb.kind == Kind::Count
            && matches!(
                between.as_slice(),
                ["of"] | ["of", "the"] | [",", "of"] | [",", "of", "the"]
            )
        {
            // "2,310, or 42%, of the 6,600 candidates", "12,400 homes, or
            // 19% of the 82,000": the count the share restates is the part
            // of the whole after it.
            link = Some((part, LinkKind::PartOf, b));
        } else if (part_of_words(&between) || of_possessor(&between)) && is_amount(fa.kind) {
            // "30% of the 480 doctors" is a share; "88 of the 273" a part.
            let kind = if fa.kind == Kind::Percent && fb.kind != Kind::Percent {
                LinkKind::ShareOf
            } else {
                LinkKind::PartOf
            };
            link = Some((a, kind, b));
        } else if fa.kind == Kind::Count
            && fb.kind == Kind::Count
            && relative_part(s, &between_after_noun, fb)
            // "two polls, of which four are needed" states a requirement.
            && !matches!(placed[b].figure.verb.as_deref(), Some("need" | "require"))
        {
            // "90 drones, of which 60 ...", "200 shells, 150 of which ..."
            relative.push((b, a));
            link = Some((b, LinkKind::PartOf, a));
        } else if fb.hedge_first > 0
            && matches!(
                s.word(fb.hedge_first - 1),
                "including" | "includes" | "included" | "include"
            )
            && fa.kind == fb.kind
            && is_amount(fa.kind)
            && (fa.kind == Kind::Count || fb.unit.is_none() || fa.unit == fb.unit)
        {
            // "killed 30 people, including 12 children"; "the $2 billion
            // package includes $1.2 billion for roads and $900 million for
            // rail": what is included is part of the whole, and so is the
            // rest of its list. The parts need not be all of it.
            relative.push((b, a));
            link = Some((b, LinkKind::PartOf, a));
        } else if fa.kind == fb.kind
            && (fa.unit != fb.unit || fa.per != fb.per)
            && matches!(fa.kind, Kind::Money | Kind::Measure | Kind::Rate)
            && (matches!(between_after_noun.as_slice(), ["("] | [",", "or"] | ["or"])
                // "700 people arrive each week, roughly 300 a day": a bare
                // rate over another period, said in the same breath.
                || (between_after_noun.as_slice() == [","]
                    && fa.kind == Kind::Rate
                    && fa.per != fb.per
                    && fb.noun.is_none()))
        {
            // "$1.2 billion (€1.1 billion)", "5,000 a week, or 700 a day"
            link = Some((b, LinkKind::Restates, a));
        } else if fa.hedge_first > 0
            && s.word(fa.hedge_first - 1) == "from"
            && between_after_noun.len() <= 5
            && between_after_noun.contains(&"to")
            && (fa.kind == fb.kind
                || (fa.kind == Kind::Rate && fb.kind == Kind::Count && fb.noun.is_none()))
        {
            // "from 45,000 a year a decade ago to 140,000 last year": a
            // bare end is a rate over the start's period.
            if fa.kind != fb.kind {
                let per = placed[a].figure.per.clone();
                let end = &mut placed[b].figure;
                end.kind = Kind::Rate;
                end.per = per;
            }
            link = Some((a, LinkKind::From, b));
        } else if fa.hedge_first > 0
            && s.word(fa.hedge_first - 1) == "from"
            && let Some(end) = end_after_when(s, placed, a)
        {
            // "from about 11,000 in 2022 to roughly 29,000 last year"
            link = Some((a, LinkKind::From, end));
        } else if fb.hedge_first > 0
            && s.word(fb.hedge_first - 1) == "from"
            && s.word(fb.after) != "to"
            && s.word(fb.last + 1) != "to"
            && fb.kind != Kind::Range
            && let Some(a) = change_end(s, &placed[..=b], b, base)
        {
            // "declined to 5,400 units from 4,900": the start is what
            // declined, and counts what the end counts.
            let (verb, unit, noun) = (
                placed[a].figure.verb.clone(),
                placed[a].figure.unit.clone(),
                placed[a].figure.noun.clone(),
            );
            // "2,100 passengers a day ..., up from 2,400": a bare start is
            // a rate over the end's period.
            let per = (placed[a].figure.kind == Kind::Rate).then(|| placed[a].figure.per.clone());
            let start = &mut placed[b].figure;
            if let Some(per) = per
                && start.kind == Kind::Count
            {
                start.kind = Kind::Rate;
                start.per = per;
            }
            if start.verb.is_none() {
                start.verb = verb;
            }
            if start.unit.is_none() {
                start.unit = unit;
                start.noun = noun;
            }
            link = Some((b, LinkKind::From, a));
        }
        if let Some((from, kind, to)) = link {
            // "gained 212 points, or 1.5%": the same change restated.
            if matches!(kind, LinkKind::ShareOf | LinkKind::Restates)
                && placed[from].figure.change.is_none()
                && to < from
            {
                placed[from].figure.change = placed[to].figure.change;
            }
            // "20 of the 25 missiles": the part counts what the whole counts.
            if kind == LinkKind::PartOf && placed[from].figure.noun.is_none() {
                let (unit, noun) = (
                    placed[to].figure.unit.clone(),
                    placed[to].figure.noun.clone(),
                );
                placed[from].figure.unit = unit;
                placed[from].figure.noun = noun;
            }
            placed[from].figure.links.push(Link {
                kind,
                to: base + to,
            });
            list_head = None;
            continue;
        }
        // "led 31.5% to 28.2%": two shares set against each other.
        // "6% to 11%" with no contest in sight is a span of values.
        // "Ruiz took 46.2% to Park's 41.9%": the other side may be named.
        let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
        let to_rival = match between.as_slice() {
            ["to"] => true,
            ["to", w] => possessive(w),
            ["to", _, "'" | "’", "s"] | ["to", _, "'s" | "’s"] => true,
            // "44.8% of valid votes to 41.3% for her rival".
            ["of", .., "to"] => {
                between.len() <= 5
                    && between
                        .iter()
                        .any(|w| matches!(*w, "vote" | "votes" | "ballots" | "ballot"))
            }
            // "43% to former congressman Mark Ellison's 35%".
            ["to", .., "'" | "’", "s"] | ["to", .., "'s" | "’s"] => between.len() <= 8,
            ["to", .., w] => possessive(w) && between.len() <= 6,
            _ => false,
        };
        let took = matches!(
            placed[a].figure.verb.as_deref(),
            Some("take" | "win" | "get" | "receive" | "have" | "garner" | "poll")
        );
        // "approved by 54.8% to 45.2%": "by" before the pair sets them
        // against each other as surely as a verb of winning does.
        let by = fa.hedge_first > 0 && s.word(fa.hedge_first - 1) == "by";
        // "took 53.6% of the vote against 46.4% for Simion", "led with
        // 31.1%, ahead of Ventura of the Chega party on 23.5%".
        let against = matches!(between.last(), Some(&"against")) && between.len() <= 6
            || (between.contains(&"ahead")
                && matches!(between.last(), Some(&("on" | "with" | "at")))
                && between.len() <= 18);
        let to_rival = to_rival || against;
        let versus = fa.kind == Kind::Percent
            && fb.kind == Kind::Percent
            && to_rival
            && (took || by || (0..s.len()).any(|k| crate::lexicon::is_contest_word(s.word(k))));
        let parallel = fa.kind == fb.kind
            && (fa.unit == fb.unit
                || fa.unit.is_none()
                || fb.unit.is_none()
                // "4 hostages, 6 soldiers and 2 nurses": parallel counts.
                || (fa.kind == Kind::Count
                    && between_after_noun.iter().all(|w| matches!(*w, "," | "and" | "or"))))
            && is_amount(fa.kind)
            // "won 28.0 per cent of the vote and the populist Progress
            // Party 23.8 per cent": a share's whole and its rival's name,
            // joined by "and" with no verb between.
            && !compares(&between_after_noun)
            && (between_after_noun.len() <= 6
                || (fa.kind == Kind::Percent
                    && between_after_noun.len() <= 8
                    && between_after_noun.contains(&"and")
                    && !between_after_noun.iter().any(|w| {
                        crate::lemma::is_verb_form(w) || crate::lexicon::is_auxiliary(w)
                    })))
            && between_after_noun
                .iter()
                .any(|w| matches!(*w, "and" | "or" | "," | ";"))
            && !new_clause(&between_after_noun);
        // "58 percent said they favoured a ban, while 27 percent backed
        // one in lessons and 23 percent opposed any": shares that are each
        // the subject of their own verb, in clauses joined by "while",
        // "and" or a comma, answer one question.
        let subject = |f: &Found| {
            f.kind == Kind::Percent
                && s.is_word(f.after)
                && crate::lemma::is_verb_form(s.word(f.after))
        };
        let answers = subject(fa)
            && subject(fb)
            && between_after_noun.len() <= 16
            && matches!(
                between_after_noun.last(),
                Some(&("while" | "and" | "," | "whereas"))
            )
            && !between_after_noun.contains(&";");
        // A stated total is not a member of the list it totals, nor of
        // the breakdown it is split into.
        let listed =
            (versus || parallel || answers) && !(fa.total || fb.total) && !opens_breakdown(s, fb);
        if listed {
            // "rose 4% and 9%": a bare second member shares the first's
            // change.
            let joined = between_after_noun
                .iter()
                .all(|w| matches!(*w, "and" | "or" | ","));
            if joined
                && fa.kind == fb.kind
                && placed[b].figure.change.is_none()
                && placed[a].figure.change.is_some()
            {
                placed[b].figure.change = placed[a].figure.change;
            }
            let head = *list_head.get_or_insert(a);
            placed[b].figure.links.push(Link {
                kind: LinkKind::SameList,
                to: base + head,
            });
            // "sending 47 missiles and 653 drones": one verb governs the
            // list; a member with none of its own takes it.
            let coordinated = between_after_noun
                .iter()
                .all(|w| matches!(*w, "," | "and" | "or"));
            if placed[b].figure.verb.is_none() && fa.kind == Kind::Count && coordinated {
                placed[b].figure.verb = placed[head].figure.verb.clone();
            }
        } else {
            list_head = None;
        }
    }
    extend_share_lists(s, placed, base);
    link_change_amounts(s, placed, base);
    link_surveyed(s, placed, base);
    link_further_parts(s, placed, base);
    for (part, whole) in relative {
        let (unit, noun) = (
            placed[whole].figure.unit.clone(),
            placed[whole].figure.noun.clone(),
        );
        let kind = placed[part].figure.kind;
        for p in placed.iter_mut() {
            let listed = p
                .figure
                .links
                .iter()
                .any(|l| l.kind == LinkKind::SameList && l.to == base + part);
            if !listed || p.figure.kind != kind {
                continue;
            }
            p.figure.links.push(Link {
                kind: LinkKind::PartOf,
                to: base + whole,
            });
            if p.figure.noun.is_none() {
                p.figure.unit.clone_from(&unit);
                p.figure.noun.clone_from(&noun);
            }
        }
    }
}

/// "The singer, born in 1950, is a 60-year-old veteran": a birth year and
/// an age in one sentence describe one person, unless a name stands
/// between them or right after the age ("... beat the 30-year-old Jones").
fn link_same_person(s: &Sentence, placed: &mut [Placed], base: usize) {
    // "born in 1962, is 63; the 62-year-old ... was born in 1962": each
    // clause after a semicolon speaks of its own person.
    let clauses: Vec<usize> = placed
        .iter()
        .map(|p| (0..p.found.first).filter(|&k| s.raw(k) == ";").count())
        .collect();
    let mut start = 0;
    while start < placed.len() {
        let mut end = start + 1;
        while end < placed.len() && clauses[end] == clauses[start] {
            end += 1;
        }
        link_same_person_in(s, placed, base, start..end);
        start = end;
    }
}

fn link_same_person_in(
    s: &Sentence,
    placed: &mut [Placed],
    base: usize,
    within: std::ops::Range<usize>,
) {
    let births: Vec<usize> = within.clone().filter(|&i| placed[i].found.birth).collect();
    let ages: Vec<usize> = within
        .filter(|&i| placed[i].figure.kind == Kind::Age)
        .collect();
    let (&[birth], &[age]) = (births.as_slice(), ages.as_slice()) else {
        return;
    };
    let (first, second) = (birth.min(age), birth.max(age));
    // "Born in 1958 in Toulouse, the 71-year-old": a place after "in" is
    // where, not another person.
    let place = |k: usize| s.word(k - 1) == "in" || (s.word(k - 2) == "in" && s.is_word(k - 1));
    let named = |k: usize| {
        k > 0
            && s.is_word(k)
            && s.raw(k).chars().next().is_some_and(char::is_uppercase)
            && crate::lexicon::month(s.raw(k)).is_none()
            && crate::lexicon::weekday(s.raw(k)).is_none()
            && !(k >= 2 && place(k))
    };
    let between = placed[first].found.last + 1..placed[second].found.hedge_first;
    if between.clone().any(named) || named(placed[age].found.last + 1) {
        return;
    }
    placed[age].figure.links.push(Link {
        kind: LinkKind::SamePerson,
        to: base + birth,
    });
}

/// The words that open a sentence on a whole: "of", "among", "out of".
fn of_opener(s: &Sentence) -> Option<usize> {
    match (s.word(0), s.word(1)) {
        ("out", "of") => Some(2),
        ("of" | "among", _) => Some(1),
        _ => None,
    }
}

/// "Of the 52 schools in the district, 61 closed", "Among the 273, 88
/// were ...", "Out of 40 drones, 30 ...": the sentence opens on the whole.
/// Gives how many figures stand in the whole's own phrase, before the
/// comma that closes it ("Of the 640 doctors at the trust's three
/// hospitals, 702 ...": the three hospitals are not a part).
fn opens_with_of_the_figure(s: &Sentence, placed: &[Placed]) -> Option<(usize, usize)> {
    let at = of_clause(s)?;
    // "Of those 1,204 firms, 1,318 said": the whole is restated in place;
    // "Of the country's 36 subdivisions, 9 ...": it may be owned.
    let mut at = at + usize::from(matches!(s.word(at), "the" | "those" | "these"));
    if s.is_word(at) && (s.raw(at).ends_with("'s") || s.raw(at).ends_with("’s")) {
        at += 1;
    } else if s.is_word(at) && matches!(s.raw(at + 1), "'" | "’") && s.word(at + 2) == "s" {
        at += 3;
    }
    let whole = placed.iter().position(|p| p.found.hedge_first == at)?;
    let first = &placed[whole];
    if first.figure.kind != Kind::Count {
        return None;
    }
    let comma = (first.found.after..s.len()).find(|&k| s.raw(k) == ",");
    Some((
        whole,
        comma.map_or(0, |comma| {
            placed[whole + 1..]
                .iter()
                .take_while(|p| p.found.hedge_first < comma)
                .count()
        }),
    ))
}

/// Where the words after an opening "Of"/"Among"/"Out of" start, at the
/// start of the sentence or of a reported clause ("officials said that of
/// the 268 schools they run, 291 ...").
fn of_clause(s: &Sentence) -> Option<usize> {
    of_opener(s).or_else(|| {
        // "... said that of the 268", "... wide support: of the 312".
        (1..s.len().saturating_sub(1))
            .find(|&k| {
                (s.word(k) == "that" || matches!(s.raw(k), ":" | ";" | "—" | "–"))
                    && matches!(s.word(k + 1), "of" | "among")
            })
            .map(|k| k + 2)
    })
}

/// Every other count of the sentence that opens on the whole at `start`
/// is a part of it, and counts what it counts.
fn link_part_of_first(figures: &mut [Figure], start: usize, inside: usize) {
    let sentence = figures[start].sentence;
    let first_part = start + 1 + inside;
    // The whole is not a member of the list of its parts: the first part
    // heads that list instead.
    let mut head = None;
    for (id, figure) in figures.iter_mut().enumerate().skip(first_part) {
        if figure.sentence != sentence {
            break;
        }
        for link in figure.links.iter_mut() {
            if link.kind == LinkKind::SameList && link.to == start {
                link.to = *head.get_or_insert(id);
            }
        }
        // Nor is a figure of the whole's own phrase.
        figure.links.retain(|l| {
            !(l.kind == LinkKind::SameList
                && (l.to == id || (start + 1..first_part).contains(&l.to)))
        });
    }
    link_parts(figures, first_part, start);
}

/// "Of those, 88 ...", "Of them, ...", "Among them, ...", "Out of these, ...".
fn opens_with_of_those(s: &Sentence) -> bool {
    of_opener(s)
        .is_some_and(|at| matches!(s.word(at), "those" | "these" | "them" | "which" | "whom"))
}

/// "Ukrainian forces shot down 95 of them, and 40 were lost": a count
/// followed by "of them" with no count before it in its sentence takes
/// its whole from an earlier sentence, and so do the counts after it.
fn first_part_of_them(s: &Sentence, placed: &[Placed]) -> Option<usize> {
    let first = placed.iter().position(|p| is_amount(p.figure.kind))?;
    let f = &placed[first].found;
    (f.kind == Kind::Count
        && s.word(f.after) == "of"
        && matches!(s.word(f.after + 1), "them" | "those" | "these"))
    .then_some(first)
}

/// Links every count of the sentence that starts at figure `start` to
/// its antecedent (see `antecedent`), and lets it inherit that count's
/// noun.
/// "Air defences shot down 356 of the drones": a count followed by "of
/// the" and a noun, with no figure after it, takes its whole from an
/// earlier count of that noun; gives the count and the noun's lemma.
fn first_part_of_the_noun(s: &Sentence, placed: &[Placed]) -> Option<(usize, String)> {
    // The first such count, wherever it stands: "Russia launched 76 drones
    // ..., and air defences shot down 71 of the drones while nine ...".
    placed.iter().enumerate().find_map(|(at, p)| {
        let f = &p.found;
        let noun = f.after + 2;
        let figure_follows = placed.iter().any(|p| p.found.hedge_first == noun);
        let unlinked = p.figure.links.iter().all(|l| l.kind == LinkKind::SameList);
        (f.kind == Kind::Count
            && f.noun.is_none()
            && unlinked
            && s.word(f.after) == "of"
            && s.word(f.after + 1) == "the"
            && s.is_word(noun)
            && !figure_follows)
            .then(|| (at, crate::lemma::singular(s.word(noun))))
    })
}

/// "Of the drones, 585 ...": an opening "Of the" and a noun phrase with
/// no figure in it, closed by a comma; gives the lemma of its last word.
fn of_the_noun_opener(s: &Sentence, figures: &[Figure]) -> Option<String> {
    let at = of_opener(s)?;
    if s.word(at) != "the" {
        return None;
    }
    let comma = (at + 1..s.len().min(at + 5)).find(|&k| s.raw(k) == ",")?;
    let first = figures.first()?;
    let words = (at + 1..comma).all(|k| s.is_word(k));
    let noun = comma - 1;
    (words && comma > at + 1 && s.tokens[comma].end <= first.span.offset)
        .then(|| crate::lemma::singular(s.word(noun)))
}

/// The nearest count before `start`, in its paragraph or the one before,
/// that counts `lemma`; not one that describes something else ("the
/// busiest station, with 614 launches": "3,000 of the launches" are not
/// that station's).
fn named_antecedent(figures: &[Figure], start: usize, lemma: &str, source: &str) -> Option<usize> {
    let paragraph = figures.get(start)?.paragraph;
    // ", with 614 launches" describes what comes before the comma;
    // "attacked overnight with 64 drones" is what the attack used.
    let described = |f: &Figure| {
        let before = source[..f.span.offset].trim_end();
        before
            .strip_suffix("with")
            .or_else(|| before.strip_suffix("With"))
            .is_some_and(|rest| rest.trim_end().ends_with(','))
    };
    figures[..start]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, f)| f.paragraph + 1 >= paragraph)
        .find(|(_, f)| {
            f.kind == Kind::Count
                && !described(f)
                && f.noun
                    .as_ref()
                    .is_some_and(|n| n.lemma == lemma || n.also.iter().any(|a| a == lemma))
        })
        .map(|(id, _)| id)
}

fn link_part_of_previous(figures: &mut [Figure], start: usize, opens_paragraph: bool) {
    let Some(to) = antecedent(figures, start, opens_paragraph) else {
        return;
    };
    link_parts(figures, start, to);
}

/// The figures of the sentence from `first` on are parts of the whole
/// `to`: a count is part of it and counts what it counts, a percentage is
/// a share of it ("Of those, 40% were ...").
fn link_parts(figures: &mut [Figure], first: usize, to: usize) {
    let Some(sentence) = figures.get(first).map(|f| f.sentence) else {
        return;
    };
    let (unit, noun) = (figures[to].unit.clone(), figures[to].noun.clone());
    // "..., along with 31 of their 42 secondary schools": a whole of its
    // own parts is not a part of this one.
    let wholes: Vec<usize> = figures[first..]
        .iter()
        .take_while(|f| f.sentence == sentence)
        .flat_map(|f| &f.links)
        .filter(|l| l.kind == LinkKind::PartOf)
        .map(|l| l.to)
        .collect();
    for (id, figure) in figures
        .iter_mut()
        .enumerate()
        .skip(first)
        .take_while(|(_, f)| f.sentence == sentence)
    {
        if wholes.contains(&id) {
            continue;
        }
        let shared = figure.links.iter().any(|l| l.kind == LinkKind::ShareOf);
        if figure.kind == Kind::Percent && !shared {
            figure.links.push(Link {
                kind: LinkKind::ShareOf,
                to,
            });
            continue;
        }
        if figure.kind != Kind::Count || figure.links.iter().any(|l| l.kind == LinkKind::PartOf) {
            continue;
        }
        figure.links.push(Link {
            kind: LinkKind::PartOf,
            to,
        });
        if figure.noun.is_none() {
            figure.unit.clone_from(&unit);
            figure.noun.clone_from(&noun);
        }
    }
}

/// What "Of those" refers to, chosen from the language alone, never from
/// the values: rules exist to catch a part larger than its whole ("52
/// schools. Of those, 61 ..."), so the whole must not be picked for being
/// large enough. It is the last count with a counted noun in the nearest
/// earlier sentence that has one, preferring a count of the same noun as
/// a part ("Of those, 61 schools"); counts of places or times ("three
/// regions", "two days") are skipped. The search stays in the paragraph,
/// or reaches into the one before when "Of those" opens its paragraph.
/// Failing a counted noun, the last bare count of that window serves.
fn antecedent(figures: &[Figure], start: usize, opens_paragraph: bool) -> Option<usize> {
    let first = figures.get(start)?;
    let (sentence, paragraph) = (first.sentence, first.paragraph);
    let reach = if opens_paragraph {
        paragraph.saturating_sub(1)
    } else {
        paragraph
    };
    let lemmas: Vec<&str> = figures[start..]
        .iter()
        .take_while(|f| f.sentence == sentence)
        .filter_map(|f| f.noun.as_ref().map(|n| n.lemma.as_str()))
        .collect();
    let earlier = || {
        figures[..start]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, f)| f.paragraph >= reach)
            // "8,400 were recorded, up 20 per cent from 7,000. Of those,
            // ...": those are the 8,400, not where the change started.
            .filter(|(_, f)| {
                f.kind == Kind::Count
                    && f.sentence < sentence
                    && !f.links.iter().any(|l| l.kind == LinkKind::From)
            })
    };
    let counted = |f: &Figure| {
        f.noun
            .as_ref()
            .is_some_and(|n| !crate::lexicon::is_place_or_time(&n.lemma))
    };
    // A bare count after a counted one usually leaves its noun unsaid
    // ("built for 400 people, it housed more than 1,900"), so it may be
    // the whole too; the start of a change may not ("up from 25").
    let bare = |f: &Figure| {
        f.noun.is_none() && f.change.is_none() && !f.links.iter().any(|l| l.kind == LinkKind::From)
    };
    let Some((_, nearest)) = earlier().find(|(_, f)| counted(f)) else {
        return earlier().find(|(_, f)| f.noun.is_none()).map(|(id, _)| id);
    };
    let in_nearest =
        || earlier().filter(|(_, f)| f.sentence == nearest.sentence && (counted(f) || bare(f)));
    in_nearest()
        .find(|(_, f)| {
            f.noun
                .as_ref()
                .is_some_and(|n| lemmas.contains(&n.lemma.as_str()))
        })
        .or_else(|| in_nearest().next())
        .map(|(id, _)| id)
}

/// "…, of which 60", "…; of those, 60", "…, 150 of which": the count
/// `part` is introduced as a part of the count before it.
fn relative_part(s: &Sentence, between: &[&str], part: &Found) -> bool {
    let pronoun = |w: &str| matches!(w, "which" | "whom" | "those" | "these" | "them");
    // "51 seats, of which the Greens hold 19": a short clause between.
    let clause = |words: &[&str]| {
        words.len() <= 3
            && words.last().is_some_and(|w| {
                w.ends_with('s')
                    || w.ends_with("ed")
                    || matches!(*w, "hold" | "have" | "own" | "won" | "took" | "got")
            })
    };
    if matches!(between, [",", "of", "which" | "whom", rest @ ..] if clause(rest)) {
        return true;
    }
    if between.len() > 5 {
        return false;
    }
    // A word or two may close the whole's clause: "90 drones overnight, of which".
    if matches!(between, [.., "," | ";"])
        && s.word(part.after) == "of"
        && pronoun(s.word(part.after + 1))
    {
        return true;
    }
    let between = between.strip_suffix(&[","]).unwrap_or(between);
    matches!(between, [.., "," | ";", "of", w] if pronoun(w))
}

/// Stated totals, from the language of one sentence: a closing total over
/// the list right before it ("23 people and injured 91, for a total of
/// 104"; "30 in all"; "bringing the total to 30"), a marked total before
/// its breakdown ("a total of 30: 20 in X and 10 in Y"), or an amount
/// whose breakdown follows a colon or dash ("a €900 million plan: €450
/// million for housing, €300 million for schools and €250 million for
/// parks"). Lists in other sentences, or of another kind, are never
/// totalled: figures that merely overlap ("a total of 5667 cases. Out of
/// these, 1846 ...") are not a breakdown.
fn link_totals(s: &Sentence, placed: &mut [Placed], base: usize) {
    for t in 0..placed.len() {
        let kind = placed[t].found.kind;
        if !is_amount(kind) {
            continue;
        }
        let same_kind = |i: &usize| placed[*i].found.kind == kind;
        let before = (0..t).rev().find(same_kind);
        let after = (t + 1..placed.len()).find(same_kind);
        let members = if placed[t].found.total {
            before
                .map(|m| list_members(placed, base, m, 0..t))
                .filter(|m| m.len() >= 2)
                .or_else(|| after.map(|m| list_members(placed, base, m, t + 1..placed.len())))
        } else {
            let opens = after.is_some_and(|b| {
                let gap = placed[t].found.after..placed[b].found.hedge_first;
                let colon =
                    gap.len() <= 8 && gap.clone().any(|k| matches!(s.raw(k), ":" | "—" | "–"));
                // "a 2.4 billion euro plan to ..., split into 1.1 billion
                // for ..., 800 million for ... and 700 million for ...".
                // "the 63 dead were 41 men, 14 women and 6 children": a
                // definite whole said to be its parts.
                let definite = placed[t].found.hedge_first > 0
                    && s.word(placed[t].found.hedge_first - 1) == "the";
                let were = definite
                    && gap.len() <= 2
                    && matches!(s.word(placed[b].found.hedge_first - 1), "were" | "are");
                colon || were || (gap.len() <= 16 && opens_breakdown(s, &placed[b].found))
            });
            after
                .filter(|_| opens)
                .map(|m| list_members(placed, base, m, t + 1..placed.len()))
        };
        let Some(members) = members.filter(|m| m.len() >= 2) else {
            continue;
        };
        for m in members {
            placed[t].figure.links.push(Link {
                kind: LinkKind::TotalOf,
                to: base + m,
            });
        }
    }
}

/// The members (sentence-local indices, within `within`) of the list that
/// figure `m` belongs to, or just `m` when it is in none.
fn list_members(
    placed: &[Placed],
    base: usize,
    m: usize,
    within: std::ops::Range<usize>,
) -> Vec<usize> {
    let head_of = |i: usize| {
        placed[i]
            .figure
            .links
            .iter()
            .find(|l| l.kind == LinkKind::SameList)
            .map_or(i, |l| l.to - base)
    };
    let head = head_of(m);
    within.filter(|&i| head_of(i) == head).collect()
}
