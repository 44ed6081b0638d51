//! The token cursor: the document's tokens as the grammar reads them, and
//! the small pieces that several parsers read.
//!
//! `Parser` holds the document and a lowercased copy of its text. The
//! methods here answer questions about one token (its text and lowercased
//! form, its kind, its capital, whether it is glued to the token before)
//! and read what more than one parser needs: a day of the month ("9",
//! "9th"), a four-digit year, a year after a month ("'20"), a month name,
//! a year before the common era, an ordinal ("20th", "twenty-first").

use crate::date::lexicon;
use crate::text::{Doc, TokKind};

/// The grammar over one document.
pub(crate) struct Parser<'d, 'a> {
    pub(crate) doc: &'d Doc<'a>,
    pub(crate) day_first: bool,
    /// The reference year, where known: a year right after a name counts
    /// as a date only near it ("WWDC 2005" in 2005, not "Windows 2000").
    pub(crate) ref_year: Option<i32>,
    /// The whole text with ASCII letters lowercased, so a token's lowercase
    /// form is the same byte range: one vectorized pass per document, where
    /// copying token by token cost ~130 instructions a token (5% of a run,
    /// twice per text with the dateline search).
    pub(crate) lower: String,
}

/// A lowercased token.
#[derive(Clone, Copy)]
pub(crate) struct W<'a>(pub(crate) &'a str);

impl<'a> W<'a> {
    pub(crate) fn as_str(&self) -> &'a str {
        self.0
    }
}

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

    pub(crate) fn n(&self) -> usize {
        self.doc.tokens.len()
    }

    /// The token's text, or "" past the end.
    pub(crate) fn t(&self, i: usize) -> &'a str {
        if i < self.n() {
            self.doc.tok(i)
        } else {
            ""
        }
    }

    /// The token lowercased ("" when long or non-ASCII or past the end:
    /// such tokens are never date words).
    #[inline]
    pub(crate) fn w(&self, i: usize) -> W<'_> {
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
    pub(crate) fn is(&self, i: usize, word: &str) -> bool {
        debug_assert!(!word.is_empty() && word.len() <= 16 && word.is_ascii());
        match self.doc.tokens.get(i) {
            Some(t) => t.end() - t.start() == word.len() && self.doc.text.as_bytes().get(t.start()..t.end()).is_some_and(|s| s.eq_ignore_ascii_case(word.as_bytes())),
            None => false,
        }
    }

    pub(crate) fn kind(&self, i: usize) -> Option<TokKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }

    pub(crate) fn upper(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.upper_initial())
    }

    pub(crate) fn glued(&self, i: usize) -> bool {
        self.doc.glued(i)
    }

    pub(crate) fn is_dash(&self, i: usize) -> bool {
        // The UTF-8 bytes of "-", en dash, em dash, figure dash and
        // non-breaking hyphen, compared without slicing the text as a str.
        matches!(self.bytes(i), b"-" | b"\xE2\x80\x93" | b"\xE2\x80\x94" | b"\xE2\x80\x92" | b"\xE2\x80\x91")
    }

    /// The token's bytes in the lowercased text, or none past the end: for
    /// tests against ASCII literals, which need neither a char boundary
    /// check nor the ASCII check of `w`.
    #[inline]
    pub(crate) fn bytes(&self, i: usize) -> &[u8] {
        match self.doc.tokens.get(i) {
            Some(t) => self.lower.as_bytes().get(t.start()..t.end()).unwrap_or(b""),
            None => b"",
        }
    }

    /// The previous token, or "" at the start.
    pub(crate) fn prev(&self, i: usize) -> W<'_> {
        if i == 0 {
            W("")
        } else {
            self.w(i - 1)
        }
    }

    pub(crate) fn digits(&self, i: usize) -> Option<u32> {
        if self.kind(i) == Some(TokKind::Digits) && self.t(i).len() <= 4 {
            self.t(i).parse().ok()
        } else {
            None
        }
    }

    /// A day of the month: "9", "09", "9th", "9 th".
    pub(crate) fn day_number(&self, i: usize) -> Option<(u32, usize)> {
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
    pub(crate) fn year_token(&self, i: usize) -> Option<i32> {
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
    pub(crate) fn year_after(&self, i: usize) -> Option<(i32, usize)> {
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
    pub(crate) fn month_at(&self, i: usize, strict: bool) -> Option<(u32, usize)> {
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

    /// True if tokens `i`.. continue a glued chain of digits and hyphens or
    /// points ("138-2010-2015", "40.1693"): phone numbers, codes and
    /// decimals, whose parts are never years.
    pub(crate) fn chained_before(&self, i: usize) -> bool {
        i >= 2 && self.glued(i) && matches!(self.t(i - 1), "-" | "." | "," | ":" | "/") && self.glued(i - 1) && self.kind(i - 2) == Some(TokKind::Digits)
    }

    pub(crate) fn chained_after(&self, e: usize) -> bool {
        self.glued(e) && matches!(self.t(e), "-" | "." | "/" | ":") && self.glued(e + 1) && self.kind(e + 1) == Some(TokKind::Digits)
    }

    /// A year before the common era at `i`: "480 BC", "218 B.C.".
    pub(crate) fn bc_year(&self, i: usize) -> Option<(i32, usize)> {
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

    /// An ordinal in digits ("20th") or words ("twentieth", "twenty-first").
    pub(crate) fn ordinal_number(&self, j: usize) -> Option<(u32, usize)> {
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
}

/// A two-digit year: 00-49 are 2000s, 50-99 are 1900s.
pub(crate) fn two_digit_year(y: i32) -> i32 {
    if y < 50 {
        2000 + y
    } else {
        1900 + y
    }
}
