//! What a count counts ("273 exploding drones and decoys": drone, also
//! decoy, modifier exploding) and what a rate is per ("a week").

use super::*;

impl<'a> Sentence<'a> {
    /// "a week", "per barrel", "each year", "/kg" after a figure.
    pub(super) fn per_after(&self, k: usize) -> Option<(String, usize)> {
        let w = self.word(k);
        let next = self.word(k + 1);
        let adverb = match w {
            "hourly" => Some("hour"),
            "daily" => Some("day"),
            "weekly" => Some("week"),
            "monthly" => Some("month"),
            "yearly" | "annually" => Some("year"),
            _ => None,
        };
        // "$500 weekly"; "weekly pay" is a noun phrase of its own.
        if let Some(unit) = adverb.filter(|_| !self.is_word(k + 1)) {
            return Some((unit.to_string(), k + 1));
        }
        // "320 cases per 100,000 people": the rate's base is part of it,
        // not a figure of its own.
        if w == "per"
            && self.is_number(k + 1)
            && let Some((base, _)) = parse_digits(self.raw(k + 1))
        {
            let (base, noun_at) = match lexicon::scale(self.word(k + 2), self.glued(k + 2)) {
                Some(scale) => (base * scale, k + 3),
                None => (base, k + 2),
            };
            let noun = self.word(noun_at);
            let (per, end) = if self.is_word(noun_at) && !lexicon::is_function_word(noun) {
                (format!("{base} {}", lemma::singular(noun)), noun_at + 1)
            } else {
                (base.to_string(), noun_at)
            };
            return Some((per, end));
        }
        if !self.is_word(k + 1) {
            return None;
        }
        // "added 415,000 people over the year, or about 1,410 a day": an
        // amount over a period, restated at once over another, is a rate.
        if matches!(w, "over" | "in" | "during") {
            let mut j = k + 1;
            while matches!(
                self.word(j),
                "the" | "past" | "last" | "financial" | "fiscal" | "calendar" | "tax" | "school"
            ) {
                j += 1;
            }
            let unit = lexicon::time_unit(self.word(j))?;
            let restated = self.raw(j + 1) == "," && self.word(j + 2) == "or";
            return (j > k + 1 && restated).then(|| (unit.to_string(), j + 1));
        }
        match w {
            "per" if next != "cent" => Some((lemma::singular(next), k + 2)),
            // "95 a year earlier" dates the figure; it is not per year.
            "a" | "an"
                if matches!(
                    self.word(k + 2),
                    "ago" | "earlier" | "before" | "later" | "after" | "previously"
                ) =>
            {
                None
            }
            "a" | "an" | "each" | "every" => {
                let unit = lexicon::time_unit(next).map(str::to_string).or_else(|| {
                    matches!(
                        next,
                        "head"
                            | "person"
                            | "barrel"
                            | "gallon"
                            | "litre"
                            | "liter"
                            | "share"
                            | "tonne"
                            | "ton"
                            | "kilogram"
                            | "kilo"
                            | "pound"
                            | "capita"
                    )
                    .then(|| next.to_string())
                })?;
                Some((unit, k + 2))
            }
            _ if self.raw(k) == "/" && self.glued(k + 1) => {
                let unit =
                    lexicon::time_unit(next).map_or_else(|| next.to_string(), str::to_string);
                Some((unit, k + 2))
            }
            _ => None,
        }
    }

    /// "9,000 tonnes of silt a year", "240 tonnes of CO2 a day": what
    /// a measure is of stands between it and its period.
    pub(super) fn per_after_of(&self, k: usize) -> Option<(String, usize)> {
        if self.word(k) != "of" {
            return None;
        }
        (k + 2..=k + 3)
            .take_while(|&j| !lexicon::is_function_word(self.word(j - 1)) && self.raw(j - 1) != ",")
            .find_map(|j| self.per_after(j))
            .filter(|(per, _)| lexicon::time_unit(per).is_some())
    }

    /// "700 people arrive each week": a period after the count's verb,
    /// closing the clause, makes the count a rate.
    pub(super) fn per_after_verb(&self, k: usize) -> Option<(String, usize)> {
        let verb = self.is_word(k) && !lexicon::is_function_word(self.word(k));
        let (per, end) = self.per_after(k + 1).filter(|_| verb)?;
        let period = matches!(self.word(k + 1), "each" | "every" | "per") || end == k + 2;
        let closes = !self.is_word(end) || matches!(self.word(end), "and" | "but");
        (period && closes && lexicon::time_unit(&per).is_some()).then_some((per, end))
    }

    /// The noun a count counts, starting at token `k`: modifiers, head,
    /// "of"-compound ("prisoner of war") and coordinated nouns ("drones and
    /// decoys"). Returns it and the token after it.
    pub fn noun_after(&self, k: usize, singular: bool) -> (Option<Noun>, usize) {
        let mut modifiers: Vec<String> = Vec::new();
        let mut head: Option<String> = None;
        let mut k = k;
        while k < self.len() && self.is_word(k) {
            let w = self.word(k);
            if lexicon::is_function_word(w) {
                let coordinated = matches!(w, "and" | "or")
                    && !modifiers.is_empty()
                    && self.is_word(k + 1)
                    && !lexicon::is_function_word(self.word(k + 1));
                if coordinated {
                    k += 1;
                    continue;
                }
                break;
            }
            let (text, next) = self.compound(k);
            if lemma::is_plural(&text) && !lemma::is_verb_form(&text) {
                head = Some(lemma::singular(&text));
                k = next;
                break;
            }
            // "120 MPs", "40 ATMs": an acronym's plural.
            let raw = self.raw(k);
            if let Some(acronym) = raw.strip_suffix('s')
                && acronym.len() >= 2
                && acronym.bytes().all(|b| b.is_ascii_uppercase())
            {
                head = Some(acronym.to_ascii_lowercase());
                k += 1;
                break;
            }

            // "40 crew", "300 staff": nouns that count people or beasts in
            // the singular.
            if matches!(
                text.as_str(),
                "crew"
                    | "staff"
                    | "personnel"
                    | "police"
                    | "cattle"
                    | "livestock"
                    | "aircraft"
                    | "sheep"
                    | "deer"
                    | "fish"
                    | "offspring"
                    | "clergy"
            ) && !(self.is_word(next) && lemma::is_plural(self.word(next)))
            {
                head = Some(text);
                k = next;
                break;
            }
            // A verb form ends the phrase unless a noun follows it
            // ("exploding drones", "known cases"); a plain past tense
            // right after the number is its verb ("9 hit open areas").
            let participle = text.ends_with("ing")
                || text.ends_with("ed")
                || text.ends_with("en")
                || text.ends_with("wn")
                || matches!(text.as_str(), "lost" | "left");
            // "22 sold units": a plural noun right after makes the past
            // tense an adjective again.
            let noun_next =
                lemma::is_plural(self.word(next)) && !lemma::is_verb_form(self.word(next));
            let continues = self.is_word(next)
                && !lexicon::is_function_word(self.word(next))
                && (participle
                    || noun_next
                    || !modifiers.is_empty()
                    || lexicon::irregular_verb(&text).is_none());
            if lemma::is_verb_form(&text) && !continues {
                break;
            }
            if lexicon::time_unit(&text).is_some() && !modifiers.is_empty() {
                break;
            }
            modifiers.push(text);
            k = next;
            if lexicon::time_unit(self.word(k - 1)).is_some() {
                break;
            }
        }
        // Only a count of one has a singular head ("1 drone"); for more,
        // a singular word is a verb or an adverb ("7 remain missing").
        if head.is_none() && singular {
            while let Some(last) = modifiers.pop() {
                if !lemma::is_verb_form(&last) {
                    head = Some(last);
                    break;
                }
            }
        }
        let Some(mut head) = head else {
            return (None, k);
        };
        // "three others were hurt": the noun is elided, not "other".
        if head == "other" && modifiers.is_empty() {
            return (None, k);
        }
        // "prisoners of war", "members of parliament"; but "barrels of
        // oil" counts barrels: a container is the unit of its contents.
        let container = matches!(
            head.as_str(),
            "barrel"
                | "bag"
                | "sack"
                | "box"
                | "bottle"
                | "crate"
                | "carton"
                | "bushel"
                | "bale"
                | "cup"
                | "glass"
                | "jar"
                | "can"
                | "tank"
                | "truckload"
                | "container"
                | "pallet"
        );
        if !container
            && self.word(k) == "of"
            && self.is_word(k + 1)
            && !lexicon::is_function_word(self.word(k + 1))
            && !lemma::is_verb_form(self.word(k + 1))
            && self
                .raw(k + 1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && (!self.is_word(k + 2) || lexicon::is_function_word(self.word(k + 2)))
        {
            head = format!("{head} of {}", lemma::singular(self.word(k + 1)));
            k += 2;
        }
        let mut also = Vec::new();
        while matches!(self.word(k), "and" | "or") && self.is_word(k + 1) {
            let mut j = k + 1;
            let mut other = None;
            while j < self.len()
                && self.is_word(j)
                && !lexicon::is_function_word(self.word(j))
                && lexicon::small_number(self.word(j)).is_none()
                && !matches!(
                    self.word(j),
                    "dozens" | "hundreds" | "thousands" | "millions"
                )
            {
                let (text, next) = self.compound(j);
                j = next;
                if lemma::is_plural(&text) && !lemma::is_verb_form(&text) {
                    other = Some(lemma::singular(&text));
                    break;
                }
            }
            match other {
                Some(o) => {
                    also.push(o);
                    k = j;
                }
                None => break,
            }
        }
        let noun = Noun {
            lemma: head,
            also,
            modifiers: modifiers.into_iter().map(|m| m.replace('’', "'")).collect(),
        };
        (Some(noun), k)
    }

    /// A word with glued hyphenated parts ("long-range"), lowercase, and
    /// the token after it.
    pub(super) fn compound(&self, k: usize) -> (String, usize) {
        let mut text = self.word(k).to_string();
        let mut k = k + 1;
        while self.raw(k) == "-" && self.glued(k) && self.glued(k + 1) && self.is_word(k + 1) {
            text.push('-');
            text.push_str(self.word(k + 1));
            k += 2;
        }
        (text, k)
    }
}
