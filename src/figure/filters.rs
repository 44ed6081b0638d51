//! Numbers that are not quantities: identifiers, phone numbers, numbered
//! nouns and title-case lines.


use super::*;
use crate::text::{Doc, TokKind};

/// Reasons a number read as a quantity is not one: an identifier, an
/// ordinal, a clock time, a version or phone number. Returns the token to
/// go on from.
pub(super) fn not_a_quantity(doc: &Doc, q: &Quantity) -> Option<usize> {
    let k = q.num_tok;
    let n = doc.tokens.len();
    if !q.digits {
        // A number word with a capital inside a sentence is part of a name:
        // "the Big Three", "the Ford Five Hundred", "the Group of Seven".
        let t = doc.tokens[k];
        let after_word = k > 0 && doc.tokens[k - 1].kind == TokKind::Alpha && t.newlines_before() == 0;
        let named = t.upper_initial() && !t.sentence_start() && after_word && q.currency.is_none() && !title_case_line(doc, k);
        return named.then_some(q.end_tok);
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
pub(super) fn skip_phone(doc: &Doc, k: usize) -> usize {
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
pub(super) fn title_case_line(doc: &Doc, k: usize) -> bool {
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
pub(super) const NUMBERED_NOUNS: &[&str] = &[
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
pub(super) fn identifier(doc: &Doc, q: &Quantity) -> bool {
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
    // A sentence may open with a name too ("Boeing 787 makes..."), but not
    // with a function word ("Of 30", "Only 5").
    let capitalised = doc.tokens[k].space_before()
        && prev_tok.kind == TokKind::Alpha
        && prev.chars().any(char::is_uppercase)
        && (!prev_tok.sentence_start() || !counts::is_stop(prev))
        && modifier_at(doc, k - 1).is_none()
        && iso_code(prev).is_none()
        && !title_case_line(doc, k);
    // Three plain digits after a name are a model even before a plural
    // ("Trent 900 engines", "Boeing 737 jets"): a count that size after a
    // bare name ("Kabul 300 people") is rare in edited prose.
    let model = capitalised && !q.formatted && doc.tok(k).len() == 3 && q.end_tok == k + 1;
    let noun = counts::after_with(doc, q.end_tok, false, false);
    let plural_noun = noun.as_deref().is_some_and(|c| counts::plural_like(c.rsplit(' ').next().unwrap_or(c)));
    if plural_noun && !model {
        return false;
    }
    if doc.tokens[k].space_before() && !q.grouped {
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
    // "the new 787 Dreamliner": a name after the number, with no plural
    // noun to count ("the 300 Afghan refugees" counts).
    let name_after = doc.tokens.get(q.end_tok).is_some_and(|t| t.kind == TokKind::Alpha && t.upper_initial() && !t.all_caps() && t.space_before());
    let counted = counts::after(doc, q.end_tok, false).is_some_and(|c| counts::plural_like(c.rsplit(' ').next().unwrap_or(&c)));
    determiner_before && !q.grouped && name_after && !counted && !counts::plural_like(doc.tok(q.end_tok))
}
