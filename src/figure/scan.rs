//! The scan at one token: a modifier, the quantity, a second end for a
//! range, and the candidate built from them.


use super::*;
use crate::numbers::Convention;
use crate::recognize::Candidate;
use crate::span::{Exactness, FigureDetail, Kind};
use crate::text::{Doc, TokKind};

/// What the recognizer does at one token.
pub(super) enum Step {
    /// A figure, and the token to go on from.
    Found(Candidate, usize),
    /// A range written with two numbers ("300-400", "from $5m to $7m"):
    /// two figures, each carrying both ends, and the token to go on from.
    Range(Candidate, Candidate, usize),
    /// No figure; go on from this token (past a whole identifier, say).
    Skip(usize),
}

/// Decides whether the document writes "1.234,5" (European) or "1,234.5"
/// (English): European only when it has European evidence ("1.234.567",
/// "1.234,5", "12,5 %") and no English evidence ("1,234.5", "1,234,567").
pub(super) fn detect_convention(doc: &Doc) -> Convention {
    let t = &doc.tokens;
    let (mut european, mut english) = (0u32, 0u32);
    let is_digits = |k: usize| t.get(k).is_some_and(|x| x.kind == TokKind::Digits);
    let glued_sep = |k: usize, sep: &str| doc.tok_or_empty(k as isize) == sep && doc.glued(k) && doc.glued(k + 1);
    for k in 0..t.len() {
        if !is_digits(k) || (k > 0 && doc.glued(k) && matches!(doc.tok(k - 1), "." | ",")) {
            continue;
        }
        let len = |k: usize| doc.tok_or_empty(k as isize).len();
        // A run of separator groups: "1.234.567" or "1,234,567".
        for (sep, other, counter) in [(".", ",", &mut european), (",", ".", &mut english)] {
            if len(k) <= 3 && glued_sep(k + 1, sep) && is_digits(k + 2) && len(k + 2) == 3 {
                let twice = glued_sep(k + 3, sep) && is_digits(k + 4) && len(k + 4) == 3;
                let then_other = glued_sep(k + 3, other) && is_digits(k + 4);
                if twice || then_other {
                    *counter += 1;
                }
            }
        }
        // "12,5 %" or "12,5 Prozent" style decimals are European.
        if glued_sep(k + 1, ",") && is_digits(k + 2) && len(k + 2) <= 2 && doc.tok_or_empty(k as isize + 3) == "%" {
            european += 1;
        }
    }
    if european > 0 && english == 0 {
        Convention::European
    } else {
        Convention::English
    }
}

/// A number with its currency and unit, before modifiers and ranges.
#[derive(Debug, Clone, Default)]
pub(super) struct Quantity {
    /// First byte.
    pub(super) start: usize,
    /// One past the last token consumed.
    pub(super) end_tok: usize,
    /// One past the last byte.
    pub(super) end: usize,
    pub(super) value: f64,
    /// The scale applied ("million": 1e6), 1 when none.
    pub(super) scale: f64,
    pub(super) digits: bool,
    pub(super) vague: bool,
    /// The token where the number proper starts (after sign and currency).
    pub(super) num_tok: usize,
    /// Written with a decimal part or thousands groups.
    pub(super) formatted: bool,
    /// Written with thousands groups.
    pub(super) grouped: bool,
    pub(super) unit: Option<&'static str>,
    /// ISO code; `Some("")` for money in a currency with no one code.
    pub(super) currency: Option<&'static str>,
    /// The currency's canonical name, for money.
    pub(super) money_name: Option<&'static str>,
    /// A lone word number ("one", "two") that may be a determiner.
    pub(super) lone_word: bool,
    /// What a rate is per ("day" in "300 barrels a day", "share" in "$5 per share").
    pub(super) per: Option<String>,
}

/// The figure starting at token `i`, if any.
pub(super) fn figure_at(doc: &Doc, i: usize, conv: Convention) -> Step {
    let n = doc.tokens.len();
    // Only a token that can start a figure is worth the work below.
    let first = doc.tok(i);
    let t = doc.tokens[i];
    // Punctuation opens a figure only as a sign before a word or digits, a
    // leading point, a comparison or a currency sign. Full stops and hyphens
    // are common and rarely open one, so they are tested first.
    if t.kind == TokKind::Punct {
        let next_glued = |kind: fn(TokKind) -> bool| doc.tokens.get(i + 1).is_some_and(|n| !n.space_before() && kind(n.kind));
        let opens = match first {
            "." => (i == 0 || t.space_before()) && next_glued(|k| k == TokKind::Digits),
            "-" | "\u{2212}" => next_glued(|k| k != TokKind::Punct),
            ">" | "<" | "\u{2265}" | "\u{2264}" | "~" | "\u{2248}" | "$" => true,
            _ => !first.is_ascii() && CURRENCY_SIGNS.iter().any(|(s, _)| *s == first),
        };
        if !opens {
            return Step::Skip(i + 1);
        }
    }
    if t.kind == TokKind::AlphaNum && !first.as_bytes()[0].is_ascii_digit() && glued_code(doc, i).is_none() {
        return Step::Skip(skip_chain(doc, i));
    }
    // A word opens a figure only as a number, a modifier, a frame or a code.
    let (flags, mods) = if t.kind == TokKind::Alpha { opener_flags(doc, i) } else { (QUANTITY, 0) };
    if flags == 0 {
        return Step::Skip(i + 1);
    }

    // "between 10 and 20", "from 100 to 1000 g": a range with its own frame.
    let frame = if flags & FRAME == 0 {
        None
    } else if doc.is(i, "between") {
        Some("between")
    } else if doc.is(i, "from") {
        Some("from")
    } else {
        None
    };
    if let Some(frame) = frame {
        if let Some(Ok(q1)) = quantity(doc, i + 1, conv) {
            let connector = if frame == "between" {
                doc.is(q1.end_tok, "and")
            } else {
                doc.is(q1.end_tok, "to") || matches!(doc.tok_or_empty(q1.end_tok as isize), "-" | "\u{2013}")
            };
            if connector && not_a_quantity(doc, &q1).is_none() {
                if let Some((m2, q2)) = second_end(doc, q1.end_tok + 1, conv) {
                    if let Some(range) = range_values(&q1, &q2) {
                        // The frame, like a preposition, is outside both spans.
                        let m1 = Modifier { text: None, exactness: Exactness::Exact };
                        let k2 = q1.end_tok + 1;
                        return emit_range(doc, (i + 1, q1, m1), (k2, q2, m2), range);
                    }
                }
            }
        }
        return Step::Skip(i + 1);
    }

    // A word that opens neither a modifier nor a quantity opens nothing.
    let modifier = if t.kind == TokKind::Alpha { modifier_words(doc, i, mods) } else { modifier_at(doc, i) };
    let (modifier, k) = match modifier {
        Some((m, k)) => (m, k),
        None if flags & QUANTITY == 0 => return Step::Skip(i + 1),
        None => (Modifier { text: None, exactness: Exactness::Exact }, i),
    };
    if k >= n {
        return Step::Skip(i + 1);
    }
    let q = match quantity(doc, k, conv) {
        None => return Step::Skip(i + 1),
        Some(Err(next)) => return Step::Skip(if k == i { next } else { i + 1 }),
        Some(Ok(q)) => q,
    };
    if modifier.text == Some("all") && !q.digits {
        return Step::Skip(k);
    }
    if let Some(next) = not_a_quantity(doc, &q) {
        return Step::Skip(next);
    }
    // Lone "one" and "two" are often determiners ("one of the most", "the
    // two sides"); without a modifier, unit or counted noun they are kept
    // only where the context reads as a count.
    if q.lone_word && modifier.text.is_none() && q.unit.is_none() && q.currency.is_none() && determiner_like(doc, &q) {
        return Step::Skip(q.end_tok);
    }
    // A range: "300-400", "15-20%", "10 to 20 people", "$12m to $20m".
    let dash = matches!(doc.tok_or_empty(q.end_tok as isize), "-" | "\u{2013}" | "\u{2014}" | "~");
    if dash || doc.is(q.end_tok, "to") || doc.is(q.end_tok, "through") {
        let glued_dash = dash && doc.glued(q.end_tok) && doc.glued(q.end_tok + 1);
        // "1000 - 5000" with spaces on both sides, or an en dash any way.
        let spaced_dash = dash
            && (doc.tok(q.end_tok) != "-"
                || doc.tokens[q.end_tok].space_before() && doc.tokens.get(q.end_tok + 1).is_some_and(|t| t.space_before()));
        if !dash || glued_dash || spaced_dash {
            let plain = |q2: Quantity| (Modifier { text: None, exactness: Exactness::Exact }, q2);
            match quantity(doc, q.end_tok + 1, conv).map(|r| r.map(|q2| second_end(doc, q.end_tok + 1, conv).unwrap_or_else(|| plain(q2)))) {
                Some(Ok((m2, q2))) if !q.vague && !q2.vague => {
                    // Year-like ends are dates unless a plural noun shows a
                    // count ("1500-2000 people").
                    let counted = year_like(&q) && q2.value > q.value && counts::after(doc, q2.end_tok, false).is_some_and(|c| counts::plural_like(c.rsplit(' ').next().unwrap_or(&c)));
                    if let Some(range) = range_values(&q, &q2).or(counted.then_some((q.value, q2.value))) {
                        // A third group ("202-555-0123") is a phone number or a code.
                        if dash && doc.tok_or_empty(q2.end_tok as isize) == "-" && doc.glued(q2.end_tok) {
                            return Step::Skip(skip_chain(doc, q.num_tok));
                        }
                        let k2 = q.end_tok + 1;
                        return emit_range(doc, (i, q, modifier), (k2, q2, m2), range);
                    } else if glued_dash && q.unit.is_none() && q.currency.is_none() {
                        // "3-1", "1995-01", "555-0123": scores, dates and codes.
                        return Step::Skip(skip_chain(doc, q.num_tok));
                    } else if dash && q.unit.is_none() && q.currency.is_none() && q2.unit.is_none() && q.digits && q2.digits {
                        // "1 – 0", "3 - 2": a score, not two figures.
                        return Step::Skip(q2.end_tok);
                    }
                }
                Some(Err(_)) if glued_dash => return Step::Skip(skip_chain(doc, q.num_tok)),
                _ => {}
            }
        }
    }
    emit(doc, i, q, modifier)
}

/// The second end of a range at token `k`, which may carry its own
/// approximation ("between 2 g and about 7 g", "2 - ~7 litres"), with it.
pub(super) fn second_end(doc: &Doc, k: usize, conv: Convention) -> Option<(Modifier, Quantity)> {
    let (modifier, start) = match modifier_at(doc, k) {
        Some((m, next)) if m.exactness == Exactness::Approximate && next < doc.tokens.len() => (m, next),
        _ => (Modifier { text: None, exactness: Exactness::Exact }, k),
    };
    let q = quantity(doc, start, conv)?.ok()?;
    if not_a_quantity(doc, &q).is_some() {
        return None;
    }
    Some((modifier, q))
}

/// An approximation modifier as written, and how exact it makes the number.
pub(super) struct Modifier {
    pub(super) text: Option<&'static str>,
    pub(super) exactness: Exactness,
}

/// The modifier starting at token `i` and the token after it.
pub(super) fn modifier_at(doc: &Doc, i: usize) -> Option<(Modifier, usize)> {
    let t = doc.tokens.get(i)?;
    if t.kind == TokKind::Punct {
        // Comparison signs: ">30", ">= 30", "~100".
        let (text, exactness): (&'static str, Exactness) = match doc.tok(i) {
            ">" if doc.tok_or_empty(i as isize + 1) == "=" && doc.glued(i + 1) => (">=", Exactness::AtLeast),
            "<" if doc.tok_or_empty(i as isize + 1) == "=" && doc.glued(i + 1) => ("<=", Exactness::AtMost),
            ">" => (">", Exactness::MoreThan),
            "<" => ("<", Exactness::LessThan),
            "\u{2265}" => ("\u{2265}", Exactness::AtLeast),
            "\u{2264}" => ("\u{2264}", Exactness::AtMost),
            "~" | "\u{2248}" => ("~", Exactness::Approximate),
            _ => return None,
        };
        let end = i + if text.len() == 2 { 2 } else { 1 };
        return Some((Modifier { text: Some(text), exactness }, end));
    }
    if t.kind != TokKind::Alpha {
        return None;
    }
    let (flags, mods) = first_words().entry(doc.tok(i).as_bytes());
    if flags & MODIFIER == 0 {
        return None;
    }
    modifier_words(doc, i, mods)
}

/// The first of the modifiers `mods` (bits of [`MODIFIERS`] entries, those
/// whose first word is token `i`) written at token `i`, and the token after it.
pub(super) fn modifier_words(doc: &Doc, i: usize, mut mods: u64) -> Option<(Modifier, usize)> {
    while mods != 0 {
        let &(m, exactness) = MODIFIERS.get(mods.trailing_zeros() as usize)?;
        mods &= mods - 1;
        // The first word is token `i` already: match the rest.
        let (_, rest) = split_word(m.as_bytes());
        if let Some(end) = words_after(doc, i + 1, rest) {
            return Some((Modifier { text: Some(m), exactness }, end));
        }
    }
    None
}

/// The first space-separated word of `phrase` and the rest after the space
/// (a byte loop: `split` costs more than the short words it splits).
pub(super) fn split_word(phrase: &[u8]) -> (&[u8], &[u8]) {
    match phrase.iter().position(|&b| b == b' ') {
        Some(j) => (&phrase[..j], phrase.get(j + 1..).unwrap_or(&[])),
        None => (phrase, &[]),
    }
}

/// Matches the space-separated lowercase words of `phrase` at token `i`
/// (any case) and returns the token after them.
pub(super) fn words_at(doc: &Doc, i: usize, phrase: &str) -> Option<usize> {
    let (first, rest) = split_word(phrase.as_bytes());
    if i >= doc.tokens.len() || !doc.tok(i).as_bytes().eq_ignore_ascii_case(first) {
        return None;
    }
    words_after(doc, i + 1, rest)
}

/// Matches the lowercase words of `phrase` (one space between them, none
/// when empty) at token `k` (any case), each after a space, and returns the
/// token after them.
pub(super) fn words_after(doc: &Doc, mut k: usize, mut phrase: &[u8]) -> Option<usize> {
    while !phrase.is_empty() {
        let (word, rest) = split_word(phrase);
        let t = doc.tokens.get(k)?;
        if !t.space_before() || !doc.tok(k).as_bytes().eq_ignore_ascii_case(word) {
            return None;
        }
        k += 1;
        phrase = rest;
    }
    Some(k)
}

/// Skips a chain of glued digits, letters and joining punctuation
/// ("202-555-0123", "1.2.3", "A330-200", "3:30") and returns the token after.
pub(super) fn skip_chain(doc: &Doc, i: usize) -> usize {
    let n = doc.tokens.len();
    let mut k = i + 1;
    while k < n && k < i + 64 && doc.glued(k) {
        let t = doc.tokens[k];
        let ok = match t.kind {
            TokKind::Punct => {
                matches!(doc.tok(k), "-" | "." | "," | ":" | "/" | "\u{2013}")
                    && k + 1 < n
                    && doc.glued(k + 1)
                    && doc.tokens[k + 1].kind != TokKind::Punct
            }
            _ => true,
        };
        if !ok {
            break;
        }
        k += 1;
    }
    k
}

/// True when the lone number word `q` stands where a determiner would:
/// "one of the most", "the two sides", "no one", "one-time".
pub(super) fn determiner_like(doc: &Doc, q: &Quantity) -> bool {
    let w = doc.tok(q.num_tok).to_ascii_lowercase();
    let prev = doc.tok_or_empty(q.num_tok as isize - 1).to_ascii_lowercase();
    let next = doc.tok_or_empty(q.end_tok as isize).to_ascii_lowercase();
    if next == "-" && doc.glued(q.end_tok) {
        return true;
    }
    if ["the", "these", "those", "both", "its", "their"].contains(&prev.as_str()) {
        return true;
    }
    if w == "one" {
        // "one" is a figure only before a noun it counts ("one person").
        let prev_det = ["the", "no", "any", "every", "each", "this", "that", "which", "another", "some", "only", "last", "every"]
            .contains(&prev.as_str());
        let next_ok = counts::after(doc, q.end_tok, false).is_some() && next != "of";
        return prev_det || !next_ok || next == "another";
    }
    false
}

/// The lower and upper values of a range of two quantities, when they make
/// one (the second larger, once a scale written only on the second is
/// applied to the first: "3 to 4 million").
pub(super) fn range_values(q1: &Quantity, q2: &Quantity) -> Option<(f64, f64)> {
    // "from 2019 to 2020", "1992-1994": years are left to the date
    // recognizer, whose spans must not lose to a longer figure range.
    if year_like(q1) || year_like(q2) && q1.unit.is_none() && q1.currency.is_none() && q1.scale == 1.0 {
        return None;
    }
    // The first end may leave its unit to the second ("15-20%"), but if it
    // has one the second must agree ("12% to $5m" is two figures); a rate
    // written only on the second is the first's too ("$5 to $7 a gallon").
    let q1_marked = q1.unit.is_some() || q1.currency.is_some();
    if q1_marked && (q1.unit != q2.unit || q1.currency != q2.currency || q1.per.is_some() && q1.per != q2.per) {
        return None;
    }
    if q1.vague || q2.vague {
        return None;
    }
    let lo = if q1.scale == 1.0 && q2.scale > 1.0 && !q1_marked && q1.value * q2.scale <= q2.value {
        q1.value * q2.scale
    } else {
        q1.value
    };
    if q2.value > lo {
        return Some((lo, q2.value));
    }
    // "-18 °C to -34 °C": with the unit on both ends the order may fall.
    if q1_marked && q2.value < lo {
        return Some((q2.value, lo));
    }
    None
}

/// A plain four-digit integer that reads as a year (1000 to 2199).
pub(super) fn year_like(q: &Quantity) -> bool {
    q.digits && !q.formatted && q.unit.is_none() && q.currency.is_none() && q.scale == 1.0 && (1000.0..2200.0).contains(&q.value)
}

/// The two figures of a range: each end as written, with its own modifier
/// ("about 10 to 20", "2 g to about 7 g"), both carrying the range. The
/// first takes the unit, currency, rate and scale written only on the second
/// ("15-20%", "3 to 4 million people") and what the second counts.
/// `first` and `second` are each the token the end starts at (its modifier,
/// if any), the quantity and the modifier; `range` is (low, high).
pub(super) fn emit_range(doc: &Doc, first: (usize, Quantity, Modifier), second: (usize, Quantity, Modifier), range: (f64, f64)) -> Step {
    let ((i, q1, m1), (k, q2, m2)) = (first, second);
    let (lo, hi) = range;
    // `range_values` gives (first, second) or, for a falling range written
    // with units on both ends, (second, first); the first end's value may
    // carry the second's scale.
    let v1 = if lo == q2.value { hi } else { lo };
    let q1 = Quantity {
        value: v1,
        unit: q1.unit.or(q2.unit),
        currency: q1.currency.or(q2.currency),
        money_name: q1.money_name.or(q2.money_name),
        per: q1.per.clone().or_else(|| q2.per.clone()),
        lone_word: false,
        ..q1
    };
    let q2 = Quantity { lone_word: false, ..q2 };
    let next = q2.end_tok;
    let c2 = candidate(doc, k, &q2, Some([lo, hi]), &m2, q2.end_tok);
    let c1 = candidate(doc, i, &q1, Some([lo, hi]), &m1, q2.end_tok);
    Step::Range(c1, c2, next)
}

/// Builds the candidate for quantity `q` with its modifier, starting at
/// token `i`, and finds what it counts.
pub(super) fn emit(doc: &Doc, i: usize, q: Quantity, modifier: Modifier) -> Step {
    let next = q.end_tok;
    Step::Found(candidate(doc, i, &q, None, &modifier, q.end_tok), next)
}

/// The candidate for quantity `q` with its modifier starting at token `i`,
/// one end of `range` if any; what it counts is read from token `counts_at`
/// on (the end of the range for its first end).
pub(super) fn candidate(doc: &Doc, i: usize, q: &Quantity, range: Option<[f64; 2]>, modifier: &Modifier, counts_at: usize) -> Candidate {
    let start = if modifier.text.is_some() { doc.tokens[i].start() } else { q.start };
    let has_unit = q.unit.is_some() || q.currency.is_some();
    // The noun phrase after the number, unless a toll or total before it
    // ("the death toll to 350") names the thing better than a singular word
    // after it, which may be an adverb ("350 overnight").
    let after = counts::after(doc, counts_at, has_unit);
    let plural_after = after.as_deref().is_some_and(|c| counts::plural_like(c.rsplit(' ').next().unwrap_or(c)));
    let before = if has_unit || plural_after { None } else { counts::before(doc, doc.token_at(start)) };
    let counted = before.or(after);
    let detail = FigureDetail {
        value: q.value,
        range,
        exactness: modifier.exactness,
        approx: modifier.exactness != Exactness::Exact,
        vague: q.vague,
        modifier: modifier.text.map(|_| doc.text[doc.tokens[i].start()..doc.tokens[doc.token_at(q.start).max(i + 1) - 1].end()].to_string()),
        unit: q.unit.or(q.money_name).map(str::to_string),
        currency: q.currency.filter(|c| !c.is_empty()).map(str::to_string),
        per: q.per.clone(),
        counts: counted,
    };
    // A bare year-like number ("in 1991") is most likely a date: the
    // pipeline breaks ties of length by confidence, so the date must win it.
    let confidence = if year_like(q) && range.is_none() && modifier.text.is_none() {
        0.3
    } else if q.lone_word {
        0.6
    } else if q.digits || has_unit {
        0.85
    } else {
        0.75
    };
    Candidate::new(start, q.end, Kind::Figure, confidence, detail.into())
}
