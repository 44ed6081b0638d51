//! Figures: counts, money, percentages and measures, with what they count.
//!
//! One left-to-right pass over the tokens. At each token the recognizer
//! tries, in order: an approximation modifier ("some", "more than"), a
//! currency sign or code ("US$", "€", "USD"), a sign, the number itself
//! (digits, words, a vague plural such as "thousands"), scale words
//! ("million", "bn", glued "40k"), then a unit or currency name after it
//! ("km", "%", "per cent", "rubles"), and a second number for a range
//! ("300-400", "between 10 and 20"). The counted noun is read after the
//! span (or before it, for "the death toll to 350") but is not part of it.
//!
//! Numbers that are not quantities are skipped whole: identifiers ("F-16",
//! "COVID-19", "Boeing 737"), ordinals ("3rd"), clock times ("3:30", "6pm"),
//! version and phone numbers ("1.2.3", "555-0123"). Numbers inside dates
//! are left to the date recognizer, whose longer spans win the overlap.
//! Every lookahead is bounded, so the pass is linear in the text.

mod counts;
mod units;

use crate::numbers::{self, fraction_word, read_digits, scale_word, small_number_word, Convention};
use crate::recognize::{Candidate, Context, Recognizer};
use crate::span::{Detail, Exactness, FigureDetail, Kind};
use crate::text::{Doc, TokKind};

use units::{CURRENCY_ADJECTIVES, CURRENCY_SIGNS, CURRENCY_WORDS, GLUED_UNITS, ISO_CODES, MODIFIERS, SIGN_PREFIXES, UNITS};

/// The figure recognizer, as the pipeline runs it.
pub(crate) const RECOGNIZER: Recognizer = Recognizer {
    kind: Kind::Figure,
    also_for: &[],
    recognize,
    find_reference: None,
};

/// Proposes a figure candidate for every numeric quantity in `doc`.
pub(crate) fn recognize(doc: &Doc, _ctx: &Context, out: &mut Vec<Candidate>) {
    let conv = detect_convention(doc);
    let n = doc.tokens.len();
    let first_new = out.len();
    let mut i = 0;
    while i < n {
        i = match figure_at(doc, i, conv) {
            Step::Found(c, next) => {
                out.push(c);
                next.max(i + 1)
            }
            Step::Skip(next) => next.max(i + 1),
        };
    }
    // One name per document: a number that names a model somewhere ("Boeing
    // 737", "737s") names it wherever it stands bare ("the 737 fleet").
    let names = model_names(doc);
    if !names.is_empty() {
        let mut index = 0;
        out.retain(|c| {
            index += 1;
            index <= first_new || !bare_model_name(doc, c, &names)
        });
    }
}

/// Three-digit numbers the document uses as names: after a capitalised
/// word ("Boeing 737", "Trent 900") or as a plural ("737s"). At most 32.
fn model_names<'a>(doc: &Doc<'a>) -> Vec<&'a str> {
    let mut names: Vec<&'a str> = Vec::new();
    for k in 1..doc.tokens.len() {
        if names.len() >= 32 {
            break;
        }
        let t = doc.tokens[k];
        let w = doc.tok(k);
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let name = match t.kind {
            TokKind::AlphaNum if digits == 3 && &w[3..] == "s" => Some(&w[..3]),
            TokKind::Digits if digits == 3 && t.space_before() => {
                let p = doc.tokens[k - 1];
                let prev = doc.tok(k - 1);
                let next_glued = doc.tokens.get(k + 1).is_some_and(|n| !n.space_before() && n.kind == TokKind::Punct && matches!(doc.tok(k + 1), "," | "."))
                    && doc.tokens.get(k + 2).is_some_and(|n| n.kind == TokKind::Digits && !n.space_before());
                let named = p.kind == TokKind::Alpha
                    && prev.chars().any(char::is_uppercase)
                    && !counts::is_stop(prev)
                    && modifier_at(doc, k - 1).is_none()
                    && iso_code(prev).is_none()
                    && !title_case_line(doc, k);
                (named && !next_glued && !w.starts_with('0')).then_some(w)
            }
            _ => None,
        };
        if let Some(name) = name.filter(|n| !names.contains(n)) {
            names.push(name);
        }
    }
    names
}

/// True when candidate `c` is a bare number (no unit, modifier or range)
/// spelled like one of the document's model names, and no plural noun shows
/// that it counts ("five new 737 aircraft" still counts).
fn bare_model_name(doc: &Doc, c: &Candidate, names: &[&str]) -> bool {
    let Detail::Figure(f) = &*c.detail else { return false };
    let text = doc.text.get(c.start..c.end).unwrap_or("");
    let plain = f.unit.is_none() && f.currency.is_none() && f.modifier.is_none() && f.upper.is_none();
    let counted = f.counts.as_deref().is_some_and(|w| counts::plural_like(w.rsplit(' ').next().unwrap_or(w)));
    c.kind == Kind::Figure && plain && !counted && names.contains(&text)
}

/// The lowercase form of an ASCII word: the word itself when it has no
/// capital (most words of a text), else a copy in `buf`; "" when it is
/// longer than the buffer or not ASCII (no word list entry is).
fn lower<'b>(word: &'b str, buf: &'b mut [u8; 16]) -> &'b str {
    if word.len() > buf.len() || !word.is_ascii() {
        return "";
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return word;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).unwrap_or("")
}

/// The words a figure may start with.
struct FirstWords {
    /// An open-addressing hash table of the words' [`word_key`]s, each with
    /// its flags ([`MODIFIER`], [`FRAME`], [`QUANTITY`]) and, for the first
    /// words of approximation modifiers ("more" of "more than"), a bit for
    /// each entry of [`MODIFIERS`] it opens. A slot of length 0 is empty.
    /// Most words of a text pass the shape test below ("the" is shaped like
    /// "ten"), and a binary search of the sorted word lists cost ~200
    /// instructions each.
    table: Vec<FirstWord>,
    /// For each ASCII first byte and length up to 16 (lowercased), a bit for
    /// each last byte (lowercased, mod 32) of a listed word: most words of a
    /// text ("the", "of", "and") are rejected by this one test.
    shapes: Vec<u32>,
}

/// The [`FirstWords::shapes`] slot and bit of a word, or None when no
/// listed word can have its shape (not ASCII-initial, longer than 16).
fn shape_of(bytes: &[u8]) -> Option<(usize, u32)> {
    let (&first, &last) = (bytes.first()?, bytes.last()?);
    if first >= 0x80 || bytes.len() > 16 {
        return None;
    }
    let slot = usize::from(first.to_ascii_lowercase()) * 17 + bytes.len();
    Some((slot, 1 << (last.to_ascii_lowercase() & 31)))
}

/// One slot of [`FirstWords::table`]: key, length, flags, modifier bits.
type FirstWord = (u128, u8, u8, u64);

/// Flag of a modifier's first word in [`FirstWords::table`].
const MODIFIER: u8 = 1;
/// Flag of the words that open a range frame: "between", "from".
const FRAME: u8 = 2;
/// Flag of the words that may start a quantity: number words, "a", "half",
/// vague plurals ("thousands"), signs ("minus").
const QUANTITY: u8 = 4;
/// Slots of [`FirstWords::table`]: a power of two, well above the ~80 words.
const TABLE_SLOTS: usize = 256;

impl FirstWords {
    #[cfg(test)]
    fn contains(&self, w: &str) -> bool {
        self.entry(w.as_bytes()).1 != 0
    }

    /// The word's flags (0 when it is in no list) and the bits of the
    /// modifiers it opens, in any case ("More", "MORE").
    #[inline]
    fn entry(&self, w: &[u8]) -> (u8, u64) {
        // The shape test inlined, the probe not: most words stop here.
        let Some((shape, bit)) = shape_of(w) else { return (0, 0) };
        if self.shapes.get(shape).map_or(0, |s| s & bit) == 0 {
            return (0, 0);
        }
        self.probe(w)
    }

    /// The table lookup of [`FirstWords::entry`], once the shape test passed.
    fn probe(&self, w: &[u8]) -> (u8, u64) {
        let Some(key) = word_key(w) else { return (0, 0) };
        let mut slot = slot_of(key);
        // The table is never full, so an empty slot ends every probe.
        for _ in 0..TABLE_SLOTS {
            match self.table.get(slot) {
                Some(&(k, len, flags, mods)) if len != 0 => {
                    if (k, len) == key {
                        return (flags, mods);
                    }
                }
                _ => return (0, 0),
            }
            slot = (slot + 1) % TABLE_SLOTS;
        }
        (0, 0)
    }
}

/// A word of at most 16 bytes as one integer (its bytes, ASCII-lowercased
/// and zero-padded) and its length, or None for a longer word (no word list
/// entry is longer). Other bytes stay as they are and match no entry.
fn word_key(bytes: &[u8]) -> Option<(u128, u8)> {
    if bytes.len() > 16 {
        return None;
    }
    // Shifted in byte by byte: cheaper than a copy for words this short.
    let k = bytes.iter().fold(0u128, |k, b| k << 8 | u128::from(b.to_ascii_lowercase()));
    Some((k.checked_shl(8 * (16 - bytes.len() as u32)).unwrap_or(0), bytes.len() as u8))
}

/// A set of lowercase ASCII words, looked up in any case among the few
/// that share the word's first letter (not one compare per listed word).
pub(crate) struct WordSet {
    words: &'static [&'static str],
    index: Vec<Vec<u16>>,
}

impl WordSet {
    pub(crate) fn new(words: &'static [&'static str]) -> Self {
        WordSet { words, index: first_byte_index(&mut words.iter().copied()) }
    }

    /// True when `w`, ignoring ASCII case, is in the set.
    pub(crate) fn contains(&self, w: &str) -> bool {
        let Some(bucket) = w.as_bytes().first().and_then(|b| self.index.get(usize::from(b.to_ascii_lowercase()))) else { return false };
        bucket.iter().filter_map(|&j| self.words.get(usize::from(j))).any(|x| x.eq_ignore_ascii_case(w))
    }
}

/// The home slot of a key in [`FirstWords::table`]: a multiplicative hash.
fn slot_of((k, len): (u128, u8)) -> usize {
    let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29) ^ u64::from(len);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize % TABLE_SLOTS
}

/// Built once: the words that can open a figure, so that the recognizer
/// spends a lookup, not a parse, on every other word of the text.
fn first_words() -> &'static FirstWords {
    static WORDS: std::sync::LazyLock<FirstWords> = std::sync::LazyLock::new(|| {
        // Bit `i` stands for `MODIFIERS[i]` (a unit test checks they fit).
        let modifiers = MODIFIERS.iter().enumerate().filter_map(|(i, (m, _))| Some((m.split(' ').next()?, MODIFIER, 1u64 << (i % 64))));
        let quantity = [
            "minus", "negative", "a", "an", "half", "quarter", "dozens", "hundreds", "thousands", "millions",
            "billions", "trillions", "tens", "scores", "zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion", "trillion",
        ];
        let others = [("between", FRAME), ("from", FRAME)].into_iter().chain(quantity.into_iter().map(|w| (w, QUANTITY)));
        let mut words = FirstWords { table: vec![(0, 0, 0, 0); TABLE_SLOTS], shapes: vec![0u32; 128 * 17] };
        for (w, flag, mods) in modifiers.chain(others.map(|(w, f)| (w, f, 0))) {
            // Every listed word is short enough for a key (a unit test checks).
            let (Some((shape, bit)), Some(key)) = (shape_of(w.as_bytes()), word_key(w.as_bytes())) else { continue };
            if let Some(s) = words.shapes.get_mut(shape) {
                *s |= bit;
            }
            let mut slot = slot_of(key);
            for _ in 0..TABLE_SLOTS {
                let Some(entry) = words.table.get_mut(slot) else { break };
                if entry.1 == 0 {
                    *entry = (key.0, key.1, flag, mods);
                    break;
                }
                if (entry.0, entry.1) == key {
                    entry.2 |= flag;
                    entry.3 |= mods;
                    break;
                }
                slot = (slot + 1) % TABLE_SLOTS;
            }
        }
        words
    });
    &WORDS
}

/// What the word at token `i` may open, as [`FirstWords`] flags: a number
/// word, a modifier, a range frame; [`QUANTITY`] also for a currency code
/// or prefix ("USD", "US$") and a vulgar fraction ("½"). Also returns the
/// modifiers the word may open.
fn opener_flags(doc: &Doc, i: usize) -> (u8, u64) {
    let Some(&t) = doc.tokens.get(i) else { return (0, 0) };
    let bytes = doc.text.as_bytes().get(t.start()..t.end()).unwrap_or(&[]);
    let Some(&first) = bytes.first() else { return (0, 0) };
    // Codes and sign prefixes are written in capitals: "USD", "US$", "Rs".
    if first.is_ascii_uppercase() && bytes.len() <= 4 || !first.is_ascii() {
        let w = doc.tok(i);
        if !w.is_ascii() {
            return (if vulgar_fraction(w).is_some() { QUANTITY } else { 0 }, 0);
        }
        let sign_next = doc.glued(i + 1) && matches!(doc.tok_or_empty(i as isize + 1), "$" | "£");
        let code_like = (t.all_caps() || w.len() == 2) && w.len() <= 3;
        if sign_next || code_like && iso_code(w).is_some() {
            let (flags, mods) = first_words().entry(bytes);
            return (flags | QUANTITY, mods);
        }
    }
    // Any other word with a byte that is not ASCII matches no entry.
    first_words().entry(bytes)
}

/// What the recognizer does at one token.
enum Step {
    /// A figure, and the token to go on from.
    Found(Candidate, usize),
    /// No figure; go on from this token (past a whole identifier, say).
    Skip(usize),
}

/// Decides whether the document writes "1.234,5" (European) or "1,234.5"
/// (English): European only when it has European evidence ("1.234.567",
/// "1.234,5", "12,5 %") and no English evidence ("1,234.5", "1,234,567").
fn detect_convention(doc: &Doc) -> Convention {
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
struct Quantity {
    /// First byte.
    start: usize,
    /// One past the last token consumed.
    end_tok: usize,
    /// One past the last byte.
    end: usize,
    value: f64,
    /// The scale applied ("million": 1e6), 1 when none.
    scale: f64,
    digits: bool,
    vague: bool,
    /// The token where the number proper starts (after sign and currency).
    num_tok: usize,
    /// Written with a decimal part or thousands groups.
    formatted: bool,
    /// Written with thousands groups.
    grouped: bool,
    unit: Option<&'static str>,
    /// ISO code; `Some("")` for money in a currency with no one code.
    currency: Option<&'static str>,
    /// The currency's canonical name, for money.
    money_name: Option<&'static str>,
    /// A lone word number ("one", "two") that may be a determiner.
    lone_word: bool,
    /// What a rate is per ("day" in "300 barrels a day", "share" in "$5 per share").
    per: Option<String>,
}

/// The figure starting at token `i`, if any.
fn figure_at(doc: &Doc, i: usize, conv: Convention) -> Step {
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
                if let Some(q2) = second_end(doc, q1.end_tok + 1, conv) {
                    if let Some((lo, hi)) = range_values(&q1, &q2) {
                        let mut q = merge_range(q1, &q2, lo);
                        q.start = t.start();
                        let m = Modifier { text: Some(frame), exactness: Exactness::Exact };
                        return emit(doc, i, q, Some(hi), m);
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
    let mut q = q;
    // Lone "one" and "two" are often determiners ("one of the most", "the
    // two sides"); without a modifier, unit or counted noun they are kept
    // only where the context reads as a count.
    if q.lone_word && modifier.text.is_none() && q.unit.is_none() && q.currency.is_none() && determiner_like(doc, &q) {
        return Step::Skip(q.end_tok);
    }
    // A range: "300-400", "15-20%", "10 to 20 people", "$12m to $20m".
    let mut upper = None;
    let dash = matches!(doc.tok_or_empty(q.end_tok as isize), "-" | "\u{2013}" | "\u{2014}" | "~");
    if dash || doc.is(q.end_tok, "to") || doc.is(q.end_tok, "through") {
        let glued_dash = dash && doc.glued(q.end_tok) && doc.glued(q.end_tok + 1);
        // "1000 - 5000" with spaces on both sides, or an en dash any way.
        let spaced_dash = dash
            && (doc.tok(q.end_tok) != "-"
                || doc.tokens[q.end_tok].space_before() && doc.tokens.get(q.end_tok + 1).is_some_and(|t| t.space_before()));
        if !dash || glued_dash || spaced_dash {
            match quantity(doc, q.end_tok + 1, conv).map(|r| r.map(|q2| second_end(doc, q.end_tok + 1, conv).unwrap_or(q2))) {
                Some(Ok(q2)) if !q.vague && !q2.vague => {
                    // Year-like ends are dates unless a plural noun shows a
                    // count ("1500-2000 people").
                    let counted = year_like(&q) && q2.value > q.value && counts::after(doc, q2.end_tok, false).is_some_and(|c| counts::plural_like(c.rsplit(' ').next().unwrap_or(&c)));
                    if let Some((lo, hi)) = range_values(&q, &q2).or(counted.then_some((q.value, q2.value))) {
                        // A third group ("202-555-0123") is a phone number or a code.
                        if dash && doc.tok_or_empty(q2.end_tok as isize) == "-" && doc.glued(q2.end_tok) {
                            return Step::Skip(skip_chain(doc, q.num_tok));
                        }
                        let start = q.start;
                        q = merge_range(q, &q2, lo);
                        q.start = start;
                        upper = Some(hi);
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
    emit(doc, i, q, upper, modifier)
}

/// The second end of a range at token `k`, which may carry its own
/// approximation ("between 2 g and about 7 g", "2 - ~7 litres").
fn second_end(doc: &Doc, k: usize, conv: Convention) -> Option<Quantity> {
    let start = match modifier_at(doc, k) {
        Some((m, next)) if m.exactness == Exactness::Approximate && next < doc.tokens.len() => next,
        _ => k,
    };
    let q = quantity(doc, start, conv)?.ok()?;
    if not_a_quantity(doc, &q).is_some() {
        return None;
    }
    Some(q)
}

/// An approximation modifier as written, and how exact it makes the number.
struct Modifier {
    text: Option<&'static str>,
    exactness: Exactness,
}

/// The modifier starting at token `i` and the token after it.
fn modifier_at(doc: &Doc, i: usize) -> Option<(Modifier, usize)> {
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
fn modifier_words(doc: &Doc, i: usize, mut mods: u64) -> Option<(Modifier, usize)> {
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
fn split_word(phrase: &[u8]) -> (&[u8], &[u8]) {
    match phrase.iter().position(|&b| b == b' ') {
        Some(j) => (&phrase[..j], phrase.get(j + 1..).unwrap_or(&[])),
        None => (phrase, &[]),
    }
}

/// Matches the space-separated lowercase words of `phrase` at token `i`
/// (any case) and returns the token after them.
fn words_at(doc: &Doc, i: usize, phrase: &str) -> Option<usize> {
    let (first, rest) = split_word(phrase.as_bytes());
    if i >= doc.tokens.len() || !doc.tok(i).as_bytes().eq_ignore_ascii_case(first) {
        return None;
    }
    words_after(doc, i + 1, rest)
}

/// Matches the lowercase words of `phrase` (one space between them, none
/// when empty) at token `k` (any case), each after a space, and returns the
/// token after them.
fn words_after(doc: &Doc, mut k: usize, mut phrase: &[u8]) -> Option<usize> {
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
fn skip_chain(doc: &Doc, i: usize) -> usize {
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
fn determiner_like(doc: &Doc, q: &Quantity) -> bool {
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
fn range_values(q1: &Quantity, q2: &Quantity) -> Option<(f64, f64)> {
    // "from 2019 to 2020", "1992-1994": years are left to the date
    // recognizer, whose spans must not lose to a longer figure range.
    if year_like(q1) || year_like(q2) && q1.unit.is_none() && q1.currency.is_none() && q1.scale == 1.0 {
        return None;
    }
    // The first end may leave its unit to the second ("15-20%"), but if it
    // has one the second must agree ("12% to $5m" is two figures).
    let q1_marked = q1.unit.is_some() || q1.currency.is_some();
    if q1_marked && (q1.unit != q2.unit || q1.currency != q2.currency || q1.per != q2.per) {
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
fn year_like(q: &Quantity) -> bool {
    q.digits && !q.formatted && q.unit.is_none() && q.currency.is_none() && q.scale == 1.0 && (1000.0..2200.0).contains(&q.value)
}

/// The quantity spanning both ends of a range, with the first's value.
fn merge_range(q1: Quantity, q2: &Quantity, lo: f64) -> Quantity {
    Quantity {
        end_tok: q2.end_tok,
        end: q2.end,
        value: lo,
        unit: q1.unit.or(q2.unit),
        currency: q1.currency.or(q2.currency),
        money_name: q1.money_name.or(q2.money_name),
        lone_word: false,
        ..q1
    }
}

/// Builds the candidate for quantity `q` with its modifier, starting at
/// token `i`, and finds what it counts.
fn emit(doc: &Doc, i: usize, q: Quantity, upper: Option<f64>, modifier: Modifier) -> Step {
    let start = if modifier.text.is_some() { doc.tokens[i].start() } else { q.start };
    let has_unit = q.unit.is_some() || q.currency.is_some();
    // The noun phrase after the number, unless a toll or total before it
    // ("the death toll to 350") names the thing better than a singular word
    // after it, which may be an adverb ("350 overnight").
    let after = counts::after(doc, q.end_tok, has_unit);
    let plural_after = after.as_deref().is_some_and(|c| counts::plural_like(c.rsplit(' ').next().unwrap_or(c)));
    let before = if has_unit || plural_after { None } else { counts::before(doc, doc.token_at(start)) };
    let counted = before.or(after);
    let unit = match (q.unit.or(q.money_name), q.per.as_deref()) {
        (Some(u), Some(per)) => Some(format!("{u} per {per}")),
        (Some(u), None) => Some(u.to_string()),
        (None, _) => None,
    };
    let detail = FigureDetail {
        value: q.value,
        upper,
        exactness: modifier.exactness,
        approx: modifier.exactness != Exactness::Exact,
        vague: q.vague,
        modifier: modifier.text.map(|_| doc.text[doc.tokens[i].start()..doc.tokens[doc.token_at(q.start).max(i + 1) - 1].end()].to_string()),
        unit,
        currency: q.currency.filter(|c| !c.is_empty()).map(str::to_string),
        counts: counted,
    };
    // A bare year-like number ("in 1991") is most likely a date: the
    // pipeline breaks ties of length by confidence, so the date must win it.
    let confidence = if year_like(&q) && upper.is_none() && modifier.text.is_none() {
        0.3
    } else if q.lone_word {
        0.6
    } else if q.digits || has_unit {
        0.85
    } else {
        0.75
    };
    let c = Candidate { start, end: q.end, kind: Kind::Figure, confidence, detail: Box::new(Detail::Figure(detail)) };
    Step::Found(c, q.end_tok)
}

/// Reasons a number read as a quantity is not one: an identifier, an
/// ordinal, a clock time, a version or phone number. Returns the token to
/// go on from.
fn not_a_quantity(doc: &Doc, q: &Quantity) -> Option<usize> {
    let k = q.num_tok;
    let n = doc.tokens.len();
    if !q.digits {
        return None;
    }
    let prev = doc.tok_or_empty(k as isize - 1);
    // Glued to what comes before: "F-16", "COVID-19", "A330-200", "#5".
    // "+44 20 7946 0018", "+1-202-555-0123": an international phone number
    // runs over several digit groups.
    if k > 0 && prev == "+" && doc.glued(k) && q.currency.is_none() {
        return Some(skip_phone(doc, k));
    }
    // Only an opening bracket or quote may be glued before a number.
    if k > 0 && doc.glued(k) && k == doc.token_at(q.start) {
        let opening = matches!(prev, "(" | "[" | "\"" | "\u{201c}" | "\u{2018}" | "~" | "\u{2248}" | "<" | ">" | "*" | "\u{2022}");
        if !opening {
            return Some(skip_chain(doc, k));
        }
    }
    if k > 0 && doc.glued(k) && prev == "-" && k >= 2 && doc.glued(k - 1) && doc.tokens[k - 2].kind != TokKind::Punct {
        return Some(skip_chain(doc, k));
    }
    // Glued to what follows: "3:30", "1.2.3", "10/9/2020", "192.168.0.1".
    let e = q.end_tok;
    if e + 1 < n
        && doc.glued(e)
        && doc.glued(e + 1)
        && doc.tokens[e + 1].kind != TokKind::Punct
        && matches!(doc.tok(e), ":" | "." | "/" | "," | "\u{d7}" | "^" | "+" | "=")
        && q.unit.is_none()
    {
        return Some(skip_chain(doc, k));
    }
    // List markers: "1)" without an opening bracket, "2." opening a line.
    if q.unit.is_none() && q.currency.is_none() && !q.formatted && e < n && doc.glued(e) {
        let opened = k > 0 && matches!(doc.tok(k - 1), "(" | "[");
        if doc.tok(e) == ")" && !opened {
            return Some(e + 1);
        }
        if doc.tok(e) == "." && doc.tokens[k].newlines_before() > 0 && doc.tokens.get(e + 1).is_some_and(|t| t.space_before()) {
            return Some(e + 1);
        }
    }
    // "6 pm", "10 a.m.": clock times.
    if q.unit.is_none() && q.currency.is_none() {
        // Compared without case: no lowercased copy per number.
        let next = doc.tok_or_empty(e as isize);
        let is = |w: &str| next.eq_ignore_ascii_case(w);
        if (is("am") || is("pm") || is("p") || is("a") || is("o"))
            && (next.len() == 2 || doc.tok_or_empty(e as isize + 1) == "." || doc.tok_or_empty(e as isize + 1) == "'")
            && !(is("a") && doc.tok_or_empty(e as isize + 1) != ".")
        {
            return Some(e + 1);
        }
        if q.scale == 1.0 && k == doc.token_at(q.start) && identifier(doc, q) {
            return Some(skip_chain(doc, k));
        }
    }
    None
}

/// Skips the digit groups of a phone number from token `k`: digits joined
/// by single spaces, hyphens, dots or brackets, at most a dozen tokens.
fn skip_phone(doc: &Doc, k: usize) -> usize {
    let mut e = k + 1;
    while e < doc.tokens.len() && e < k + 12 {
        let t = doc.tokens[e];
        let joiner = t.kind == TokKind::Punct && matches!(doc.tok(e), "-" | "." | "(" | ")");
        let gap_ok = !t.space_before() || doc.text.get(doc.tokens[e - 1].end()..t.start()) == Some(" ");
        if !(gap_ok && (t.kind == TokKind::Digits || joiner)) {
            break;
        }
        e += 1;
    }
    e
}

/// True when token `k` stands in a headline written in title case ("Quake
/// Kills 45 In Eastern Turkey"), where a capital says nothing about names:
/// every word of four letters or more on the line, within twelve tokens
/// either side, starts with a capital, and there are at least three.
fn title_case_line(doc: &Doc, k: usize) -> bool {
    let n = doc.tokens.len();
    let (mut words, mut capitals) = (0, 0);
    let mut count = |j: usize| {
        let t = doc.tokens[j];
        if t.kind == TokKind::Alpha && t.end() - t.start() >= 4 {
            words += 1;
            if t.upper_initial() {
                capitals += 1;
            }
        }
    };
    let mut j = k;
    while j > 0 && j + 12 > k && doc.tokens[j].newlines_before() == 0 {
        j -= 1;
        count(j);
    }
    let mut j = k + 1;
    while j < n && j < k + 12 && doc.tokens[j].newlines_before() == 0 {
        count(j);
        j += 1;
    }
    words >= 3 && capitals == words
}

/// Nouns that a number after them names rather than counts ("version 10.4",
/// "flight 200", "article 5"): the general vocabulary of numbering.
const NUMBERED_NOUNS: &[&str] = &[
    "no", "nos", "number", "version", "flight", "route", "article", "section", "chapter", "page", "pages",
    "paragraph", "clause", "room", "gate", "platform", "channel", "episode", "highway", "interstate", "model",
    "series", "level", "grade", "phase", "stage", "line", "exit", "zone", "sector", "block", "building",
    "apartment", "suite", "lane", "ward", "district", "size", "resolution", "rule", "item", "point", "verse",
    "track", "act", "scene", "volume", "issue", "part", "figure", "table", "step", "tier", "category", "class",
    "type", "generation", "gen", "mark", "window", "terminal", "pier", "berth", "bay", "row", "seat", "hall",
];

/// True when the plain number `q` (no unit, no currency) names a thing
/// instead of counting: after a capitalised word or a numbering noun
/// ("Boeing 737", "iOS 5", "Article 5", "version 10.4"), after a name's
/// possessive ("Boeing's 787"), after an elided century ("'11"), or before
/// a singular noun ("the 717 jet", "iPhone 4 antenna"), which a count above
/// one would make plural.
fn identifier(doc: &Doc, q: &Quantity) -> bool {
    let k = q.num_tok;
    if k == 0 {
        return false;
    }
    let prev_tok = doc.tokens[k - 1];
    let prev = doc.tok(k - 1);
    if prev == "'" && doc.glued(k) && !q.formatted {
        return true;
    }
    // Camel-case product names count nothing: "iPhone 4", "iOS 5", "MacBook 2".
    if prev_tok.kind == TokKind::Alpha && prev.chars().skip(1).any(char::is_uppercase) && !prev_tok.all_caps() && !q.grouped {
        return true;
    }
    let noun = counts::after_with(doc, q.end_tok, false, false);
    let plural_noun = noun.as_deref().is_some_and(|c| counts::plural_like(c.rsplit(' ').next().unwrap_or(c)));
    if plural_noun {
        return false;
    }
    if doc.tokens[k].space_before() && !q.grouped {
        // A sentence may open with a name too ("Boeing 787 makes..."), but
        // not with a function word ("Of 30", "Only 5").
        let capitalised = prev_tok.kind == TokKind::Alpha
            && prev.chars().any(char::is_uppercase)
            && (!prev_tok.sentence_start() || !counts::is_stop(prev))
            && modifier_at(doc, k - 1).is_none()
            && iso_code(prev).is_none()
            && !title_case_line(doc, k);
        static NUMBERED: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| WordSet::new(NUMBERED_NOUNS));
        if capitalised || NUMBERED.contains(prev) {
            return true;
        }
        if prev == "." && k >= 2 && doc.glued(k - 1) && (doc.is(k - 2, "no") || doc.is(k - 2, "nos")) {
            return true;
        }
        // "Boeing's 787".
        if k >= 3 && doc.is(k - 1, "s") && doc.tok(k - 2) == "'" && doc.tokens[k - 3].upper_initial() && !doc.tokens[k - 3].sentence_start() {
            return true;
        }
    }
    // "the 717 jet", "their 737 replacement": a singular noun after a number
    // other than one, where a determiner or an ordinal adjective comes first.
    let determiner_before = ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "new", "first", "final", "last"]
        .iter()
        .any(|d| prev.eq_ignore_ascii_case(d));
    if determiner_before && !q.grouped && q.value != 1.0 && q.value != -1.0 && counts::singular_noun_after(doc, q.end_tok) {
        return true;
    }
    false
}

/// Reads a quantity at token `k`: currency, sign, number, scale, unit.
/// `Some(Err(next))` means "a number that is not a quantity; skip to next".
fn quantity(doc: &Doc, k: usize, conv: Convention) -> Option<Result<Quantity, usize>> {
    let n = doc.tokens.len();
    let tokens = &doc.tokens;
    let start = tokens.get(k)?.start();
    let mut p = k;
    let mut q = Quantity { start, scale: 1.0, ..Quantity::default() };

    // Currency before the number: "US$", "$", "€", "GB£", "USD", "Rs.".
    let kind = tokens[p].kind;
    // Most words open no quantity: one lookup rejects them.
    if kind == TokKind::Alpha && opener_flags(doc, p).0 & QUANTITY == 0 {
        return None;
    }
    let word = doc.tok(p);
    let sign_next = kind == TokKind::Alpha && doc.glued(p + 1) && matches!(doc.tok_or_empty(p as isize + 1), "$" | "£");
    let prefix = if sign_next {
        SIGN_PREFIXES.iter().find(|(pre, sign, _)| word == *pre && doc.tok_or_empty(p as isize + 1) == *sign)
    } else {
        None
    };
    let sign = if kind == TokKind::Punct || !word.is_ascii() { CURRENCY_SIGNS.iter().find(|(s, _)| word == *s) } else { None };
    let code_like = kind == TokKind::Alpha && tokens[p].upper_initial() && (2..=3).contains(&word.len());
    if let Some(&(_, sign, code)) = prefix {
        q.currency = Some(code);
        q.money_name = Some(if sign == "$" { "dollar" } else { "pound" });
        p += 2;
    } else if let Some(&(_, code)) = sign {
        q.currency = Some(code);
        q.money_name = Some(currency_name(code));
        p += 1;
    } else if let Some((code, digits_at)) = glued_code(doc, p) {
        // "USD3.14", "Rs20", "RM42": a code glued to the amount.
        let digits = &doc.text[digits_at..tokens[p].end()];
        let mut value = numbers::digits_value(digits, "")?;
        let mut e = p + 1;
        if e + 1 < n && doc.tok(e) == "." && doc.glued(e) && doc.glued(e + 1) && tokens[e + 1].kind == TokKind::Digits {
            value = numbers::digits_value(digits, doc.tok(e + 1))?;
            e += 2;
        }
        q.currency = Some(code);
        q.money_name = Some(currency_name(code));
        q.value = value;
        q.digits = true;
        q.num_tok = p;
        q.end_tok = e;
        q.end = tokens[e - 1].end();
        if let Some(s) = doc.tokens.get(e).filter(|t| t.space_before()).and_then(|_| scale_word(doc.tok(e))).filter(|&s| s >= 1e3) {
            q.value *= s;
            q.scale = s;
            q.end_tok = e + 1;
            q.end = tokens[e].end();
        }
        return Some(Ok(q));
    } else if let Some(code) = iso_code(word).filter(|_| code_like) {
        let mut r = p + 1;
        if doc.tok_or_empty(r as isize) == "." && doc.glued(r) {
            r += 1;
        }
        if tokens.get(r).is_some_and(|t| t.kind == TokKind::Digits || t.kind == TokKind::AlphaNum) {
            q.currency = Some(code);
            q.money_name = Some(currency_name(code));
            p = r;
        } else {
            return None;
        }
    }
    if q.currency.is_some() && p >= n {
        return None;
    }
    // "US$ 40": a space may follow the sign, but a letter-glued "$" after the
    // number ("10 $") is read below as a unit.
    let mut negative = false;
    if p + 1 < n && matches!(doc.tok(p), "-" | "\u{2212}") && doc.glued(p + 1) && tokens[p + 1].kind != TokKind::Punct {
        // A sign only where nothing is glued before it ("-12C", not "F-16").
        if p == 0 || tokens[p].space_before() || tokens[p - 1].kind == TokKind::Punct {
            negative = true;
            p += 1;
        } else {
            return None;
        }
    } else if q.currency.is_none() && (doc.is(p, "minus") || doc.is(p, "negative")) && p + 1 < n {
        negative = true;
        p += 1;
    }
    q.num_tok = p;
    let t = tokens.get(p)?;
    let mut suffix: Option<(usize, usize)> = None;
    let leading_point = doc.tok(p) == "."
        && (p == 0 || tokens[p].space_before())
        && tokens.get(p + 1).is_some_and(|t| t.kind == TokKind::Digits && !t.space_before());
    if leading_point {
        // ".5", "-.25": a decimal without its zero.
        let digits = doc.tok(p + 1);
        q.value = numbers::digits_value("0", digits)?;
        q.end_tok = p + 2;
        q.end = tokens[p + 1].end();
        q.digits = true;
        q.formatted = true;
    } else if t.kind == TokKind::Digits || t.kind == TokKind::AlphaNum {
        let d = read_digits(doc, p, conv)?;
        q.value = d.value;
        q.end_tok = d.end;
        q.end = d.end_byte;
        q.digits = true;
        q.formatted = d.decimal || d.grouped;
        q.grouped = d.grouped;
        suffix = d.suffix;
        // "1/4 mile", "2 1/2": a simple fraction, alone or after a whole number.
        if suffix.is_none() {
            if let Some((v, e, end)) = fraction_digits(doc, p) {
                // Alone, only before "of", a unit or a pause: "9/11 attacks"
                // names an event.
                let free = e >= n || tokens[e].kind == TokKind::Punct && !matches!(doc.tok(e), "/" | "-") || doc.is(e, "of") || unit_starts_at(doc, e);
                if !free {
                    return Some(Err(skip_chain(doc, p)));
                }
                q.value = v;
                q.end_tok = e;
                q.end = end;
                q.formatted = true;
            } else if !doc.glued(q.end_tok) {
                if let Some((v, e, end)) = fraction_digits(doc, q.end_tok) {
                    q.value += v;
                    q.end_tok = e;
                    q.end = end;
                    q.formatted = true;
                }
            }
        }
    } else if t.kind == TokKind::Alpha {
        if !word_quantity(doc, p, &mut q) {
            return None;
        }
    } else {
        return None;
    }
    if negative {
        q.value = -q.value;
        q.lone_word = false;
    }

    // Letters glued to the digits: a scale ("2bn", "40k"), a unit ("500km",
    // "-12C", "2GB"), an ordinal ("3rd") or an identifier ("737s", "6pm").
    if let Some((a, b)) = suffix {
        let s = &doc.text[a..b];
        let money = q.currency.is_some();
        if let Some(v) = vulgar_fraction(s) {
            q.value += if q.value < 0.0 { -v } else { v };
            q.end = b;
        } else if let Some(scale) = units::scale_suffix(s).filter(|_| {
            money || matches!(s, "M" | "B") || s == "K" && !q.formatted || !units::ambiguous_scale(s) || s == "m" && million_reading(doc, q.end_tok)
        }) {
            q.value *= scale;
            q.scale = scale;
            q.end = b;
        } else if let Some(u) = glued_unit(s).filter(|_| !matches!(s, "C" | "F" | "K") || plausible_temperature(doc, &q, p)) {
            q.unit = Some(u);
            q.end = b;
        } else if let Some(code) = iso_code(s) {
            q.currency = Some(code);
            q.money_name = Some(currency_name(code));
            q.end = b;
        } else {
            return Some(Err(skip_chain(doc, p)));
        }
    }

    // Scale words after the number: "3 million", "1.2 bn", "$5 m".
    if q.digits && q.scale == 1.0 {
        let mut e = q.end_tok;
        while e < n && tokens[e].space_before() && e < q.end_tok + 3 {
            let w = doc.tok(e);
            let s = scale_word(w)
                .filter(|&s| s >= 1e3 || q.value < 100.0)
                .or_else(|| units::scale_suffix(w).filter(|_| !units::ambiguous_scale(w) || q.currency.is_some()))
                .filter(|_| !w.eq_ignore_ascii_case("k") || q.currency.is_some());
            match s {
                Some(s) => {
                    q.value *= s;
                    q.scale *= s;
                    e += 1;
                    q.end = tokens[e - 1].end();
                }
                None => break,
            }
        }
        q.end_tok = e;
        and_fraction(doc, &mut q);
    } else if !q.digits && !q.vague {
        // "five lakh", "four crore": the South Asian scales after words
        // (the others are read with the words themselves).
        let e = q.end_tok;
        if let Some(s) = doc.tokens.get(e).filter(|t| t.space_before()).and_then(|_| units::scale_suffix(doc.tok(e))).filter(|_| doc.tok(e).len() > 3) {
            q.value *= s;
            q.scale = s;
            q.end_tok = e + 1;
            q.end = tokens[e].end();
        }
    }
    // "3 dozen", "five dozens".
    if !q.vague && (doc.is(q.end_tok, "dozen") || doc.is(q.end_tok, "dozens")) && doc.tokens[q.end_tok].space_before() {
        q.value *= 12.0;
        q.end_tok += 1;
        q.end = doc.tokens[q.end_tok - 1].end();
    }

    // A unit or currency after the number.
    if q.unit.is_none() {
        unit_after(doc, &mut q);
    }
    if q.currency.is_none() && q.unit.is_none() {
        currency_after(doc, &mut q);
    }
    // A sign after the amount: "-15€", "100元", "10 $".
    if q.currency.is_none() && q.unit.is_none() && q.digits {
        let e = q.end_tok;
        if let Some(&(_, code)) = CURRENCY_SIGNS.iter().find(|(s, _)| doc.tok_or_empty(e as isize) == *s) {
            let next_is_number = doc.tokens.get(e + 1).is_some_and(|t| t.kind == TokKind::Digits);
            if !next_is_number || doc.tokens[e + 1].space_before() && doc.glued(e) {
                q.currency = Some(code);
                q.money_name = Some(currency_name(code));
                q.end = doc.tokens[e].end();
                q.end_tok = e + 1;
            }
        }
    } else if q.currency.is_some() {
        // "$9.99 US dollars", "$249 USD", "USD$23 billion dollar": the
        // currency said again after the amount belongs to the span.
        let save = (q.currency, q.money_name);
        let before = q.end_tok;
        currency_after(doc, &mut q);
        if q.end_tok == before {
            (q.currency, q.money_name) = save;
        } else {
            q.currency = save.0;
        }
    }
    // "300 barrels a day", "50 km/h" is a unit; rates per time after a unit.
    if q.unit.is_some() || q.currency.is_some() {
        compound(doc, &mut q, conv);
        per_rate(doc, &mut q);
    }
    // "2 degrees below zero".
    if q.unit.is_some_and(|u| u.starts_with("degree")) && doc.is(q.end_tok, "below") && doc.is(q.end_tok + 1, "zero") {
        q.value = -q.value.abs();
        q.end_tok += 2;
        q.end = tokens[q.end_tok - 1].end();
    }
    Some(Ok(q))
}

/// Compound amounts in a larger and a smaller unit: "7 feet 10 inches",
/// "2 km and 1 metre", "$20 and 43 cents", "3 GBP 1 pence". The smaller
/// part is added to the value in the larger unit.
fn compound(doc: &Doc, q: &mut Quantity, conv: Convention) {
    const PAIRS: &[(&str, &str, f64)] = &[
        ("yard", "foot", 3.0),
        ("foot", "inch", 12.0),
        ("mile", "yard", 1760.0),
        ("kilometre", "metre", 1000.0),
        ("metre", "centimetre", 100.0),
        ("centimetre", "millimetre", 10.0),
        ("pound", "ounce", 16.0),
        ("kilogram", "gram", 1000.0),
        ("tonne", "kilogram", 1000.0),
    ];
    const MONEY_PARTS: &[&str] = &["cent", "cents", "c", "¢", "pence", "p", "penny", "pennies", "sen", "kopeks", "kopecks", "paise", "centimes"];
    for _ in 0..3 {
        let mut k = q.end_tok;
        if matches!(doc.tok_or_empty(k as isize), ",") || doc.is(k, "and") {
            k += 1;
        }
        let Some(t) = doc.tokens.get(k) else { return };
        if t.kind != TokKind::Digits && t.kind != TokKind::AlphaNum && t.kind != TokKind::Alpha {
            return;
        }
        let Some(Ok(part)) = quantity_plain(doc, k, conv) else { return };
        if part.value < 0.0 {
            return;
        }
        let big = q.unit.or(q.money_name).unwrap_or("");
        if q.currency.is_some() && q.unit.is_none() {
            // Cents: a number with a word or sign for the hundredth part.
            let e = part.end_tok;
            let glued_part = part.end > doc.tokens[part.end_tok - 1].start() && part.end < doc.tokens[part.end_tok - 1].end();
            let word_at_end = if glued_part { &doc.text[part.end..doc.tokens[part.end_tok - 1].end()] } else { doc.tok_or_empty(e as isize) };
            if !MONEY_PARTS.iter().any(|m| word_at_end.eq_ignore_ascii_case(m)) || part.value >= 100.0 {
                return;
            }
            let end_tok = if glued_part { part.end_tok } else { e + 1 };
            q.value += part.value / 100.0;
            q.end_tok = end_tok;
            q.end = doc.tokens[end_tok - 1].end();
            continue;
        }
        let Some(&(_, _, factor)) = PAIRS.iter().find(|(b, s, _)| *b == big && Some(*s) == part.unit) else { return };
        q.value += part.value / factor;
        q.end_tok = part.end_tok;
        q.end = part.end;
        q.unit = part.unit.and(q.unit);
    }
}

/// A number with its unit but without compounds or rates, for the parts of
/// a compound amount.
fn quantity_plain(doc: &Doc, k: usize, conv: Convention) -> Option<Result<Quantity, usize>> {
    let mut q = Quantity { start: doc.tokens.get(k)?.start(), scale: 1.0, num_tok: k, ..Quantity::default() };
    if doc.tokens[k].kind == TokKind::Alpha {
        if !word_quantity(doc, k, &mut q) || q.vague {
            return None;
        }
    } else {
        let d = read_digits(doc, k, conv)?;
        q.value = d.value;
        q.end_tok = d.end;
        q.end = d.end_byte;
        q.digits = true;
        if let Some((a, b)) = d.suffix {
            let s = &doc.text[a..b];
            match glued_unit(s) {
                Some(u) => {
                    q.unit = Some(u);
                    q.end = b;
                }
                None => return Some(Ok(q)),
            }
        }
    }
    if q.unit.is_none() {
        unit_after(doc, &mut q);
    }
    Some(Ok(q))
}

/// True when a capital letter glued to the digits reads as a temperature
/// ("-12C", "30C", "573.15K") rather than a code ("13F filing", "777F"):
/// a value in the range of weather, followed by a pause or a word.
fn plausible_temperature(doc: &Doc, q: &Quantity, p: usize) -> bool {
    let after = doc.tokens.get(p + 1);
    let free = after.map_or(true, |t| t.space_before() || matches!(doc.tok(p + 1), "," | ";" | ")" | "." | "!" | "?"));
    free && q.value.abs() < 1000.0 && (q.value.abs() < 150.0 || q.formatted)
}

/// The ISO code an ISO 4217 code or code-like word stands for ("USD",
/// "RMB", "Rs"), or `None`. Looked up among the codes with the same first
/// letter: this runs for every short capitalised word ("He", "It").
fn iso_code(w: &str) -> Option<&'static str> {
    static INDEX: std::sync::LazyLock<Vec<Vec<u16>>> = std::sync::LazyLock::new(|| first_byte_index(&mut ISO_CODES.iter().map(|c| c.0)));
    if !(2..=3).contains(&w.len()) {
        return None;
    }
    let bucket = INDEX.get(usize::from(w.as_bytes().first()?.to_ascii_lowercase()))?;
    bucket.iter().filter_map(|&j| ISO_CODES.get(usize::from(j))).find(|c| c.0 == w).map(|c| c.1)
}

/// A currency code glued before digits in one token ("USD3", "Rs20"):
/// the ISO code and the byte where the digits start.
fn glued_code(doc: &Doc, p: usize) -> Option<(&'static str, usize)> {
    let t = doc.tokens.get(p)?;
    if t.kind != TokKind::AlphaNum {
        return None;
    }
    let s = doc.tok(p);
    let letters = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters == 0 || letters > 3 || !s[letters..].bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let code = iso_code(&s[..letters])?;
    Some((code, t.start() + letters))
}

/// True when a glued "m" after digits means a million ("5m people") rather
/// than metres ("100m sprint", "8,848m"): a plural noun follows.
fn million_reading(doc: &Doc, e: usize) -> bool {
    doc.tokens.get(e).is_some_and(|t| t.space_before()) && counts::after(doc, e, false).is_some_and(|c| c.ends_with('s') || c == "people")
}

/// A unit written as letters glued to digits ("km", "GB", "C").
fn glued_unit(s: &str) -> Option<&'static str> {
    if let Some(&(_, name)) = GLUED_UNITS.iter().find(|(f, _)| *f == s) {
        return Some(name);
    }
    // Every form that matches starts with the same letter in either case,
    // and its bucket keeps the table order.
    let first = s.as_bytes().first()?.to_ascii_lowercase();
    let matches = |&&(f, _, exact): &&UnitForm| if exact { f == s } else { f.eq_ignore_ascii_case(s) };
    units_by_first_byte(first).iter().find(matches).map(|&(_, name, _)| name)
}

/// True when the unit form `form` matches only as written (see
/// [`units::Unit`] for the case rule).
fn exact_form(form: &str) -> bool {
    form.bytes().any(|b| b.is_ascii_uppercase()) || form.chars().count() <= 2
}

/// Matches unit form `form` against the text at byte `pos` (a space in the
/// form matches any whitespace run; the match must end at a token end) and
/// returns the byte after it. `exact` is [`exact_form`] of the form.
fn form_at(doc: &Doc, pos: usize, form: &str, exact: bool) -> Option<usize> {
    let text = doc.text.as_bytes();
    let mut p = pos;
    // Byte by byte: both are UTF-8 from a character boundary, so equal bytes
    // are equal characters, and ASCII case folding leaves other bytes alone.
    for &fb in form.as_bytes() {
        if fb == b' ' {
            let start = p;
            while let Some(c) = doc.text.get(p..).and_then(|rest| rest.chars().next()).filter(|c| c.is_whitespace()) {
                p += c.len_utf8();
            }
            if p == start {
                return None;
            }
            continue;
        }
        let &b = text.get(p)?;
        if b != fb && (exact || !b.eq_ignore_ascii_case(&fb)) {
            return None;
        }
        p += 1;
    }
    // The unit must end where a word ends ("km" but not "kms" read as "km").
    let next = doc.text.get(p..).and_then(|rest| rest.chars().next());
    if next.is_some_and(char::is_alphanumeric) && form.chars().last().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(p)
}

/// A unit form as indexed: the form, its unit's name, [`exact_form`].
type UnitForm = (&'static str, &'static str, bool);

/// The unit forms whose first byte, lowercased, is `b`, in table order
/// (longest forms first), built once so that a number costs a few
/// comparisons, not one per form.
fn units_by_first_byte(b: u8) -> &'static [UnitForm] {
    static INDEX: std::sync::LazyLock<Vec<Vec<UnitForm>>> = std::sync::LazyLock::new(|| {
        let mut index = vec![Vec::new(); 256];
        for u in UNITS {
            for f in u.forms {
                index[usize::from(f.as_bytes()[0].to_ascii_lowercase())].push((*f, u.name, exact_form(f)));
            }
        }
        index
    });
    &INDEX[usize::from(b)]
}

/// True when a unit of measure is written at token `e` ("mile", "km").
fn unit_starts_at(doc: &Doc, e: usize) -> bool {
    let Some(t) = doc.tokens.get(e) else { return false };
    let first = doc.text.as_bytes().get(t.start()).map_or(0, u8::to_ascii_lowercase);
    units_by_first_byte(first).iter().any(|&(f, _, exact)| form_at(doc, t.start(), f, exact).is_some())
}

/// Reads a unit after the number (spaced, glued, or joined by a hyphen:
/// "40 km", "12%", "3.5-inch") into `q`.
fn unit_after(doc: &Doc, q: &mut Quantity) {
    let n = doc.tokens.len();
    let mut e = q.end_tok;
    if e >= n {
        return;
    }
    let mut hyphen = false;
    if doc.tok(e) == "-" && doc.glued(e) && doc.glued(e + 1) && e + 1 < n && doc.tokens[e + 1].kind == TokKind::Alpha {
        hyphen = true;
        e += 1;
    }
    let pos = doc.tokens[e].start();
    if pos.saturating_sub(q.end) > 3 {
        return;
    }
    let first = doc.text.as_bytes().get(pos).map_or(0, u8::to_ascii_lowercase);
    let second = doc.text.as_bytes().get(pos + 1).map(u8::to_ascii_lowercase);
    for &(f, name, exact) in units_by_first_byte(first) {
        // After a hyphen a unit of two letters or more ("3.5-inch", "1,000-km").
        if hyphen && f.len() < 2 {
            continue;
        }
        // The second byte rules out most forms of the bucket ("people" is
        // not "percent") without a call.
        let may_match = match f.as_bytes().get(1) {
            Some(&b) => b == b' ' || second == Some(b.to_ascii_lowercase()),
            None => true,
        };
        let at = if may_match { form_at(doc, pos, f, exact) } else { None };
        let hyphenated = || if hyphen && name == "percentage point" { form_at_hyphenated(doc, pos) } else { None };
        if let Some(end) = at.or_else(hyphenated) {
            // The tokens up to `end`.
            let mut k = e;
            while k < n && doc.tokens[k].end() <= end {
                k += 1;
            }
            q.unit = Some(name);
            q.end = end;
            q.end_tok = k;
            return;
        }
    }
    // "30 C outside": a spaced C or F where no name goes on ("30 C. Smith").
    if !hyphen && q.digits && matches!(doc.tok(e), "C" | "F") && doc.tokens[e].space_before() {
        let next = doc.tokens.get(e + 1);
        let free = next.map_or(true, |t| {
            t.space_before() && (t.kind == TokKind::Alpha && !t.upper_initial())
                || t.kind == TokKind::Punct && matches!(doc.tok(e + 1), "," | ";" | ")" | "!" | "?")
        });
        if free {
            q.unit = GLUED_UNITS.iter().find(|(f, _)| *f == doc.tok(e)).map(|x| x.1);
            q.end = doc.tokens[e].end();
            q.end_tok = e + 1;
            return;
        }
    }
    // '15"' for inches: a double quote glued to the digits, unless it
    // closes a quotation opened earlier in the sentence.
    let after_quote = doc.tok_or_empty(e as isize + 1);
    if !hyphen
        && doc.tok(e) == "\""
        && doc.glued(e)
        && q.digits
        && !quotation_open(doc, q.num_tok)
        && (e + 1 >= n || doc.tokens[e + 1].space_before() || matches!(after_quote, ")" | "," | ";" | "]"))
    {
        q.unit = Some("inch");
        q.end = doc.tokens[e].end();
        q.end_tok = e + 1;
    }
}

/// True when a double quote opens before token `k` in the same sentence
/// (looking back at most 60 tokens) and has not been closed.
fn quotation_open(doc: &Doc, k: usize) -> bool {
    let mut open = false;
    let mut j = k;
    while j > 0 && j + 60 > k {
        j -= 1;
        // A quote glued after digits is itself an inch mark ('13.3"').
        let inch_mark = j > 0 && doc.glued(j) && doc.tokens[j - 1].kind == TokKind::Digits;
        if doc.tok(j) == "\"" && !inch_mark {
            open = !open;
        }
        if doc.tokens[j].sentence_start() {
            break;
        }
    }
    open
}

/// "percentage-point" written with a hyphen after "3.5-".
fn form_at_hyphenated(doc: &Doc, pos: usize) -> Option<usize> {
    let text = doc.text.get(pos..)?;
    let lower = text.get(..16)?.to_ascii_lowercase();
    if lower.starts_with("percentage-point") {
        Some(pos + 16)
    } else {
        None
    }
}

/// Reads a currency name or code after the number ("10,000 rubles",
/// "5 million manat", "Australian dollars", "$249 USD") into `q`.
fn currency_after(doc: &Doc, q: &mut Quantity) {
    let n = doc.tokens.len();
    let e = q.end_tok;
    if e >= n || !doc.tokens[e].space_before() {
        return;
    }
    // An ISO code: "30 EUR", "$249 USD".
    if let Some(code) = iso_code(doc.tok(e)) {
        q.currency = Some(code);
        q.money_name = Some(currency_name(code));
        q.end = doc.tokens[e].end();
        q.end_tok = e + 1;
        return;
    }
    // Up to three words of nationality before the name: "Hong Kong dollars",
    // "US dollars", "U.S. dollars". The word lists are lowercase ASCII, so
    // comparing without case needs no lowercased copy.
    let mut k = e;
    let mut adjective: Option<&str> = None;
    while k < n && k < e + 4 {
        let w = doc.tok(k);
        if let Some(&(_, code, name)) = currency_word(w) {
            let code = adjective
                .and_then(|a| CURRENCY_ADJECTIVES.iter().find(|(adj, cur, _)| adj.eq_ignore_ascii_case(a) && *cur == name).map(|x| x.2))
                .unwrap_or(code);
            q.currency = Some(code);
            q.money_name = Some(name);
            q.end = doc.tokens[k].end();
            q.end_tok = k + 1;
            return;
        }
        // "U.S." is three tokens; the others are one word each.
        if w.eq_ignore_ascii_case("u") && doc.tok_or_empty(k as isize + 1) == "." && doc.is(k + 2, "s") {
            adjective = Some("us");
            k += 3;
            if doc.tok_or_empty(k as isize) == "." && doc.glued(k) {
                k += 1;
            }
            continue;
        }
        let t = doc.tokens[k];
        if t.kind != TokKind::Alpha || !(t.upper_initial() || currency_adjective(w)) {
            return;
        }
        adjective = Some(w);
        k += 1;
    }
}

/// Indices of the words of a list by their first byte (lowercased), in list
/// order, so that a lookup compares a handful of words, not the whole list.
fn first_byte_index(words: &mut dyn Iterator<Item = &str>) -> Vec<Vec<u16>> {
    let mut index = vec![Vec::new(); 256];
    for (i, w) in words.enumerate() {
        if let Some(bucket) = w.as_bytes().first().and_then(|&b| index.get_mut(usize::from(b.to_ascii_lowercase()))) {
            bucket.push(i as u16);
        }
    }
    index
}

/// The entry of [`CURRENCY_WORDS`] for `w` in any case ("Dollars").
fn currency_word(w: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    static INDEX: std::sync::LazyLock<Vec<Vec<u16>>> = std::sync::LazyLock::new(|| first_byte_index(&mut CURRENCY_WORDS.iter().map(|c| c.0)));
    let bucket = INDEX.get(usize::from(w.as_bytes().first()?.to_ascii_lowercase()))?;
    bucket.iter().filter_map(|&j| CURRENCY_WORDS.get(usize::from(j))).find(|c| c.0.eq_ignore_ascii_case(w))
}

/// True when `w` (any case) is a nationality of [`CURRENCY_ADJECTIVES`].
fn currency_adjective(w: &str) -> bool {
    static INDEX: std::sync::LazyLock<Vec<Vec<u16>>> = std::sync::LazyLock::new(|| first_byte_index(&mut CURRENCY_ADJECTIVES.iter().map(|c| c.0)));
    let Some(bucket) = w.as_bytes().first().and_then(|b| INDEX.get(usize::from(b.to_ascii_lowercase()))) else { return false };
    bucket.iter().filter_map(|&j| CURRENCY_ADJECTIVES.get(usize::from(j))).any(|c| c.0.eq_ignore_ascii_case(w))
}

/// A rate after a unit or currency: "300 barrels a day", "50 km/h",
/// "$100 a barrel", "$5 per share". After "a"/"an" only a unit of time or
/// measure; after "per" any noun.
fn per_rate(doc: &Doc, q: &mut Quantity) {
    let n = doc.tokens.len();
    let e = q.end_tok;
    if e + 1 >= n {
        return;
    }
    let slash = doc.tok(e) == "/" && doc.glued(e) && doc.glued(e + 1);
    let per = doc.is(e, "per");
    let article = doc.is(e, "a") || doc.is(e, "an");
    if !(slash || per || article) || (!slash && !doc.tokens[e + 1].space_before()) || doc.tokens[e + 1].kind != TokKind::Alpha {
        return;
    }
    let w = doc.tok(e + 1);
    let lower = w.to_ascii_lowercase();
    let time = match lower.as_str() {
        "day" | "d" => Some("day"),
        "year" | "yr" | "annum" => Some("year"),
        "month" => Some("month"),
        "week" => Some("week"),
        "hour" | "h" | "hr" => Some("hour"),
        "minute" | "min" => Some("minute"),
        "second" | "s" | "sec" => Some("second"),
        _ => None,
    };
    let name = if let Some(t) = time {
        t.to_string()
    } else if let Some(u) = glued_unit(w).filter(|_| !lower.ends_with('s') || w.len() <= 3) {
        u.to_string()
    } else if per && !counts::is_stop(w) && !doc.tokens[e + 1].upper_initial() {
        lower
    } else {
        return;
    };
    q.per = Some(name);
    q.end = doc.tokens[e + 1].end();
    q.end_tok = e + 2;
}

/// The canonical name of a currency by its ISO code, for the unit field.
fn currency_name(code: &str) -> &'static str {
    match code {
        "USD" | "AUD" | "CAD" | "NZD" | "HKD" | "SGD" | "TWD" => "dollar",
        "EUR" => "euro",
        "GBP" | "EGP" => "pound",
        "JPY" => "yen",
        "CNY" => "yuan",
        "INR" | "PKR" => "rupee",
        "RUB" => "rouble",
        "TRY" => "lira",
        "AZN" => "manat",
        "AMD" => "dram",
        "GEL" => "lari",
        "KRW" => "won",
        "ILS" => "shekel",
        "CHF" => "franc",
        "BRL" => "real",
        "MXN" | "PHP" | "ARS" => "peso",
        _ => CURRENCY_WORDS.iter().find(|(_, c, _)| *c == code).map_or("currency", |x| x.2),
    }
}

/// "1/4", "3/8" at token `k`: a numerator below a small denominator, with
/// no second slash (that would be a date). Returns value, end token, end byte.
fn fraction_digits(doc: &Doc, k: usize) -> Option<(f64, usize, usize)> {
    let n = doc.tokens.len();
    if k + 2 > n {
        return None;
    }
    let (a, slash, b) = (k, k + 1, k + 2);
    if b >= n || doc.tokens[a].kind != TokKind::Digits || doc.tok(slash) != "/" || !doc.glued(slash) || !doc.glued(b) {
        return None;
    }
    let continues = b + 2 < n && doc.glued(b + 2) && doc.tokens[b + 2].kind == TokKind::Digits;
    if doc.tokens[b].kind != TokKind::Digits || (b + 1 < n && doc.glued(b + 1) && (doc.tok(b + 1) == "/" || matches!(doc.tok(b + 1), "-" | ".") && continues)) {
        return None;
    }
    let num = numbers::digits_value(doc.tok(a), "")?;
    let den = numbers::digits_value(doc.tok(b), "")?;
    if !(2.0..=100.0).contains(&den) || num >= den || num < 1.0 {
        return None;
    }
    Some((num / den, b + 1, doc.tokens[b].end()))
}

/// "and a half", "and three quarters" after a whole number, then an
/// optional scale word ("one and a half million").
fn and_fraction(doc: &Doc, q: &mut Quantity) {
    let e = q.end_tok;
    if !doc.is(e, "and") {
        return;
    }
    let num = if doc.is(e + 1, "a") || doc.is(e + 1, "an") {
        Some(1.0)
    } else {
        doc.tokens.get(e + 1).and_then(|_| small_number_word(doc.tok(e + 1))).filter(|&v| v >= 1.0)
    };
    let Some(num) = num else { return };
    let Some(frac) = doc.tokens.get(e + 2).and_then(|_| fraction_word(doc.tok(e + 2))) else { return };
    if num * frac >= 1.0 || (num > 1.0) != doc.tok(e + 2).ends_with('s') {
        return;
    }
    q.value += num * frac;
    q.end_tok = e + 3;
    q.end = doc.tokens[e + 2].end();
    if q.scale == 1.0 {
        if let Some(s) = doc.tokens.get(q.end_tok).and_then(|_| scale_word(doc.tok(q.end_tok))).filter(|&s| s >= 1e3) {
            q.value *= s;
            q.scale = s;
            q.end_tok += 1;
            q.end = doc.tokens[q.end_tok - 1].end();
        }
    }
}

/// "a quarter of a million", "two thirds of a billion": a fraction of a
/// scale is that part of it.
fn of_a_scale(doc: &Doc, q: &mut Quantity) {
    let e = q.end_tok;
    if doc.is(e, "of") && (doc.is(e + 1, "a") || doc.is(e + 1, "one")) {
        if let Some(s) = doc.tokens.get(e + 2).and_then(|_| scale_word(doc.tok(e + 2))).filter(|&s| s >= 1e3) {
            q.value *= s;
            q.scale = s;
            q.end_tok = e + 3;
            q.end = doc.tokens[e + 2].end();
        }
    }
}

/// The value of a vulgar fraction character ("½", "¾"), or `None`.
fn vulgar_fraction(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// True when a modifier ends right before token `p` ("more than half").
fn modifier_before(doc: &Doc, p: usize) -> bool {
    MODIFIERS.iter().any(|(m, _)| {
        let words = m.split(' ').count();
        p >= words && words_at(doc, p - words, m) == Some(p)
    })
}

/// Words that name a unit but, after "a", mostly make idioms ("a degree of",
/// "a ton of", "a bit", "a point").
const IDIOM_UNITS: &[&str] = &["degree", "ton", "bit", "point", "mark", "cup", "knot", "pound", "grand"];

/// The unit or currency written out at token `k` (three letters or more,
/// not an idiom after "a"): its name, or "" for a currency.
fn unit_word_at(doc: &Doc, k: usize) -> Option<&'static str> {
    let t = doc.tokens.get(k)?;
    if t.kind != TokKind::Alpha || t.end() - t.start() < 3 {
        return None;
    }
    let mut buf = [0; 16];
    let w = lower(doc.tok(k), &mut buf);
    if w.is_empty() || IDIOM_UNITS.contains(&w) {
        return None;
    }
    let bucket = w.as_bytes().first().and_then(|&b| unit_words_by_first_byte().get(usize::from(b)));
    bucket.and_then(|forms| forms.iter().find(|(_, f)| *f == w)).map(|&(name, _)| name)
}

/// The one-word unit forms of three letters or more (not "%") that a
/// lowercase word can match (no capitals: those match only as written),
/// then the currency words with the name "", bucketed by first byte in the
/// order of [`UNITS`]: the first match in a bucket is the first unit with a
/// matching form, else a currency. Built once; scanning every unit's forms
/// cost ~1,500 instructions per "a"/"an" of the text.
fn unit_words_by_first_byte() -> &'static [Vec<(&'static str, &'static str)>] {
    static BUCKETS: std::sync::LazyLock<Vec<Vec<(&'static str, &'static str)>>> = std::sync::LazyLock::new(|| {
        let mut buckets = vec![Vec::new(); 256];
        let unit_forms = UNITS.iter().filter(|u| u.name != "%").flat_map(|u| u.forms.iter().map(|f| (u.name, *f)));
        let unit_forms = unit_forms.filter(|(_, f)| f.len() >= 3 && !f.contains(' ') && !f.bytes().any(|b| b.is_ascii_uppercase()));
        for (name, f) in unit_forms.chain(CURRENCY_WORDS.iter().map(|&(f, _, _)| ("", f))) {
            if let Some(bucket) = f.as_bytes().first().and_then(|&b| buckets.get_mut(usize::from(b))) {
                bucket.push((name, f));
            }
        }
        buckets
    });
    &BUCKETS
}

/// Reads a number written in words at token `p` into `q`: "four hundred",
/// "twenty-five", "a dozen", "half a million", "two thirds", "thousands",
/// "tens of thousands", "a score of". Returns false when there is none.
fn word_quantity(doc: &Doc, p: usize, q: &mut Quantity) -> bool {
    let n = doc.tokens.len();
    // A stack copy: this runs on every "a" and "an" of the text. Words too
    // long or not ASCII come out "", which matches none of the words below.
    let mut buf = [0; 16];
    let w = lower(doc.tok(p), &mut buf);
    // Vague plurals: a lower bound, marked vague.
    let plural_scale = |w: &str| -> Option<f64> {
        Some(match w {
            "dozens" => 24.0,
            "hundreds" => 100.0,
            "thousands" => 1e3,
            "millions" => 1e6,
            "billions" => 1e9,
            "trillions" => 1e12,
            _ => return None,
        })
    };
    if w == "tens" || w == "scores" || plural_scale(w).is_some() {
        let mut value = plural_scale(w).unwrap_or(if w == "tens" { 10.0 } else { 20.0 });
        let mut end = p + 1;
        // "tens of thousands", "hundreds of millions", "dozens of" alone.
        if doc.is(end, "of") {
            if let Some(s) = doc.tokens.get(end + 1).and_then(|_| plural_scale(&doc.tok(end + 1).to_ascii_lowercase())) {
                if s > value && s >= 1e3 {
                    value = if w == "dozens" { 12.0 * s * 2.0 } else { value * s };
                    end += 2;
                }
            }
        }
        if (w == "tens" || w == "scores") && end == p + 1 {
            // "tens" and "scores" alone are other words ("scores" of a test).
            if !(w == "scores" && doc.is(end, "of")) {
                return false;
            }
        }
        q.value = value;
        q.vague = true;
        q.end_tok = end;
        q.end = doc.tokens[end - 1].end();
        return true;
    }
    // "a score of": twenty, vague.
    if (w == "a" || w == "an") && doc.is(p + 1, "score") && doc.is(p + 2, "of") {
        q.value = 20.0;
        q.vague = true;
        q.end_tok = p + 2;
        q.end = doc.tokens[p + 1].end();
        return true;
    }
    if let Some(v) = vulgar_fraction(doc.tok(p)) {
        q.value = v;
        q.end_tok = p + 1;
        q.end = doc.tokens[p].end();
        return true;
    }
    // "half of them", "more than half": a fraction where a number stands.
    if w == "half" && (doc.is(p + 1, "of") || modifier_before(doc, p)) && !doc.is(p + 1, "a") {
        q.value = 0.5;
        q.end_tok = p + 1;
        q.end = doc.tokens[p].end();
        return true;
    }
    // "a kilogram", "a dollar", "half a litre", "quarter-litre": one unit
    // or a part of one, the unit read by the caller.
    let part = match w {
        "a" | "an" => Some(1.0),
        "half" => Some(0.5),
        "quarter" => Some(0.25),
        _ => None,
    };
    if let Some(part) = part.filter(|_| doc.tokens.get(p + 1).is_some_and(|t| t.kind == TokKind::Alpha || t.kind == TokKind::Punct)) {
        let mut k = p + 1;
        if part < 1.0 && (doc.is(k, "a") || doc.is(k, "an") || doc.tok_or_empty(k as isize) == "-" && doc.glued(k)) {
            k += 1;
        }
        if k > p + 1 || part == 1.0 {
            // The unit or currency itself is read by the caller.
            if unit_word_at(doc, k).is_some() {
                q.value = part;
                q.end_tok = k;
                q.end = doc.tokens[k - 1].end();
                return true;
            }
        }
    }
    // "half a million", "half a dozen".
    if w == "half" && (doc.is(p + 1, "a") || doc.is(p + 1, "an")) && p + 2 < n {
        let s = scale_word(doc.tok(p + 2)).or_else(|| doc.is(p + 2, "dozen").then_some(12.0));
        if let Some(s) = s {
            q.value = s / 2.0;
            q.scale = s;
            q.end_tok = p + 3;
            q.end = doc.tokens[p + 2].end();
            return true;
        }
        return false;
    }
    // "a third", "two thirds", "three quarters", "one-half": fractions,
    // only where no noun follows (that would be an ordinal: "a third term").
    let numerator = if w == "a" || w == "an" { Some(1.0) } else { small_number_word(w).filter(|&v| (1.0..20.0).contains(&v)) };
    if let Some(num) = numerator {
        let mut f = p + 1;
        if doc.tok_or_empty(f as isize) == "-" && doc.glued(f) && doc.glued(f + 1) {
            f += 1;
        }
        if let Some(frac) = doc.tokens.get(f).and_then(|_| fraction_word(doc.tok(f))) {
            let after = doc.tok_or_empty(f as isize + 1);
            let plural_ok = num > 1.0 || !doc.tok(f).ends_with('s');
            let free = doc.is(f + 1, "of") || after.is_empty() || doc.tokens[f + 1].kind == TokKind::Punct;
            // "two thirds" is always a fraction; "a third" only before "of" or
            // a pause ("a third term" is an ordinal); "one-half" always.
            let plural_fraction = num > 1.0 && doc.tok(f).ends_with('s');
            if plural_ok && (free || plural_fraction || f > p + 1) {
                q.value = num * frac;
                q.end_tok = f + 1;
                q.end = doc.tokens[f].end();
                of_a_scale(doc, q);
                return true;
            }
        }
    }
    let Some(m) = numbers::parse_number(doc, p) else { return false };
    if m.digits {
        return false;
    }
    q.value = m.value;
    q.end_tok = m.end;
    q.end = doc.tokens[m.end - 1].end();
    // "two hundred point five": decimals read digit by digit.
    if doc.is(q.end_tok, "point") {
        let mut k = q.end_tok + 1;
        let mut frac = String::new();
        while k < n && frac.len() < 12 {
            let d = doc.tok(k).to_ascii_lowercase();
            match small_number_word(&d).filter(|&v| v < 10.0).or(if d == "nought" || d == "naught" || d == "oh" { Some(0.0) } else { None }) {
                Some(v) => frac.push(char::from(b'0' + v as u8)),
                None => break,
            }
            k += 1;
        }
        if let Some(f) = numbers::digits_value("0", &frac).filter(|_| !frac.is_empty()) {
            q.value += f;
            q.end_tok = k;
            q.end = doc.tokens[k - 1].end();
        }
    }
    // "twenty-three fifths", "one third": the number counts fractions.
    if let Some(frac) = doc.tokens.get(q.end_tok).and_then(|_| fraction_word(doc.tok(q.end_tok))) {
        let fw = doc.tok(q.end_tok);
        let plural = fw.ends_with('s');
        let after = doc.tok_or_empty(q.end_tok as isize + 1);
        let free = doc.is(q.end_tok + 1, "of") || after.is_empty() || doc.tokens[q.end_tok + 1].kind == TokKind::Punct;
        if (plural && q.value > 1.0) || (!plural && q.value == 1.0 && free) {
            q.value *= frac;
            q.end_tok += 1;
            q.end = doc.tokens[q.end_tok - 1].end();
        }
    }
    // "twenty-fifth", "thirty first": an ordinal, not a number.
    if q.value >= 20.0 && q.value < 100.0 && q.value % 10.0 == 0.0 {
        let mut k = q.end_tok;
        if matches!(doc.tok_or_empty(k as isize), "-" | "\u{2014}" | "\u{2013}") && doc.glued(k) {
            k += 1;
        }
        const ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
        if ORDINALS.iter().any(|o| doc.is(k, o)) {
            return false;
        }
    }
    // "five and a quarter", "two and three fifths", "one and a half million".
    and_fraction(doc, q);
    let single = q.end_tok == p + 1;
    if single && (w == "one" || w == "two") {
        q.lone_word = true;
    }
    // "a" alone is not a number ("a dozen" and "a hundred" were read above).
    !(single && (w == "a" || w == "an"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    #[test]
    fn every_first_word_has_a_key() {
        let words = first_words();
        assert!(MODIFIERS.len() <= 64, "one bit per modifier");
        for (i, (m, _)) in MODIFIERS.iter().enumerate() {
            let first = m.split(' ').next().unwrap_or(m);
            let (flags, mods) = words.entry(first.as_bytes());
            assert!(flags & MODIFIER != 0 && mods & (1 << i) != 0, "{first}");
        }
        assert_eq!(words.entry(b"seventeen"), (QUANTITY, 0));
        assert_eq!(words.entry(b"from"), (FRAME, 0));
        assert!(!words.contains("the") && !words.contains("") && !words.contains("seventeenseventeen"));
        assert_eq!(words.entry(b"Between"), (FRAME, 0));
        assert_eq!(words.entry(b"SEVENTEEN"), (QUANTITY, 0));
    }

    #[test]
    fn word_sets_ignore_case() {
        let set = WordSet::new(&["of", "the", "respectively"]);
        for w in ["of", "OF", "The", "respectively"] {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "o", "off", "th\u{e9}", "respectivelyy", "respectivelyrespectively"] {
            assert!(!set.contains(w), "{w}");
        }
    }

    #[test]
    fn iso_code_reads_the_list() {
        for (c, _) in ISO_CODES {
            assert_eq!(iso_code(c), ISO_CODES.iter().find(|x| x.0 == *c).map(|x| x.1), "{c}");
        }
        for w in ["usd", "US", "USDX", "", "U", "He", "\u{e9}UR"] {
            assert_eq!(iso_code(w), None, "{w}");
        }
    }

    fn figures(text: &str) -> Vec<(String, f64)> {
        let opts = Options::default();
        let ctx = Context { options: &opts, reference: None };
        let doc = Doc::new(text);
        let mut out = Vec::new();
        recognize(&doc, &ctx, &mut out);
        out.iter()
            .map(|c| {
                let Detail::Figure(f) = &*c.detail else { unreachable!() };
                (text[c.start..c.end].to_string(), f.value)
            })
            .collect()
    }

    #[test]
    fn control_characters_separate_like_spaces() {
        // A NUL pasted between words must not cost the figure: it reads as a tab would.
        assert_eq!(figures("They counted \0 400\0 people."), figures("They counted \t 400\t people."));
        assert_eq!(figures("They counted \0 400\0 people.").len(), 1);
    }

    #[test]
    fn reads_european_numbers_when_the_text_does() {
        assert_eq!(figures("It cost 1.234.567 euros and 12,5 % more, or 1.234,5 each."), [
            ("1.234.567 euros".to_string(), 1234567.0),
            ("12,5 %".to_string(), 12.5),
            ("1.234,5".to_string(), 1234.5)
        ]);
        assert_eq!(figures("It cost 1,234.5 euros."), [("1,234.5 euros".to_string(), 1234.5)]);
    }

    #[test]
    fn skips_identifiers() {
        assert!(figures("The F-16 and COVID-19 and the Boeing 737 and G20 and A330-200.").is_empty());
        assert!(figures("Call 202-555-0123 at 3:30 or version 1.2.3.").is_empty());
    }
}
