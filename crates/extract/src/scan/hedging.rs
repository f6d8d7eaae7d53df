//! The words around a figure that hedge it ("more than", "100 or so") or
//! make it an amount of change ("rose 0.3%", "a 5% increase").

use super::*;
use crate::lexicon::HEDGES;

impl<'a> Sentence<'a> {
    pub(super) fn hedge_and_change(&self, found: Found) -> Found {
        let mut found = found;
        let before = |n: usize| {
            if found.first >= n {
                self.word(found.first - n)
            } else {
                ""
            }
        };
        // "a total of 30", "a haul of 30 medals", "a combined 30".
        found.total = (before(1) == "of"
            && matches!(before(2), "total" | "haul" | "tally" | "sum")
            && before(3) == "a")
            || (before(1) == "of" && before(2) == "total")
            || (before(1) == "combined" && matches!(before(2), "a" | "the"))
            || matches!(before(1), "totalling" | "totaling" | "totaled" | "totalled")
            || (before(1) == "to" && before(2) == "total")
            || matches!(
                (self.word(found.after), self.word(found.after + 1)),
                ("in", "all" | "total") | ("altogether", _)
            );
        // "the 76-year-old", "she was born in 1949", "Chirac was born in
        // 1932": the person was named before. A birth year whose subject
        // is a role ("the prime minister was born in 1967") introduces
        // someone new.
        let name_before = |n: usize| {
            found.first >= n
                && self.is_word(found.first - n)
                && self
                    .raw(found.first - n)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        };
        found.anaphoric = (found.kind == Kind::Age && before(1) == "the")
            || (found.birth
                && matches!(before(3), "was" | "is")
                && (matches!(before(4), "he" | "she") || name_before(4)));
        // "drew 65,000 visitors over four days": after a plural noun,
        // "over" a time span says when, not how long ("waited over three
        // hours" still means more than).
        let before_over = found.first.saturating_sub(2);
        let amount_before = !self.is_word(before_over)
            || lexicon::scale(self.word(before_over), self.glued(before_over)).is_some()
            || matches!(
                self.word(before_over),
                "cent" | "percent" | "points" | "tn" | "bn"
            )
            || lexicon::measure(self.word(before_over)).is_some();
        // "pledged £1.2tn over ten years", "rose 30% over five years":
        // after an amount too.
        let over_a_span = found.kind == Kind::Duration
            && found.first >= 2
            && self.word(found.first - 1) == "over"
            && ((self.is_word(before_over)
                && lemma::is_plural(self.word(before_over))
                && !lemma::is_verb_form(self.word(before_over))
                && !lexicon::is_function_word(self.word(before_over)))
                || (amount_before && self.raw(before_over) != ","));
        let before = if over_a_span {
            None
        } else {
            self.hedge_before(found.first)
        };
        if let Some((qualifier, start)) = before {
            found.qualifier = qualifier;
            found.hedge_first = start;
        } else if let Some(qualifier) = self
            .hedge_after(found.last + 1, found.after)
            .filter(|_| !self.and_a_comparative_noun(found.last + 1, found.noun.is_some()))
        {
            found.qualifier = qualifier;
        } else if found.first > 0
            && (matches!(
                self.word(found.first - 1),
                "topped" | "tops" | "topping" | "exceeded" | "exceeds" | "surpassed" | "surpasses"
            ) || (matches!(
                self.word(found.first - 1),
                "passed" | "passes" | "crossed" | "crosses" | "breached"
            ) && found.noun.is_none()))
        {
            // "sales topped 1.5 million": more than it, said by the verb,
            // which stays the figure's verb rather than a hedge word.
            found.qualifier = Qualifier::MoreThan;
        } else if found.first > 1
            && matches!(
                (self.word(found.first - 2), self.word(found.first - 1)),
                ("capped" | "limited", "at" | "to")
            )
        {
            // "capped at 40 tonnes", "limited to two terms": at most, and
            // the verb stays the figure's.
            found.qualifier = Qualifier::AtMost;
        }
        let mut found = self.with_change(found);
        // "a 5% increase", "a $2 million cut"
        // "a 5.8GHz boost clock" names a clock, not a boost.
        let compound = self.is_word(found.last + 2)
            && !lexicon::is_function_word(self.word(found.last + 2))
            && !lemma::is_verb_form(self.word(found.last + 2))
            && !lexicon::is_auxiliary(self.word(found.last + 2));
        if found.change.is_none()
            && !compound
            && let Some(direction) = change_noun(self.word(found.last + 1))
        {
            found.change = Some(Change { direction });
        }
        // "20% below the average", "8% higher than": a difference.
        // "18,000 more ballots than voters": a difference in a noun.
        if found.kind == Kind::Count
            && found.noun.is_none()
            && found.qualifier == Qualifier::Exact
            && matches!(self.word(found.last + 1), "more" | "fewer")
            && self.is_word(found.last + 2)
            && lemma::is_plural(self.word(found.last + 2))
            && self.word(found.last + 3) == "than"
        {
            let lemma = lemma::singular(self.word(found.last + 2));
            found.unit = Some(lemma.clone());
            found.noun = Some(crate::Noun {
                lemma,
                ..crate::Noun::default()
            });
            let direction = if self.word(found.last + 1) == "more" {
                crate::Direction::Up
            } else {
                crate::Direction::Down
            };
            found.change = Some(Change { direction });
        }
        // "1.1 million fewer than in 2019", "£300 more than last year": a
        // difference.
        if found.change.is_none() && found.kind != Kind::Percent {
            use crate::Direction::{Down, Up};
            let k = if found.noun.is_some() {
                found.after
            } else {
                found.last + 1
            };
            let direction = match (self.word(k), self.word(k + 1)) {
                ("fewer" | "less", "than") => Some(Down),
                ("more", "than") => Some(Up),
                _ => None,
            };
            let amount = matches!(
                found.kind,
                Kind::Count | Kind::Money | Kind::Measure | Kind::Duration
            );
            if amount && found.qualifier == Qualifier::Exact {
                found.change = direction.map(|direction| Change { direction });
            }
        }
        // "1.48C above pre-industrial levels": a temperature difference.
        let temperature = matches!(found.unit.as_deref(), Some("°C" | "°F" | "degree"));
        let percent = found.kind == Kind::Percent
            || temperature
            || (found.kind == Kind::Range && found.unit.as_deref() == Some("percent"));
        if found.change.is_none() && percent {
            use crate::Direction::{Down, Up};
            // "closed 1.3% higher", "15% below pre-pandemic levels"
            // "below the average", "below 2019 levels"
            let word_after = self.is_word(found.last + 2) || self.is_number(found.last + 2);
            // "41% more passengers than in 2019": the compared noun may
            // stand before "than".
            let than_after = (found.last + 2..found.last + 5)
                .take_while(|&k| self.is_word(k))
                .any(|k| self.word(k) == "than");
            // "40% faster", "30% less power", "20% cheaper": a comparative
            // right after a percentage.
            let comparative = match self.word(found.last + 1) {
                "more" | "faster" | "bigger" | "larger" | "longer" | "heavier" | "stronger"
                | "greater" | "taller" | "wider" | "dearer" => Some(Up),
                "less" | "fewer" | "slower" | "smaller" | "shorter" | "lighter" | "weaker"
                | "cheaper" | "narrower" => Some(Down),
                _ => None,
            };
            let direction = match (self.word(found.last + 1), self.word(found.last + 2)) {
                _ if found.kind == Kind::Percent && comparative.is_some() => comparative,
                ("more" | "higher", _) if than_after => Some(Up),
                ("fewer" | "less" | "lower", _) if than_after => Some(Down),
                ("under", "the" | "its" | "their" | "last" | "a") => Some(Down),
                ("below", _) if word_after => Some(Down),
                ("above", _) if word_after => Some(Up),
                ("lower" | "less", "than") => Some(Down),
                ("higher" | "more", "than") => Some(Up),
                ("lower", _) => Some(Down),
                ("higher", _) => Some(Up),
                _ => None,
            };
            found.change = direction.map(|direction| Change { direction });
        }
        found
    }

    /// Hedges written after the figure: "100 or so", "50 or more",
    /// "200-plus", "30 people or fewer".
    pub(super) fn hedge_after(&self, next: usize, after: usize) -> Option<Qualifier> {
        [next, after].into_iter().find_map(|k| {
            // "5000 or less than 6000": the comparison is the next figure's.
            if self.word(k) == "or" && self.word(k + 2) == "than" {
                return None;
            }
            let qualifier = match (self.word(k), self.word(k + 1)) {
                ("or", "so") => Qualifier::Approximately,
                // "aged 70 and over", "children 5 and under"
                ("and", "over" | "above" | "older") => Qualifier::AtLeast,
                ("and", "under" | "below" | "younger") => Qualifier::AtMost,
                ("or", "more") => Qualifier::AtLeast,
                ("or", "fewer" | "less") => Qualifier::AtMost,
                ("-", "plus") if self.glued(k) => Qualifier::MoreThan,
                ("plus", _) if k == next && !self.is_number(k + 1) => Qualifier::MoreThan,
                _ => return None,
            };
            Some(qualifier)
        })
    }

    /// "two older sisters and younger sister": "and younger" before a
    /// noun, or after a counted noun, is another phrase, not a bound like
    /// "aged 70 and over".
    fn and_a_comparative_noun(&self, next: usize, counted: bool) -> bool {
        if self.word(next) != "and" {
            return false;
        }
        let k = next + 2;
        let noun_follows = self.is_word(k)
            && !lexicon::is_function_word(self.word(k))
            && !lexicon::is_auxiliary(self.word(k))
            && !lemma::is_verb_form(self.word(k));
        counted || noun_follows
    }

    pub(super) fn hedge_before(&self, first: usize) -> Option<(Qualifier, usize)> {
        if first > 0 && self.raw(first - 1) == "~" {
            return Some((Qualifier::Approximately, first - 1));
        }
        HEDGES.iter().find_map(|&(words, qualifier)| {
            let start = first.checked_sub(words.len())?;
            let matches = words
                .iter()
                .enumerate()
                .all(|(j, w)| self.is_word(start + j) && self.word(start + j) == *w);
            matches.then_some((qualifier, start))
        })
    }

    /// "rose 0.3%", "fell by 5,000", "up 19 cents", "an increase of 2%".
    pub(super) fn with_change(&self, mut found: Found) -> Found {
        // "rose as high as $57.10", "fell as low as minus 15C": where the
        // value got to, not how far it moved.
        let level = found.hedge_first + 2 < found.first
            && self.word(found.hedge_first) == "as"
            && matches!(self.word(found.hedge_first + 1), "high" | "low");
        if level {
            return found;
        }
        let mut j = found.hedge_first;
        let mut by = false;
        if j > 0 && matches!(self.word(j - 1), "by" | "of") {
            by = true;
            j -= 1;
        }
        if j == 0 {
            return found;
        }
        // "lost an average of 15%", "rose by a total of 40": the words
        // that name the amount stand between it and its verb.
        if by
            && j >= 3
            && matches!(self.word(j - 1), "average" | "total")
            && matches!(self.word(j - 2), "a" | "an")
        {
            j -= 2;
            // "added an average of 186,000 jobs" counts what was added;
            // "rose by an average of 9%" is the amount of the rise.
            by = self.word(j - 1) == "by";
            if by {
                j -= 1;
            }
        }
        // "grew at an annualised 2.4%", "rose by an average 3%": a rate
        // of change named by an article and an adjective.
        if j >= 3
            && matches!(self.word(j - 3), "at" | "by")
            && matches!(self.word(j - 2), "a" | "an")
            && matches!(
                self.word(j - 1),
                "annualised" | "annualized" | "annual" | "average" | "yearly" | "monthly"
            )
            && lexicon::change_word(self.word(j - 4)).is_some()
        {
            j -= 3;
            by = true;
        } else if j >= 2
            && self.word(j - 1) == "at"
            && lexicon::change_word(self.word(j - 2)).is_some()
            && !matches!(self.word(j - 2), "up" | "down" | "higher" | "lower")
        {
            // "grew at 2.4%" (a rate); "up at 5%" is where it stands.
            j -= 1;
            by = true;
        }
        // "shrank at an annualised rate of 1.8%": the rate of the verb
        // ("rain fell at a rate of 50mm an hour" is no change).
        if by
            && matches!(found.kind, Kind::Percent | Kind::PercentagePoints)
            && j >= 4
            && self.word(j - 1) == "rate"
            && let Some(at) = (j.saturating_sub(5)..j - 1)
                .rev()
                .find(|&k| self.word(k) == "at")
            && at > 0
            && lexicon::change_word(self.word(at - 1)).is_some()
        {
            j = at;
        }
        // "cut its growth forecast by 0.5 points", "cut the risk of death
        // by 38%", "cut journey times by 20 minutes": the verb's object
        // may stand between it and "by".
        if by && lexicon::change_word(self.word(j - 1)).is_none() {
            let object = (j.saturating_sub(6)..j)
                .rev()
                .take_while(|&k| self.is_word(k))
                .find(|&k| lexicon::change_word(self.word(k)).is_some())
                .filter(|&k| {
                    let determiner = matches!(
                        self.word(k + 1),
                        "its" | "their" | "the" | "his" | "her" | "our"
                    );
                    // A short bare object: nouns, no verb or new clause
                    // ("parking charges": a modifier may end in -ing).
                    let bare = j - k - 1 <= 2
                        && !lemma::is_verb_form(self.word(j - 1))
                        && (k + 1..j).all(|m| {
                            let w = self.word(m);
                            !lexicon::is_function_word(w) && lexicon::change_word(w).is_none()
                        });
                    determiner || bare
                });
            if let Some(k) = object {
                j = k + 1;
            }
        }
        // "Output rose for the first time in 14 months, by 0.4%": the
        // verb of the clause the comma ends.
        if by && self.raw(j - 1) == "," {
            let verb = (j.saturating_sub(12)..j - 1)
                .rev()
                .take_while(|&k| !matches!(self.word(k), "and" | "but" | "while"))
                .find(|&k| {
                    self.is_word(k)
                        && lexicon::change_word(self.word(k)).is_some()
                        && !matches!(self.word(k), "up" | "down" | "higher" | "lower")
                });
            if let Some(k) = verb {
                j = k + 1;
            }
        }
        let word = self.word(j - 1);
        let Some(direction) = lexicon::change_word(word) else {
            return found;
        };
        let particle = matches!(word, "up" | "down");
        // "shot down 20": a particle of the verb before, not a change.
        // "went up $5", "has come down 3%": the verb only moves.
        // "edged up 40 cents", "ticked down 0.1 points": small moves.
        let moves = j >= 2
            && matches!(
                self.word(j - 2),
                "go" | "goes"
                    | "going"
                    | "went"
                    | "gone"
                    | "come"
                    | "comes"
                    | "came"
                    | "coming"
                    | "edged"
                    | "edges"
                    | "edging"
                    | "inched"
                    | "inches"
                    | "inching"
                    | "ticked"
                    | "ticks"
                    | "ticking"
                    | "crept"
                    | "creeping"
                    | "moved"
                    | "moves"
                    | "drifted"
                    | "nudged"
            );
        // "closed down 0.5%", "ended up 3%": a market's day in a word;
        // "closed down 30 shops" shut them.
        let market = j >= 2
            && matches!(
                self.word(j - 2),
                "closed"
                    | "closes"
                    | "ended"
                    | "ends"
                    | "finished"
                    | "opened"
                    | "traded"
                    | "settled"
            )
            && matches!(
                found.kind,
                Kind::Percent | Kind::PercentagePoints | Kind::Money
            );
        // "revised down by half a point": with "by", the particle moves.
        if particle
            && !moves
            && !market
            && !by
            && j >= 2
            && lemma::is_verb_form(self.word(j - 2))
            && !lexicon::is_auxiliary(self.word(j - 2))
        {
            return found;
        }
        // "gained 212 points": index points are an amount of change.
        let points = found.noun.as_ref().is_some_and(|n| n.lemma == "point");
        let amount = matches!(
            found.kind,
            Kind::Percent | Kind::PercentagePoints | Kind::Money | Kind::Measure
        ) || points;
        // "The charity raised $1.3 million" collected money; "raised
        // prices by $2" changed them.
        if word == "raised" && found.kind == Kind::Money && !by {
            return found;
        }
        // "shares lost 5%" fell; "lost 8,200 hectares to fire" or "lost
        // $2 million last year" counts what is gone, and "police recovered
        // 2.5 tonnes" found it: these verbs move only ratios and points.
        let ratio_only = matches!(
            word,
            "lost"
                | "lose"
                | "loses"
                | "losing"
                | "recovered"
                | "rebounded"
                | "firmed"
                | "strengthened"
                | "weakened"
                | "softened"
        );
        if ratio_only && !(points || matches!(found.kind, Kind::Percent | Kind::PercentagePoints)) {
            return found;
        }
        // "sank 2 miles off the coast": where, not how far it moved.
        let location = found.kind == Kind::Measure
            && matches!(
                self.word(found.after.max(found.last + 1)),
                "off"
                    | "away"
                    | "offshore"
                    | "inland"
                    | "north"
                    | "south"
                    | "east"
                    | "west"
                    | "northeast"
                    | "northwest"
                    | "southeast"
                    | "southwest"
                    | "from"
            );
        if location {
            return found;
        }
        // "dropped below 2%", "rose above 40C": a line crossed, not an
        // amount of change ("fell more than 10%" is one).
        let crossed = found.hedge_first < found.first
            && matches!(
                self.word(found.hedge_first),
                "below" | "above" | "under" | "beneath" | "past" | "beyond"
            );
        if crossed {
            return found;
        }
        if by || particle || amount {
            found.change = Some(Change { direction });
        }
        found
    }
}

/// Nouns of change written right after an amount ("a 5% increase").
fn change_noun(word: &str) -> Option<crate::Direction> {
    use crate::Direction::{Down, Up};
    Some(match word {
        "increase" | "rise" | "gain" | "jump" | "hike" | "surge" | "boost" | "growth" => Up,
        "decrease" | "fall" | "drop" | "decline" | "cut" | "loss" | "reduction" | "slump" => Down,
        _ => return None,
    })
}
