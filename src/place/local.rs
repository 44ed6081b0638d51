//! The cues that the gazetteer's local tier needs.
//!
//! The local tier holds the towns below the embedded tier's size and the US
//! counties and parishes. Most of their one-word names are also surnames,
//! given names or words ("Hope", "Hazard", "Star", "Best"), so a reading
//! from it stands only where the text says the name is a place; a name that
//! the embedded tier also reads ("Geneva", "Alexandria") keeps its local
//! readings as homonyms, which win only with a container after a comma
//! ("Geneva, N.Y.") or among the document's other places nearby.

use crate::span::FeatureType;
use crate::text::{Doc, TokKind};

use super::gazetteer::{Gazetteer, Link};
use super::{is_word, words, Found};

/// Drops the local readings that no cue licenses, and the names left with
/// no reading. A local reading stands when
/// - a container follows the comma ("Hope, Arkansas", "Pineville, La."):
///   then it competes with every other reading of the name;
/// - or the name has no embedded reading, is not glued to a longer proper
///   name ("Eden Hazard", "Toronto Star", "Wright-Patterson"), and has one
///   of: a locative preposition before it ("in Hope"), a settlement noun and
///   "of" ("the town of Pulawy"), a head noun or a word for a town's people
///   and services after it ("Hammond residents"), more than one word
///   ("Chapel Hill", "Rapides Parish"), a place before it in the same list
///   ("East Providence and Barrington"), or the same name licensed earlier
///   in the text; and no organisation's head is part of it.
pub(super) fn license(doc: &Doc, g: &Gazetteer, found: &mut Vec<Found>) {
    let local = |l: &Link| g.entries.needs_cue(l.entry as usize);
    // Whether each name stands as a place for the list rule: a name with an
    // embedded reading, or a licensed one.
    let mut stands = vec![true; found.len()];
    // The names licensed so far, by their text: a later bare mention of one
    // is that town too ("the town of Esperance ... Esperance recorded").
    let mut licensed_names: Vec<&str> = Vec::new();
    let mut unlicensed = Vec::new();
    for k in 0..found.len() {
        let f = &found[k];
        if !f.links.iter().any(local) {
            continue;
        }
        let contained = found.get(k + 1).is_some_and(|n| contains(doc, g, f, n));
        let core = f.links.iter().any(|l| !local(l));
        let loose = !core && !glued(doc, f) && !organisation(doc, f);
        if contained || loose && (cued(doc, f) || after_list(doc, found, &stands, k) || f.first != f.last) {
            licensed_names.push(&doc.text[f.start..f.end]);
        } else if loose {
            unlicensed.push(k);
        } else if !core {
            drop_local(g, &mut found[k], &mut stands[k]);
        }
        // A name the embedded tier reads keeps its local readings as
        // homonyms ("Alexandria" in Louisiana): the resolver lets them win
        // only near the document's other places (resolve.rs, local_pull).
    }
    for k in unlicensed {
        let f = &found[k];
        if !licensed_names.iter().any(|n| n.eq_ignore_ascii_case(&doc.text[f.start..f.end])) {
            drop_local(g, &mut found[k], &mut stands[k]);
        }
    }
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        stands[k - 1]
    });
}

/// Drops `f`'s local readings; `stands` says whether anything is left.
fn drop_local(g: &Gazetteer, f: &mut Found, stands: &mut bool) {
    f.links.retain(|l| !g.entries.needs_cue(l.entry as usize));
    *stands = !f.links.is_empty() || f.generic.is_some();
}

/// True if `n` is the container after `f`'s comma: a country or first-level
/// region ("Texas", "Ohio"), or a state's abbreviation found by its form.
fn contains(doc: &Doc, g: &Gazetteer, f: &Found, n: &Found) -> bool {
    let region = |l: &Link| matches!(g.entries[l.entry as usize].feature, FeatureType::Country | FeatureType::Region);
    n.first == f.last + 2 && doc.tok(f.last + 1) == "," && (n.links.iter().any(region) || n.generic == Some(FeatureType::Region))
}

/// True if a capitalised word is glued to the name on either side (same
/// line, one space, or a hyphen): it is part of a longer proper name.
fn glued(doc: &Doc, f: &Found) -> bool {
    let capital = |j: usize| doc.tokens.get(j).is_some_and(|t| t.kind == TokKind::Alpha && t.upper_initial() && t.newlines_before() == 0);
    let t0 = &doc.tokens[f.first];
    let before = f.first >= 1
        && capital(f.first - 1)
        && t0.newlines_before() == 0
        && !doc.tokens[f.first - 1].sentence_start()
        && !words::LOCATIVE.contains(doc.tok(f.first - 1))
        && !words::FUNCTION_WORDS.contains(doc.tok(f.first - 1));
    let next = f.last + 1;
    let hyphen = matches!(doc.tok_or_empty(next as isize), "-" | "\u{2010}") && doc.glued(next) && doc.glued(next + 1) && capital(next + 1);
    let after = capital(next) && doc.tokens[next].space_before() && !words::ALLOWED_AFTER.contains(doc.tok(next))
        && !words::GENERIC_HEADS.contains(doc.tok(next));
    before || after || hyphen
}

/// A cue on either side: a locative preposition, a settlement noun and "of",
/// or a person's name and "of" before; a head noun or a word for the
/// town's people after.
fn cued(doc: &Doc, f: &Found) -> bool {
    let locative = f.first >= 1 && is_word(doc, f.first - 1) && words::LOCATIVE.contains(doc.tok(f.first - 1));
    // "the town of Pulawy", "the area of Esperance", "a town called Lasby".
    let of = f.first >= 2
        && matches!(doc.tok(f.first - 1), "of" | "called" | "named")
        && (super::by_cue::settlement_noun(doc.tok(f.first - 2)).is_some() || doc.tok(f.first - 2) == "area");
    // "James Mitchell of Pineville": where a person is from.
    let person_of = f.first >= 1 && doc.tok(f.first - 1) == "of" && super::by_cue::person_of(doc, f.first - 1);
    let mut after = f.last + 1;
    if matches!(doc.tok_or_empty(after as isize), "'" | "\u{2019}") {
        after += 2;
    }
    let noun = is_word(doc, after) && (words::LOCAL_AFTER.contains(doc.tok(after)) || words::head_noun(doc.tok(after)).is_some());
    locative || of || person_of || noun || f.head.is_some()
}

/// True if the name follows a standing place of the same list: ", " or
/// "and"/"or" between ("Moonbi, Parkes, Berry and Wyong").
fn after_list(doc: &Doc, found: &[Found], stands: &[bool], k: usize) -> bool {
    let Some(p) = k.checked_sub(1) else { return false };
    let f = &found[k];
    found[p].last + 2 == f.first && stands[p] && matches!(doc.tok(f.first - 1), "," | "and" | "or")
}

/// A name with an organisation's or a building's head in it: "Northwestern
/// University" is the university, whatever town shares its name.
fn organisation(doc: &Doc, f: &Found) -> bool {
    (f.first..=f.last).any(|j| {
        let w = doc.tok(j);
        words::ORG_HEADS.contains(w) || words::INSTITUTION_HEADS.contains(w) || words::BRAND_HEADS.contains(w)
            || words::BUILDING_HEADS.contains(w)
    })
}
