//! Prefix modifiers: words before an expression that change its value or
//! narrow it. "more than", "about", "at least" compare or approximate an
//! amount (TIMEX3 `mod`); "early", "mid", "the end of" pick a part of a
//! date; "the morning of" puts a part of the day on it.

use crate::date::cursor::Parser;
use crate::date::lexicon::{self, Unit};
use crate::date::meaning::{Found, Sem, Val, DATE};
use crate::span::TimexType;

impl<'d, 'a> Parser<'d, 'a> {
    /// A prefix modifier followed by a core expression.
    pub(crate) fn modified(&self, i: usize) -> Option<Found> {
        let a = self.w(i);
        // Only these words open a modifier below; the others (most tokens
        // that get here) need not look at the next two.
        if !matches!(
            a.as_str(),
            "more" | "over" | "upwards" | "less" | "under" | "fewer" | "nearly" | "almost" | "about" | "around"
                | "approximately" | "roughly" | "some" | "circa" | "close" | "ca" | "at" | "up" | "no" | "the" | "early"
                | "late" | "mid" | "beginning" | "start" | "middle" | "end" | "earlier" | "later"
        ) {
            return None;
        }
        let b = self.w(i + 1);
        let c = self.w(i + 2);
        let (a, b, c) = (a.as_str(), b.as_str(), c.as_str());
        // Modifiers of durations.
        let dur_mod: Option<(&'static str, usize)> = match (a, b) {
            ("more", "than") | ("over", _) | ("upwards", "of") => Some(("MORE_THAN", if a == "over" { 1 } else { 2 })),
            ("less", "than") | ("under", _) | ("fewer", "than") => Some(("LESS_THAN", if a == "under" { 1 } else { 2 })),
            ("nearly", _) | ("almost", _) => Some(("LESS_THAN", 1)),
            ("about", _) | ("around", _) | ("approximately", _) | ("roughly", _) | ("some", _) | ("circa", _) => Some(("APPROX", 1)),
            ("close", "to") => Some(("APPROX", 2)),
            ("ca", ".") => Some(("APPROX", 2)),
            ("at", "least") => Some(("EQUAL_OR_MORE", 2)),
            ("at", "most") | ("up", "to") => Some(("EQUAL_OR_LESS", 2)),
            ("no", "more") if c == "than" => Some(("EQUAL_OR_LESS", 3)),
            ("no", "less") if c == "than" => Some(("EQUAL_OR_MORE", 3)),
            _ => None,
        };
        // "over the past 30 days": "over" is a preposition before "the".
        let dur_mod = dur_mod.filter(|&(_, len)| !self.is(i + len, "the"));
        if let Some((m, len)) = dur_mod {
            if let Some(mut f) = self.core(i + len) {
                // Durations take every modifier; "less than a week later" a
                // comparison; a named date only an approximation ("around
                // March 1981", "ca. 466 BC").
                let fits = match &f.sem {
                    _ if f.ty == TimexType::Duration => true,
                    Sem::Shift { .. } => true,
                    Sem::Abs(_) | Sem::Partial { .. } => m == "APPROX" && !matches!(a, "some"),
                    _ => false,
                };
                if fits && f.start == i + len && f.modifier.is_none() {
                    f.start = i;
                    f.modifier = Some(m);
                    return Some(f);
                }
            }
        }
        // "the morning of April 19", "the night of April 18, 1775".
        if a == "the" && c == "of" {
            if let Some(p) = lexicon::part_of_day(b) {
                if let Some(mut f) = self.core(i + 3) {
                    if f.start == i + 3 && matches!(f.sem, Sem::Abs(Val::Day(_)) | Sem::Partial { day: Some(_), .. } | Sem::Weekday { part: None, .. }) {
                        f.start = i;
                        f.part = Some(p);
                        f.ty = TimexType::Time;
                        return Some(f);
                    }
                }
            }
        }
        // Fuzzy parts of dates.
        let fuzzy: Option<(&'static str, usize)> = match (a, b, c) {
            ("early", "in", _) => Some(("START", 2)),
            ("late", "in", _) => Some(("END", 2)),
            ("early", _, _) => Some(("START", 1)),
            ("late", _, _) => Some(("END", 1)),
            ("mid", "-", _) => Some(("MID", 2)),
            ("mid", _, _) => Some(("MID", 1)),
            ("the", "beginning", "of") | ("the", "start", "of") | ("the", "dawn", "of") => Some(("START", 3)),
            // "the very beginning of", "the very end of": the same part, stressed.
            ("the", "very", "beginning" | "start") if self.is(i + 3, "of") => Some(("START", 4)),
            ("the", "very", "end") if self.is(i + 3, "of") => Some(("END", 4)),
            ("beginning", "of", _) | ("start", "of", _) => Some(("START", 2)),
            ("middle", "of", _) => Some(("MID", 2)),
            ("end", "of", _) => Some(("END", 2)),
            ("the", "middle", "of") => Some(("MID", 3)),
            ("the", "end", "of") | ("the", "close", "of") => Some(("END", 3)),
            ("the", "early", _) => Some(("START", 2)),
            ("the", "late", _) => Some(("END", 2)),
            ("the", "mid", "-") => Some(("MID", 3)),
            ("the", "mid", _) => Some(("MID", 2)),
            ("earlier", "this", _) | ("later", "this", _) => Some(("", 1)),
            ("later", "in", _) | ("earlier", "in", _) => Some(("", 2)),
            ("earlier", "today" | "tonight", _) | ("later", "today" | "tonight", _) => Some(("", 1)),
            _ => None,
        };
        if let Some((m, len)) = fuzzy {
            // "the end of the year", "the start of the month": the unit around
            // the last date mentioned (the reference in news).
            let the_at = i + len;
            if self.w(the_at.wrapping_sub(1)).as_str() == "of" && (self.is(the_at, "the") || lexicon::unit(self.w(the_at).as_str()).is_some()) {
                let u_at = if self.is(the_at, "the") { the_at + 1 } else { the_at };
                if let Some((unit, false)) = lexicon::unit(self.w(u_at).as_str()) {
                    if matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Decade | Unit::Century | Unit::Day) {
                        let mut f = Found::new(i, u_at + 1, Sem::Rel { unit, offset: 0 }, DATE);
                        f.modifier = Some(m);
                        return Some(f);
                    }
                }
            }
            if let Some(mut f) = self.core(i + len) {
                // "late Friday", "early yesterday": a part of one day; but
                // "the late Friday" or "the end of Friday" are not said.
                let day_word = matches!(f.sem, Sem::Weekday { part: None, .. } | Sem::Deictic { part: None, .. });
                let ok = f.start == i + len
                    && (f.ty == DATE || m.is_empty())
                    && !matches!(f.sem, Sem::Ref(_) | Sem::Shift { .. })
                    && (!day_word || (len == 1 && matches!(a, "early" | "late")) || m.is_empty());
                if ok {
                    f.start = i;
                    if !m.is_empty() {
                        f.modifier = Some(m);
                    }
                    return Some(f);
                }
            }
        }
        None
    }
}
