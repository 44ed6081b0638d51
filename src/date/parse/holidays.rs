//! Holidays: their names ("Christmas", "New Year's Day", "Easter Monday")
//! and the rule that gives their date in any year.

use crate::calendar::CalendarDate;
use crate::date::cursor::Parser;
use crate::date::meaning::{Found, Sem, Val, DATE};
use crate::text::TokKind;

/// Holidays with a rule for their date in any year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    Fixed(u32, u32),
    /// Days from Easter Sunday.
    Easter(i64),
    /// The nth (1-based; 5 = last) given weekday of a month.
    NthWeekday(u32, u32, u32),
}

impl Holiday {
    pub(crate) fn date(self, year: i32) -> Option<CalendarDate> {
        match self {
            Holiday::Fixed(m, d) => CalendarDate::new(year, m, d),
            Holiday::Easter(off) => easter(year)?.add_days(off),
            Holiday::NthWeekday(m, wd, n) => {
                let first = CalendarDate::new(year, m, 1)?;
                let delta = (wd as i64 - first.weekday() as i64).rem_euclid(7);
                let d = first.add_days(delta + 7 * (n as i64 - 1))?;
                if d.month() == m {
                    Some(d)
                } else {
                    d.add_days(-7)
                }
            }
        }
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous algorithm).
fn easter(year: i32) -> Option<CalendarDate> {
    if year < 1583 {
        return None;
    }
    let y = year;
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    CalendarDate::new(y, month as u32, day as u32)
}

impl<'d, 'a> Parser<'d, 'a> {
    /// Holidays: "Christmas", "New Year's Day", "Easter", "Thanksgiving".
    #[inline(never)]
    pub(crate) fn holiday(&self, i: usize) -> Option<Found> {
        if !self.upper(i) {
            return None;
        }
        let a = self.w(i);
        let b = self.w(i + 1);
        let (a, b) = (a.as_str(), b.as_str());
        // "Johnnie Christmas": a holiday name right after a capitalized name
        // is a surname.
        if i > 0 && self.upper(i - 1) && self.kind(i - 1) == Some(TokKind::Alpha) && !self.doc.tokens.get(i - 1).is_some_and(|t| t.sentence_start()) && !self.is(i - 1, "New") {
            return None;
        }
        let (h, mut end) = match (a, b) {
            ("christmas", "eve") => (Holiday::Fixed(12, 24), i + 2),
            ("christmas", "day") => (Holiday::Fixed(12, 25), i + 2),
            ("christmas", _) => (Holiday::Fixed(12, 25), i + 1),
            ("new", "year") if self.t(i + 2) == "'" && self.is(i + 3, "s") => match self.w(i + 4).as_str() {
                "eve" => (Holiday::Fixed(12, 31), i + 5),
                "day" => (Holiday::Fixed(1, 1), i + 5),
                _ => (Holiday::Fixed(1, 1), i + 4),
            },
            ("easter", "monday") => (Holiday::Easter(1), i + 2),
            ("easter", "sunday") => (Holiday::Easter(0), i + 2),
            ("easter", _) => (Holiday::Easter(0), i + 1),
            ("good", "friday") => (Holiday::Easter(-2), i + 2),
            ("halloween", _) => (Holiday::Fixed(10, 31), i + 1),
            ("thanksgiving", "day") => (Holiday::NthWeekday(11, 3, 4), i + 2),
            ("thanksgiving", _) => (Holiday::NthWeekday(11, 3, 4), i + 1),
            ("valentine", _) if self.t(i + 1) == "'" && self.is(i + 2, "s") && self.is(i + 3, "day") => (Holiday::Fixed(2, 14), i + 4),
            ("boxing", "day") => (Holiday::Fixed(12, 26), i + 2),
            ("independence", "day") if self.upper(i + 1) => (Holiday::Fixed(7, 4), i + 2),
            ("labor", "day") | ("labour", "day") => (Holiday::NthWeekday(9, 0, 1), i + 2),
            ("memorial", "day") => (Holiday::NthWeekday(5, 0, 5), i + 2),
            _ => return None,
        };
        // Inside a name: "Good Friday Agreement", "Christmas Island",
        // "Easter Rising". A capitalized word after the holiday makes it a name.
        if self.upper(end) && self.kind(end) == Some(TokKind::Alpha) && !self.doc.tokens.get(end).is_some_and(|t| t.sentence_start()) {
            return None;
        }
        if matches!(self.w(end).as_str(), "tree" | "trees" | "card" | "cards" | "party" | "parties" | "island" | "egg" | "eggs" | "carol" | "carols") {
            return None;
        }
        if let Some(y) = self.year_token(end) {
            end += 1;
            let date = h.date(y)?;
            return Some(Found::new(i, end, Sem::Abs(Val::Day(date)), DATE));
        }
        Some(Found::new(i, end, Sem::Holiday(h), DATE))
    }
}
