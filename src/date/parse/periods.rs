//! Periods named by their place in a larger one, read as one expression:
//! quarters of a year told by reference ("the third quarter of this year",
//! "the final quarter of 2009", "the fourth quarter", "third-quarter
//! profit"), fiscal years ("this fiscal year", "fiscal 2009", "the
//! financial year"), a week of a
//! month ("the last week of March") and the period a comparison points
//! back to ("the same period last year", "the same month a year ago").
//!
//! TIMEX3 marks each of these as one expression with one value; read as
//! their pieces ("the third quarter" + "this year", "the last week" +
//! "March") they were two spans, the first one wrong.

use crate::date::cursor::Parser;
use crate::date::lexicon::{self, Unit};
use crate::date::meaning::{Found, Sem, Val, DATE};

/// The year a quarter or week is in, as the text gives it.
enum YearQual {
    /// Written: "of 2009", "fiscal 2009".
    Year(i32),
    /// Relative to the reference: "of this year" (0), "last year" (-1).
    Offset(i64),
}

impl<'d, 'a> Parser<'d, 'a> {
    /// The quarter phrases, fiscal years, weeks of a month and "the same
    /// period last year"; the longest that fits at `i`.
    #[inline(never)]
    pub(crate) fn period(&self, i: usize) -> Option<Found> {
        self.quarter_of(i)
            .or_else(|| self.fiscal_year(i))
            .or_else(|| self.week_of_month(i))
            .or_else(|| self.same_period(i))
            .or_else(|| self.time_just_told(i))
            .or_else(|| self.period_of_time(i))
    }

    /// True where `period` may match at `i`: the dispatcher's cheap test.
    pub(crate) fn may_open_period(w: &str, n1: &str) -> bool {
        matches!(w, "a" | "an" | "this" | "that" | "last" | "next" | "current" | "fiscal" | "financial" | "past" | "previous" | "coming")
            || lexicon::ordinal_word(w).is_some_and(|q| q <= 4)
            || matches!(w, "final" | "1st" | "2nd" | "3rd" | "4th")
            || (w == "the"
                && (matches!(
                    n1,
                    "final" | "last" | "same" | "current" | "previous" | "past" | "1st" | "2nd" | "3rd" | "4th" | "first" | "fiscal"
                        | "financial" | "new" | "next" | "coming" | "time"
                ) || n1.starts_with(|c: char| c.is_ascii_digit())
                    || crate::numbers::small_number_word(n1).is_some()
                    || lexicon::ordinal_word(n1).is_some_and(|q| q <= 4)))
    }

    /// A quarter number at `j`: an ordinal 1-4, or "final"/"last" (the
    /// fourth, only where a year follows). (quarter, next token, is last).
    fn quarter_number(&self, j: usize) -> Option<(u32, usize, bool)> {
        if matches!(self.w(j).as_str(), "final" | "last") {
            return Some((4, j + 1, true));
        }
        let (q, k) = self.ordinal_number(j)?;
        (1..=4).contains(&q).then_some((q, k, false))
    }

    /// "quarter" or "fiscal quarter" at `k`: the token after it.
    fn quarter_word(&self, k: usize) -> Option<usize> {
        let k = if self.is(k, "fiscal") { k + 1 } else { k };
        self.is(k, "quarter").then_some(k + 1)
    }

    /// The year after a period: "of 2009", "of this year", "of the last
    /// year", "last year", "a year ago", "of fiscal 2009". (year, end).
    fn year_qualifier(&self, k: usize) -> Option<(YearQual, usize)> {
        let mut j = k;
        let of = self.is(j, "of");
        if of {
            j += 1;
        }
        if self.is(j, "fiscal") {
            j += 1;
        }
        if let Some(y) = self.year_token(j) {
            if of || self.is(j - 1, "fiscal") {
                return Some((YearQual::Year(y), j + 1));
            }
        }
        // "a year ago", "a year earlier": the year before.
        if !of && self.is(j, "a") && self.is(j + 1, "year") && matches!(self.w(j + 2).as_str(), "ago" | "earlier" | "before") {
            return Some((YearQual::Offset(-1), j + 3));
        }
        let the = self.is(j, "the");
        if the {
            if !of {
                return None;
            }
            j += 1;
        }
        let off = match self.w(j).as_str() {
            "this" if !the => 0,
            "current" => 0,
            "last" | "previous" | "past" => -1,
            "next" | "coming" if !the => 1,
            _ => return None,
        };
        j += 1;
        if self.is(j, "fiscal") {
            j += 1;
        }
        self.is(j, "year").then_some((YearQual::Offset(off), j + 1))
    }

    /// "the third quarter of this year", "the final quarter of 2009", "the
    /// fourth quarter", "third-quarter" (as in "third-quarter profit").
    fn quarter_of(&self, i: usize) -> Option<Found> {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        let (q, k, last) = self.quarter_number(j)?;
        // "third-quarter": an ordinal glued by a hyphen, a modifier of the
        // noun after it. The quarter of the reference year, by the tense.
        if !the && !last && self.is_dash(k) && self.glued(k) && self.glued(k + 1) && self.is(k + 1, "quarter") {
            return Some(Found::new(i, k + 2, Sem::QuarterIn { q, year_offset: None }, DATE));
        }
        if !the {
            return None;
        }
        let e = self.quarter_word(k)?;
        match self.year_qualifier(e) {
            Some((YearQual::Year(y), end)) => Some(Found::new(i, end, Sem::Abs(Val::Quarter(y, q)), DATE)),
            Some((YearQual::Offset(o), end)) => Some(Found::new(i, end, Sem::QuarterIn { q, year_offset: Some(o) }, DATE)),
            // "the last quarter" alone is the one before the reference's
            // (relative()); "the final quarter" and "the fourth quarter"
            // are of the year the sentence is in.
            None if self.is(j, "last") => None,
            // "the third quarter of the match" is a game's, not a year's.
            None if self.is(e, "of") => None,
            None => Some(Found::new(i, e, Sem::QuarterIn { q, year_offset: None }, DATE)),
        }
    }

    /// "this fiscal year", "last fiscal year", "fiscal 2009", "fiscal year
    /// 2009": the year (fiscal years differ by company; TIMEX3 gives the
    /// year the text names).
    fn fiscal_year(&self, i: usize) -> Option<Found> {
        let fiscal = |j: usize| matches!(self.w(j).as_str(), "fiscal" | "financial");
        if fiscal(i) {
            let j = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
            if let Some(y) = self.year_token(j) {
                return Some(Found::new(i, j + 1, Sem::Abs(Val::Year(y)), DATE));
            }
            // "in fiscal year", as a year: the current one.
            return (j == i + 2).then(|| Found::new(i, j, Sem::Rel { unit: Unit::Year, offset: 0 }, DATE));
        }
        let (offset, j) = match self.w(i).as_str() {
            "this" | "current" => (0, i + 1),
            "last" | "past" | "previous" => (-1, i + 1),
            "next" | "coming" => (1, i + 1),
            // "the fiscal year", "the current financial year".
            "the" => match self.w(i + 1).as_str() {
                "current" | "new" => (0, i + 2),
                "last" | "past" | "previous" => (-1, i + 2),
                "next" | "coming" => (1, i + 2),
                _ => (0, i + 1),
            },
            _ => return None,
        };
        if !(fiscal(j) && self.is(j + 1, "year")) {
            return None;
        }
        if let Some(y) = self.year_token(j + 2) {
            return Some(Found::new(i, j + 3, Sem::Abs(Val::Year(y)), DATE));
        }
        Some(Found::new(i, j + 2, Sem::Rel { unit: Unit::Year, offset }, DATE))
    }

    /// "the last week of March", "the first week of May 2010": a week, the
    /// one that has most of its days at that end of the month.
    fn week_of_month(&self, i: usize) -> Option<Found> {
        if !self.is(i, "the") {
            return None;
        }
        let (nth, k) = match self.w(i + 1).as_str() {
            "last" | "final" => (0, i + 2),
            _ => {
                let (n, k) = self.ordinal_number(i + 1)?;
                if !(1..=4).contains(&n) {
                    return None;
                }
                (n, k)
            }
        };
        if !(self.is(k, "week") && self.is(k + 1, "of")) {
            return None;
        }
        let (month, e) = self.month_at(k + 2, true)?;
        let (year, e) = match self.year_after(e) {
            Some((y, e2)) => (Some(y), e2),
            None => (None, e),
        };
        let mut f = Found::new(i, e, Sem::WeekOfMonth { month, nth, year }, DATE);
        f.explicit_year = year.is_some();
        Some(f)
    }

    /// "the same period last year", "the same month a year ago", "the same
    /// quarter of the last year": the period just mentioned, a year back.
    fn same_period(&self, i: usize) -> Option<Found> {
        if !(self.is(i, "the") && self.is(i + 1, "same")) {
            return None;
        }
        let unit = match self.w(i + 2).as_str() {
            "period" | "time" => None,
            w => match lexicon::unit(w) {
                Some((u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Quarter), false)) => Some(u),
                _ => return None,
            },
        };
        let (q, end) = self.year_qualifier(i + 3)?;
        let years = match q {
            YearQual::Offset(o) if o < 0 => o,
            _ => return None,
        };
        Some(Found::new(i, end, Sem::SamePeriod { unit, years }, DATE))
    }
}

impl<'d, 'a> Parser<'d, 'a> {
    /// "that time", "this period", "the same time", "at the time", "the
    /// time being": the time the text is telling, which TIMEX3 values as
    /// the last date mentioned (or, for "the time being" and "at the time"
    /// with none told, the present).
    fn time_just_told(&self, i: usize) -> Option<Found> {
        let (a, b) = (self.w(i), self.w(i + 1));
        let (a, b) = (a.as_str(), b.as_str());
        let told = |end: usize| Some(Found::new(i, end, Sem::TimeTold, DATE));
        match (a, b) {
            // Not "this time": in news it is mostly an occasion ("this time
            // from a free kick"), and GUM leaves it unmarked.
            ("that", "time" | "period") | ("this", "period") => told(i + 2),
            ("the", "same") if self.is(i + 2, "time") && !self.is(i + 3, "as") => told(i + 3),
            ("the", "time") if self.is(i + 2, "being") => Some(Found::new(i, i + 3, Sem::Ref("PRESENT_REF"), DATE)),
            // "at the time," but not "at the time of the vote" or "at the
            // time he left", which name their own time.
            ("the", "time") if i > 0 && self.is(i - 1, "at") => {
                let next = self.w(i + 2);
                let free = matches!(self.kind(i + 2), Some(crate::text::TokKind::Punct) | None)
                    || matches!(next.as_str(), "was" | "were" | "had" | "and" | "but" | "to" | "in" | "for" | "as" | "is");
                if free {
                    told(i + 2)
                } else {
                    None
                }
            }
            _ => None,
        }
    }
}

impl<'d, 'a> Parser<'d, 'a> {
    /// "a sixty-day period", "the same 28-day period": the period noun
    /// after a duration adjective is part of the duration. "a short time",
    /// "an undetermined period of time": a duration of unknown length.
    fn period_of_time(&self, i: usize) -> Option<Found> {
        if !matches!(self.w(i).as_str(), "a" | "an" | "the") {
            return None;
        }
        let mut j = i + 1;
        if self.is(i, "the") && self.is(j, "same") {
            j += 1;
        }
        let period_noun = |k: usize| matches!(self.w(k).as_str(), "period" | "span" | "stretch");
        if let Some(mut f) = self.duration(j) {
            if f.start == j && f.ty == crate::span::TimexType::Duration && f.end > j + 1 && self.is_dash(f.end - 2) && period_noun(f.end) {
                f.start = i;
                f.end += 1;
                return Some(f);
            }
        }
        if self.is(i, "the") {
            return None;
        }
        if self.is(j, "very") {
            j += 1;
        }
        let length = matches!(
            self.w(j).as_str(),
            "short" | "long" | "brief" | "extended" | "prolonged" | "undetermined" | "indefinite" | "unspecified" | "limited"
        );
        if !length {
            return None;
        }
        let e = match self.w(j + 1).as_str() {
            "time" => j + 2,
            "period" if self.is(j + 2, "of") && self.is(j + 3, "time") => j + 4,
            _ => return None,
        };
        // "a long time-frame" is another noun.
        if self.is_dash(e) && self.glued(e) {
            return None;
        }
        // "a long time ago": the past, not a length.
        if self.is(e, "ago") {
            return Some(Found::new(i, e + 1, Sem::Ref("PAST_REF"), DATE));
        }
        Some(Found::new(i, e, Sem::Unknown, crate::span::TimexType::Duration))
    }
}

/// The ISO week of the `nth` week of a month (0: the last): the week that
/// holds its fourth day counted from that end, so that at least four of
/// its seven days are in the month.
pub(crate) fn week_of_month(year: i32, month: u32, nth: u32) -> Option<Val> {
    use crate::calendar::{days_in_month, CalendarDate};
    let day = if nth == 0 { days_in_month(year, month).checked_sub(3)? } else { 4 + 7 * (nth - 1) };
    let (y, w) = CalendarDate::new(year, month, day)?.iso_week();
    Some(Val::Week(y, w))
}
