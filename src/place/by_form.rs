//! Names the gazetteer lacks, found by their form: a generic word and a
//! name ("Scott County", "Lake Tahoe", "Gulf of Aden"), of the kind the
//! generic word says; or a capitalised name after "in", "near" or "outside"
//! that plainly ends there ("clinics in Kampungu,"), with feature Unknown
//! and low confidence. Streets, roads, squares and airports are names of
//! this form too ("Castlefrank Road", "Changi International Airport"), with
//! roads named by a number ("Highway 19", "I-95", "on the A417"); they take
//! the country and coordinates of a known town named right after them
//! ("in Kanata", ", Ottawa").

use crate::span::FeatureType;
use crate::text::{Doc, TokKind};

use super::context::{cues, LineStyle};
use super::fold::fold_token;
use super::gazetteer::{Gazetteer, Link};
use super::memo::Memo;
use super::words::{self, generic_head};
use super::{is_word, spaced, Found};

/// A capitalised name the gazetteer does not know, after "in", "near" or
/// "outside" and ending where the name plainly ends ("clinics in Kampungu,").
/// Reported with low confidence and feature Unknown.
pub(super) fn unknown_at(doc: &Doc, styles: &[LineStyle], i: usize) -> Option<Found> {
    // The cheap structural tests first: this runs at every token.
    if i == 0 || !is_word(doc, i - 1) || !spaced(doc, i) || !is_word(doc, i) || !doc.tokens[i].upper_initial()
        || doc.tokens[i].sentence_start() || doc.tokens[i - 1].upper_initial()
        || !words::UNKNOWN_AFTER.contains(doc.tok(i - 1))
        || !name_word(doc, styles, i)
    {
        return None;
    }
    let mut last = i;
    while last < i + 2 && spaced(doc, last + 1) && name_word(doc, styles, last + 1) {
        last += 1;
    }
    for k in i..=last {
        let w = doc.tok(k);
        if words::ORG_HEADS.contains(w) || words::BRAND_HEADS.contains(w) || words::FIRST_NAMES.contains(w)
            || doc.tokens[k].all_caps()
        {
            return None;
        }
    }
    // The name must end there: punctuation or a lowercase word after it, not
    // an abbreviation's stop ("St.") or a connector ("Dar es Salaam").
    if let Some(t) = doc.tokens.get(last + 1) {
        let next = doc.tok(last + 1);
        if t.kind == TokKind::Alpha && (t.upper_initial() || words::CONNECTORS.contains(next))
            || t.kind == TokKind::Punct && !matches!(next, "," | "." | ";" | ":" | ")")
            || next == "." && doc.tokens[last].end() - doc.tokens[last].start() <= 3
        {
            return None;
        }
    }
    Some(Found::by_form(doc, i, last, FeatureType::Unknown))
}

/// A capitalised word that can be part of a name found by its form.
pub(super) fn name_word(doc: &Doc, styles: &[LineStyle], k: usize) -> bool {
    is_word(doc, k) && doc.tokens[k].upper_initial() && styles[k] == LineStyle::Normal && {
        let w = doc.tok(k);
        !words::FUNCTION_WORDS.contains(w) && !words::NEVER.contains(w) && !words::TITLES.contains(w)
            && !words::DEMONYMS.contains(w)
    }
}

/// A place name the gazetteer does not hold but whose form says it is one:
/// up to three capitalised words and a capitalised generic word ("Scott
/// County", "Rift Valley"), a generic word and a name ("Lake Tahoe", "Fort
/// Hood"), or "Gulf of Aden"-like phrases. Bounded lookahead.
pub(super) fn generic_at<'t, 'g>(
    doc: &Doc<'t>,
    g: &'g Gazetteer,
    styles: &[LineStyle],
    i: usize,
    key: &mut String,
    memo: &mut Memo<'t, 'g>,
) -> Option<Found> {
    if let Some(f) = numbered_road_at(doc, i) {
        return Some(f);
    }
    // The cheap structural tests first: this runs at every token.
    if !is_word(doc, i) || !doc.tokens[i].upper_initial() {
        return None;
    }
    let head0 = generic_head(doc.tok(i));
    let span = match head0 {
        Some(h) if h.before && spaced(doc, i + 1) && name_word(doc, styles, i + 1) => Some(generic_before(doc, styles, i, h.kind)),
        Some(h) if h.of && doc.is(i + 1, "of") && spaced(doc, i + 1) && spaced(doc, i + 2) => generic_of(doc, styles, i, h.kind),
        _ => generic_after(doc, styles, i),
    };
    let FormSpan { name_first, name_last, mut last, kind } = span?;
    if !name_word(doc, styles, i) {
        return None;
    }
    let built = matches!(kind, FeatureType::Street | FeatureType::Facility);
    if built {
        // A capitalised word right after it makes it part of another name
        // ("California Highway Patrol", "Wall Street Journal").
        if spaced(doc, last + 1) && is_word(doc, last + 1) && doc.tokens[last + 1].upper_initial() {
            return None;
        }
        // "Provincial Highway 11": a road's number is part of its name.
        if (doc.is(last, "highway") || doc.is(last, "route"))
            && spaced(doc, last + 1)
            && doc.tokens.get(last + 1).is_some_and(|t| t.kind == TokKind::Digits && t.end() - t.start() <= 4)
        {
            last += 1;
        }
        // "Bank St.": an abbreviated head counts only with its stop, which
        // is part of the name.
        if ["st", "ave", "rd", "blvd"].iter().any(|a| doc.tok(last).eq_ignore_ascii_case(a)) {
            if !doc.is(last + 1, ".") || spaced(doc, last + 1) {
                return None;
            }
            last += 1;
        }
    }
    // The town the text puts a street or facility in ("Castlefrank Road in
    // Kanata", "Bank Street, Ottawa") gives its country and coordinates.
    let town = if built { town_after(doc, g, last, key) } else { None };
    let links = match town {
        Some(links) => links,
        // A street's name says nothing of where it is ("Washington Street").
        None if kind == FeatureType::Street => Vec::new(),
        // The name part may be known ("Dallas" in "Dallas County", "Changi"
        // in "Changi International Airport"): its readings give the country.
        None => known_prefix(doc, g, name_first, name_last, kind == FeatureType::Facility, key),
    };
    let (cue, _) = cues(doc, i, last, memo);
    Some(Found {
        first: i,
        last,
        start: doc.tokens[i].start(),
        end: doc.tokens[last].end(),
        links,
        cue,
        head: None,
        common: false,
        generic: Some(kind),
        container: None,
        region_cue: false,
    })
}

/// A name found by its form: the words of its name part, its last word, and
/// the kind of place its generic word says.
struct FormSpan {
    name_first: usize,
    name_last: usize,
    last: usize,
    kind: FeatureType,
}

/// "Lake Tahoe", "Mount Kilimanjaro", "Fort Hood": the generic word at `i`,
/// then one or two name words (the second not itself a generic word).
fn generic_before(doc: &Doc, styles: &[LineStyle], i: usize, kind: FeatureType) -> FormSpan {
    let mut last = i + 1;
    if spaced(doc, last + 1) && name_word(doc, styles, last + 1) && generic_head(doc.tok(last + 1)).is_none() {
        last += 1;
    }
    FormSpan { name_first: i + 1, name_last: last, last, kind }
}

/// "Gulf of Aden", "Sea of the Hebrides": the generic word at `i`, "of",
/// perhaps "the", and one name word.
fn generic_of(doc: &Doc, styles: &[LineStyle], i: usize, kind: FeatureType) -> Option<FormSpan> {
    let mut k = i + 2;
    if doc.is(k, "the") && spaced(doc, k + 1) {
        k += 1;
    }
    name_word(doc, styles, k).then_some(FormSpan { name_first: k, name_last: k, last: k, kind })
}

/// "Scott County", "Rift Valley": up to three capitalised name words from
/// `i`, then a capitalised generic word. The generic word is looked for
/// first (cheap), then the words before it are checked.
fn generic_after(doc: &Doc, styles: &[LineStyle], i: usize) -> Option<FormSpan> {
    for k in i..i + 3 {
        if !(spaced(doc, k + 1) && is_word(doc, k + 1) && doc.tokens[k + 1].upper_initial()) {
            return None;
        }
        if let Some(h) = generic_head(doc.tok(k + 1)) {
            // An airport's name may hold an organisation's word ("Changi
            // International Airport"), but not only such words.
            let facility = h.kind == FeatureType::Facility;
            let org = |j: usize| words::ORG_HEADS.contains(doc.tok(j)) || words::BRAND_HEADS.contains(doc.tok(j));
            let names_ok = (i + 1..=k).all(|j| name_word(doc, styles, j) && (facility || !org(j)))
                && !(facility && (i..=k).all(org));
            return names_ok.then_some(FormSpan { name_first: i, name_last: k, last: k + 1, kind: h.kind });
        }
    }
    None
}

/// The readings of the longest known name made of the words from
/// `name_first` on, through `name_last` (or, with `prefix`, any shorter
/// run: "Changi" in "Changi International Airport").
fn known_prefix(doc: &Doc, g: &Gazetteer, name_first: usize, name_last: usize, prefix: bool, key: &mut String) -> Vec<Link> {
    let lowest = if prefix { name_first } else { name_last };
    for end in (lowest..=name_last).rev() {
        key.clear();
        for k in name_first..=end {
            if k > name_first {
                key.push(' ');
            }
            fold_token(doc, k, key);
        }
        if let Some(links) = g.get(key) {
            return links.to_vec();
        }
    }
    Vec::new()
}

/// The readings of a known town named right after a street or facility
/// ending at `last`: "in Kanata", ", Ottawa". Up to three words.
fn town_after(doc: &Doc, g: &Gazetteer, last: usize, key: &mut String) -> Option<Vec<Link>> {
    let k = last + 1;
    if !(doc.is(k, "in") || doc.is(k, ",")) || !is_word(doc, k + 1) || !doc.tokens[k + 1].upper_initial() {
        return None;
    }
    let first = k + 1;
    let mut best = None;
    key.clear();
    for end in first..first + 3 {
        if end > first {
            if !spaced(doc, end) || !is_word(doc, end) || !doc.tokens[end].upper_initial() {
                break;
            }
            key.push(' ');
        }
        fold_token(doc, end, key);
        if let Some(links) = g.get(key) {
            best = Some(links.to_vec());
        }
    }
    best
}

/// A road named by a number: "Highway 19", "Route 66", "Interstate 95",
/// "I-95", and a British road after "the" where the text reads it as one
/// ("on the A417", "the M4 motorway"; not "the A320 jet").
fn numbered_road_at(doc: &Doc, i: usize) -> Option<Found> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokKind::Alpha {
        return None;
    }
    let w = doc.tok(i);
    let digits = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Digits && t.end() - t.start() <= 4);
    let last = if t.upper_initial() && matches!(w, "Highway" | "Route" | "Interstate") && spaced(doc, i + 1) && digits(i + 1) {
        i + 1
    } else if w == "I" && doc.is(i + 1, "-") && !spaced(doc, i + 1) && digits(i + 2) && !doc.tokens[i + 2].space_before() {
        i + 2
    } else if w.eq_ignore_ascii_case("the") && spaced(doc, i + 1) && british_road(doc, i + 1) {
        let before = i > 0 && matches!(doc.tok(i - 1), "on" | "along" | "off" | "onto" | "via");
        let after = doc.tokens.get(i + 2).is_some_and(|_| matches!(doc.tok(i + 2), "road" | "motorway" | "carriageway"));
        if !(before || after) {
            return None;
        }
        return Some(road(doc, i + 1, i + 1));
    } else {
        return None;
    };
    Some(road(doc, i, last))
}

/// "A417", "M4", "B4000": A, B or M and one to four digits.
fn british_road(doc: &Doc, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::AlphaNum) && {
        let w = doc.tok(k).as_bytes();
        (2..=5).contains(&w.len()) && matches!(w[0], b'A' | b'B' | b'M') && w[1..].iter().all(u8::is_ascii_digit)
    }
}

/// A numbered road from token `first` to `last`.
fn road(doc: &Doc, first: usize, last: usize) -> Found {
    Found::by_form(doc, first, last, FeatureType::Street)
}
