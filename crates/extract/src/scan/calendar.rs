//! Calendar figures: dates ("May 16", "16 May 2025", "2025-05-19") and
//! times of day ("11 a.m. ET", "9:30", "0930 UTC", "1 o'clock").

use super::*;

impl<'a> Sentence<'a> {
    pub(super) fn day_number(&self, i: usize) -> Option<i8> {
        if !self.is_number(i) || self.raw(i).len() > 2 {
            return None;
        }
        let day: i8 = self.raw(i).parse().ok()?;
        (1..=31).contains(&day).then_some(day)
    }

    pub(super) fn year_number(&self, i: usize) -> Option<i16> {
        let raw = self.raw(i);
        if !self.is_number(i) || raw.len() != 4 {
            return None;
        }
        raw.parse().ok()
    }

    /// "May 16", "May 16, 2025", "Oct. 3".
    pub(super) fn month_first_date(&self, i: usize, month: i8) -> Option<Found> {
        let mut at = i + 1;
        if self.raw(at) == "." && self.glued(at) {
            at += 1;
        }
        let day = self.day_number(at)?;
        if self.raw(at + 1) == ":" || self.glued(at + 1) && self.is_word(at + 1) {
            return None;
        }
        let mut last = at;
        let mut year = None;
        if self.raw(at + 1) == ","
            && let Some(y) = self.year_number(at + 2)
        {
            year = Some(y);
            last = at + 2;
        }
        let value = Value::Date { year, month, day };
        Some(self.simple(i, last, Kind::Date, value))
    }

    /// "16 May", "16 May 2025".
    pub(super) fn day_first_date(&self, i: usize) -> Option<Found> {
        let day = self.day_number(i)?;
        let month = lexicon::month(self.raw(i + 1))?;
        let mut last = i + 1;
        let year = self.year_number(i + 2);
        if year.is_some() {
            last = i + 2;
        }
        let value = Value::Date { year, month, day };
        Some(self.simple(i, last, Kind::Date, value))
    }

    /// "2025-05-19"
    pub(super) fn iso_date(&self, i: usize) -> Option<Found> {
        let year = self.year_number(i)?;
        let dash = |k: usize| self.raw(k) == "-" && self.glued(k) && self.glued(k + 1);
        if !(dash(i + 1) && dash(i + 3)) || self.raw(i + 2).len() != 2 || self.raw(i + 4).len() != 2
        {
            return None;
        }
        let month: i8 = self.raw(i + 2).parse().ok()?;
        let day: i8 = self.raw(i + 4).parse().ok()?;
        jiff::civil::Date::new(year, month, day).ok()?;
        let value = Value::Date {
            year: Some(year),
            month,
            day,
        };
        Some(self.simple(i, i + 4, Kind::Date, value))
    }

    /// "11 a.m. ET", "9:30", "9:30pm".
    pub(super) fn time_at(&self, i: usize) -> Option<Found> {
        // "0930 UTC": a 24-hour clock time, only with its time zone.
        if self.raw(i).len() == 4
            && is_time_zone(self.raw(i + 1))
            && let (Ok(h), Ok(m)) = (
                self.raw(i)[..2].parse::<i8>(),
                self.raw(i)[2..].parse::<i8>(),
            )
            && h < 24
            && m < 60
        {
            return Some(self.simple(i, i + 1, Kind::Time, Value::Time { hour: h, minute: m }));
        }
        let hour: i8 = self
            .raw(i)
            .parse()
            .ok()
            .filter(|_| self.raw(i).len() <= 2)?;
        let mut last = i;
        let mut minute = 0;
        let colon = self.raw(i + 1) == ":" && self.glued(i + 1) && self.glued(i + 2);
        if colon {
            if self.raw(i + 2).len() != 2 {
                return None;
            }
            minute = self.raw(i + 2).parse().ok()?;
            last = i + 2;
        }
        // "1 o'clock"
        if !colon && matches!(self.word(i + 1), "o'clock" | "o’clock") && (1..=12).contains(&hour)
        {
            return Some(self.simple(i, i + 1, Kind::Time, Value::Time { hour, minute: 0 }));
        }
        let (meridiem, end) = self.meridiem(last + 1);
        if !colon && meridiem.is_none() {
            return None;
        }
        let hour = match meridiem {
            Some(pm) => {
                if !(1..=12).contains(&hour) {
                    return None;
                }
                hour % 12 + if pm { 12 } else { 0 }
            }
            None => hour,
        };
        if hour > 23 || minute > 59 {
            return None;
        }
        last = end.unwrap_or(last);
        if is_time_zone(self.raw(last + 1)) {
            last += 1;
        }
        Some(self.simple(i, last, Kind::Time, Value::Time { hour, minute }))
    }

    /// "a.m." / "pm" at `i`: whether it is afternoon, and its last token.
    pub(super) fn meridiem(&self, i: usize) -> (Option<bool>, Option<usize>) {
        match self.word(i) {
            "am" => (Some(false), Some(i)),
            "pm" => (Some(true), Some(i)),
            w @ ("a" | "p") if self.raw(i + 1) == "." && self.word(i + 2) == "m" => {
                let last = if self.raw(i + 3) == "." { i + 3 } else { i + 2 };
                (Some(w == "p"), Some(last))
            }
            _ => (None, None),
        }
    }
}

fn is_time_zone(word: &str) -> bool {
    matches!(
        word,
        "ET" | "EST"
            | "EDT"
            | "CT"
            | "CST"
            | "CDT"
            | "PT"
            | "PST"
            | "PDT"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "IST"
            | "JST"
            | "AEST"
            | "MSK"
            | "EET"
            | "EEST"
    )
}
