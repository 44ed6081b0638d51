//! Amounts of time: "three days", "a decade", "several weeks", "27-year",
//! "two and a half years"; with "ago", "later" or "earlier" after them a
//! shift from a date ("two years ago"). Also the TIMEX3 duration values
//! (`P3D`) that the other parsers write.

use crate::date::cursor::Parser;
use crate::date::lexicon::{self, Unit};
use crate::date::meaning::{Found, Sem, DATE};
use crate::numbers::parse_number;
use crate::span::TimexType;
use crate::text::TokKind;

impl<'d, 'a> Parser<'d, 'a> {
    /// A number of units: "three days", "25 years", "a decade", "several
    /// weeks", "27-year", "decades-long", "two and a half years"; with "ago",
    /// "later", "earlier" it becomes a date.
    #[inline(never)]
    pub(crate) fn duration(&self, i: usize) -> Option<Found> {
        let mut start = i;
        let mut j = i;
        // "the last 30 years", "the next four years", "the first two weeks".
        let mut lead_the = false;
        if self.is(j, "the") && matches!(self.w(j + 1).as_str(), "last" | "past" | "next" | "first" | "coming" | "following" | "previous" | "final" | "preceding" | "upcoming") {
            j += 2;
            lead_the = true;
        } else if matches!(self.w(j).as_str(), "last" | "past" | "next" | "coming" | "upcoming") && self.kind(j + 1) != Some(TokKind::Alpha) || (matches!(self.w(j).as_str(), "last" | "past" | "next" | "coming" | "upcoming") && crate::numbers::small_number_word(self.w(j + 1).as_str()).is_some()) {
            // "last two months", "next 4 days": the stretch, without "the".
            j += 1;
            lead_the = true;
        }
        let (amount, k) = self.amount(j)?;
        // "two and a half years", "one and a half hours".
        if let Some(a) = amount {
            if self.is(k, "and") && self.is(k + 1, "a") && self.is(k + 2, "half") {
                return self.duration_half(i, a + 0.5, k + 3, lead_the);
            }
        }
        // Amount then unit, optionally through a hyphen ("27-year").
        let mut u = k;
        let mut hyphen = false;
        if self.is_dash(u) && self.glued(u) && self.glued(u + 1) {
            u += 1;
            hyphen = true;
        }
        // "two business days", "three straight years": an adjective between.
        if !hyphen && matches!(self.w(u).as_str(), "business" | "working" | "calendar" | "straight" | "consecutive" | "full" | "long" | "more" | "additional" | "further") && lexicon::unit(self.w(u + 1).as_str()).is_some() {
            u += 1;
        }
        let l = self.w(u);
        let (unit, plural) = lexicon::unit(l.as_str())?;
        // "a quarter of the votes" is a fraction; quarters of the year are
        // read by quarter() and relative().
        if unit == Unit::Weekend || unit == Unit::Quarter {
            return None;
        }
        let mut end = u + 1;
        // Ages ("a 14-year-old boy", "five years old") describe people, not times.
        if (hyphen && self.is_dash(end) && self.is(end + 1, "old")) || self.is(end, "old") {
            return None;
        }
        if hyphen && plural && amount.is_some() {
            return None;
        }
        // "forty-second", "twenty second": ordinals, not forty seconds.
        if unit == Unit::Second && !plural && amount.is_some_and(|a| a >= 20.0 && a % 10.0 == 0.0) && !self.t(j).bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // "the 2018 day five": a year before a singular unit is a modifier,
        // not an amount of time.
        if !hyphen && !plural && amount.is_some_and(|a| (1000.0..3000.0).contains(&a)) {
            return None;
        }
        // "a second chance": "a second" is a duration only when it is clearly
        // one ("a second later", "for a second.").
        if unit == Unit::Second && amount == Some(1.0) && !self.t(j).chars().next().is_some_and(|c| c.is_ascii_digit()) {
            let nx = self.w(end);
            if !(matches!(nx.as_str(), "ago" | "later" | "earlier" | "or") || matches!(self.t(end), "," | "." | ")" | ";" | "")) {
                return None;
            }
        }
        // "decades-long", "years-long" and "25-year-long".
        if self.is_dash(end) && self.glued(end) && self.is(end + 1, "long") && self.glued(end + 1) {
            end += 2;
            // "a year-long war": the article belongs to the noun phrase.
            if matches!(self.w(start).as_str(), "a" | "an") && amount == Some(1.0) {
                start = u;
            }
        }
        if amount.is_none() && !plural {
            return None;
        }
        if amount.is_none() && matches!(unit, Unit::Second | Unit::Minute) {
            return None;
        }
        if let Some(a) = amount {
            if !(0.0..=10000.0).contains(&a) {
                return None;
            }
        }
        // "two years ago", "three days later", "a decade earlier".
        if !hyphen && !lead_the {
            let after = self.w(end);
            let (sign, anaphoric) = match after.as_str() {
                "ago" => (-1, false),
                "later" | "after" | "afterwards" | "afterward" => (1, true),
                "earlier" | "before" | "previously" => (-1, true),
                "from" if self.is(end + 1, "now") => (1, false),
                _ => (0, false),
            };
            let takes_object = matches!(after.as_str(), "after" | "before");
            // "two days after the vote" is anchored on an event: a duration.
            let object_follows = takes_object && !matches!(self.t(end + 1), "," | "." | ";" | "" | ")");
            if sign != 0 && !object_follows {
                if let Some(a) = amount {
                    if a.fract() == 0.0 {
                        let e = if after.as_str() == "from" { end + 2 } else { end + 1 };
                        return Some(Found::new(start, e, Sem::Shift { n: a as i64, unit, sign, anaphoric }, DATE));
                    }
                }
                let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
                return Some(Found::new(start, end + 1, Sem::Ref(v), DATE));
            }
        }
        if amount.is_none() && !lead_the {
            // A bare plural ("years", "decades") is a duration only in a
            // duration frame: "for years", "over decades", "decades-long".
            let prev = self.prev(start);
            let hy = self.is(end - 1, "long");
            let vague_det = start != u;
            if !(hy || vague_det || matches!(prev.as_str(), "for" | "over" | "in" | "within")) {
                return None;
            }
            if !vague_det && matches!(unit, Unit::Day | Unit::Hour | Unit::Week) && !hy {
                return None;
            }
        }
        let value = if amount.is_none() && unit == Unit::Decade {
            "PXDE".to_string()
        } else {
            duration_value(amount, unit)
        };
        let _ = &mut start;
        Some(Found::new(start, end, Sem::Duration(value), TimexType::Duration))
    }

    pub(crate) fn duration_half(&self, i: usize, amount: f64, u: usize, _lead: bool) -> Option<Found> {
        let l = self.w(u);
        let (unit, _) = lexicon::unit(l.as_str())?;
        Some(Found::new(i, u + 1, Sem::Duration(duration_value(Some(amount), unit)), TimexType::Duration))
    }

    /// The amount before a unit: a number, "a"/"an", or a vague quantifier
    /// (`None`). Returns the token after it.
    pub(crate) fn amount(&self, j: usize) -> Option<(Option<f64>, usize)> {
        let l = self.w(j);
        match l.as_str() {
            "a" | "an" | "one" if self.is(j + 1, "half") => return Some((Some(0.5), j + 2)),
            "half" if matches!(self.w(j + 1).as_str(), "a" | "an") => return Some((Some(0.5), j + 2)),
            "a" | "an" if self.is(j + 1, "couple") && self.is(j + 2, "of") => return Some((Some(2.0), j + 3)),
            "a" | "an" if matches!(self.w(j + 1).as_str(), "few" | "number") => return Some((None, j + 2)),
            "several" | "few" | "many" | "numerous" | "multiple" | "various" | "some" | "recent" => return Some((None, j + 1)),
            "a" | "an" => return Some((Some(1.0), j + 1)),
            _ => {}
        }
        // A unit right here: a bare plural ("years").
        if lexicon::unit(l.as_str()).is_some() {
            return Some((None, j));
        }
        let m = parse_number(self.doc, j)?;
        if m.digits && self.t(j).len() > 5 {
            return None;
        }
        Some((Some(m.value), m.end))
    }
}

/// Two TIMEX3 durations added ("P1Y" and "P21D" is "P1Y21D"); `None`
/// when either is vague or they overlap in units or run small to large.
pub(crate) fn join_durations(a: &str, b: &str) -> Option<String> {
    const ORDER: &str = "YMWDTHMS";
    if a.contains('X') || b.contains('X') || !a.starts_with('P') || !b.starts_with('P') {
        return None;
    }
    let split = |v: &str| -> (String, String) {
        let body = &v[1..];
        match body.find('T') {
            Some(t) => (body[..t].to_string(), body[t + 1..].to_string()),
            None => (body.to_string(), String::new()),
        }
    };
    let rank = |d: &str, time: bool| -> Option<usize> {
        let last = d.chars().last()?;
        let pos = if time { ORDER[4..].find(last)? + 4 } else { ORDER[..4].find(last)? };
        Some(pos)
    };
    let (ad, at) = split(a);
    let (bd, bt) = split(b);
    let ra = if at.is_empty() { rank(&ad, false)? } else { rank(&at, true)? };
    let rb = if bt.is_empty() { rank(&bd, false)? } else { rank(&bt, true)? };
    if rb <= ra || (!ad.is_empty() && !at.is_empty()) {
        return None;
    }
    let (d, t) = (format!("{ad}{bd}"), format!("{at}{bt}"));
    Some(if t.is_empty() { format!("P{d}") } else { format!("P{d}T{t}") })
}

/// The TIMEX3 duration value for an amount of a unit (`None`: unknown, X).
pub(crate) fn duration_value(amount: Option<f64>, unit: Unit) -> String {
    let (scale, code, time) = match unit {
        Unit::Second => (1.0, "S", true),
        Unit::Minute => (1.0, "M", true),
        Unit::Hour => (1.0, "H", true),
        Unit::Day => (1.0, "D", false),
        Unit::Week => (1.0, "W", false),
        Unit::Fortnight => (2.0, "W", false),
        Unit::Month => (1.0, "M", false),
        Unit::Quarter => (3.0, "M", false),
        Unit::Year => (1.0, "Y", false),
        Unit::Decade => (10.0, "Y", false),
        Unit::Century => (1.0, "CE", false),
        Unit::Millennium => (1000.0, "Y", false),
        Unit::Weekend => (1.0, "WE", false),
    };
    let t = if time { "T" } else { "" };
    match amount {
        Some(a) => format!("P{t}{}{code}", amount_text(a * scale)),
        None => {
            let code = match unit {
                Unit::Decade => "DE",
                Unit::Millennium => "ML",
                Unit::Quarter => "Q",
                Unit::Fortnight => "W",
                _ => code,
            };
            format!("P{t}X{code}")
        }
    }
}

/// An amount as a duration writes it: at most two decimals, trailing zeros
/// dropped ("3", "1.5", "0.25"). Rounded in integers as `{:.2}` rounds (ties
/// to even), so that the module carries no float formatter: `Display` for
/// f64 brings core's Dragon and Grisu code, ~11 KB of wasm, for this one use.
fn amount_text(a: f64) -> String {
    if a.fract() == 0.0 {
        return format!("{}", a as i64);
    }
    let scaled = a * 100.0;
    let hundredths = if (scaled - scaled.trunc()).abs() == 0.5 {
        // A product that rounded to a half may hide the true side of the
        // tie: `{:.2}` rounds the exact value. Dekker's split makes the
        // product's rounding error exact (100 has 7 bits, so each half's
        // product is exact), and its sign says which way to go.
        let t = 134_217_729.0 * a;
        let hi = t - (t - a);
        let error = (hi * 100.0 - scaled) + (a - hi) * 100.0;
        if error == 0.0 {
            scaled.round_ties_even()
        } else if (error > 0.0) == (scaled > 0.0) {
            scaled.round()
        } else {
            scaled.trunc()
        }
    } else {
        scaled.round()
    } as i64;
    let (whole, frac) = (hundredths / 100, (hundredths % 100).unsigned_abs());
    let sign = if hundredths < 0 && whole == 0 { "-" } else { "" };
    match frac {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::amount_text;

    /// The old writer: `{:.2}`, then trailing zeros and point dropped.
    fn by_float_format(a: f64) -> String {
        if a.fract() == 0.0 {
            format!("{}", a as i64)
        } else {
            let s = format!("{:.2}", a);
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    }

    #[test]
    fn amounts_read_as_the_float_formatter_wrote_them() {
        assert_eq!(amount_text(1.5), "1.5");
        assert_eq!(amount_text(0.25), "0.25");
        assert_eq!(amount_text(2.0 / 3.0), "0.67");
        assert_eq!(amount_text(36.0), "36");
        for k in 0..40_000u32 {
            // Thousandths, ties at the half-hundredth, eighths, thirds and
            // sevenths of everyday amounts, and negatives.
            let k = f64::from(k);
            for a in [k / 1000.0, k / 200.0, k / 10_000.0, k / 8.0, k / 3.0, k * 1.5 / 7.0, -k / 200.0] {
                assert_eq!(amount_text(a), by_float_format(a), "{a}");
            }
        }
    }
}
