//! `relation:`: the figure pairs the extractor relates, each with plain
//! names and the selectors that bind them, so a rule can say
//! `relation: part-whole` instead of spelling out `part-of` links.
//!
//! A relation is written here as selector keys and values, the same words a
//! rule file uses, so that a `figures` entry can be compared with it key by
//! key and a clash reported at the key the author wrote.

use tally_extract::{Kind, LinkKind};

use crate::rule::{ChangeSel, Many, Relation, Selector};

/// One selector key a relation sets on one of its names.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Part {
    Kind(Kind),
    Many(Many),
    Change(ChangeSel),
    /// A link to another of the relation's names: the selector key a rule
    /// file writes for it, the relation that key loads as, and the name.
    Link(&'static str, Relation, &'static str),
}

impl Part {
    /// The selector key a rule file writes for this part.
    pub fn key(self) -> &'static str {
        match self {
            Part::Kind(_) => "kind",
            Part::Many(_) => "many",
            Part::Change(_) => "change",
            Part::Link(key, _, _) => key,
        }
    }
}

pub(crate) struct RelationDef {
    pub name: &'static str,
    /// What the relation is, for the schema and `rules/README.md`.
    pub doc: &'static str,
    /// The names it gives, in binding order (the first is the anchor), with
    /// what each name's selector says.
    pub figures: &'static [(&'static str, &'static [Part])],
}

impl RelationDef {
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.figures.iter().map(|(name, _)| *name)
    }

    pub fn parts(&self, name: &str) -> Option<&'static [Part]> {
        self.figures
            .iter()
            .find(|(own, _)| *own == name)
            .map(|(_, parts)| *parts)
    }
}

use Part::{Change, Kind as K, Link, Many as M};

pub(crate) const RELATIONS: &[RelationDef] = &[
    RelationDef {
        name: "part-whole",
        doc: "`whole`, and `part` linked as part of it (\"Of the 52 schools, 30 closed\"; \"Of those, 12 ...\").",
        figures: &[
            ("whole", &[]),
            (
                "part",
                &[Link("part-of", Relation::Link(LinkKind::PartOf), "whole")],
            ),
        ],
    },
    RelationDef {
        name: "list-total",
        doc: "`parts`, one list (\"killed 23 and injured 91\"), and `total`, its stated total (\"a total of 104\").",
        figures: &[
            ("parts", &[M(Many::List)]),
            ("total", &[Link("total-of", Relation::TotalOf, "parts")]),
        ],
    },
    RelationDef {
        name: "change",
        doc: "`start` and `end` of a change (\"from 7.2% to 7.9%\", \"2,100, up from 2,400\").",
        figures: &[
            (
                "start",
                &[Link("from", Relation::Link(LinkKind::From), "end")],
            ),
            ("end", &[]),
        ],
    },
    RelationDef {
        name: "change-amount",
        doc: "`amount`, a change (\"rose 25%\"), with the `start` and `end` written beside it (\", from 400 to 500\").",
        figures: &[
            ("amount", &[Change(ChangeSel::Any)]),
            (
                "start",
                &[
                    Link("from", Relation::Link(LinkKind::From), "end"),
                    Link("next-to", Relation::NextTo, "amount"),
                ],
            ),
            ("end", &[]),
        ],
    },
    RelationDef {
        name: "share",
        doc: "`share`, a percentage, and `part`, the figure it is the share of (\"480, or 30%\").",
        figures: &[
            (
                "share",
                &[
                    K(Kind::Percent),
                    Link("share-of", Relation::Link(LinkKind::ShareOf), "part"),
                ],
            ),
            ("part", &[]),
        ],
    },
    RelationDef {
        name: "rate-restatement",
        doc: "`rate`, and `again`, the same rate over another period or unit (\"5,000 a week, or 700 a day\").",
        figures: &[
            ("rate", &[K(Kind::Rate)]),
            (
                "again",
                &[
                    K(Kind::Rate),
                    Link("restates", Relation::Link(LinkKind::Restates), "rate"),
                ],
            ),
        ],
    },
    RelationDef {
        name: "restated",
        doc: "`first`, and `again`, a figure with the same governing verb later in the story (\"detained 3,560\" ... \"the 3,650 detained\").",
        figures: &[
            ("first", &[]),
            ("again", &[Link("same-verb", Relation::SameVerb, "first")]),
        ],
    },
    RelationDef {
        name: "age-birth-year",
        doc: "`age` and `born`, the birth year, of one person (\"born in 1961 ... the 63-year-old\").",
        figures: &[
            ("age", &[K(Kind::Age)]),
            (
                "born",
                &[
                    K(Kind::Year),
                    Link("same-person", Relation::SamePerson, "age"),
                ],
            ),
        ],
    },
    RelationDef {
        name: "weekday-date",
        doc: "`day`, a weekday, and `date`, the date written beside it (\"Monday, June 10\").",
        figures: &[
            ("day", &[K(Kind::Weekday)]),
            (
                "date",
                &[K(Kind::Date), Link("next-to", Relation::NextTo, "day")],
            ),
        ],
    },
    RelationDef {
        name: "weekday-dateline",
        doc: "`day`, a weekday, to compare with the story's dateline; `days_from_dateline(day)` reads \"today\", \"yesterday\" or \"tomorrow\" beside it.",
        figures: &[("day", &[K(Kind::Weekday)])],
    },
];

pub(crate) fn find(name: &str) -> Option<&'static RelationDef> {
    RELATIONS.iter().find(|relation| relation.name == name)
}

pub(crate) fn names() -> Vec<&'static str> {
    RELATIONS.iter().map(|relation| relation.name).collect()
}

/// The selector a relation gives `name`, with links resolved against the
/// rule's `names`.
pub(crate) fn selector(parts: &[Part], names: &[String]) -> Selector {
    let mut selector = Selector::default();
    for part in parts {
        match *part {
            Part::Kind(kind) => selector.kinds.push(kind),
            Part::Many(many) => selector.many = many,
            Part::Change(change) => selector.change = Some(change),
            Part::Link(_, relation, target) => {
                let target = names
                    .iter()
                    .position(|name| name == target)
                    .expect("a relation links only its own names");
                selector.relations.push((relation, target));
            }
        }
    }
    selector
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::SourceFile;
    use crate::rule::Loader;

    /// The relation the loader makes of `key` in `b: { KEY: a }`.
    fn loaded(key: &str) -> Relation {
        let text = format!(
            "id: t/link\ntitle: T\nseverity: error\ndocs: {{ what: w, why: w, example: e }}\n\
             figures:\n  a: {{}}\n  b: {{ {key}: a }}\ncheck: 1 == 1\nmessage: m\n"
        );
        let file = SourceFile::new("link.yaml", &text);
        let root = crate::yaml::parse(&file).expect("valid YAML");
        let mut loader = Loader::new(&file);
        let rule = loader.rule(&root).expect("the rule loads");
        rule.selectors[1].relations[0].0
    }

    #[test]
    fn every_relation_links_only_its_own_names_and_names_each_once() {
        for relation in RELATIONS {
            let names: Vec<String> = relation.names().map(str::to_string).collect();
            let mut unique = names.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), names.len(), "{}", relation.name);
            for (name, parts) in relation.figures {
                for part in *parts {
                    if let Part::Link(key, link, target) = part {
                        assert!(names.iter().any(|own| own == target), "{}", relation.name);
                        assert_ne!(target, name, "{} links {name} to itself", relation.name);
                        assert_eq!(loaded(key), *link, "{}: `{key}`", relation.name);
                    }
                }
                // Builds without panicking.
                selector(parts, &names);
            }
        }
    }
}
