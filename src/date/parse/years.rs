//! Years and what is named by them: a bare year where the words around it
//! make it one ("in 1991", not "1991 people"), years BC, year ranges
//! ("1915-17"), decades ("the 1990s", "the sixties"), centuries ("the 20th
//! century"), seasons ("spring 2007"), quarters ("Q3 2020") and halves of
//! a year ("the first half of 2020").

use crate::date::cursor::{two_digit_year, Parser};
use crate::date::lexicon;
use crate::date::meaning::{year4, Found, Sem, Val, DATE};
use crate::text::TokKind;

impl<'d, 'a> Parser<'d, 'a> {
    /// A bare year in a year context; "1990s"; years BC.
    #[inline(never)]
    pub(crate) fn year(&self, i: usize) -> Option<Found> {
        let s = self.t(i);
        // "1990s" and "the 1990s".
        let (mut start, mut j) = (i, i);
        if self.is(i, "the") {
            j = i + 1;
        }
        let sj = self.t(j);
        if self.kind(j) == Some(TokKind::AlphaNum) && sj.len() == 5 && sj.ends_with('s') {
            let y: i32 = sj.get(..4)?.parse().ok()?;
            if (1000..=2999).contains(&y) && y % 10 == 0 {
                // "the 1800s" is the century, "the 1990s" the decade.
                let val = if y % 100 == 0 { Val::Century(y / 100) } else { Val::Decade(y / 10) };
                return Some(Found::new(start, j + 1, Sem::Abs(val), DATE));
            }
        }
        // "the '90s", "the 90s".
        if j > i {
            let (k, two) = if matches!(sj, "'" | "\u{2019}") && self.glued(j + 1) { (j + 1, self.t(j + 1)) } else { (j, sj) };
            if self.kind(k) == Some(TokKind::AlphaNum) && two.len() == 3 && two.ends_with('s') {
                if let Some(Ok(d)) = two.get(..2).map(str::parse::<i32>) {
                    if d % 10 == 0 {
                        return Some(Found::new(start, k + 1, Sem::Abs(Val::Decade(190 + d / 10)), DATE));
                    }
                }
            }
        }
        if j > i {
            return None;
        }
        // The first end of an era range: "499-493 BC", "264 to 241 BC".
        if self.kind(i) == Some(TokKind::Digits) && s.len() <= 4 && (self.is_dash(i + 1) || self.is(i + 1, "to")) && self.kind(i + 2) == Some(TokKind::Digits) && matches!(self.t(i + 3), "BC" | "BCE") {
            if let (Ok(a), Ok(b)) = (s.parse::<i32>(), self.t(i + 2).parse::<i32>()) {
                if a > b && a > 0 {
                    let mut f = Found::new(i, i + 1, Sem::Abs(Val::BcYear(a)), DATE);
                    f.range_with_next = true;
                    return Some(f);
                }
            }
        }
        // Years before the common era: "490 BC", "218 B.C.".
        if self.kind(i) == Some(TokKind::Digits) && s.len() <= 4 {
            let bc_end = if self.t(i + 1) == "BC" || self.t(i + 1) == "BCE" {
                Some(i + 2)
            } else if self.t(i + 1) == "B" && self.t(i + 2) == "." && self.t(i + 3) == "C" {
                Some(if self.t(i + 4) == "." { i + 5 } else { i + 4 })
            } else {
                None
            };
            if let (Some(e), Ok(y)) = (bc_end, s.parse::<i32>()) {
                if y > 0 {
                    return Some(Found::new(i, e, Sem::Abs(Val::BcYear(y)), DATE));
                }
            }
        }
        // "'99" after a year context.
        if matches!(s, "'" | "\u{2019}") && self.glued(i + 1) && self.kind(i + 1) == Some(TokKind::Digits) && self.t(i + 1).len() == 2 && !self.glued(i) {
            let prev = self.prev(i);
            if matches!(prev.as_str(), "in" | "since" | "of" | "until" | "by") && !self.glued(i + 2) {
                let y = two_digit_year(self.t(i + 1).parse().ok()?);
                return Some(Found::new(i, i + 2, Sem::Abs(Val::Year(y)), DATE));
            }
        }
        // The second end of a year range: "1915-17", "1861–1865".
        if i >= 2 && self.is_dash(i - 1) && self.year_token(i - 2).is_some() && self.kind(i) == Some(TokKind::Digits) && self.glued(i) == self.glued(i - 1) && !self.chained_before(i - 2) {
            let first = self.year_token(i - 2)?;
            let y = if s.len() == 2 { (first / 100) * 100 + s.parse::<i32>().ok()? } else if s.len() == 4 { s.parse().ok()? } else { return None };
            if y > first && y - first < 200 && !(self.glued(i + 1) && self.kind(i + 2) == Some(TokKind::Digits)) {
                let mut f = Found::new(i, i + 1, Sem::Abs(Val::Year(y)), DATE);
                f.range = Some((year4(first), year4(y)));
                return Some(f);
            }
        }
        let y = self.year_token(i)?;
        // "the 1982 summer offensives": a year then its season.
        if let Some(season) = lexicon::season(self.w(i + 1).as_str()) {
            if self.year_context(i) || self.is(i.wrapping_sub(1), "the") {
                return Some(Found::new(i, i + 2, Sem::Abs(Val::Season(y, season)), DATE));
            }
        }
        if !self.year_context(i) {
            return None;
        }
        start = i;
        let mut f = Found::new(start, i + 1, Sem::Abs(Val::Year(y)), DATE);
        // The first end of a range carries the range too.
        if self.is_dash(i + 1) && self.glued(i + 1) == self.glued(i + 2) {
            let s2 = self.t(i + 2);
            if self.kind(i + 2) == Some(TokKind::Digits) && (s2.len() == 2 || s2.len() == 4) {
                let y2 = if s2.len() == 2 { (y / 100) * 100 + s2.parse::<i32>().unwrap_or(0) } else { s2.parse().unwrap_or(0) };
                if y2 > y && y2 - y < 200 {
                    f.range = Some((year4(y), year4(y2)));
                }
            }
        }
        Some(f)
    }

    /// True where a four-digit number at `i` reads as a year: the general
    /// rule is a year-taking word before it ("in", "since", a month, "the
    /// year") or a boundary after it (punctuation, the sentence end), and
    /// never a counted noun after it ("2020 people") or a name before it
    /// ("Windows 2000").
    pub(crate) fn year_context(&self, i: usize) -> bool {
        let prev = self.prev(i);
        let p = prev.as_str();
        let next = self.w(i + 1);
        let nx = next.as_str();
        // Parts of numbers and codes: "40.1693", "138-2010-2015".
        if self.chained_before(i) {
            return false;
        }
        // Money, percentages, measures, identifiers glued to letters.
        if i > 0 && (matches!(self.t(i - 1), "$" | "€" | "£" | "#" | "№" | "+") || (self.glued(i) && self.kind(i - 1) != Some(TokKind::Punct))) {
            return false;
        }
        if matches!(self.t(i + 1), "%" | "°") || (self.glued(i + 1) && self.kind(i + 1) == Some(TokKind::Alpha)) {
            return false;
        }
        if self.glued(i + 1) && matches!(self.t(i + 1), "/" | ":" | "-") && self.kind(i + 2) == Some(TokKind::Digits) && self.t(i + 2).len() != 2 && self.t(i + 2).len() != 4 {
            return false;
        }
        // The first end of a year range ("1861-1863", "1915-17").
        if self.is_dash(i + 1) && self.glued(i + 1) == self.glued(i + 2) && self.kind(i + 2) == Some(TokKind::Digits) {
            let s2 = self.t(i + 2);
            if let (Ok(y1), Ok(y2)) = (self.t(i).parse::<i32>(), s2.parse::<i32>()) {
                let y2 = if s2.len() == 2 { (y1 / 100) * 100 + y2 } else if s2.len() == 4 { y2 } else { 0 };
                if y2 > y1 && y2 - y1 < 100 && !self.chained_after(i + 3) && !self.chained_before(i) {
                    return true;
                }
            }
        }
        // "mid-1990": the hyphen joins a fuzzy prefix.
        if p == "-" && i >= 2 && self.glued(i) && self.is(i - 2, "mid") {
            return true;
        }
        let lower_word = self.kind(i + 1) == Some(TokKind::Alpha) && !self.upper(i + 1);
        // A counted noun after the number: "2020 people", "1500 troops". A
        // plural or a unit always counts; any other content word counts
        // unless a year-taking word stands before the number.
        let plural = lower_word && (nx.ends_with('s') && !nx.ends_with("ss") && !lexicon::is_function_word(nx) || matches!(nx, "people" | "men" | "women" | "children" | "persons"))
            || lexicon::unit(nx).is_some_and(|(_, plural)| plural);
        if plural && !matches!(p, "since" | "until" | "till" | "during" | "the" | "early" | "late" | "mid") {
            return false;
        }
        let strong_before = matches!(
            p,
            "in" | "since" | "by" | "of" | "until" | "till" | "from" | "during" | "before" | "after" | "early" | "late" | "mid"
                | "year" | "years" | "spring" | "summer" | "autumn" | "fall" | "winter" | "between" | "through" | "throughout"
                | "circa" | "c" | "around" | "fiscal" | "fy" | "to" | "and" | "or" | "than" | "as" | "for" | "within" | "beginning" | "end" | "start" | "into"
        ) || lexicon::month(p).is_some();
        // "1965's Man of the Year": a possessive number is a year.
        if self.t(i + 1) == "'" && self.glued(i + 1) && self.is(i + 2, "s") {
            return true;
        }
        // "of 1709 schoolchildren": after "of" a content word makes a count.
        if p == "of" && lower_word && !lexicon::is_function_word(nx) && !nx.ends_with("ed") && !nx.ends_with("ing") {
            return false;
        }
        if strong_before {
            // "from 2009 to 2011": "to", "and", "or" only after a year.
            if matches!(p, "to" | "and" | "or" | "than" | "as" | "for" | "into") {
                let punct_after = matches!(self.t(i + 1), "," | "." | ";" | ":" | ")" | "") && !(self.glued(i + 2) && self.kind(i + 2) == Some(TokKind::Digits));
                return (punct_after && matches!(p, "for" | "into")) || i >= 2 && (self.year_token(i - 2).is_some() || matches!(self.w(i - 2).as_str(), "in" | "since" | "until" | "well") || p == "than" || p == "as");
            }
            return true;
        }
        // "the 1917 revolution", "the 2008 Olympics": a year as modifier.
        if matches!(p, "the" | "a" | "s" | "its" | "his" | "her" | "their" | "our" | "whose") {
            return self.kind(i + 1) == Some(TokKind::Alpha) || matches!(self.t(i + 1), "\"" | "\u{201C}");
        }
        if lower_word && !lexicon::is_function_word(nx) && !nx.ends_with("ed") {
            return false;
        }
        let after = self.t(i + 1);
        let line_end = self.doc.tokens.get(i + 1).map_or(true, |t| t.newlines_before() > 0);
        // A name before a number ("Windows 2000", "Boeing 737") hides a
        // year, unless the year is the reference year's neighbour and ends a
        // title line or clause ("WWDC 2005", "Expo Canada 2016").
        if i > 0 && self.upper(i - 1) && self.kind(i - 1) == Some(TokKind::Alpha) && !self.doc.tokens.get(i - 1).is_some_and(|t| t.sentence_start()) {
            let y: i32 = self.t(i).parse().unwrap_or(0);
            let near = self.ref_year.is_some_and(|r| (r - y).abs() <= 1);
            return near && (line_end || matches!(nx, "in" | "at" | "on"));
        }
        let boundary_after = matches!(after, "," | "." | ";" | ":" | ")" | "" | "]" | "!" | "?" | "\u{2014}")
            || line_end
            || matches!(nx, "when" | "and" | "to")
            || (after == "'" && self.is(i + 2, "s"))
            || self.is_dash(i + 1);
        let boundary_before = i == 0 || matches!(self.t(i - 1), "(" | "," | "[" | "\u{2014}" | ":") || self.doc.tokens.get(i).is_some_and(|t| t.sentence_start() || t.newlines_before() > 0);
        boundary_after && (boundary_before || matches!(p, "was" | "is" | "were" | "year" | "until" | "s"))
            || (boundary_before && self.t(i + 1) == ")")
            || (self.doc.tokens.get(i).is_some_and(|t| t.sentence_start()) && (after == "," || lower_word))
    }

    /// "the 20th century", "the nineteenth century", "the 4th century BC";
    /// "the sixties".
    #[inline(never)]
    pub(crate) fn decade_century(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.is(j, "the") {
            j += 1;
        }
        if j > i {
            if let Some(d) = lexicon::decade_word(self.w(j).as_str()) {
                return Some(Found::new(i, j + 1, Sem::Abs(Val::Decade(190 + d as i32)), DATE));
            }
        }
        // The ordinal: "20th", "twentieth", "twenty-first".
        let (n, k) = if let Some((n, e)) = self.ordinal_number(j) { (n, e) } else { return None };
        if !self.is(k, "century") {
            return None;
        }
        let mut end = k + 1;
        let bc = matches!(self.t(end), "BC" | "BCE");
        if bc {
            end += 1;
            return Some(Found::new(i, end, Sem::Abs(Val::Century(-(n as i32 - 1))), DATE));
        }
        if matches!(self.t(end), "AD" | "CE") {
            end += 1;
        }
        Some(Found::new(i, end, Sem::Abs(Val::Century(n as i32 - 1)), DATE))
    }

    /// "spring 2007", "the summer of 2019", "winter" after a date context.
    #[inline(never)]
    pub(crate) fn season(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.is(j, "the") {
            j += 1;
        }
        let l = self.w(j);
        let s = lexicon::season(l.as_str())?;
        let mut k = j + 1;
        if self.is(k, "of") {
            k += 1;
        }
        if let Some(y) = self.year_token(k) {
            return Some(Found::new(i, k + 1, Sem::Abs(Val::Season(y, s)), DATE));
        }
        if let Some((y, e)) = self.bc_year(k) {
            return Some(Found::new(i, e, Sem::Abs(Val::Season(-y, s)), DATE));
        }
        // "the spring and early summer of 1943", "summer-fall 1919": the
        // year written once at the end belongs to both seasons.
        if self.is(k, "and") || self.is_dash(k) || self.is(k, "to") {
            let mut q = k + 1;
            if matches!(self.w(q).as_str(), "early" | "late" | "the") {
                q += 1;
            }
            if lexicon::season(self.w(q).as_str()).is_some() {
                let mut r = q + 1;
                if self.is(r, "of") {
                    r += 1;
                }
                if let Some(y) = self.year_token(r) {
                    return Some(Found::new(i, j + 1, Sem::Abs(Val::Season(y, s)), DATE));
                }
            }
        }
        // "the fall of the Soviet Union" is an event, not autumn; "fall" is
        // a season only after a determiner or a date preposition.
        if self.is(j + 1, "of") {
            return None;
        }
        let prev = self.prev(i);
        let context = j > i || matches!(prev.as_str(), "in" | "during" | "by" | "until" | "since" | "this" | "last" | "next" | "early" | "late" | "mid" | "that" | "same");
        if s == "FA" && !context {
            return None;
        }
        Some(Found::new(i, j + 1, Sem::PartialSeason(s), DATE))
    }

    /// "the first quarter of 2020", "Q3 2020", "the third quarter".
    #[inline(never)]
    pub(crate) fn quarter(&self, i: usize) -> Option<Found> {
        let t = self.t(i);
        if self.kind(i) == Some(TokKind::AlphaNum) && t.len() == 2 && t.starts_with('Q') {
            let q: u32 = t.get(1..)?.parse().ok()?;
            if !(1..=4).contains(&q) {
                return None;
            }
            if let Some(y) = self.year_token(i + 1) {
                return Some(Found::new(i, i + 2, Sem::Abs(Val::Quarter(y, q)), DATE));
            }
            return None;
        }
        if !self.is(i, "the") {
            return None;
        }
        let (q, k) = match self.ordinal_number(i + 1) {
            Some((q, k)) if (1..=4).contains(&q) => (q, k),
            _ => return None,
        };
        if !self.is(k, "quarter") {
            return None;
        }
        let mut e = k + 1;
        if self.is(e, "of") || self.t(e) == "," {
            e += 1;
        }
        if let Some(y) = self.year_token(e) {
            return Some(Found::new(i, e + 1, Sem::Abs(Val::Quarter(y, q)), DATE));
        }
        None
    }

    /// "the first half of 2020", "the second half of 2019": TIMEX3 halves.
    #[inline(never)]
    pub(crate) fn half_year(&self, i: usize) -> Option<Found> {
        if !self.is(i, "the") {
            return None;
        }
        let h = match self.w(i + 1).as_str() {
            "first" => 1,
            "second" | "latter" => 2,
            _ => return None,
        };
        if !(self.is(i + 2, "half") && self.is(i + 3, "of")) {
            return None;
        }
        let y = self.year_token(i + 4)?;
        let mut f = Found::new(i, i + 5, Sem::Abs(Val::Year(y)), DATE);
        f.half = Some(h);
        Some(f)
    }
}
