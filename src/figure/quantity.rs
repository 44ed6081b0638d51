//! Reading the quantity itself: a sign, a currency sign, the digits or
//! number words, a scale word, compounds.


use super::*;
use crate::numbers::{self, read_digits, scale_word, Convention};
use crate::text::{Doc, TokKind};

/// Reads a quantity at token `k`: currency, sign, number, scale, unit.
/// `Some(Err(next))` means "a number that is not a quantity; skip to next".
pub(super) fn quantity(doc: &Doc, k: usize, conv: Convention) -> Option<Result<Quantity, usize>> {
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

    // "billions of dollars", "hundreds of points": a vague number takes the
    // unit or currency after "of".
    if q.vague && doc.is(q.end_tok, "of") && doc.tokens[q.end_tok].space_before() {
        let mut probe = Quantity { end_tok: q.end_tok + 1, end: doc.tokens[q.end_tok].end(), ..q.clone() };
        unit_after(doc, &mut probe);
        if probe.unit.is_none() {
            currency_after(doc, &mut probe);
        }
        if probe.unit.is_some() || probe.currency.is_some() {
            q = probe;
        }
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
pub(super) fn compound(doc: &Doc, q: &mut Quantity, conv: Convention) {
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
pub(super) fn quantity_plain(doc: &Doc, k: usize, conv: Convention) -> Option<Result<Quantity, usize>> {
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
pub(super) fn plausible_temperature(doc: &Doc, q: &Quantity, p: usize) -> bool {
    let after = doc.tokens.get(p + 1);
    let free = after.map_or(true, |t| t.space_before() || matches!(doc.tok(p + 1), "," | ";" | ")" | "." | "!" | "?"));
    free && q.value.abs() < 1000.0 && (q.value.abs() < 150.0 || q.formatted)
}
