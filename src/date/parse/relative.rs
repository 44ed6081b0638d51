//! Dates read against the reference or the last date mentioned: bare
//! weekdays ("Friday"), deictic words ("today", "last night", "now",
//! "recently"), and a unit, weekday, month or season with "this", "last",
//! "next", "the following" ("last week", "next Friday", "the next day").

use crate::date::cursor::Parser;
use crate::date::lexicon::{self, Unit};
use crate::date::meaning::{Dir, Found, Sem, DATE};
use crate::date::parse::durations::duration_value;
use crate::numbers::parse_number;
use crate::span::TimexType;
use crate::text::TokKind;

impl<'d, 'a> Parser<'d, 'a> {
    /// A bare weekday: "Friday", "Friday morning", "Fridays" (a set).
    #[inline(never)]
    pub(crate) fn weekday(&self, i: usize) -> Option<Found> {
        let l = self.w(i);
        let wd = lexicon::weekday(l.as_str())?;
        // Inside a name: "Good Friday Agreement", "Black Friday" is a day but
        // "Bloody Sunday Inquiry" is a name; a following capitalized word that
        // is not a date word makes it a name.
        if self.upper(i + 1) && self.kind(i + 1) == Some(TokKind::Alpha) && !self.doc.tokens.get(i + 1).is_some_and(|t| t.sentence_start()) {
            let nl = self.w(i + 1);
            if lexicon::month(nl.as_str()).is_none() && lexicon::part_of_day(nl.as_str()).is_none() {
                return None;
            }
        }
        if i > 0 && self.upper(i - 1) && self.is(i - 1, "good") {
            return None;
        }
        if l.as_str().ends_with('s') {
            return Some(Found::new(i, i + 1, Sem::Set(format!("XXXX-WXX-{}", wd + 1)), TimexType::Set));
        }
        let mut end = i + 1;
        let mut part = None;
        if let Some(p) = lexicon::part_of_day(self.w(i + 1).as_str()) {
            part = Some(p);
            end += 1;
        }
        Some(Found::new(i, end, Sem::Weekday { wd, dir: Dir::Tense, part }, if part.is_some() { TimexType::Time } else { DATE }))
    }

    /// today, tonight, yesterday, tomorrow, now, recently, and their parts
    /// of day ("yesterday morning", "last night", "this morning").
    #[inline(never)]
    pub(crate) fn deictic(&self, i: usize) -> Option<Found> {
        let a = self.w(i);
        let b = self.w(i + 1);
        let (a, b) = (a.as_str(), b.as_str());
        let days = match a {
            // "today's consumers", "today's youth": the present in general,
            // not the day; "today's game" is the day.
            "today" if self.generic_today(i) => {
                return Some(Found::new(i, i + 1, Sem::Ref("PRESENT_REF"), DATE));
            }
            "today" => Some(0),
            "tonight" => {
                return Some(Found::new(i, i + 1, Sem::Deictic { days: 0, part: Some("NI") }, TimexType::Time));
            }
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        };
        if let Some(days) = days {
            if let Some(p) = lexicon::part_of_day(b) {
                return Some(Found::new(i, i + 2, Sem::Deictic { days, part: Some(p) }, TimexType::Time));
            }
            return Some(Found::new(i, i + 1, Sem::Deictic { days, part: None }, DATE));
        }
        // "the day before yesterday", "the day after tomorrow".
        if a == "the" && b == "day" && matches!(self.w(i + 2).as_str(), "before" | "after") {
            let c = self.w(i + 3);
            let days = match (self.w(i + 2).as_str(), c.as_str()) {
                ("before", "yesterday") => -2,
                ("after", "tomorrow") => 2,
                _ => return None,
            };
            return Some(Found::new(i, i + 4, Sem::Deictic { days, part: None }, DATE));
        }
        if matches!(a, "this" | "last") {
            if let Some(p) = lexicon::part_of_day(b) {
                let days = if a == "last" { if p == "NI" { -1 } else { return None } } else { 0 };
                return Some(Found::new(i, i + 2, Sem::Deictic { days, part: Some(p) }, TimexType::Time));
            }
        }
        // "at night", "by night": a part of an unspecified day.
        if a == "night" && i > 0 && matches!(self.prev(i).as_str(), "at" | "by") {
            return Some(Found::new(i, i + 1, Sem::Unknown, TimexType::Time));
        }
        let r = match (a, b) {
            ("right", "now") => Some(("PRESENT_REF", 2)),
            ("now", _) => Some(("PRESENT_REF", 1)),
            ("currently", _) | ("nowadays", _) | ("presently", _) => Some(("PRESENT_REF", 1)),
            ("recently", _) | ("lately", _) => Some(("PAST_REF", 1)),
            // "more recently", "most recently": still the recent past.
            ("more" | "most", "recently") => Some(("PAST_REF", 2)),
            ("the", "near" | "distant" | "foreseeable" | "immediate") if self.is(i + 2, "future") => Some(("FUTURE_REF", 3)),
            ("the", "distant" | "recent") if self.is(i + 2, "past") => Some(("PAST_REF", 3)),
            // "in the near term", "over the long term": ahead of now.
            ("the", "near" | "short" | "long" | "medium") if self.is(i + 2, "term") => Some(("FUTURE_REF", 3)),
            // "at a later date", "to an earlier time": a time not named.
            ("a", "later") if matches!(self.w(i + 2).as_str(), "date" | "time" | "stage") => Some(("FUTURE_REF", 3)),
            ("an", "earlier") if matches!(self.w(i + 2).as_str(), "date" | "time" | "stage") => Some(("PAST_REF", 3)),
            ("the", "past") if !self.next_is_amount(i + 2) => Some(("PAST_REF", 2)),
            ("the", "future") => Some(("FUTURE_REF", 2)),
            ("recent", _) if lexicon::unit(b).is_some_and(|u| u.1) => Some(("PAST_REF", 2)),
            _ => None,
        };
        let (v, len) = r?;
        // "for a week now", "for years now": the now a duration runs up
        // to is the reference day.
        if a == "now" && len == 1 && i > 0 && lexicon::unit(self.prev(i).as_str()).is_some() && !self.is(i + 1, "that") {
            return Some(Found::new(i, i + 1, Sem::Deictic { days: 0, part: None }, DATE));
        }
        // "now" as a discourse marker is still PRESENT_REF in TIMEX3.
        // "now that" is a conjunction, "every now and then" an idiom, and
        // "now-cancelled" an adjective.
        // After a modal ("will now receive", "may now apply") it marks a
        // change of state, not a time: MEANTIME and GUM leave it unmarked.
        let after_modal = i > 0 && matches!(self.prev(i).as_str(), "will" | "would" | "can" | "could" | "may" | "might" | "must" | "shall" | "should");
        if a == "now" && (after_modal || self.is(i + 1, "that") || (i > 0 && self.is(i - 1, "every")) || (self.is_dash(i + 1) && self.glued(i + 1))) {
            return None;
        }
        Some(Found::new(i, i + len, Sem::Ref(v), DATE))
    }

    /// "today's" before a plural noun or a word for society at large:
    /// TIMEX3's generic present ("today's consumers", "in today's world").
    fn generic_today(&self, i: usize) -> bool {
        if !(matches!(self.t(i + 1), "'" | "\u{2019}") && self.glued(i + 1) && self.is(i + 2, "s") && self.glued(i + 2)) {
            return false;
        }
        let n = self.w(i + 3);
        let n = n.as_str();
        let plural = n.len() > 3 && n.ends_with('s') && !n.ends_with("ss") && !n.ends_with("us") && !n.ends_with("is");
        (plural && self.kind(i + 3) == Some(TokKind::Alpha) && lexicon::unit(n).is_none())
            || matches!(n, "world" | "society" | "economy" | "youth" | "generation" | "culture" | "market")
    }

    /// True if an amount of time follows ("the past 30 years").
    pub(crate) fn next_is_amount(&self, i: usize) -> bool {
        let l = self.w(i);
        lexicon::unit(l.as_str()).is_some()
            || parse_number(self.doc, i).is_some()
            || matches!(l.as_str(), "few" | "several" | "couple" | "many")
    }

    /// this/last/next/past/coming + unit, weekday, month or season;
    /// "the next day", "the previous year", "the past decade" (a duration).
    #[inline(never)]
    pub(crate) fn relative(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let the = self.is(j, "the");
        if the {
            j += 1;
        }
        let a = self.w(j);
        let mut a_s = a.as_str();
        let mut k = j + 1;
        // "this past week", "this coming Monday".
        if a_s == "this" && matches!(self.w(k).as_str(), "past" | "coming") {
            k += 1;
            a_s = if self.is(k - 1, "past") { "past" } else { "coming" };
        }
        // "that year", "the same day", "that same afternoon", "later that
        // month": the unit of the last date mentioned.
        {
            let (mut q, mut start_ok) = (i, false);
            if matches!(self.w(q).as_str(), "later" | "earlier") && self.is(q + 1, "that") {
                q += 1;
            }
            if self.is(q, "that") {
                q += 1;
                start_ok = true;
                if self.is(q, "same") {
                    q += 1;
                }
            } else if self.is(q, "the") && self.is(q + 1, "same") {
                q += 2;
                start_ok = true;
            }
            if start_ok {
                let l = self.w(q);
                if let Some((unit, false)) = lexicon::unit(l.as_str()) {
                    if matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                        return Some(Found::new(i, q + 1, Sem::Anaphor { unit, offset: 0, part: None }, DATE));
                    }
                }
                if let Some(p) = lexicon::part_of_day(l.as_str()) {
                    return Some(Found::new(i, q + 1, Sem::Anaphor { unit: Unit::Day, offset: 0, part: Some(p) }, TimexType::Time));
                }
            }
            // "the year before", "the day after": one unit from the last date,
            // when no event follows ("the day after the vote" is anchored on it).
            if self.is(i, "the") {
                if let Some((unit, false)) = lexicon::unit(self.w(i + 1).as_str()) {
                    let dir = self.w(i + 2);
                    let off = match dir.as_str() {
                        "before" | "earlier" => -1,
                        "after" | "later" => 1,
                        _ => 0,
                    };
                    let free = matches!(self.t(i + 3), "," | "." | ";" | ":" | ")" | "" | "\u{2014}") || self.is(i + 3, "and");
                    if off != 0 && free && matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                        return Some(Found::new(i, i + 3, Sem::Anaphor { unit, offset: off, part: None }, DATE));
                    }
                }
            }
            // "over the years", "over the decades": an unknown stretch.
        if self.is(i, "over") && self.is(i + 1, "the") {
            if let Some((unit, true)) = lexicon::unit(self.w(i + 2).as_str()) {
                if matches!(unit, Unit::Year | Unit::Decade | Unit::Month | Unit::Century) {
                    let v = if unit == Unit::Decade { "PXDE".to_string() } else { duration_value(None, unit) };
                    return Some(Found::new(i, i + 3, Sem::Duration(v), TimexType::Duration));
                }
            }
        }
        // "the weekend": the one the tense points to.
        if self.is(i, "the") && self.is(i + 1, "weekend") {
            return Some(Found::new(i, i + 2, Sem::Rel { unit: Unit::Weekend, offset: 0 }, DATE));
        }
        // "year end", "year-end": the end of the reference year.
            if self.is(i, "year") && (self.is(i + 1, "end") || (self.is_dash(i + 1) && self.glued(i + 1) && self.is(i + 2, "end"))) {
                let e = if self.is(i + 1, "end") { i + 2 } else { i + 3 };
                let mut f = Found::new(i, e, Sem::Rel { unit: Unit::Year, offset: 0 }, DATE);
                f.modifier = Some("END");
                return Some(f);
            }
        }
        let offset: i64 = match a_s {
            "this" | "current" if !the => 0,
            "last" | "past" | "previous" | "preceding" | "prior" => -1,
            "next" | "coming" | "following" | "subsequent" => 1,
            _ => return None,
        };
        let l = self.w(k);
        let w = l.as_str();
        // Durations: "the past decade", "the last 30 years" are read by
        // duration(); here only one unit.
        if let Some((unit, plural)) = lexicon::unit(w) {
            if plural {
                if the && a_s != "this" {
                    // "the following days", "the past months": an unknown number of units.
                    return Some(Found::new(i, k + 1, Sem::Duration(duration_value(None, unit)), TimexType::Duration));
                }
                return None;
            }
            if the {
                let anaphoric = matches!(a_s, "previous" | "following" | "preceding" | "subsequent" | "prior")
                    || (a_s == "next" && matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year));
                if anaphoric {
                    return Some(Found::new(i, k + 1, Sem::Anaphor { unit, offset, part: None }, DATE));
                }
                if unit == Unit::Quarter {
                    return Some(Found::new(i, k + 1, Sem::Rel { unit, offset }, DATE));
                }
                // "the past year", "the last decade": the stretch up to now.
                return Some(Found::new(i, k + 1, Sem::Duration(duration_value(Some(1.0), unit)), TimexType::Duration));
            }
            if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                return None;
            }
            return Some(Found::new(i, k + 1, Sem::Rel { unit, offset }, DATE));
        }
        // "the next morning".
        if let Some(p) = lexicon::part_of_day(w) {
            if the && offset == 1 {
                return Some(Found::new(i, k + 1, Sem::Anaphor { unit: Unit::Day, offset: 1, part: Some(p) }, TimexType::Time));
            }
            return None;
        }
        if let Some(wd) = lexicon::weekday(w) {
            if w.ends_with('s') || the {
                return None;
            }
            let dir = match offset {
                0 => Dir::This,
                -1 => Dir::Last,
                _ => Dir::Next,
            };
            let mut end = k + 1;
            let mut part = None;
            if let Some(p) = lexicon::part_of_day(self.w(end).as_str()) {
                part = Some(p);
                end += 1;
            }
            return Some(Found::new(i, end, Sem::Weekday { wd, dir, part }, DATE));
        }
        if let Some((month, abbrev)) = lexicon::month(w) {
            if abbrev || the || !self.upper(k) {
                return None;
            }
            return Some(Found::new(i, k + 1, Sem::RelMonth { month, offset }, DATE));
        }
        if let Some(season) = lexicon::season(w) {
            // "the next spring", "the previous winter": from the year told.
            if the {
                return Some(Found::new(i, k + 1, Sem::AnaphorSeason { season, offset }, DATE));
            }
            return Some(Found::new(i, k + 1, Sem::RelSeason { season, offset }, DATE));
        }
        None
    }
}
