//! Calendar dates written out: "2020-10-09", "10/9/2020", "October 9,
//! 2020", "Fri, Oct 9", "9 October", "the 9th of October", "March 3-5",
//! and a day of the month alone after a date word ("on the 18th").

use crate::calendar::CalendarDate;
use crate::date::cursor::{two_digit_year, Parser};
use crate::date::lexicon;
use crate::date::meaning::{Found, Sem, Val, DATE};
use crate::text::TokKind;

impl<'d, 'a> Parser<'d, 'a> {
    /// 2020-10-09, with an optional glued time ("2020-10-09T08:00:00Z").
    #[inline(never)]
    pub(crate) fn iso(&self, i: usize) -> Option<Found> {
        let y = self.year_token(i)?;
        // "2014-10": a year and month, unless it reads as a year range
        // ("2007-08" is 2007 to 2008).
        if self.is_dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) && !(self.is_dash(i + 3) && self.glued(i + 3)) && self.t(i + 2).len() == 2 {
            let m = self.digits(i + 2)?;
            if (1..=12).contains(&(m as i32)) && (m as i32) <= y % 100 && !(self.glued(i + 3) && self.kind(i + 3).is_some()) {
                return Some(Found::new(i, i + 3, Sem::Abs(Val::Month(y, m)), DATE));
            }
        }
        if !(self.is_dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) && self.is_dash(i + 3) && self.glued(i + 3) && self.glued(i + 4)) {
            return None;
        }
        let (m, d) = (self.digits(i + 2)?, self.t(i + 4));
        if self.t(i + 2).len() != 2 {
            return None;
        }
        let (d_num, mut end) = if self.kind(i + 4) == Some(TokKind::Digits) && d.len() == 2 {
            (d.parse::<u32>().ok()?, i + 5)
        } else if self.kind(i + 4) == Some(TokKind::AlphaNum) && d.len() > 3 && d.as_bytes().get(2) == Some(&b'T') {
            // "09T08" then ":00:00Z": the time is part of the timestamp.
            let mut e = i + 5;
            while e < self.n() && self.glued(e) && e < i + 12 {
                e += 1;
            }
            (d.get(..2)?.parse::<u32>().ok()?, e)
        } else {
            return None;
        };
        let date = CalendarDate::new(y, m, d_num)?;
        if end < self.n() && self.glued(end) && self.kind(end) == Some(TokKind::Digits) {
            end += 0;
        }
        Some(Found::new(i, end, Sem::Abs(Val::Day(date)), DATE))
    }

    /// 10/9/2020 (US order unless day-first), 9.10.2020, 7/8/07.
    #[inline(never)]
    pub(crate) fn numeric(&self, i: usize) -> Option<Found> {
        let a = self.digits(i)?;
        let sep = self.t(i + 1);
        let run_continues = |k: usize| self.glued(k) && matches!(self.t(k), "/" | "." | "-" | ":") && self.glued(k + 1) && self.kind(k + 1) == Some(TokKind::Digits);
        if i > 0 && self.glued(i) && matches!(self.t(i - 1), "/" | "." | "-") {
            return None;
        }
        // Year first: "2012/8/10", "2014.12.28".
        if self.t(i).len() == 4 && matches!(sep, "/" | ".") && self.glued(i + 1) && self.glued(i + 2) && self.t(i + 3) == sep && self.glued(i + 3) && self.glued(i + 4) && !run_continues(i + 5) {
            let y = self.year_token(i)?;
            let (m, d) = (self.digits(i + 2)?, self.digits(i + 4)?);
            let date = CalendarDate::new(y, m, d)?;
            return Some(Found::new(i, i + 5, Sem::Abs(Val::Day(date)), DATE));
        }
        // Month and year: "04/2016".
        if sep == "/" && self.t(i).len() <= 2 && self.glued(i + 1) && self.glued(i + 2) && !run_continues(i + 3) {
            if let Some(y) = self.year_token(i + 2).filter(|y| (1900..=2099).contains(y)) {
                if (1..=12).contains(&a) && !(self.kind(i + 3) == Some(TokKind::Alpha) && !self.upper(i + 3)) {
                    return Some(Found::new(i, i + 3, Sem::Abs(Val::Month(y, a)), DATE));
                }
            }
        }
        if !matches!(sep, "/" | ".") || !(self.glued(i + 1) && self.glued(i + 2) && self.t(i + 3) == sep && self.glued(i + 3) && self.glued(i + 4)) {
            return None;
        }
        if self.t(i).len() > 2 || self.t(i + 2).len() > 2 {
            return None;
        }
        let b = self.digits(i + 2)?;
        let ys = self.t(i + 4);
        // Dotted triples with a short last part are version numbers ("1.1.30").
        if self.kind(i + 4) != Some(TokKind::Digits) || !(ys.len() == 2 || ys.len() == 4) || (sep == "." && ys.len() != 4) {
            return None;
        }
        // Not part of a longer run ("1/2/3/4", "10.9.2020.1").
        if self.glued(i + 5) && matches!(self.t(i + 5), "/" | ".") && self.kind(i + 6) == Some(TokKind::Digits) && self.glued(i + 6) {
            return None;
        }
        if i > 0 && self.glued(i) && matches!(self.t(i - 1), "/" | "." | "-") {
            return None;
        }
        let y: i32 = ys.parse().ok()?;
        let y = if ys.len() == 2 { two_digit_year(y) } else { y };
        let day_first = sep == "." || self.day_first || a > 12;
        let (m, d) = if day_first { (b, a) } else { (a, b) };
        // "10.31.1974" can only be month first.
        let date = CalendarDate::new(y, m, d).or_else(|| CalendarDate::new(y, d, m))?;
        Some(Found::new(i, i + 5, Sem::Abs(Val::Day(date)), DATE))
    }

    /// An optional leading weekday: "Friday, October 9", "Fri, Oct 9".
    pub(crate) fn weekday_prefix(&self, i: usize) -> usize {
        let l = self.w(i);
        // "Edmonton Sun, August 16": an abbreviation right after a
        // capitalized word is part of a name.
        let after_name = i > 0
            && self.upper(i - 1)
            && self.kind(i - 1) == Some(TokKind::Alpha)
            && self.doc.tokens.get(i).is_some_and(|t| t.newlines_before() == 0 && !t.sentence_start());
        let is_wd = lexicon::weekday(l.as_str()).is_some() && !l.as_str().ends_with("ys")
            || (self.upper(i) && !after_name && lexicon::weekday_abbrev(l.as_str()).is_some());
        if !is_wd {
            return i;
        }
        let mut j = i + 1;
        if self.t(j) == "." && self.glued(j) {
            j += 1;
        }
        if self.t(j) == "," {
            j += 1;
        }
        if self.is(j, "the") {
            j += 1;
        }
        j
    }

    /// Month first: "October 9, 2020", "Oct. 9", "September 2010", "March 3-5".
    #[inline(never)]
    pub(crate) fn month_first(&self, i: usize) -> Option<Found> {
        let j = self.weekday_prefix(i);
        let with_weekday = j > i;
        let (m, mut k) = self.month_at(j, true)?;
        // "the 9th of October" is read by day_first_date; here the month leads.
        if let Some((d, e)) = self.day_number(k) {
            // "May 5:30" is not a date; "October 9 people" is still one.
            if self.t(e) == ":" && self.glued(e) {
                return None;
            }
            // Ranges within a month: "March 3-5", "March 3 to 5".
            let mut range_end: Option<(u32, usize)> = None;
            if (self.is_dash(e) || self.is(e, "to") || self.is(e, "through")) && self.day_number(e + 1).is_some() {
                if let Some((d2, e2)) = self.day_number(e + 1) {
                    // The second day must exist in the month ("June 10 - 31" is no range).
                    if d2 > d && CalendarDate::new(2000, m, d2).is_some() {
                        range_end = Some((d2, e2));
                    }
                }
            }
            let after_day = range_end.map_or(e, |r| r.1);
            let mut y_at = after_day;
            if self.t(y_at) == "," {
                y_at += 1;
            }
            if self.is(y_at, "of") && self.year_token(y_at + 1).is_some() {
                y_at += 1;
            }
            if let Some((y, ye)) = self.year_after(y_at) {
                let date = CalendarDate::new(y, m, d)?;
                let mut f = Found::new(i, ye, Sem::Abs(Val::Day(date)), DATE);
                if let Some((d2, _)) = range_end {
                    if let Some(last) = CalendarDate::new(y, m, d2) {
                        f.range = Some((date.to_string(), last.to_string()));
                    }
                }
                return Some(f);
            }
            // The digits after a month might be a two-digit year ("May 99")
            // only in old texts; they are read as a day.
            CalendarDate::new(2000, m, d)?;
            let mut f = Found::new(i, after_day, Sem::Partial { month: m, day: Some(d) }, DATE);
            if let Some((d2, _)) = range_end {
                f.range = Some((format!("XXXX-{:02}-{:02}", m, d), format!("XXXX-{:02}-{:02}", m, d2)));
            }
            return Some(f);
        }
        let _ = with_weekday;
        // "September 2010", "Sept. 2010", "May of 2008".
        let mut y_at = k;
        if self.t(y_at) == "," {
            y_at += 1;
        }
        if self.is(y_at, "of") {
            y_at += 1;
        }
        if let Some((y, ye)) = self.year_after(y_at) {
            if self.year_token(y_at).is_some() || y_at == k {
                return Some(Found::new(i, ye, Sem::Abs(Val::Month(y, m)), DATE));
            }
        }
        // "August 480 BC".
        if let Some((y, e)) = self.bc_year(y_at) {
            return Some(Found::new(i, e, Sem::Abs(Val::Month(-y, m)), DATE));
        }
        if with_weekday {
            return None;
        }
        // A month alone: needs to be a capitalized full name, and the month
        // names that are also words need a date context before them.
        let l = self.w(i);
        if lexicon::month(l.as_str()).is_some_and(|(_, abbrev)| abbrev) || !self.upper(i) {
            return None;
        }
        let prev = self.prev(i);
        let context = matches!(
            prev.as_str(),
            "in" | "since" | "by" | "until" | "till" | "from" | "of" | "during" | "before" | "after" | "through" | "throughout" | "early" | "late" | "mid" | "last" | "next" | "this" | "between" | "to" | "and" | "or" | "each" | "every"
        );
        let after_mid = prev.as_str() == "-" && i >= 2 && self.is(i - 2, "mid");
        if matches!(m, 3 | 5 | 8) && !context && !after_mid {
            return None;
        }
        // "May" the modal: "May I", "May God" are not months, even after "and".
        if m == 5 && self.upper(i + 1) && !self.upper(i) {
            return None;
        }
        if self.doc.tokens.get(i).is_some_and(|t| t.all_caps()) && self.t(i).len() > 3 {
            return None;
        }
        // A month name inside a capitalized name ("March Madness", "August
        // Wilson"): the next word is capitalized and not a date word.
        if self.upper(i + 1) && !self.doc.tokens.get(i + 1).is_some_and(|t| t.sentence_start()) && self.kind(i + 1) == Some(TokKind::Alpha) {
            let nl = self.w(i + 1);
            if lexicon::month(nl.as_str()).is_none() && lexicon::weekday(nl.as_str()).is_none() {
                return None;
            }
        }
        k = i + 1;
        Some(Found::new(i, k, Sem::Partial { month: m, day: None }, DATE))
    }

    /// Day first: "9 October 2020", "the 9th of October", "9 Oct".
    #[inline(never)]
    pub(crate) fn day_first_date(&self, i: usize) -> Option<Found> {
        let j = self.weekday_prefix(i);
        let mut j = j;
        let mut the = false;
        if self.is(j, "the") {
            j += 1;
            the = true;
        }
        let (d, mut k) = self.day_number(j)?;
        if self.is(k, "of") {
            k += 1;
        }
        // The first day of a day range ("6-7 January 1916", "26-30
        // November"): the month and year come from the second day.
        if self.is_dash(k) || self.is(k, "to") || self.is(k, "and") || self.is(k, "until") {
            if let Some((d2, k2)) = self.day_number(k + 1) {
                if let Some((m, e)) = self.month_at(k2, false).filter(|_| self.upper(k2) && d2 > d) {
                    let mut y_at = e;
                    if self.t(y_at) == "," {
                        y_at += 1;
                    }
                    let sem = match self.year_after(y_at) {
                        Some((y, _)) => Sem::Abs(Val::Day(CalendarDate::new(y, m, d)?)),
                        None => Sem::Partial { month: m, day: Some(d) },
                    };
                    let mut f = Found::new(i, k, sem, DATE);
                    f.range_with_next = true;
                    return Some(f);
                }
            }
        }
        let after_of = k > 0 && self.is(k - 1, "of");
        let Some((m, e)) = self.month_at(k, false).filter(|_| self.upper(k) || after_of || !matches!(self.w(k).as_str(), "may" | "march" | "august")) else {
            return self.day_of_month(i, j, the, d, k);
        };
        // A range of days: "3-5 March" is read from its first day.
        let mut y_at = e;
        if self.t(y_at) == "," {
            y_at += 1;
        }
        if let Some((y, ye)) = self.year_after(y_at) {
            let date = CalendarDate::new(y, m, d)?;
            return Some(Found::new(i, ye, Sem::Abs(Val::Day(date)), DATE));
        }
        // A day that no year has ("31 April") is not a date.
        CalendarDate::new(2000, m, d)?;
        Some(Found::new(i, e, Sem::Partial { month: m, day: Some(d) }, DATE))
    }

    /// "on the 18th", "Tuesday the 19th": a day of a month the reference
    /// date implies. Only with a date context, since "the 13th day" or "the
    /// 20th minute" are ordinals of other things.
    pub(crate) fn day_of_month(&self, i: usize, j: usize, the: bool, d: u32, k: usize) -> Option<Found> {
        let ordinal = self.kind(j) == Some(TokKind::AlphaNum) || (self.glued(j + 1) && k > j + 1);
        let weekday_before = j > i + usize::from(the);
        if !(the || weekday_before) || !ordinal {
            return None;
        }
        let prev = self.prev(i);
        let context = weekday_before || matches!(prev.as_str(), "on" | "since" | "by" | "until" | "till" | "before" | "after" | "from");
        if !context {
            return None;
        }
        // "the 18th century", "the 13th day": a noun after the ordinal.
        if self.kind(k) == Some(TokKind::Alpha) && !lexicon::is_function_word(self.w(k).as_str()) && !matches!(self.w(k).as_str(), "at" | "and" | "or") {
            return None;
        }
        Some(Found::new(i, k, Sem::DayOfMonth(d), DATE))
    }
}
