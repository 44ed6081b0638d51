//! Numbers in words and fractions: "two and a half", "a third of a",
//! "½", and the unit words idioms use.


use super::*;
use crate::numbers::{self, fraction_word, scale_word, small_number_word};
use crate::text::{Doc, TokKind};

/// "1/4", "3/8" at token `k`: a numerator below a small denominator, with
/// no second slash (that would be a date). Returns value, end token, end byte.
pub(super) fn fraction_digits(doc: &Doc, k: usize) -> Option<(f64, usize, usize)> {
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
pub(super) fn and_fraction(doc: &Doc, q: &mut Quantity) {
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
pub(super) fn of_a_scale(doc: &Doc, q: &mut Quantity) {
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
pub(super) fn vulgar_fraction(s: &str) -> Option<f64> {
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
pub(super) fn modifier_before(doc: &Doc, p: usize) -> bool {
    MODIFIERS.iter().any(|(m, _)| {
        let words = m.split(' ').count();
        p >= words && words_at(doc, p - words, m) == Some(p)
    })
}

/// Words that name a unit but, after "a", mostly make idioms ("a degree of",
/// "a ton of", "a bit", "a point").
pub(super) const IDIOM_UNITS: &[&str] = &["degree", "ton", "bit", "point", "mark", "cup", "knot", "pound", "grand"];

/// The unit or currency written out at token `k` (three letters or more,
/// not an idiom after "a"): its name, or "" for a currency.
pub(super) fn unit_word_at(doc: &Doc, k: usize) -> Option<&'static str> {
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
pub(super) fn unit_words_by_first_byte() -> &'static [Vec<(&'static str, &'static str)>] {
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
pub(super) fn word_quantity(doc: &Doc, p: usize, q: &mut Quantity) -> bool {
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
