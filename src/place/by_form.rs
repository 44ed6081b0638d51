//! Names the gazetteer lacks, found by their form: a generic word and a
//! name ("Scott County", "Lake Tahoe", "Gulf of Aden"), of the kind the
//! generic word says; or a capitalised name after "in", "near" or "outside"
//! that plainly ends there ("clinics in Kampungu,"), with feature Unknown
//! and low confidence. Streets, roads, squares and airports are names of
//! this form too ("Castlefrank Road", "Changi International Airport"), with
//! roads named by a number ("Highway 19", "I-95", "on the A417"); they take
//! the country and coordinates of a known town named right after them
//! ("in Kanata", ", Ottawa").

use std::collections::HashSet;

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

/// A capitalised name the gazetteer does not know, before a lowercase noun
/// for a division or a settlement: "the Somme region", "the Gondra
/// district", "Warab state", "the Etoumbi and Mbomo districts" (a plural
/// noun after two names joined by "and" or "or" names both). Of the kind
/// the noun says (`head-nouns.txt`), without it in the span.
pub(super) fn unknown_before_head(doc: &Doc, styles: &[LineStyle], i: usize) -> Option<Found> {
    // The cheap test first, as this runs at every capitalised word: what
    // follows the run of capitalised words must be a lowercase head noun
    // or "and"/"or" (the run the checks below accept is never longer).
    let cheap = |k: usize| is_word(doc, k) && doc.tokens[k].upper_initial() && spaced(doc, k);
    if !is_word(doc, i) || !doc.tokens[i].upper_initial() {
        return None;
    }
    let mut end = i;
    while end < i + 2 && cheap(end + 1) {
        end += 1;
    }
    if !matches!(doc.tok_or_empty(end as isize + 1), "and" | "or") && lowercase_head(doc, end + 1).is_none() {
        return None;
    }
    // The name starts here: no capitalised word before it, but a demonym
    // ("the Sudanese Warab state").
    let glued = i > 0 && is_word(doc, i - 1) && doc.tokens[i - 1].upper_initial() && spaced(doc, i)
        && !words::DEMONYMS.contains(doc.tok(i - 1));
    if glued || !plain_name_word(doc, styles, i) {
        return None;
    }
    let last = name_run_end(doc, styles, i);
    // A plural head names places only after a coordination ("Etoumbi and
    // Mbomo districts"); alone, the word before it is an adjective
    // ("Other cities", "Entire villages").
    let coordinated = i > 0 && matches!(doc.tok(i - 1), "and" | "or" | ",");
    match lowercase_head(doc, last + 1) {
        Some((kind, plural)) if !plural || coordinated => return Some(Found::by_form(doc, i, last, kind)),
        Some(_) => return None,
        None => {}
    }
    // "Etoumbi and Mbomo districts": the name, a conjunction, another
    // name, a plural head.
    if !matches!(doc.tok_or_empty(last as isize + 1), "and" | "or") || !plain_name_word(doc, styles, last + 2) {
        return None;
    }
    let other = name_run_end(doc, styles, last + 2);
    match lowercase_head(doc, other + 1) {
        Some((kind, true)) => Some(Found::by_form(doc, i, last, kind)),
        _ => None,
    }
}

/// Names the gazetteer lacks in a list of places that a locative starts
/// ("from Tacloban and Babatngon,", "in Moonbi, Parkes, Berry and Wyong
/// in"), or a plural settlement noun and a colon ("four villages:
/// Kampungu, Makonono, Kaluamba and Mombo,"): each capitalised name after
/// ", ", "and" or "or" that ends plainly (punctuation, a conjunction or a
/// locative next), not a given name, a person met in the text, or a
/// surname before the list's third member. Added to `found` with feature
/// Unknown, in text order. Linear: each list is walked once.
pub(super) fn list_members(doc: &Doc, styles: &[LineStyle], found: &mut Vec<Found>, people: &HashSet<String>) {
    let mut added: Vec<Found> = Vec::new();
    // Where lists start: a found name after a locative, or the first word
    // after "villages:".
    // Both kinds come in text order, so they are merged, not sorted.
    let after_colon = doc.tokens.iter().enumerate().skip(1).filter_map(|(p, t)| {
        let opens = t.kind == TokKind::Punct && doc.tok(p) == ":"
            && super::by_cue::settlement_noun(doc.tok(p - 1)).is_some_and(|(_, plural)| plural);
        opens.then_some(p + 1)
    });
    let mut after_colon = after_colon.peekable();
    let mut starts: Vec<usize> = Vec::new();
    for first in found.iter().filter(|f| list_opens(doc, f.first)).map(|f| f.first) {
        while let Some(p) = after_colon.next_if(|&p| p <= first) {
            if p < first {
                starts.push(p);
            }
        }
        starts.push(first);
    }
    starts.extend(after_colon);
    let mut walked_to = 0;
    for first in starts {
        if first < walked_to {
            continue;
        }
        let member = |j: usize, added: &mut Vec<Found>, count: usize| -> Option<usize> {
            if let Ok(k) = found.binary_search_by_key(&j, |f| f.first) {
                return Some(found[k].last);
            }
            let end = plain_member(doc, styles, j, people, count >= 2)?;
            added.push(Found::by_form(doc, j, end, FeatureType::Unknown));
            Some(end)
        };
        let Some(mut last) = member(first, &mut added, 0) else { continue };
        let mut count = 1;
        loop {
            let mut j = last + 1;
            if doc.tok_or_empty(j as isize) == "," {
                j += 1;
            }
            if matches!(doc.tok_or_empty(j as isize), "and" | "or") {
                j += 1;
            }
            if j == last + 1 || j >= doc.tokens.len() {
                break;
            }
            match member(j, &mut added, count) {
                Some(end) => last = end,
                None => break,
            }
            count += 1;
        }
        walked_to = last + 1;
    }
    if !added.is_empty() {
        // Both are in text order (`found` as the scan pushed it, which the
        // binary search above relies on; `added` as the lists were walked),
        // so a merge puts them in order: what a stable sort of the two
        // would give, in linear time, and one standard sort fewer in the
        // wasm.
        let mut merged = Vec::with_capacity(found.len() + added.len());
        let mut added = added.into_iter().peekable();
        for f in found.drain(..) {
            while let Some(a) = added.next_if(|a| a.first < f.first) {
                merged.push(a);
            }
            merged.push(f);
        }
        merged.extend(added);
        *found = merged;
    }
}

/// True if a list of places may start at token `first`: after a locative
/// ("in", "from", "near"...) or after a plural settlement noun and a colon.
fn list_opens(doc: &Doc, first: usize) -> bool {
    let Some(p) = first.checked_sub(1) else { return false };
    let w = doc.tok(p);
    if is_word(doc, p) && (words::LOCATIVE.contains(w) || words::UNKNOWN_AFTER.contains(w)) {
        return true;
    }
    w == ":" && p > 0 && super::by_cue::settlement_noun(doc.tok(p - 1)).is_some_and(|(_, plural)| plural)
}

/// The last token of an unknown list member starting at `j`: one name
/// word, then ",", ";", ".", ":", ")", "and", "or" or a locative.
fn plain_member(doc: &Doc, styles: &[LineStyle], j: usize, people: &HashSet<String>, long_list: bool) -> Option<usize> {
    if !plain_name_word(doc, styles, j) || !spaced(doc, j) {
        return None;
    }
    // One word: two after a comma are as often a person in apposition
    // ("in Kampungu, Rosa Crestani, said").
    let end = j;
    for k in j..=end {
        let w = doc.tok(k);
        // A surname that is also a town's name stands third or later in a
        // list ("Moonbi, Parkes, Berry and Wyong"), not second.
        if !long_list && words::SURNAMES.contains(w) || people.contains(&super::fold::folded(doc, k)) {
            return None;
        }
    }
    let after = doc.tok_or_empty(end as isize + 1);
    let plain = matches!(after, "," | ";" | "." | ":" | ")" | "and" | "or")
        || is_word(doc, end + 1) && !doc.tokens[end + 1].upper_initial() && words::LOCATIVE.contains(after);
    plain.then_some(end)
}

/// A capitalised word, not in capitals, that may begin a name found by its
/// form and no person's or organisation's name.
fn plain_name_word(doc: &Doc, styles: &[LineStyle], k: usize) -> bool {
    k < doc.tokens.len() && name_word(doc, styles, k) && !doc.tokens[k].all_caps() && {
        let w = doc.tok(k);
        !words::ORG_HEADS.contains(w) && !words::BRAND_HEADS.contains(w) && !words::FIRST_NAMES.contains(w)
            && !words::BUILDING_HEADS.contains(w) && !words::INSTITUTION_HEADS.contains(w)
    }
}

/// The last of up to three name words from `i`, one space apart.
fn name_run_end(doc: &Doc, styles: &[LineStyle], i: usize) -> usize {
    let mut last = i;
    while last < i + 2 && spaced(doc, last + 1) && plain_name_word(doc, styles, last + 1) {
        last += 1;
    }
    last
}

/// The lowercase head noun at `k`, one space after a name ("district",
/// "districts"): the kind of place it says, and whether it is plural.
fn lowercase_head(doc: &Doc, k: usize) -> Option<(FeatureType, bool)> {
    if !is_word(doc, k) || !spaced(doc, k) || doc.tokens[k].upper_initial() {
        return None;
    }
    let w = doc.tok(k);
    // A division or a settlement; not "capital" ("the EU capital" is a
    // metaphor as often).
    let kind = |w: &str| words::head_noun(w).filter(|_| w != "capital");
    if let Some(kind) = kind(w) {
        return Some((kind, false));
    }
    let singular = w.strip_suffix("ies").map(|s| format!("{s}y")).or_else(|| w.strip_suffix('s').map(str::to_string))?;
    kind(&singular).map(|kind| (kind, true))
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
