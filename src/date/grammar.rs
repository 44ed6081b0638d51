//! The token grammar: sub-parsers that each read the longest temporal
//! expression starting at a token, and the modifiers read around them.
//!
//! Every parser looks ahead a bounded number of tokens, so a scan of the
//! whole text is linear in its length.

use super::lexicon::{self, Unit};
use crate::calendar::CalendarDate;
use crate::numbers::parse_number;
use crate::span::TimexType;
use crate::text::{Doc, TokKind};

/// A calendar value whose TIMEX3 form does not depend on the reference date.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val {
    Day(CalendarDate),
    Month(i32, u32),
    Year(i32),
    Week(i32, u32),
    Weekend(i32, u32),
    Season(i32, &'static str),
    Quarter(i32, u32),
    /// The first three digits of the years ("199" for the 1990s).
    Decade(i32),
    /// The first two digits of the years ("19" for the 20th century),
    /// negative before the common era.
    Century(i32),
    /// A year before the common era.
    BcYear(i32),
    /// A day and a part of it ("MO", "NI") or a clock time ("15:30").
    DayTime(CalendarDate, String),
}

impl Val {
    pub(crate) fn timex(&self) -> String {
        match self {
            Val::Day(d) => d.to_string(),
            Val::Month(y, m) => format!("{}-{:02}", year4(*y), m),
            Val::Year(y) => year4(*y),
            Val::Week(y, w) => format!("{}-W{:02}", year4(*y), w),
            Val::Weekend(y, w) => format!("{}-W{:02}-WE", year4(*y), w),
            Val::Season(y, s) => format!("{}-{}", year4(*y), s),
            Val::Quarter(y, q) => format!("{}-Q{}", year4(*y), q),
            Val::Decade(d) => format!("{:03}", d),
            // Centuries before the common era are negative: the 4th century
            // BC (the 300s BC) is BC03.
            Val::Century(c) if *c < 0 => format!("BC{:02}", -c),
            Val::Century(c) => format!("{:02}", c),
            Val::BcYear(y) => format!("BC{:04}", y),
            Val::DayTime(d, t) => format!("{d}T{t}"),
        }
    }

    /// The year the value lies in, where it has one.
    pub(crate) fn year(&self) -> Option<i32> {
        match self {
            Val::Day(d) | Val::DayTime(d, _) => Some(d.year()),
            Val::Month(y, _) | Val::Year(y) | Val::Week(y, _) | Val::Weekend(y, _) | Val::Season(y, _) | Val::Quarter(y, _) => Some(*y),
            _ => None,
        }
    }
}

fn year4(y: i32) -> String {
    if y < 0 {
        format!("BC{:04}", -y)
    } else {
        format!("{:04}", y)
    }
}

/// Which way a bare weekday or month points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    /// By the tense of the sentence: the past one unless a future cue.
    Tense,
    /// "last Friday": strictly before the reference.
    Last,
    /// "next Friday": strictly after.
    Next,
    /// "this Friday": the one in the reference's week.
    This,
}

/// What an expression means, before the reference date is applied.
#[derive(Debug, Clone)]
pub(crate) enum Sem {
    /// "from March to May", "between 2010 and 2015": both ends.
    Range(Box<Found>, Box<Found>),
    /// A value the text names in full ("October 9, 2020", "1991").
    Abs(Val),
    /// A month and maybe a day without a year ("September 27", "March").
    Partial { month: u32, day: Option<u32> },
    /// A month and maybe a day in a year named by reference ("August of
    /// that year", "May 5 of the following year"): the last year mentioned
    /// plus an offset.
    PartialOf { month: u32, day: Option<u32>, offset: i32 },
    /// A day of the month without the month ("on the 18th").
    DayOfMonth(u32),
    /// A season without a year ("the summer").
    PartialSeason(&'static str),
    /// A holiday without a year ("Christmas"): its date in a given year.
    Holiday(Holiday),
    /// A weekday, its direction and a part of the day.
    Weekday { wd: u32, dir: Dir, part: Option<&'static str> },
    /// Days from the reference ("yesterday" = -1), with a part of the day.
    Deictic { days: i64, part: Option<&'static str> },
    /// The calendar unit containing the reference, shifted ("last month").
    Rel { unit: Unit, offset: i64 },
    /// A named month relative to the reference ("last March").
    RelMonth { month: u32, offset: i64 },
    /// A season relative to the last year mentioned ("the next spring").
    AnaphorSeason { season: &'static str, offset: i64 },
    /// A season relative to the reference ("last summer").
    RelSeason { season: &'static str, offset: i64 },
    /// An amount of time before or after the reference ("two years ago") or,
    /// when anaphoric, after the last date mentioned ("two days later").
    Shift { n: i64, unit: Unit, sign: i64, anaphoric: bool },
    /// The unit after or before the last date mentioned ("the next day").
    Anaphor { unit: Unit, offset: i64, part: Option<&'static str> },
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(&'static str),
    /// A duration value (`P3D`).
    Duration(String),
    /// A set value (`P1Y`, `XXXX-WXX-1`).
    Set(String),
    /// A clock time on the reference day ("15:30"), as `HH:MM`.
    Clock(String),
    /// A temporal expression with no value TIMEX3 can write ("at night").
    Unknown,
}

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

/// One expression found: tokens `[start, end)` and what they mean.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub ty: TimexType,
    pub modifier: Option<&'static str>,
    /// The text states the year itself.
    pub explicit_year: bool,
    /// The two ends of a range, as TIMEX3 values, where the text gives both.
    pub range: Option<(String, String)>,
    pub confidence: f32,
    /// A part of the day the text puts on the date ("the morning of April 19").
    pub part: Option<&'static str>,
    /// A clock time the text puts on the date ("Friday at 3 p.m."), `HH:MM`.
    pub clock: Option<String>,
    /// This expression opens a range that the next one closes.
    pub range_with_next: bool,
    /// The weekday the text gives for a date without a year ("Tuesday,
    /// January 10"): it picks the year.
    pub weekday_hint: Option<u32>,
    /// The half of the year named ("the first half of 2020" is 2020-H1).
    pub half: Option<u32>,
}

impl Found {
    fn new(start: usize, end: usize, sem: Sem, ty: TimexType) -> Self {
        let explicit_year = matches!(sem, Sem::Abs(_));
        Found { start, end, sem, ty, modifier: None, explicit_year, range: None, confidence: 0.9, part: None, clock: None, range_with_next: false, weekday_hint: None, half: None }
    }
}

/// The grammar over one document.
pub(crate) struct Parser<'d, 'a> {
    doc: &'d Doc<'a>,
    day_first: bool,
    /// The reference year, where known: a year right after a name counts
    /// as a date only near it ("WWDC 2005" in 2005, not "Windows 2000").
    ref_year: Option<i32>,
    /// The whole text with ASCII letters lowercased, so a token's lowercase
    /// form is the same byte range: one vectorized pass per document, where
    /// copying token by token cost ~130 instructions a token (5% of a run,
    /// twice per text with the dateline search).
    lower: String,
}

/// A lowercased token.
#[derive(Clone, Copy)]
pub(crate) struct W<'a>(&'a str);

impl<'a> W<'a> {
    fn as_str(&self) -> &'a str {
        self.0
    }
}

const DATE: TimexType = TimexType::Date;

impl<'d, 'a> Parser<'d, 'a> {
    pub(crate) fn new(doc: &'d Doc<'a>, day_first: bool, ref_year: Option<i32>) -> Self {
        Parser { doc, day_first, ref_year, lower: doc.text.to_ascii_lowercase() }
    }

    /// A parser for the tokens starting in the first `bytes` bytes only (the
    /// dateline search), which lowercases just those and a margin of 128
    /// tokens for the longest date to finish, instead of a copy of the whole
    /// text; tokens past the margin read as empty.
    pub(crate) fn for_prefix(doc: &'d Doc<'a>, bytes: usize) -> Self {
        let last = doc.token_at(bytes).saturating_add(128);
        let cut = doc.tokens.get(last).map_or(doc.text.len(), |t| t.start());
        let lower = doc.text.get(..cut).unwrap_or(doc.text).to_ascii_lowercase();
        Parser { doc, day_first: false, ref_year: None, lower }
    }

    fn n(&self) -> usize {
        self.doc.tokens.len()
    }

    /// The token's text, or "" past the end.
    fn t(&self, i: usize) -> &'a str {
        if i < self.n() {
            self.doc.tok(i)
        } else {
            ""
        }
    }

    /// The token lowercased ("" when long or non-ASCII or past the end:
    /// such tokens are never date words).
    #[inline]
    fn w(&self, i: usize) -> W<'_> {
        let s = match self.doc.tokens.get(i) {
            Some(t) => self.lower.get(t.start()..t.end()).unwrap_or(""),
            None => "",
        };
        if s.len() <= 16 && s.is_ascii() {
            W(s)
        } else {
            W("")
        }
    }

    /// True when token `i` is `word` (a short ASCII literal at every
    /// call), ignoring ASCII case. The length is compared first, which
    /// settles most calls (this runs ~300,000 times on 0.5 MB of news); a
    /// token equal to an ASCII word is ASCII itself, so no other check is
    /// needed.
    #[inline]
    fn is(&self, i: usize, word: &str) -> bool {
        debug_assert!(!word.is_empty() && word.len() <= 16 && word.is_ascii());
        match self.doc.tokens.get(i) {
            Some(t) => t.end() - t.start() == word.len() && self.doc.text.as_bytes().get(t.start()..t.end()).is_some_and(|s| s.eq_ignore_ascii_case(word.as_bytes())),
            None => false,
        }
    }

    fn kind(&self, i: usize) -> Option<TokKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }

    fn upper(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.upper_initial())
    }

    fn glued(&self, i: usize) -> bool {
        self.doc.glued(i)
    }

    fn is_dash(&self, i: usize) -> bool {
        // The UTF-8 bytes of "-", en dash, em dash, figure dash and
        // non-breaking hyphen, compared without slicing the text as a str.
        matches!(self.bytes(i), b"-" | b"\xE2\x80\x93" | b"\xE2\x80\x94" | b"\xE2\x80\x92" | b"\xE2\x80\x91")
    }

    /// The token's bytes in the lowercased text, or none past the end: for
    /// tests against ASCII literals, which need neither a char boundary
    /// check nor the ASCII check of `w`.
    #[inline]
    fn bytes(&self, i: usize) -> &[u8] {
        match self.doc.tokens.get(i) {
            Some(t) => self.lower.as_bytes().get(t.start()..t.end()).unwrap_or(b""),
            None => b"",
        }
    }

    /// The previous token, or "" at the start.
    fn prev(&self, i: usize) -> W<'_> {
        if i == 0 {
            W("")
        } else {
            self.w(i - 1)
        }
    }

    fn digits(&self, i: usize) -> Option<u32> {
        if self.kind(i) == Some(TokKind::Digits) && self.t(i).len() <= 4 {
            self.t(i).parse().ok()
        } else {
            None
        }
    }

    /// A day of the month: "9", "09", "9th", "9 th".
    fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        let s = self.t(i);
        let (num, end) = match self.kind(i)? {
            TokKind::Digits if s.len() <= 2 => {
                let mut end = i + 1;
                if self.glued(end) && matches!(self.w(end).as_str(), "st" | "nd" | "rd" | "th") {
                    end += 1;
                }
                (s.parse::<u32>().ok()?, end)
            }
            TokKind::AlphaNum => {
                let l = self.w(i);
                let l = l.as_str();
                let digits = l.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                let suffix = &l[digits.len()..];
                if digits.is_empty() || digits.len() > 2 || !matches!(suffix, "st" | "nd" | "rd" | "th") {
                    return None;
                }
                (digits.parse::<u32>().ok()?, i + 1)
            }
            _ => return None,
        };
        (1..=31).contains(&num).then_some((num, end))
    }

    /// A four-digit year token, 1000 to 2999.
    fn year_token(&self, i: usize) -> Option<i32> {
        let s = self.t(i);
        if self.kind(i) != Some(TokKind::Digits) || s.len() != 4 {
            return None;
        }
        let y: i32 = s.parse().ok()?;
        // A year is not followed by more digits glued to it ("2020.5", "2,020").
        if self.glued(i + 1) && matches!(self.t(i + 1), "." | "," ) && self.kind(i + 2) == Some(TokKind::Digits) && self.glued(i + 2) {
            return None;
        }
        (1000..=2999).contains(&y).then_some(y)
    }

    /// A year written after a month or a day: four digits, or "'20".
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year_token(i) {
            return Some((y, i + 1));
        }
        if matches!(self.t(i), "'" | "\u{2019}") && self.glued(i + 1) && self.kind(i + 1) == Some(TokKind::Digits) && self.t(i + 1).len() == 2 {
            let y: i32 = self.t(i + 1).parse().ok()?;
            return Some((two_digit_year(y), i + 2));
        }
        None
    }

    /// A month name at `i` (with its abbreviation point), and the end.
    fn month_at(&self, i: usize, strict: bool) -> Option<(u32, usize)> {
        let l = self.w(i);
        let (m, abbrev) = lexicon::month(l.as_str())?;
        let upper = self.upper(i);
        if abbrev {
            // "Mar", "Dec" and the like are names only when capitalized.
            if !upper || self.t(i).len() > 4 {
                return None;
            }
            let end = if self.t(i + 1) == "." && self.glued(i + 1) { i + 2 } else { i + 1 };
            return Some((m, end));
        }
        // "may", "march" and "august" are also common words; lowercase they
        // count only where the caller has seen date context.
        if strict && !upper && matches!(m, 3 | 5 | 8) {
            return None;
        }
        Some((m, i + 1))
    }

    /// Scans the whole document, left to right, longest match at each token.
    pub(crate) fn scan(&self) -> Vec<Found> {
        let mut found: Vec<Found> = Vec::new();
        let mut i = 0;
        let n = self.n();
        while i < n {
            // The cheap test first, without a call: most tokens fail it.
            if !self.may_start(i) {
                i += 1;
                continue;
            }
            match self.parse_at(i) {
                Some(f) if f.end > i => {
                    i = f.end;
                    self.push_split(f, &mut found);
                }
                _ => i += 1,
            }
        }
        found
    }

    /// Ranges ("from 2009 to 2011", "between March and May") are marked as
    /// their two ends, each carrying the range: TimeML annotates a range as
    /// two TIMEX3 joined by a signal, and the gold corpora (WikiWars, GUM,
    /// MEANTIME) mark the ends; measured, one span lost 2-4 points of F1.
    fn push_split(&self, f: Found, out: &mut Vec<Found>) {
        match f.sem {
            Sem::Range(a, b) => {
                let mut a = *a;
                a.range_with_next = true;
                out.push(a);
                out.push(*b);
            }
            _ => out.push(f),
        }
    }

    /// True if tokens `i`.. continue a glued chain of digits and hyphens or
    /// points ("138-2010-2015", "40.1693"): phone numbers, codes and
    /// decimals, whose parts are never years.
    fn chained_before(&self, i: usize) -> bool {
        i >= 2 && self.glued(i) && matches!(self.t(i - 1), "-" | "." | "," | ":" | "/") && self.glued(i - 1) && self.kind(i - 2) == Some(TokKind::Digits)
    }

    fn chained_after(&self, e: usize) -> bool {
        self.glued(e) && matches!(self.t(e), "-" | "." | "/" | ":") && self.glued(e + 1) && self.kind(e + 1) == Some(TokKind::Digits)
    }

    /// A year before the common era at `i`: "480 BC", "218 B.C.".
    fn bc_year(&self, i: usize) -> Option<(i32, usize)> {
        if self.kind(i) != Some(TokKind::Digits) || self.t(i).len() > 4 {
            return None;
        }
        let end = if matches!(self.t(i + 1), "BC" | "BCE") {
            i + 2
        } else if self.t(i + 1) == "B" && self.t(i + 2) == "." && self.t(i + 3) == "C" {
            if self.t(i + 4) == "." { i + 5 } else { i + 4 }
        } else {
            return None;
        };
        let y: i32 = self.t(i).parse().ok()?;
        (y > 0).then_some((y, end))
    }

    /// A cheap first test: can an expression start at token `i` at all?
    /// Most tokens of a text are ordinary words, and skipping them here
    /// keeps the scan fast (each parser would reject them anyway).
    #[inline]
    fn may_start(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(TokKind::Digits) | Some(TokKind::AlphaNum) => true,
            Some(TokKind::Punct) => matches!(self.bytes(i), b"'" | b"\xE2\x80\x99"),
            // A long or non-ASCII word matches no (short, ASCII) date word.
            Some(TokKind::Alpha) => lexicon::starts_date(self.bytes(i)),
            None => false,
        }
    }

    /// The longest expression starting at token `i`, with its modifiers.
    pub(crate) fn parse_at(&self, i: usize) -> Option<Found> {
        if !self.may_start(i) {
            return None;
        }
        // Skip inside words joined by hyphens to names ("COVID-19",
        // "Windows-2000"): a date never starts right after a glued hyphen
        // that follows a letter or digit, except in "mid-March".
        if i > 0 && self.glued(i) && self.is_dash(i - 1) && i >= 2 && self.glued(i - 1) {
            let before = self.w(i - 2);
            let after_month = lexicon::month(before.as_str()).is_some()
                && (self.kind(i) == Some(TokKind::Digits) || lexicon::month(self.w(i).as_str()).is_some());
            if before.as_str() != "mid" && !after_month && !matches!(self.kind(i - 2), Some(TokKind::Punct) | Some(TokKind::Digits)) {
                return None;
            }
        }
        if let Some(r) = self.range(i) {
            return Some(r);
        }
        if let Some(f) = self.modified(i) {
            return Some(f);
        }
        self.core(i)
    }

    /// One end of a range: a date with its modifiers.
    fn end_point(&self, i: usize) -> Option<Found> {
        let f = self.modified(i).or_else(|| self.core(i))?;
        (f.start == i && f.ty != TimexType::Duration && f.ty != TimexType::Set && !matches!(f.sem, Sem::Ref(_) | Sem::Shift { .. })).then_some(f)
    }

    /// "from March to May", "between 2010 and 2015", "from 9 a.m. until
    /// noon": one span whose detail gives both ends.
    fn range(&self, i: usize) -> Option<Found> {
        let opener = self.w(i);
        let between = match opener.as_str() {
            "from" => false,
            "between" => true,
            _ => return None,
        };
        let first = self.end_point(i + 1)?;
        let c = self.w(first.end);
        let ok = if between { c.as_str() == "and" } else { matches!(c.as_str(), "to" | "until" | "till" | "through" | "thru") || self.is_dash(first.end) };
        if !ok {
            return None;
        }
        let second = self.end_point(first.end + 1)?;
        // Both ends must be of one kind: two years, two months, two times.
        if first.ty != second.ty {
            return None;
        }
        let end = second.end;
        let mut f = Found::new(i, end, Sem::Range(Box::new(first), Box::new(second)), DATE);
        f.confidence = 0.9;
        Some(f)
    }

    /// A prefix modifier followed by a core expression.
    fn modified(&self, i: usize) -> Option<Found> {
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

    /// The longest core expression starting at `i`.
    fn core(&self, i: usize) -> Option<Found> {
        if i >= self.n() {
            return None;
        }
        // Each parser's result is compared as soon as it is made: collecting
        // all sixteen Option<Found> in an array first copied every one of them
        // twice (memcpy was 3% of a run). The earliest of the longest wins.
        //
        // Each parser runs only where its first token can open what it reads
        // (the condition beside it restates the parser's own first test):
        // a weekday opens three of them, a plain number word two, "the" up
        // to nine but only before the right word ("the past", "the 1990s"),
        // and running all sixteen at each of those tokens was most of the
        // cost of the grammar. Debug builds check that a skipped parser
        // would have found nothing.
        let kind = self.kind(i);
        let (digits, alnum) = (kind == Some(TokKind::Digits), kind == Some(TokKind::AlphaNum));
        let w = self.w(i);
        let w = w.as_str();
        let the = w == "the";
        // After "the" the next word decides: "the government" opens nothing.
        let (n1, k1) = if the { (self.w(i + 1), self.kind(i + 1)) } else { (W(""), None) };
        let n1 = n1.as_str();
        let ordinal1 = the && (k1 == Some(TokKind::AlphaNum) || lexicon::ordinal_like(n1) || n1 == "twenty");
        let wd = lexicon::weekday(w).is_some();
        let wd_abbrev = wd || lexicon::weekday_abbrev(w).is_some();
        // Asked last, where the cheaper tests have failed.
        let number_word = || kind == Some(TokKind::Alpha) && crate::numbers::small_number_word(w).is_some();
        let mut best: Option<Found> = None;
        macro_rules! run {
            ($may_match:expr, $parse:ident) => {
                if $may_match {
                    if let Some(c) = self.$parse(i) {
                        if best.as_ref().map_or(true, |b| c.end > b.end) {
                            best = Some(c);
                        }
                    }
                } else {
                    debug_assert!(self.$parse(i).is_none(), "a skipped date parser matches at token {i}");
                }
            };
        }
        run!(digits, iso);
        run!(digits, numeric);
        run!(wd_abbrev || lexicon::month(w).is_some(), month_first);
        run!(wd_abbrev || digits || alnum || (the && matches!(k1, Some(TokKind::Digits | TokKind::AlphaNum))), day_first_date);
        run!(wd, weekday);
        run!(digits || alnum || kind == Some(TokKind::Punct) || (the && matches!(k1, Some(TokKind::AlphaNum | TokKind::Punct))), year);
        run!(
            alnum || lexicon::ordinal_like(w) || w == "twenty" || ordinal1 || (the && lexicon::decade_word(n1).is_some()),
            decade_century
        );
        run!(lexicon::season(w).is_some() || (the && lexicon::season(n1).is_some()), season);
        run!(alnum || ordinal1, quarter);
        run!(
            matches!(
                w,
                "today" | "tonight" | "yesterday" | "tomorrow" | "this" | "last" | "night" | "right" | "now" | "currently"
                    | "nowadays" | "presently" | "recently" | "lately" | "recent"
            ) || (the && matches!(n1, "day" | "past" | "future")),
            deictic
        );
        run!(
            matches!(
                w,
                "this" | "current" | "last" | "past" | "previous" | "preceding" | "prior" | "next" | "coming" | "following"
                    | "subsequent" | "later" | "earlier" | "that" | "over" | "year"
            ) || (the
                && (lexicon::unit(n1).is_some()
                    || matches!(
                        n1,
                        "same" | "this" | "last" | "past" | "previous" | "preceding" | "prior" | "next" | "coming" | "following"
                            | "subsequent"
                    ))),
            relative
        );
        run!(
            digits
                || (the
                    && matches!(
                        n1,
                        "last" | "past" | "next" | "first" | "coming" | "following" | "previous" | "final" | "preceding" | "upcoming"
                    ))
                || (!the
                    && (matches!(
                        w,
                        "last" | "past" | "next" | "coming" | "upcoming" | "a" | "an" | "half" | "several" | "few" | "many"
                            | "numerous" | "multiple" | "various" | "some" | "recent"
                    ) || lexicon::unit(w).is_some()
                        || number_word())),
            duration
        );
        run!(
            matches!(w, "daily" | "nightly" | "weekly" | "monthly" | "annually" | "yearly" | "hourly" | "quarterly" | "every" | "each" | "per"),
            set
        );
        run!(digits || alnum || (!the && (matches!(w, "noon" | "midday" | "midnight") || number_word())), clock);
        run!(
            self.upper(i)
                && matches!(
                    w,
                    "christmas" | "new" | "easter" | "good" | "halloween" | "thanksgiving" | "valentine" | "boxing"
                        | "independence" | "labor" | "labour" | "memorial"
                ),
            holiday
        );
        run!(the && matches!(n1, "first" | "second" | "latter"), half_year);
        let mut f = best?;
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

    /// 2020-10-09, with an optional glued time ("2020-10-09T08:00:00Z").
    #[inline(never)]
    fn iso(&self, i: usize) -> Option<Found> {
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
    fn numeric(&self, i: usize) -> Option<Found> {
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
    fn weekday_prefix(&self, i: usize) -> usize {
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
    fn month_first(&self, i: usize) -> Option<Found> {
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
    fn day_first_date(&self, i: usize) -> Option<Found> {
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
    fn day_of_month(&self, i: usize, j: usize, the: bool, d: u32, k: usize) -> Option<Found> {
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
        if self.kind(k) == Some(TokKind::Alpha) && !is_function_word(self.w(k).as_str()) && !matches!(self.w(k).as_str(), "at" | "and" | "or") {
            return None;
        }
        Some(Found::new(i, k, Sem::DayOfMonth(d), DATE))
    }

    /// A bare weekday: "Friday", "Friday morning", "Fridays" (a set).
    #[inline(never)]
    fn weekday(&self, i: usize) -> Option<Found> {
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

    /// A bare year in a year context; "1990s"; years BC.
    #[inline(never)]
    fn year(&self, i: usize) -> Option<Found> {
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
    fn year_context(&self, i: usize) -> bool {
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
        let plural = lower_word && (nx.ends_with('s') && !nx.ends_with("ss") && !is_function_word(nx) || matches!(nx, "people" | "men" | "women" | "children" | "persons"))
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
        if p == "of" && lower_word && !is_function_word(nx) && !nx.ends_with("ed") && !nx.ends_with("ing") {
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
        if lower_word && !is_function_word(nx) && !nx.ends_with("ed") {
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
    fn decade_century(&self, i: usize) -> Option<Found> {
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

    /// An ordinal in digits ("20th") or words ("twentieth", "twenty-first").
    fn ordinal_number(&self, j: usize) -> Option<(u32, usize)> {
        let l = self.w(j);
        if self.kind(j) == Some(TokKind::AlphaNum) {
            let digits = l.as_str().trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let suffix = &l.as_str()[digits.len()..];
            if !digits.is_empty() && digits.len() <= 2 && matches!(suffix, "st" | "nd" | "rd" | "th") {
                return Some((digits.parse().ok()?, j + 1));
            }
            return None;
        }
        if let Some(n) = lexicon::ordinal_word(l.as_str()) {
            return Some((n, j + 1));
        }
        // "twenty-first": tens, hyphen, ordinal unit.
        if self.is(j, "twenty") && self.is_dash(j + 1) && self.glued(j + 1) {
            let u = self.w(j + 2);
            let n = lexicon::ordinal_word(u.as_str()).filter(|&n| n < 10)?;
            return Some((20 + n, j + 3));
        }
        None
    }

    /// "spring 2007", "the summer of 2019", "winter" after a date context.
    #[inline(never)]
    fn season(&self, i: usize) -> Option<Found> {
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
    fn quarter(&self, i: usize) -> Option<Found> {
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
    fn half_year(&self, i: usize) -> Option<Found> {
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

    /// today, tonight, yesterday, tomorrow, now, recently, and their parts
    /// of day ("yesterday morning", "last night", "this morning").
    #[inline(never)]
    fn deictic(&self, i: usize) -> Option<Found> {
        let a = self.w(i);
        let b = self.w(i + 1);
        let (a, b) = (a.as_str(), b.as_str());
        let days = match a {
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
            ("the", "past") if !self.next_is_amount(i + 2) => Some(("PAST_REF", 2)),
            ("the", "future") => Some(("FUTURE_REF", 2)),
            ("recent", _) if lexicon::unit(b).is_some_and(|u| u.1) => Some(("PAST_REF", 2)),
            _ => None,
        };
        let (v, len) = r?;
        // "now" as a discourse marker is still PRESENT_REF in TIMEX3.
        // "now that" is a conjunction, "every now and then" an idiom, and
        // "now-cancelled" an adjective.
        if a == "now" && (self.is(i + 1, "that") || (i > 0 && self.is(i - 1, "every")) || (self.is_dash(i + 1) && self.glued(i + 1))) {
            return None;
        }
        Some(Found::new(i, i + len, Sem::Ref(v), DATE))
    }

    /// True if an amount of time follows ("the past 30 years").
    fn next_is_amount(&self, i: usize) -> bool {
        let l = self.w(i);
        lexicon::unit(l.as_str()).is_some()
            || parse_number(self.doc, i).is_some()
            || matches!(l.as_str(), "few" | "several" | "couple" | "many")
    }

    /// this/last/next/past/coming + unit, weekday, month or season;
    /// "the next day", "the previous year", "the past decade" (a duration).
    #[inline(never)]
    fn relative(&self, i: usize) -> Option<Found> {
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

    /// A number of units: "three days", "25 years", "a decade", "several
    /// weeks", "27-year", "decades-long", "two and a half years"; with "ago",
    /// "later", "earlier" it becomes a date.
    #[inline(never)]
    fn duration(&self, i: usize) -> Option<Found> {
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

    fn duration_half(&self, i: usize, amount: f64, u: usize, _lead: bool) -> Option<Found> {
        let l = self.w(u);
        let (unit, _) = lexicon::unit(l.as_str())?;
        Some(Found::new(i, u + 1, Sem::Duration(duration_value(Some(amount), unit)), TimexType::Duration))
    }

    /// The amount before a unit: a number, "a"/"an", or a vague quantifier
    /// (`None`). Returns the token after it.
    fn amount(&self, j: usize) -> Option<(Option<f64>, usize)> {
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

    /// every/each + unit or weekday; daily, weekly, annually; "per year".
    #[inline(never)]
    fn set(&self, i: usize) -> Option<Found> {
        let l = self.w(i);
        let single = match l.as_str() {
            "daily" | "nightly" => Some("P1D"),
            "weekly" => Some("P1W"),
            "monthly" => Some("P1M"),
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
        None
    }

    /// Clock times: "3 p.m.", "3pm", "15:30 GMT", "6:00am", "noon".
    #[inline(never)]
    fn clock(&self, i: usize) -> Option<Found> {
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
                return Some(Found::new(i, end, Sem::Clock(format!("{:02}:00", to_24(h, pm)?)), TimexType::Time));
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
                return Some(Found::new(i, end, Sem::Clock(format!("{:02}:00", h)), TimexType::Time));
            }
            return None;
        }
        // "0830 GMT": four digits with a time zone, as wire stories write.
        if self.kind(i) == Some(TokKind::Digits) && self.t(i).len() == 4 && lexicon::time_zone(self.t(i + 1)) {
            let v: u32 = self.t(i).parse().ok()?;
            let (h, m) = (v / 100, v % 100);
            if h <= 24 && m < 60 {
                let end = self.time_zone_end(i + 1);
                return Some(Found::new(i, end, Sem::Clock(format!("{:02}:{:02}", h, m)), TimexType::Time));
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
                return Some(Found::new(i, end, Sem::Clock(format!("{:02}:{:02}", h, min)), TimexType::Time));
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
        Some(Found::new(i, end, Sem::Clock(format!("{:02}:{:02}", hour, min)), TimexType::Time))
    }

    /// "am", "pm", "a.m.", "p.m." at `k`: (is pm, end).
    fn meridiem(&self, k: usize) -> Option<(bool, usize)> {
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

    /// A time zone after a clock time joins the span: "GMT", "(GMT +8)".
    fn time_zone_end(&self, k: usize) -> usize {
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

    /// Holidays: "Christmas", "New Year's Day", "Easter", "Thanksgiving".
    #[inline(never)]
    fn holiday(&self, i: usize) -> Option<Found> {
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

/// True for meanings that name one day, which a clock time can refine.
fn is_dayish(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::Abs(Val::Day(_)) | Sem::Partial { day: Some(_), .. } | Sem::DayOfMonth(_) | Sem::Weekday { part: None, .. } | Sem::Deictic { .. } | Sem::Holiday(_) | Sem::Anaphor { unit: Unit::Day, .. }
    )
}


/// Function words that may follow a year without making it a count
/// ("in 1991 the", "since 1991 when").
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "and" | "or" | "but" | "when" | "while" | "as" | "after" | "before" | "until" | "to" | "in"
            | "on" | "at" | "by" | "for" | "from" | "with" | "of" | "was" | "were" | "is" | "are" | "had" | "has" | "have"
            | "that" | "which" | "who" | "where" | "this" | "it" | "its" | "he" | "she" | "they" | "we" | "there" | "during"
            | "through" | "against" | "between" | "into" | "onwards" | "onward" | "election" | "elections"
            | "census" | "season" | "war" | "budget" | "report" | "world" | "olympics" | "games" | "campaign" | "film"
            | "crisis" | "summit" | "earthquake" | "revolution" | "attack" | "attacks" | "law" | "act" | "agreement" | "deal"
            | "treaty" | "accord" | "accords" | "edition" | "tournament" | "cup" | "championship" | "championships" | "model"
            | "version" | "levels" | "level" | "figures" | "data" | "estimate" | "estimates" | "study" | "survey" | "also"
            | "then" | "saw" | "he's" | "alone" | "not" | "did" | "could" | "would" | "will" | "so" | "if" | "because"
    )
}

/// Two TIMEX3 durations added ("P1Y" and "P21D" is "P1Y21D"); `None`
/// when either is vague or they overlap in units or run small to large.
fn join_durations(a: &str, b: &str) -> Option<String> {
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

/// A two-digit year: 00-49 are 2000s, 50-99 are 1900s.
fn two_digit_year(y: i32) -> i32 {
    if y < 50 {
        2000 + y
    } else {
        1900 + y
    }
}

fn to_24(h: u32, pm: bool) -> Option<u32> {
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

/// The TIMEX3 duration value for an amount of a unit (`None`: unknown, X).
pub(crate) fn duration_value(amount: Option<f64>, unit: Unit) -> String {
    let num = |a: f64| -> String {
        if a.fract() == 0.0 {
            format!("{}", a as i64)
        } else {
            let s = format!("{:.2}", a);
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    };
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
        Some(a) => format!("P{t}{}{code}", num(a * scale)),
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
