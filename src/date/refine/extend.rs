//! The extension of a span: what the words next to an expression add to
//! it, once the longest parser has found it. A weekday before a date
//! without a year, a second duration ("one hour and 30 minutes"), "or so",
//! a year written once after two months ("August and September 1914"),
//! "the month of", "of that year", and a clock time with its day.

use crate::calendar::CalendarDate;
use crate::date::cursor::Parser;
use crate::date::lexicon::{self, Unit};
use crate::date::meaning::{Found, Sem, Val};
use crate::date::parse::durations::join_durations;
use crate::span::TimexType;

impl<'d, 'a> Parser<'d, 'a> {
    /// What the words around a core expression add to it.
    pub(crate) fn extend(&self, mut f: Found) -> Option<Found> {
        // "75 hours of video", "ten minutes of footage": an amount of
        // recorded material, not the length of anything that happens.
        if f.ty == TimexType::Duration && self.is(f.end, "of") && lexicon::recorded_content(self.w(f.end + 1).as_str()) {
            return None;
        }
        if matches!(f.sem, Sem::Partial { day: Some(_), .. } | Sem::DayOfMonth(_)) {
            let l = self.w(f.start);
            f.weekday_hint = lexicon::weekday(l.as_str()).or_else(|| lexicon::weekday_abbrev(l.as_str()));
        }
        // "one hour and 30 minutes", "2 years 21 days": one duration.
        if let Sem::Duration(v1) = &f.sem {
            let mut k = f.end;
            if self.is(k, "and") || self.t(k) == "," {
                k += 1;
            }
            if let Some(g) = self.duration(k) {
                if let (Sem::Duration(v2), None) = (&g.sem, g.modifier) {
                    if let Some(v) = join_durations(v1, v2) {
                        f.sem = Sem::Duration(v);
                        f.end = g.end;
                    }
                }
            }
        }
        // "the last 30 years or so": the approximation stays outside the span.
        if f.ty == TimexType::Duration && f.modifier.is_none() && self.is(f.end, "or") && self.is(f.end + 1, "so") {
            f.modifier = Some("APPROX");
        }
        // "August and September 1914", "March-April 1918", "July 5 to
        // August 2, 1920": the year written once at the end belongs to both.
        if let Sem::Partial { month, day } = f.sem {
            let k = f.end;
            if self.is(k, "and") || self.is(k, "to") || self.is(k, "or") || self.is(k, "through") || self.is_dash(k) {
                if let Some((_, mut e)) = self.month_at(k + 1, true) {
                    if let Some((_, de)) = self.day_number(e) {
                        e = de;
                    }
                    if self.t(e) == "," {
                        e += 1;
                    }
                    if let Some(y) = self.year_token(e) {
                        let val = match day {
                            Some(d) => CalendarDate::new(y, month, d).map(Val::Day),
                            None => Some(Val::Month(y, month)),
                        };
                        if let Some(v) = val {
                            f.sem = Sem::Abs(v);
                        }
                    }
                }
            }
        }
        // "the month of June": the words name the month.
        if let Sem::Partial { day: None, .. } | Sem::Abs(Val::Month(..)) = f.sem {
            let s = f.start;
            if s >= 2 && self.is(s - 1, "of") && self.is(s - 2, "month") {
                f.start = if s >= 3 && self.is(s - 3, "the") { s - 3 } else { s - 2 };
            }
        }
        // "August of that year", "May 5 of the following year".
        if let Sem::Partial { month, day } = f.sem {
            if self.is(f.end, "of") {
                let (a, b) = (self.w(f.end + 1), self.w(f.end + 2));
                let off = match (a.as_str(), b.as_str()) {
                    ("that", "year") | ("the", "same") | ("this", "year") => Some(0),
                    ("the", "following") | ("the", "next") => Some(1),
                    ("the", "previous") | ("the", "preceding") => Some(-1),
                    _ => None,
                };
                let len = if b.as_str() == "year" { 3 } else { 4 };
                if let Some(offset) = off {
                    if self.is(f.end + len - 1, "year") {
                        f.sem = Sem::PartialOf { month, day, offset };
                        f.end += len;
                    }
                }
            }
        }
        // A day followed by a clock time ("Friday at 3 p.m.", "October 9,
        // 2020 at 16:00"), or a clock time followed by its day ("3 p.m. on
        // Friday"): one expression, a TIMEX3 time.
        if f.clock.is_none() && is_dayish(&f.sem) {
            let mut j = f.end;
            if matches!(self.w(j).as_str(), "at" | "around" | "about" | "by" | "from") || self.t(j) == "," || self.t(j) == "@" {
                j += 1;
            }
            if let Some(c) = self.clock(j) {
                if let Sem::Clock(clock) = c.sem {
                    f.clock = Some(clock);
                    f.end = c.end;
                    f.ty = TimexType::Time;
                }
            }
        } else if let Sem::Clock(clock) = &f.sem {
            let mut j = f.end;
            if self.is(j, "on") || self.t(j) == "," {
                j += 1;
            }
            let day = [self.weekday(j), self.month_first(j), self.day_first_date(j), self.deictic(j), self.numeric(j), self.iso(j), self.relative(j)]
                .into_iter()
                .flatten()
                .filter(|d| d.start == j && d.clock.is_none() && is_dayish(&d.sem))
                .max_by_key(|d| d.end);
            if let Some(mut d) = day {
                d.clock = Some(clock.clone());
                d.start = f.start;
                d.ty = TimexType::Time;
                f = d;
            }
        }
        Some(f)
    }
}

/// True for meanings that name one day, which a clock time can refine.
pub(crate) fn is_dayish(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::Abs(Val::Day(_)) | Sem::Partial { day: Some(_), .. } | Sem::DayOfMonth(_) | Sem::Weekday { part: None, .. } | Sem::Deictic { .. } | Sem::Holiday(_) | Sem::Anaphor { unit: Unit::Day, .. }
    )
}
