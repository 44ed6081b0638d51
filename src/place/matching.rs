//! Matching: the gazetteer names in the text.
//!
//! At each capitalised word (or "the"), the longest run of up to
//! [`MAX_WORDS`] words whose key is in the gazetteer is taken: words joined
//! by spaces, hyphens, apostrophes or abbreviation stops, with lowercase
//! connectors inside ("Bosnia and Herzegovina") but a capitalised word last.
//! One hash probe per extension, so the work is linear in the text. A
//! reading is kept only where the way the name is written allows it (an
//! abbreviation only in capitals, a one-word name in capitals such as "ACT"
//! only in a dateline or an all-capitals line: `context::Writing`). A capitalised direction before the name
//! ("East Los Angeles") and a compass point after it ("Kowloon West") join it.

use crate::text::{Doc, TokKind};

use super::context::{cues, LineStyle, Writing};
use super::gazetteer::{Gazetteer, Link, LINK_COMMON};
use super::memo::Memo;
use super::{is_word, spaced, words, Found};

/// The longest place name, in words, that the matcher tries.
pub(super) const MAX_WORDS: usize = 6;

/// The index of the next word token after `w` that can continue a name, with
/// the punctuation allowed between them; `None` if the name cannot go on.
fn next_name_word(doc: &Doc, w: usize) -> Option<usize> {
    let mut k = w + 1;
    let mut puncts = 0;
    while k < doc.tokens.len() && doc.tokens[k].kind == TokKind::Punct {
        let t = &doc.tokens[k];
        let glued = !t.space_before();
        match doc.tok(k) {
            "-" | "\u{2010}" | "\u{2011}" | "'" | "\u{2019}" if glued && doc.glued(k + 1) => {}
            "." if glued => {}
            _ => return None,
        }
        puncts += 1;
        if puncts > 2 {
            return None;
        }
        k += 1;
    }
    let t = doc.tokens.get(k)?;
    if t.newlines_before() > 0 || t.kind != TokKind::Alpha {
        return None;
    }
    Some(k)
}

/// A capitalised word, or "the": where every rule of the recognizer starts. A
/// leading "the" is not part of a name ("the Gambia" gives "Gambia"),
/// except where it is part of the name itself ("The Hague"). The length is
/// tested first: this runs at every token.
pub(super) fn may_start_name(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| {
        t.kind == TokKind::Alpha
            && (t.upper_initial() || t.end() - t.start() == 3 && doc.tok(i).eq_ignore_ascii_case("the"))
    })
}

/// The longest gazetteer name starting at token `i`, where
/// [`may_start_name`] holds, with a direction before it or a compass point
/// after it that belongs to it.
pub(super) fn match_at<'t, 'g>(
    doc: &Doc<'t>,
    g: &'g Gazetteer,
    styles: &[LineStyle],
    i: usize,
    key: &mut String,
    memo: &mut Memo<'t, 'g>,
) -> Option<Found> {
    let (last, links) = longest_name(doc, g, styles, i, key, memo)?;
    let first = direction_before(doc, i);
    let last = compass_after(doc, styles, last);
    let mut end = doc.tokens[last].end();
    // "U.S." and "D.C." keep their final stop.
    let has_stop = (first..last).any(|k| doc.tok(k) == ".");
    if has_stop && doc.tok_or_empty(last as isize + 1) == "." && doc.glued(last + 1) {
        end = doc.tokens[last + 1].end();
    }
    let common = first == last && links.iter().any(|l| l.flags & LINK_COMMON != 0);
    let (cue, head) = cues(doc, first, last, memo);
    Some(Found { first, last, start: doc.tokens[first].start(), end, links, cue, head, common, generic: None, container: None, region_cue: false })
}

/// The last word of the longest gazetteer name starting at token `i`, and
/// the readings its writing allows (see [`Writing`]). `key` is left holding
/// the key of the longest run tried.
fn longest_name<'t, 'g>(
    doc: &Doc<'t>,
    g: &'g Gazetteer,
    styles: &[LineStyle],
    i: usize,
    key: &mut String,
    memo: &mut Memo<'t, 'g>,
) -> Option<(usize, Vec<Link>)> {
    // The caller has checked `may_start_name`.
    debug_assert!(may_start_name(doc, i));
    key.clear();
    let first_readings = memo.first(doc, i, key);
    let mut best: Option<(usize, Vec<Link>)> = None;
    let mut w = i;
    for n in 1..=MAX_WORDS {
        if n > 1 {
            let Some(k) = next_name_word(doc, w) else { break };
            let tk = &doc.tokens[k];
            if !tk.upper_initial() && !words::CONNECTORS.contains(doc.tok(k)) {
                break;
            }
            w = k;
            key.push(' ');
            memo.push_key(doc, w, key);
            if key.len() > 80 {
                break;
            }
        }
        // A name ends on a capitalised word ("Bosnia and" is no name).
        if !doc.tokens[w].upper_initial() {
            continue;
        }
        let links = if n == 1 { first_readings } else { g.get(key) };
        if let Some(links) = links {
            let writing = Writing::of(doc, styles, i, w);
            let ok: Vec<Link> = links.iter().copied().filter(|&l| writing.allows(g, l)).collect();
            if !ok.is_empty() {
                best = Some((w, ok));
            }
        }
    }
    best
}

/// Where a name matched from token `i` starts: "East Los Angeles", a
/// capitalised direction right before the name belongs to it.
fn direction_before(doc: &Doc, i: usize) -> usize {
    let joins = i >= 1 && is_word(doc, i - 1) && doc.tokens[i - 1].upper_initial() && doc.tokens[i].space_before()
        && doc.tokens[i].newlines_before() == 0 && words::DIRECTIONAL.contains(doc.tok(i - 1));
    if joins { i - 1 } else { i }
}

/// Where a name matched up to token `last` ends: "Kowloon West", a compass
/// point after the name, as in constituency and district names, belongs to
/// it when nothing capitalised follows.
fn compass_after(doc: &Doc, styles: &[LineStyle], last: usize) -> usize {
    let k = last + 1;
    if !(spaced(doc, k) && is_word(doc, k) && doc.tokens[k].upper_initial()) {
        return last;
    }
    let after_caps = doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokKind::Alpha && t.upper_initial() && spaced(doc, k + 1));
    if words::COMPASS_AFTER.contains(doc.tok(k)) && !after_caps && styles[k] == LineStyle::Normal { k } else { last }
}
