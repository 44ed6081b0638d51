//! Recurring times, TIMEX3 sets: "daily", "annually", "every Monday", "every
//! other week", "per year", "each spring", "each season".

use crate::date::cursor::Parser;
use crate::date::lexicon::{self, Unit};
use crate::date::meaning::{Found, Sem};
use crate::date::parse::durations::duration_value;
use crate::numbers::parse_number;
use crate::span::TimexType;

impl<'d, 'a> Parser<'d, 'a> {
    /// every/each + unit or weekday; daily, weekly, annually; "per year".
    #[inline(never)]
    pub(crate) fn set(&self, i: usize) -> Option<Found> {
        let l = self.w(i);
        let single = match l.as_str() {
            "daily" | "nightly" => Some("P1D"),
            "weekly" => Some("P1W"),
            "monthly" => Some("P1M"),
            // Not the adjective "annual": the gold corpora mark "the annual
            // conference" once in three (MEANTIME) or never (GUM), and
            // reading it lost strict F1 on both.
            "annually" | "yearly" => Some("P1Y"),
            "hourly" => Some("PT1H"),
            "quarterly" => Some("P3M"),
            _ => None,
        };
        if let Some(v) = single {
            // "LA Weekly", "Daily Mail": a capitalized word inside a sentence is a name.
            if self.upper(i) && !self.doc.tokens.get(i).is_some_and(|t| t.sentence_start()) {
                return None;
            }
            return Some(Found::new(i, i + 1, Sem::Set(v.into()), TimexType::Set));
        }
        let (every, mut j) = match l.as_str() {
            "every" | "each" => (true, i + 1),
            "per" => (false, i + 1),
            _ => return None,
        };
        let mut n: f64 = 1.0;
        if every && self.is(j, "other") {
            n = 2.0;
            j += 1;
        } else if every {
            if let Some(m) = parse_number(self.doc, j) {
                if lexicon::unit(self.w(m.end).as_str()).is_some() {
                    n = m.value;
                    j = m.end;
                }
            }
        }
        let w = self.w(j);
        if let Some((unit, _)) = lexicon::unit(w.as_str()) {
            if unit == Unit::Weekend {
                return Some(Found::new(i, j + 1, Sem::Set("XXXX-WXX-WE".into()), TimexType::Set));
            }
            return Some(Found::new(i, j + 1, Sem::Set(duration_value(Some(n), unit)), TimexType::Set));
        }
        if !every {
            return None;
        }
        if let Some(wd) = lexicon::weekday(w.as_str()) {
            return Some(Found::new(i, j + 1, Sem::Set(format!("XXXX-WXX-{}", wd + 1)), TimexType::Set));
        }
        if let Some((m, false)) = lexicon::month(w.as_str()) {
            if self.upper(j) {
                return Some(Found::new(i, j + 1, Sem::Set(format!("XXXX-{:02}", m)), TimexType::Set));
            }
        }
        if let Some(p) = lexicon::part_of_day(w.as_str()) {
            return Some(Found::new(i, j + 1, Sem::Set(format!("XXXX-XX-XXT{p}")), TimexType::Set));
        }
        if let Some(s) = lexicon::season(w.as_str()) {
            return Some(Found::new(i, j + 1, Sem::Set(format!("XXXX-{s}")), TimexType::Set));
        }
        // "each season", "every season": a season of the year, a quarter long.
        if w.as_str() == "season" {
            return Some(Found::new(i, j + 1, Sem::Set("P3M".into()), TimexType::Set));
        }
        None
    }
}
