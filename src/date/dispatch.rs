//! The dispatcher: where a scan of the document asks the parsers.
//!
//! `scan` walks the tokens left to right. At each token that can open a
//! date (`may_start`), `parse_at` tries a range, then a prefix modifier
//! with what it modifies, then a core expression alone. `core` runs every
//! parser of `parse/` whose first token fits, keeps the longest result and
//! hands it to `refine/extend.rs`. A new kind of expression is a parser in
//! `parse/` and one `run!` line in `core`.

use crate::date::cursor::{Parser, W};
use crate::date::lexicon;
use crate::date::meaning::{Found, Sem};
use crate::text::TokKind;

impl<'d, 'a> Parser<'d, 'a> {
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
    pub(crate) fn push_split(&self, f: Found, out: &mut Vec<Found>) {
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

    /// A cheap first test: can an expression start at token `i` at all?
    /// Most tokens of a text are ordinary words, and skipping them here
    /// keeps the scan fast (each parser would reject them anyway).
    #[inline]
    pub(crate) fn may_start(&self, i: usize) -> bool {
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

    /// The longest core expression starting at `i`.
    pub(crate) fn core(&self, i: usize) -> Option<Found> {
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
                    | "nowadays" | "presently" | "recently" | "lately" | "recent" | "more" | "most" | "a" | "an"
            ) || (the && matches!(n1, "day" | "past" | "future" | "near" | "distant" | "foreseeable" | "immediate" | "recent" | "short" | "long" | "medium")),
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
            matches!(
                w,
                "daily" | "nightly" | "weekly" | "monthly" | "annually" | "yearly" | "hourly" | "quarterly" | "every" | "each"
                    | "per"
            ),
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
        run!(Self::may_open_period(w, n1), period);
        self.extend(best?)
    }
}
