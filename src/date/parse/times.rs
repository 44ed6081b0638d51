//! Clock times: "3 p.m.", "3pm", "15:30", "6:00am", "0830 GMT", "seven
//! o'clock", "noon", with the time zone after them.

use crate::date::cursor::Parser;
use crate::date::lexicon;
use crate::date::meaning::{Found, Sem};
use crate::span::TimexType;
use crate::text::TokKind;

impl<'d, 'a> Parser<'d, 'a> {
    /// Clock times: "3 p.m.", "3pm", "15:30 GMT", "6:00am", "noon".
    #[inline(never)]
    pub(crate) fn clock(&self, i: usize) -> Option<Found> {
        let l = self.w(i);
        match l.as_str() {
            "noon" | "midday" => return Some(Found::new(i, i + 1, Sem::Clock("12:00".into()), TimexType::Time)),
            "midnight" => return Some(Found::new(i, i + 1, Sem::Clock("24:00".into()), TimexType::Time)),
            _ => {}
        }
        // "seven o'clock", "ten am", "three p.m.": an hour in words.
        if self.kind(i) == Some(TokKind::Alpha) {
            let h = crate::numbers::small_number_word(l.as_str()).filter(|&h| (1.0..=12.0).contains(&h))? as u32;
            if let Some((pm, e)) = self.meridiem(i + 1) {
                let end = self.time_zone_end(e);
                return Some(self.zoned(i, e, end, format!("{:02}:00", to_24(h, pm)?)));
            }
            if self.is(i + 1, "o") && self.t(i + 2) == "'" && self.is(i + 3, "clock") {
                return Some(Found::new(i, i + 4, Sem::Clock(format!("{:02}:00", h)), TimexType::Time));
            }
            return None;
        }
        // "3pm", "11am": one token.
        if self.kind(i) == Some(TokKind::AlphaNum) {
            let s = l.as_str();
            let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &s[digits.len()..];
            if !digits.is_empty() && digits.len() <= 2 && matches!(suffix, "am" | "pm") {
                let h: u32 = digits.parse().ok()?;
                let h = to_24(h, suffix == "pm")?;
                let end = self.time_zone_end(i + 1);
                return Some(self.zoned(i, i + 1, end, format!("{:02}:00", h)));
            }
            return None;
        }
        // "0830 GMT": four digits with a time zone, as wire stories write.
        if self.kind(i) == Some(TokKind::Digits) && self.t(i).len() == 4 && lexicon::time_zone(self.t(i + 1)) {
            let v: u32 = self.t(i).parse().ok()?;
            let (h, m) = (v / 100, v % 100);
            if h <= 24 && m < 60 {
                let end = self.time_zone_end(i + 1);
                return Some(self.zoned(i, i + 1, end, format!("{:02}:{:02}", h, m)));
            }
        }
        let h = self.digits(i)?;
        if self.t(i).len() > 2 || (i > 0 && self.glued(i) && matches!(self.t(i - 1), ":" | "." | "/" | "-" | ",")) {
            return None;
        }
        let mut k = i + 1;
        let mut min = 0u32;
        let mut has_min = false;
        // ":30", or ":00am" where the suffix is glued to the minutes.
        let mut suffix_pm: Option<bool> = None;
        if matches!(self.t(k), ":" | ".") && self.glued(k) && self.glued(k + 1) {
            let ms = self.w(k + 1);
            let ms = ms.as_str();
            let digits = ms.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &ms[digits.len()..];
            if digits.len() == 2 && (suffix.is_empty() || matches!(suffix, "am" | "pm" | "hrs" | "h")) {
                min = digits.parse().ok()?;
                has_min = true;
                if matches!(suffix, "am" | "pm") {
                    suffix_pm = Some(suffix == "pm");
                }
                k += 2;
                // Seconds.
                if self.t(k) == ":" && self.glued(k) && self.glued(k + 1) && self.t(k + 1).len() == 2 && self.kind(k + 1) == Some(TokKind::Digits) {
                    k += 2;
                }
                // A dot clock ("3.30") needs am/pm to be a time.
                if self.t(i + 1) == "." && suffix_pm.is_none() && self.meridiem(k).is_none() {
                    return None;
                }
            }
            if !has_min {
                return None;
            }
        }
        if suffix_pm.is_none() {
            if let Some((pm, e)) = self.meridiem(k) {
                suffix_pm = Some(pm);
                k = e;
            } else if self.is(k, "o") && self.t(k + 1) == "'" && self.is(k + 2, "clock") {
                k += 3;
                if min >= 60 || h > 12 {
                    return None;
                }
                let end = self.time_zone_end(k);
                return Some(self.zoned(i, k, end, format!("{:02}:{:02}", h, min)));
            }
        }
        if min >= 60 {
            return None;
        }
        let hour = match suffix_pm {
            Some(pm) => to_24(h, pm)?,
            None => {
                // A bare "15:30" is a time only with minutes and a sane hour;
                // score lines use hyphens, not colons.
                if !has_min || h > 24 {
                    return None;
                }
                // "1:2" ratios and "3:16" verses need two-digit minutes, which
                // the minutes check above already required.
                h
            }
        };
        let end = self.time_zone_end(k);
        Some(self.zoned(i, k, end, format!("{:02}:{:02}", hour, min)))
    }

    /// "am", "pm", "a.m.", "p.m." at `k`: (is pm, end).
    pub(crate) fn meridiem(&self, k: usize) -> Option<(bool, usize)> {
        let l = self.w(k);
        match l.as_str() {
            "am" | "pm" => Some((l.as_str() == "pm", k + 1)),
            "a" | "p" if self.t(k + 1) == "." && self.glued(k + 1) && self.is(k + 2, "m") && self.glued(k + 2) => {
                let pm = l.as_str() == "p";
                let e = if self.t(k + 3) == "." && self.glued(k + 3) { k + 4 } else { k + 3 };
                Some((pm, e))
            }
            _ => None,
        }
    }

    /// A clock time ending at `end` with the zone read from `k` on: TIMEX3
    /// writes UTC as "Z" and an offset from it as "+08:00" ("12:00 UTC" is
    /// T12:00Z). A named local zone (EST, IST) stays off the value: some
    /// names stand for more than one offset.
    pub(crate) fn zoned(&self, i: usize, k: usize, end: usize, clock: String) -> Found {
        let mut clock = clock;
        if end > k {
            let z = if self.t(k) == "(" { k + 1 } else { k };
            if matches!(self.t(z), "UTC" | "GMT" | "Z") {
                let sign = self.t(z + 1);
                match self.digits(z + 2) {
                    Some(h) if z + 2 < end && matches!(sign, "+" | "-" | "\u{2212}") && h <= 14 => {
                        let sign = if sign == "+" { '+' } else { '-' };
                        clock.push_str(&format!("{sign}{h:02}:00"));
                    }
                    _ if z + 1 == end || (z + 2 == end && self.t(z + 1) == ")") => clock.push('Z'),
                    _ => {}
                }
            }
        }
        Found::new(i, end, Sem::Clock(clock), TimexType::Time)
    }

    /// A time zone after a clock time joins the span: "GMT", "(GMT +8)".
    pub(crate) fn time_zone_end(&self, k: usize) -> usize {
        if lexicon::time_zone(self.t(k)) {
            let mut e = k + 1;
            if matches!(self.t(e), "+" | "-") && self.glued(e) && self.kind(e + 1) == Some(TokKind::Digits) {
                e += 2;
            }
            return e;
        }
        if self.t(k) == "(" && lexicon::time_zone(self.t(k + 1)) {
            let mut e = k + 2;
            if matches!(self.t(e), "+" | "-" | "\u{2212}") && self.kind(e + 1) == Some(TokKind::Digits) {
                e += 2;
            }
            if self.t(e) == ")" {
                return e + 1;
            }
        }
        k
    }
}

pub(crate) fn to_24(h: u32, pm: bool) -> Option<u32> {
    if !(1..=12).contains(&h) {
        return None;
    }
    Some(match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}
