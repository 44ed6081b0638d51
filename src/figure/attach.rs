//! What follows a number: a glued or written unit, a currency code or
//! name, a rate's denominator ("per share").


use super::*;
use crate::text::{Doc, TokKind};

/// The ISO code an ISO 4217 code or code-like word stands for ("USD",
/// "RMB", "Rs"), or `None`. Looked up among the codes with the same first
/// letter: this runs for every short capitalised word ("He", "It").
pub(super) fn iso_code(w: &str) -> Option<&'static str> {
    static INDEX: std::sync::LazyLock<Vec<Vec<u16>>> = std::sync::LazyLock::new(|| first_byte_index(&mut ISO_CODES.iter().map(|c| c.0)));
    if !(2..=3).contains(&w.len()) {
        return None;
    }
    let bucket = INDEX.get(usize::from(w.as_bytes().first()?.to_ascii_lowercase()))?;
    bucket.iter().filter_map(|&j| ISO_CODES.get(usize::from(j))).find(|c| c.0 == w).map(|c| c.1)
}

/// A currency code glued before digits in one token ("USD3", "Rs20"):
/// the ISO code and the byte where the digits start.
pub(super) fn glued_code(doc: &Doc, p: usize) -> Option<(&'static str, usize)> {
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
pub(super) fn million_reading(doc: &Doc, e: usize) -> bool {
    doc.tokens.get(e).is_some_and(|t| t.space_before()) && counts::after(doc, e, false).is_some_and(|c| c.ends_with('s') || c == "people")
}

/// A unit written as letters glued to digits ("km", "GB", "C").
pub(super) fn glued_unit(s: &str) -> Option<&'static str> {
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
pub(super) fn exact_form(form: &str) -> bool {
    form.bytes().any(|b| b.is_ascii_uppercase()) || form.chars().count() <= 2
}

/// Matches unit form `form` against the text at byte `pos` (a space in the
/// form matches any whitespace run; the match must end at a token end) and
/// returns the byte after it. `exact` is [`exact_form`] of the form.
pub(super) fn form_at(doc: &Doc, pos: usize, form: &str, exact: bool) -> Option<usize> {
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
pub(super) type UnitForm = (&'static str, &'static str, bool);

/// The unit forms whose first byte, lowercased, is `b`, in table order
/// (longest forms first), built once so that a number costs a few
/// comparisons, not one per form.
pub(super) fn units_by_first_byte(b: u8) -> &'static [UnitForm] {
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
pub(super) fn unit_starts_at(doc: &Doc, e: usize) -> bool {
    let Some(t) = doc.tokens.get(e) else { return false };
    let first = doc.text.as_bytes().get(t.start()).map_or(0, u8::to_ascii_lowercase);
    units_by_first_byte(first).iter().any(|&(f, _, exact)| form_at(doc, t.start(), f, exact).is_some())
}

/// Reads a unit after the number (spaced, glued, or joined by a hyphen:
/// "40 km", "12%", "3.5-inch") into `q`.
pub(super) fn unit_after(doc: &Doc, q: &mut Quantity) {
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
pub(super) fn quotation_open(doc: &Doc, k: usize) -> bool {
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
pub(super) fn form_at_hyphenated(doc: &Doc, pos: usize) -> Option<usize> {
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
pub(super) fn currency_after(doc: &Doc, q: &mut Quantity) {
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
pub(super) fn first_byte_index(words: &mut dyn Iterator<Item = &str>) -> Vec<Vec<u16>> {
    let mut index = vec![Vec::new(); 256];
    for (i, w) in words.enumerate() {
        if let Some(bucket) = w.as_bytes().first().and_then(|&b| index.get_mut(usize::from(b.to_ascii_lowercase()))) {
            bucket.push(i as u16);
        }
    }
    index
}

/// The entry of [`CURRENCY_WORDS`] for `w` in any case ("Dollars").
pub(super) fn currency_word(w: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    static INDEX: std::sync::LazyLock<Vec<Vec<u16>>> = std::sync::LazyLock::new(|| first_byte_index(&mut CURRENCY_WORDS.iter().map(|c| c.0)));
    let bucket = INDEX.get(usize::from(w.as_bytes().first()?.to_ascii_lowercase()))?;
    bucket.iter().filter_map(|&j| CURRENCY_WORDS.get(usize::from(j))).find(|c| c.0.eq_ignore_ascii_case(w))
}

/// True when `w` (any case) is a nationality of [`CURRENCY_ADJECTIVES`].
pub(super) fn currency_adjective(w: &str) -> bool {
    static INDEX: std::sync::LazyLock<Vec<Vec<u16>>> = std::sync::LazyLock::new(|| first_byte_index(&mut CURRENCY_ADJECTIVES.iter().map(|c| c.0)));
    let Some(bucket) = w.as_bytes().first().and_then(|b| INDEX.get(usize::from(b.to_ascii_lowercase()))) else { return false };
    bucket.iter().filter_map(|&j| CURRENCY_ADJECTIVES.get(usize::from(j))).any(|c| c.0.eq_ignore_ascii_case(w))
}

/// A rate after a unit or currency: "300 barrels a day", "50 km/h",
/// "$100 a barrel", "$5 per share", read into `q.per`. After "a"/"an" only a unit of time or
/// measure; after "per" any noun.
pub(super) fn per_rate(doc: &Doc, q: &mut Quantity) {
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
    // "$5m a year ago", "a share a day earlier": a date, not a rate.
    if article && ["ago", "earlier", "later", "before", "after", "previously"].iter().any(|d| doc.is(e + 2, d)) {
        return;
    }
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
    } else if (per || article && q.currency.is_some() && !counts::plural_like(w)) && !counts::is_stop(w) && !doc.tokens[e + 1].upper_initial() {
        // After "per" any noun; after "a" a singular noun only for money
        // ("$8.10 a share", "$3 a gallon").
        lower
    } else {
        return;
    };
    q.per = Some(name);
    // A rate's denominator written out ("per share", "a day") is outside the
    // span, as the counted noun is; one glued by a slash ("km/h") is part of
    // the unit as written. Either way the scan goes on after it.
    if slash {
        q.end = doc.tokens[e + 1].end();
    }
    q.end_tok = e + 2;
}

/// The canonical name of a currency by its ISO code, for the unit field.
pub(super) fn currency_name(code: &str) -> &'static str {
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
