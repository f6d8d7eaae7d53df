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
            figures.extend(placed.into_iter().map(|p| p.figure));
            // News often breaks the paragraph before "Of those, ...".
            let opens_paragraph =
                index == 0 || sentences[index - 1].offset < paragraphs[paragraph].offset;
            if opens_on_whole {
                link_part_of_first(&mut figures, start);
            } else if opens_with_of_those(&sentence) {
                link_part_of_previous(&mut figures, start, opens_paragraph);
            } else if let Some(first) = of_them {
                link_part_of_previous(&mut figures, start + first, opens_paragraph);
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

/// Lowercase words between two token positions, or `None` if a symbol
/// other than a comma or parenthesis sits there.
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
        } else if part_of_words(&between) && is_amount(fa.kind) {
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
            && fa.kind == fb.kind
        {
            link = Some((a, LinkKind::From, b));
        } else if fb.hedge_first > 0
            && s.word(fb.hedge_first - 1) == "from"
            && s.word(fb.after) != "to"
            && s.word(fb.last + 1) != "to"
            && fb.kind != Kind::Range
            && fa.kind == fb.kind
            && is_amount(fa.kind)
        {
            // "declined to 5,400 units from 4,900": the start is what
            // declined, and counts what the end counts.
            let (verb, unit, noun) = (
                placed[a].figure.verb.clone(),
                placed[a].figure.unit.clone(),
                placed[a].figure.noun.clone(),
            );
            let start = &mut placed[b].figure;
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
            _ => false,
        };
        let took = matches!(
            placed[a].figure.verb.as_deref(),
            Some("take" | "win" | "get" | "receive" | "have" | "garner" | "poll")
        );
        let versus = fa.kind == Kind::Percent
            && fb.kind == Kind::Percent
            && to_rival
            && (took || (0..s.len()).any(|k| crate::lexicon::is_contest_word(s.word(k))));
        let parallel = fa.kind == fb.kind
            && (fa.unit == fb.unit
                || fa.unit.is_none()
                || fb.unit.is_none()
                // "4 hostages, 6 soldiers and 2 nurses": parallel counts.
                || (fa.kind == Kind::Count
                    && between_after_noun.iter().all(|w| matches!(*w, "," | "and" | "or"))))
            && is_amount(fa.kind)
            && between_after_noun.len() <= 6
            && between_after_noun
                .iter()
                .any(|w| matches!(*w, "and" | "or" | "," | ";"));
        // A stated total is not a member of the list it totals.
        let listed = (versus || parallel) && !(fa.total || fb.total);
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
        } else {
            list_head = None;
        }
    }
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
    let named = |k: usize| {
        k > 0
            && s.is_word(k)
            && s.raw(k).chars().next().is_some_and(char::is_uppercase)
            && crate::lexicon::month(s.raw(k)).is_none()
            && crate::lexicon::weekday(s.raw(k)).is_none()
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
fn opens_with_of_the_figure(s: &Sentence, placed: &[Placed]) -> bool {
    let (Some(at), Some(first)) = (of_opener(s), placed.first()) else {
        return false;
    };
    let at = at + usize::from(s.word(at) == "the");
    first.found.hedge_first == at && first.figure.kind == Kind::Count
}

/// Every other count of the sentence that opens on the whole at `start`
/// is a part of it, and counts what it counts.
fn link_part_of_first(figures: &mut [Figure], start: usize) {
    let sentence = figures[start].sentence;
    // The whole is not a member of the list of its parts: the first part
    // heads that list instead.
    let mut head = None;
    for (id, figure) in figures.iter_mut().enumerate().skip(start + 1) {
        if figure.sentence != sentence {
            break;
        }
        for link in figure.links.iter_mut() {
            if link.kind == LinkKind::SameList && link.to == start {
                link.to = *head.get_or_insert(id);
            }
        }
        figure
            .links
            .retain(|l| !(l.kind == LinkKind::SameList && l.to == id));
    }
    link_parts(figures, start + 1, start);
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
    for figure in figures[first..]
        .iter_mut()
        .take_while(|f| f.sentence == sentence)
    {
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
            .filter(|(_, f)| f.kind == Kind::Count && f.sentence < sentence)
    };
    let counted = |f: &Figure| {
        f.noun
            .as_ref()
            .is_some_and(|n| !crate::lexicon::is_place_or_time(&n.lemma))
    };
    let Some((_, nearest)) = earlier().find(|(_, f)| counted(f)) else {
        return earlier().find(|(_, f)| f.noun.is_none()).map(|(id, _)| id);
    };
    let in_nearest = || earlier().filter(|(_, f)| f.sentence == nearest.sentence && counted(f));
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
                gap.len() <= 8 && gap.clone().any(|k| matches!(s.raw(k), ":" | "—" | "–"))
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
