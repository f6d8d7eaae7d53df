//! Binding a rule's names to a document's figures.
//!
//! A per-document [`Index`] (figures by kind, unit and verb; list groups;
//! countries) is built once and shared by every rule, so a rule costs its
//! own candidates, not another pass over the text.
//!
//! Preference, when several figures fit a name: the rule's first figure
//! (the anchor) is tried with every candidate, in source order, and each
//! anchor yields at most one binding. Every later name takes, among the
//! candidates that satisfy its relations, the one linked to a figure
//! already bound, then one in the same sentence as a bound figure, then the
//! nearest by bytes, then the earliest. A figure that several anchors
//! chose stays only with the anchor it prefers by the same order, so it is
//! not paired with every whole in the story. Bindings that use the same set
//! of figures are reported once. Figures of different actors, or whose
//! nationality words name different countries, are never bound together;
//! actors agree when one shares a word with the other ("russia" and
//! "russia's defense ministry"), since the extractor gives subject phrases.

use std::collections::HashMap;

use tally_extract::{Extraction, Figure, Kind, LinkKind};

use crate::rule::{ChangeSel, Many, Relation, Rule, Selector, Window};
use crate::units;

/// What a name is bound to.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Bound {
    One(usize),
    Many(Vec<usize>),
    /// An optional name with no figure: its default.
    Default(f64),
}

impl Bound {
    pub fn figures(&self) -> &[usize] {
        match self {
            Bound::One(id) => std::slice::from_ref(id),
            Bound::Many(ids) => ids,
            Bound::Default(_) => &[],
        }
    }
}

pub(crate) struct Index<'a> {
    pub extraction: &'a Extraction,
    /// The document's source, for what stands between two figures.
    text: &'a str,
    by_kind: HashMap<Kind, Vec<usize>>,
    by_unit: HashMap<String, Vec<usize>>,
    by_verb: HashMap<String, Vec<usize>>,
    usable: Vec<usize>,
    /// The list (a `same-list` component) each figure stands in.
    list: Vec<Option<usize>>,
    /// The country each figure's actor or nationality words point to.
    country: Vec<Option<&'static str>>,
}

impl<'a> Index<'a> {
    pub fn new(extraction: &'a Extraction, text: &'a str) -> Index<'a> {
        let figures = &extraction.figures;
        let mut by_kind: HashMap<Kind, Vec<usize>> = HashMap::new();
        let mut by_unit: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_verb: HashMap<String, Vec<usize>> = HashMap::new();
        let mut usable = Vec::new();
        for (id, figure) in figures.iter().enumerate() {
            if figure.kind == Kind::Identifier {
                continue;
            }
            usable.push(id);
            by_kind.entry(figure.kind).or_default().push(id);
            let mut units: Vec<String> = figure
                .unit
                .iter()
                .filter_map(|unit| units::canonical(unit))
                .collect();
            if let Some(noun) = &figure.noun {
                units.extend(
                    std::iter::once(&noun.lemma)
                        .chain(&noun.also)
                        .filter_map(|unit| units::canonical(unit)),
                );
            }
            units.sort();
            units.dedup();
            for unit in units {
                by_unit.entry(unit).or_default().push(id);
            }
            if let Some(verb) = &figure.verb {
                by_verb.entry(verb.to_lowercase()).or_default().push(id);
            }
        }
        Index {
            extraction,
            text,
            by_kind,
            by_unit,
            by_verb,
            usable,
            list: list_groups(figures),
            country: figures.iter().map(country_of).collect(),
        }
    }

    fn figure(&self, id: usize) -> &Figure {
        &self.extraction.figures[id]
    }

    /// Figures that fit a selector's own words (kind, unit, verb, ...),
    /// found through the index, in source order.
    pub fn candidates(&self, selector: &Selector) -> Vec<usize> {
        let lookup = |map: &HashMap<String, Vec<usize>>, keys: &[String]| -> Vec<usize> {
            let mut ids: Vec<usize> = keys
                .iter()
                .filter_map(|key| map.get(key))
                .flatten()
                .copied()
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        let mut pools: Vec<Vec<usize>> = Vec::new();
        if !selector.kinds.is_empty() {
            let mut ids: Vec<usize> = selector
                .kinds
                .iter()
                .filter_map(|kind| self.by_kind.get(kind))
                .flatten()
                .copied()
                .collect();
            ids.sort_unstable();
            pools.push(ids);
        }
        if !selector.units.is_empty() {
            pools.push(lookup(&self.by_unit, &selector.units));
        }
        if !selector.verbs.is_empty() {
            pools.push(lookup(&self.by_verb, &selector.verbs));
        }
        let smallest = pools
            .iter()
            .min_by_key(|pool| pool.len())
            .unwrap_or(&self.usable);
        smallest
            .iter()
            .copied()
            .filter(|id| self.fits(selector, *id))
            .collect()
    }

    fn fits(&self, selector: &Selector, id: usize) -> bool {
        let figure = self.figure(id);
        let lower = |text: &Option<String>| text.as_deref().map(str::to_lowercase);
        (selector.kinds.is_empty() || selector.kinds.contains(&figure.kind))
            && (selector.units.is_empty()
                || selector.units.iter().any(|unit| {
                    self.by_unit
                        .get(unit)
                        .is_some_and(|ids| ids.binary_search(&id).is_ok())
                }))
            && (selector.verbs.is_empty()
                || lower(&figure.verb).is_some_and(|verb| selector.verbs.contains(&verb)))
            && (selector.actors.is_empty()
                || lower(&figure.actor).is_some_and(|actor| {
                    selector
                        .actors
                        .iter()
                        .any(|word| actor.contains(word.as_str()))
                }))
            && (selector.modifiers.is_empty()
                || figure.noun.as_ref().is_some_and(|noun| {
                    noun.modifiers
                        .iter()
                        .any(|modifier| selector.modifiers.contains(&modifier.to_lowercase()))
                }))
            && (selector.qualifiers.is_empty() || selector.qualifiers.contains(&figure.qualifier))
            && match selector.change {
                None => true,
                Some(ChangeSel::Any) => figure.change.is_some(),
                Some(ChangeSel::None) => figure.change.is_none(),
                Some(ChangeSel::Up) => figure
                    .change
                    .is_some_and(|change| change.direction == tally_extract::Direction::Up),
                Some(ChangeSel::Down) => figure
                    .change
                    .is_some_and(|change| change.direction == tally_extract::Direction::Down),
            }
            && (selector.per.is_empty()
                || lower(&figure.per).is_some_and(|per| selector.per.contains(&per)))
    }

    /// Whether `subject` stands in `relation` to `target`.
    fn relates(&self, relation: Relation, subject: usize, target: usize) -> bool {
        let (a, b) = (self.figure(subject), self.figure(target));
        let linked = |from: &Figure, kind: LinkKind, to: usize| {
            from.links
                .iter()
                .any(|link| link.kind == kind && link.to == to)
        };
        match relation {
            Relation::Link(kind) => linked(a, kind, target),
            Relation::SamePerson => {
                linked(a, LinkKind::SamePerson, target) || linked(b, LinkKind::SamePerson, subject)
            }
            Relation::SameList => {
                self.list[subject].is_some() && self.list[subject] == self.list[target]
            }
            Relation::TotalOf => a.links.iter().any(|link| {
                link.kind == LinkKind::TotalOf
                    && (link.to == target
                        || (self.list[link.to].is_some()
                            && self.list[link.to] == self.list[target]))
            }),
            Relation::NextTo => {
                // "Monday, June 10", "from 40,000 to 90,000": adjacent
                // figures with a few words at most between them.
                let (first, second) = if a.span.offset <= b.span.offset {
                    (a, b)
                } else {
                    (b, a)
                };
                let between = self
                    .text
                    .get(first.span.end()..second.span.offset)
                    .unwrap_or("");
                a.sentence == b.sentence
                    && subject.abs_diff(target) == 1
                    && between.split_whitespace().count() <= 3
            }
            Relation::SameUnit => {
                let unit = |figure: &Figure| {
                    figure
                        .unit
                        .as_deref()
                        .or(figure.noun.as_ref().map(|noun| noun.lemma.as_str()))
                        .and_then(units::canonical)
                };
                // A restatement often drops the noun ("12,000 migrants a
                // year, or about 100 a month"): only two stated units that
                // differ make the figures incompatible.
                match (unit(a), unit(b)) {
                    (Some(x), Some(y)) => x == y,
                    _ => true,
                }
            }
            Relation::SameVerb => a.verb.is_some() && a.verb == b.verb,
            // Stricter than same-unit: both must name what they count.
            Relation::SameNoun => match (&a.noun, &b.noun) {
                (Some(x), Some(y)) => x.lemma == y.lemma,
                _ => false,
            },
            Relation::OtherPeriod => {
                let period = |figure: &Figure| figure.per.as_deref().map(str::to_lowercase);
                period(a).is_some() && period(b).is_some() && period(a) != period(b)
            }
            Relation::SameActor => match (&a.actor, &b.actor) {
                (Some(x), Some(y)) => actors_agree(x, y),
                _ => false,
            },
            Relation::Window(window) => same_window(window, a, b),
        }
    }

    /// Figures that must never be bound together. Figures the language
    /// links (a part and its whole, a list and its total, a change's two
    /// ends) always may be: an attribution ("the ministry said") often gives
    /// one of them another actor than its subject gives the other. Unlinked
    /// figures of different countries never may; of different actors, only
    /// under `actors: any`.
    fn conflict(&self, a: usize, b: usize, any_actor: bool) -> bool {
        if self.linked_either(a, b) || (self.list[a].is_some() && self.list[a] == self.list[b]) {
            return false;
        }
        if !any_actor
            && let (Some(x), Some(y)) = (&self.figure(a).actor, &self.figure(b).actor)
            && !actors_agree(x, y)
        {
            return true;
        }
        matches!((self.country[a], self.country[b]), (Some(x), Some(y)) if x != y)
    }

    fn linked_either(&self, a: usize, b: usize) -> bool {
        self.figure(a).links.iter().any(|link| link.to == b)
            || self.figure(b).links.iter().any(|link| link.to == a)
    }
}

/// Whether two actors may be the same. The extractor gives the subject
/// phrase as written ("russia's defense ministry"), so actors agree when one
/// names a word of the other ("russia"), not only when they are equal.
fn actors_agree(a: &str, b: &str) -> bool {
    const GENERIC: [&str; 8] = ["the", "and", "its", "his", "her", "their", "said", "says"];
    let words = |text: &str| -> Vec<String> {
        text.to_lowercase()
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|word| word.len() > 2 && !GENERIC.contains(word))
            .map(str::to_string)
            .collect()
    };
    let theirs = words(b);
    a.eq_ignore_ascii_case(b) || words(a).iter().any(|word| theirs.contains(word))
}

fn same_window(window: Window, a: &Figure, b: &Figure) -> bool {
    match window {
        Window::Sentence => a.sentence == b.sentence,
        Window::Paragraph => a.paragraph == b.paragraph,
        Window::Document => true,
    }
}

fn list_groups(figures: &[Figure]) -> Vec<Option<usize>> {
    let mut parent: Vec<usize> = (0..figures.len()).collect();
    fn root(parent: &mut [usize], mut id: usize) -> usize {
        while parent[id] != id {
            parent[id] = parent[parent[id]];
            id = parent[id];
        }
        id
    }
    let mut listed = vec![false; figures.len()];
    for (id, figure) in figures.iter().enumerate() {
        for link in figure
            .links
            .iter()
            .filter(|link| link.kind == LinkKind::SameList && link.to < figures.len())
        {
            listed[id] = true;
            listed[link.to] = true;
            let (a, b) = (root(&mut parent, id), root(&mut parent, link.to));
            parent[a.max(b)] = a.min(b);
        }
    }
    (0..figures.len())
        .map(|id| listed[id].then(|| root(&mut parent, id)))
        .collect()
}

/// Nationality words and the country they point to; an actor naming the
/// country points there too.
const COUNTRIES: &[(&str, &[&str])] = &[
    ("russia", &["russia", "russian", "moscow", "kremlin"]),
    ("ukraine", &["ukraine", "ukrainian", "kyiv", "kiev"]),
    ("israel", &["israel", "israeli"]),
    ("iran", &["iran", "iranian", "tehran"]),
    (
        "united states",
        &[
            "united states",
            "american",
            "u.s.",
            "us",
            "washington",
            "pentagon",
        ],
    ),
    ("china", &["china", "chinese", "beijing"]),
    (
        "united kingdom",
        &["britain", "british", "united kingdom", "uk", "london"],
    ),
    ("france", &["france", "french", "paris"]),
    ("germany", &["germany", "german", "berlin"]),
    ("lebanon", &["lebanon", "lebanese", "hezbollah"]),
    ("palestine", &["gaza", "palestinian", "hamas"]),
    ("syria", &["syria", "syrian"]),
    ("yemen", &["yemen", "yemeni", "houthi", "houthis"]),
    ("north korea", &["north korea", "north korean", "pyongyang"]),
    ("south korea", &["south korea", "south korean", "seoul"]),
];

fn country_of(figure: &Figure) -> Option<&'static str> {
    let find = |text: &str| -> Option<&'static str> {
        let text = text.to_lowercase();
        let words: Vec<&str> = text
            .split(|ch: char| !ch.is_alphanumeric() && ch != '.')
            .filter(|word| !word.is_empty())
            .collect();
        COUNTRIES.iter().find_map(|(country, names)| {
            names
                .iter()
                .any(|name| {
                    if name.contains(' ') {
                        text.contains(name)
                    } else {
                        words.contains(name)
                    }
                })
                .then_some(*country)
        })
    };
    figure
        .noun
        .as_ref()
        .and_then(|noun| noun.modifiers.iter().find_map(|modifier| find(modifier)))
        .or_else(|| figure.actor.as_deref().and_then(find))
}

/// The outcome of binding a rule in a document.
pub(crate) struct Bindings {
    pub bindings: Vec<Vec<Bound>>,
    /// Names for which no figure fits (and that have no default).
    pub unmatched: Vec<usize>,
}

/// A name's candidates: single figures, or groups for a grouped list.
enum Options {
    Single(Vec<usize>),
    Groups(Vec<Vec<usize>>),
    All(Vec<usize>),
}

pub(crate) fn bind(rule: &Rule, index: &Index, default_within: Option<Window>) -> Bindings {
    let within = rule.within.or(default_within).unwrap_or(Window::Document);
    let options: Vec<Options> = rule
        .selectors
        .iter()
        .map(|selector| {
            let ids = index.candidates(selector);
            let group = |key: &dyn Fn(usize) -> Option<usize>| {
                let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
                for id in ids.iter().copied() {
                    let Some(key) = key(id) else { continue };
                    match groups.iter_mut().find(|(group, _)| *group == key) {
                        Some((_, members)) => members.push(id),
                        None => groups.push((key, vec![id])),
                    }
                }
                Options::Groups(groups.into_iter().map(|(_, members)| members).collect())
            };
            match selector.many {
                Many::One => Options::Single(ids),
                Many::All => Options::All(ids),
                Many::List => group(&|id| index.list[id]),
                Many::Sentence => group(&|id| Some(index.figure(id).sentence)),
                Many::Paragraph => group(&|id| Some(index.figure(id).paragraph)),
            }
        })
        .collect();
    let unmatched: Vec<usize> = options
        .iter()
        .enumerate()
        .filter(|(index, options)| {
            rule.selectors[*index].optional.is_none()
                && match options {
                    Options::Single(ids) | Options::All(ids) => ids.is_empty(),
                    Options::Groups(groups) => groups.is_empty(),
                }
        })
        .map(|(index, _)| index)
        .collect();
    if !unmatched.is_empty() || rule.names.is_empty() {
        return Bindings {
            bindings: Vec::new(),
            unmatched,
        };
    }
    let binder = Binder {
        rule,
        index,
        options: &options,
        within,
    };
    let mut bindings: Vec<Vec<Bound>> = Vec::new();
    let mut seen: Vec<Vec<usize>> = Vec::new();
    let anchor = (0..rule.names.len()).find(|name| !matches!(options[*name], Options::All(_)));
    let mut anchors: Vec<Bound> = match anchor.map(|name| &options[name]) {
        Some(Options::Single(ids)) => ids.iter().map(|id| Bound::One(*id)).collect(),
        Some(Options::Groups(groups)) => groups
            .iter()
            .map(|group| Bound::Many(group.clone()))
            .collect(),
        _ => vec![Bound::Default(0.0)],
    };
    // An optional anchor with no figure still lets the others bind.
    if let Some(default) = anchor.and_then(|name| rule.selectors[name].optional)
        && anchors.is_empty()
    {
        anchors.push(Bound::Default(default));
    }
    for start in anchors {
        let mut slots: Vec<Option<Bound>> = vec![None; rule.names.len()];
        if let Some(anchor) = anchor {
            slots[anchor] = Some(start);
            if !binder.consistent(&slots, anchor) {
                continue;
            }
        }
        if let Some(done) = binder.extend(slots, anchor) {
            let mut key: Vec<usize> = done
                .iter()
                .flat_map(|bound| bound.figures().iter().copied())
                .collect();
            key.sort_unstable();
            if !seen.contains(&key) {
                seen.push(key);
                bindings.push(done);
            }
        }
    }
    Bindings {
        bindings: mutual(binder, anchor, bindings),
        unmatched: Vec::new(),
    }
}

/// Keeps a figure that several anchors chose only with the anchor it
/// prefers itself, so that "The city ran 10 parks and 5 closed. The county
/// ran 3." pairs 5 with 10 and not also with 3.
fn mutual(binder: Binder, anchor: Option<usize>, bindings: Vec<Vec<Bound>>) -> Vec<Vec<Bound>> {
    let Some(anchor) = anchor else {
        return bindings;
    };
    let anchor_figure = |binding: &[Bound]| binding[anchor].figures().first().copied();
    let score = |binding: &[Bound], figure: usize| {
        anchor_figure(binding).map(|start| binder.preference(start, &[figure]))
    };
    let mut best: HashMap<(usize, usize), (bool, bool, usize, usize)> = HashMap::new();
    for binding in &bindings {
        for (name, bound) in binding.iter().enumerate() {
            if let (true, Bound::One(figure)) = (name != anchor, bound)
                && let Some(score) = score(binding, *figure)
            {
                let entry = best.entry((name, *figure)).or_insert(score);
                *entry = (*entry).min(score);
            }
        }
    }
    bindings
        .into_iter()
        .filter(|binding| {
            binding.iter().enumerate().all(|(name, bound)| match bound {
                Bound::One(figure) if name != anchor => {
                    score(binding, *figure) == best.get(&(name, *figure)).copied()
                }
                _ => true,
            })
        })
        .collect()
}

struct Binder<'r> {
    rule: &'r Rule,
    index: &'r Index<'r>,
    options: &'r [Options],
    within: Window,
}

impl Binder<'_> {
    fn bound_figures(slots: &[Option<Bound>]) -> Vec<usize> {
        slots
            .iter()
            .flatten()
            .flat_map(|bound| bound.figures().iter().copied())
            .collect()
    }

    /// Binds the next unbound name (singles and groups first, then `all`
    /// lists), backtracking through the preferred candidates.
    fn extend(&self, slots: Vec<Option<Bound>>, anchor: Option<usize>) -> Option<Vec<Bound>> {
        let next = (0..slots.len())
            .find(|name| slots[*name].is_none() && !matches!(self.options[*name], Options::All(_)))
            .or_else(|| (0..slots.len()).find(|name| slots[*name].is_none()));
        let Some(name) = next else {
            return Some(
                slots
                    .into_iter()
                    .map(|slot| slot.expect("every slot is bound"))
                    .collect(),
            );
        };
        let taken = Self::bound_figures(&slots);
        let selector = &self.rule.selectors[name];
        let choices: Vec<Bound> = match &self.options[name] {
            Options::Single(ids) => {
                let mut ids: Vec<usize> = ids
                    .iter()
                    .copied()
                    .filter(|id| !taken.contains(id))
                    .collect();
                ids.sort_by_key(|id| self.preference(*id, &taken));
                ids.into_iter().map(Bound::One).collect()
            }
            Options::Groups(groups) => {
                let mut groups: Vec<&Vec<usize>> = groups
                    .iter()
                    .filter(|group| group.iter().all(|id| !taken.contains(id)))
                    .collect();
                groups.sort_by_key(|group| self.preference(group[0], &taken));
                groups
                    .into_iter()
                    .map(|group| Bound::Many(group.clone()))
                    .collect()
            }
            Options::All(ids) => {
                let members: Vec<usize> = ids
                    .iter()
                    .copied()
                    .filter(|id| !taken.contains(id))
                    .filter(|id| {
                        let mut trial = slots.clone();
                        trial[name] = Some(Bound::One(*id));
                        self.consistent_member(&trial, name, anchor)
                    })
                    .collect();
                if members.is_empty() {
                    vec![]
                } else {
                    vec![Bound::Many(members)]
                }
            }
        };
        for choice in choices {
            let mut trial = slots.clone();
            trial[name] = Some(choice);
            if self.consistent(&trial, name)
                && self.in_window(&trial, name, anchor)
                && let Some(done) = self.extend(trial, anchor)
            {
                return Some(done);
            }
        }
        let default = selector.optional?;
        let mut trial = slots;
        trial[name] = Some(Bound::Default(default));
        self.extend(trial, anchor)
    }

    /// Linked to a bound figure, then same sentence, then nearest, then first.
    fn preference(&self, id: usize, taken: &[usize]) -> (bool, bool, usize, usize) {
        let figure = self.index.figure(id);
        let linked = taken
            .iter()
            .any(|other| self.index.linked_either(id, *other));
        let same_sentence = taken
            .iter()
            .any(|other| self.index.figure(*other).sentence == figure.sentence);
        let distance = taken
            .iter()
            .map(|other| {
                self.index
                    .figure(*other)
                    .span
                    .offset
                    .abs_diff(figure.span.offset)
            })
            .min()
            .unwrap_or(0);
        (!linked, !same_sentence, distance, id)
    }

    fn in_window(&self, slots: &[Option<Bound>], name: usize, anchor: Option<usize>) -> bool {
        let Some(anchor) = anchor.and_then(|anchor| slots[anchor].as_ref()) else {
            return true;
        };
        let Some(bound) = &slots[name] else {
            return true;
        };
        bound.figures().iter().all(|id| {
            anchor.figures().is_empty()
                || anchor.figures().iter().any(|other| {
                    same_window(
                        self.within,
                        self.index.figure(*id),
                        self.index.figure(*other),
                    )
                })
        })
    }

    /// A candidate member of an `all` list, checked against bound names.
    fn consistent_member(
        &self,
        slots: &[Option<Bound>],
        name: usize,
        anchor: Option<usize>,
    ) -> bool {
        self.consistent(slots, name) && self.in_window(slots, name, anchor)
    }

    /// Whether `name`'s binding keeps every relation and conflict rule with
    /// the names bound so far. A relation to an unbound name or a default
    /// is checked later, or holds vacuously.
    fn consistent(&self, slots: &[Option<Bound>], name: usize) -> bool {
        let Some(bound) = &slots[name] else {
            return true;
        };
        let mine = bound.figures();
        for (other, slot) in slots.iter().enumerate() {
            let Some(theirs) = slot.as_ref().map(Bound::figures) else {
                continue;
            };
            if other == name {
                continue;
            }
            if mine.iter().any(|a| {
                theirs
                    .iter()
                    .any(|b| self.index.conflict(*a, *b, self.rule.any_actor))
            }) {
                return false;
            }
            let holds = |subject: &[usize], target: &[usize], relation: Relation| {
                subject.is_empty()
                    || target.is_empty()
                    || subject
                        .iter()
                        .any(|a| target.iter().any(|b| self.index.relates(relation, *a, *b)))
            };
            for (relation, target) in &self.rule.selectors[name].relations {
                if *target == other && !holds(mine, theirs, *relation) {
                    return false;
                }
            }
            for (relation, target) in &self.rule.selectors[other].relations {
                if *target == name && !holds(theirs, mine, *relation) {
                    return false;
                }
            }
        }
        true
    }
}
