//! Places: gazetteer matching, context rules and resolution.
//!
//! 1. **Matching.** At each capitalised word, the longest run of up to
//!    [`MAX_WORDS`] words (joined by spaces, hyphens, apostrophes or
//!    abbreviation stops) whose folded key is in the gazetteer is taken. One
//!    hash probe per extension, so the work is linear in the text.
//! 2. **Context.** A name is dropped when it is part of a person's or an
//!    organisation's name (a title or first name before it, another
//!    capitalised word glued to it: "President Jordan", "Paris Hilton",
//!    "Minsk Group", "University of Texas"), or when it is a common English
//!    word where capitals prove nothing (sentence start, headlines) and no
//!    locative cue ("in", "X province") supports it.
//!    Names the gazetteer lacks are found by their form ("Scott County",
//!    "Lake Tahoe", "Gulf of Aden") or, with low confidence and feature
//!    Unknown, after "in"/"near"/"outside" ("clinics in Kampungu,").
//! 3. **Resolution.** Each reading is scored by a prior (countries first,
//!    then bigger places) plus the document's *country focus* (Mordecai's
//!    idea: the countries the article names pull ambiguous names to them;
//!    each distinct name counts once, and a country's neighbours are pulled
//!    too), so "Georgia" in an article about Texas is the US state and
//!    "Niger" beside Nigeria is the country. A city and a first-level region
//!    of one country that share a name ("Porto", "Washington") resolve to
//!    the city unless the text reads the name as a region ("the state of
//!    X", "eastern X", "Everett, X", a list of regions, "X state").
//!    Runner-up readings go to `alternatives`.
//!
//! Everything is bounded lookahead over tokens: linear in the text.

mod fold;
mod fold_table;
mod gazetteer;
mod words;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::recognize::{Candidate, Context, Recognizer};
use crate::span::{Detail, FeatureType, Kind, PlaceCandidate, PlaceDetail};
use crate::text::{Doc, TokKind};

use words::{generic_head, head_noun};
use fold::{fold_name_into, fold_token, folded};
use gazetteer::{Entry, Gazetteer, Link, GAZETTEER, LINK_ABBREV, LINK_ALT, LINK_COMMON};

/// The longest place name, in words, that the matcher tries.
const MAX_WORDS: usize = 6;

/// How the line a token stands in is written: headlines in capitals or in
/// title case say nothing about proper names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LineStyle {
    Normal,
    TitleCase,
    AllCaps,
}

/// A name found in the text, before resolution.
struct Found {
    first: usize,
    last: usize,
    start: usize,
    end: usize,
    links: Vec<Link>,
    /// A locative preposition before it or a generic place noun after it.
    cue: bool,
    /// The generic noun after it, if any ("district", "city").
    head: Option<FeatureType>,
    /// One word that is also a common English word ("Nice", "Reading").
    common: bool,
    /// For a name found by its form ("Scott County"), not in the gazetteer
    /// as a whole: the kind its generic word says.
    generic: Option<FeatureType>,
    /// The name right after a comma that may contain this one ("Geneva,
    /// Illinois"): its index in the found list.
    container: Option<usize>,
    /// The text reads it as a first-level region even without a generic
    /// noun after it: "the state of X", "eastern X", the container after a
    /// comma ("Everett, Washington"), or a list of names that are only regions.
    region_cue: bool,
}

/// The place recognizer, as the pipeline runs it.
pub(crate) const RECOGNIZER: Recognizer = Recognizer {
    kind: Kind::Place,
    also_for: &[],
    recognize,
    find_reference: None,
};

/// Proposes a place candidate for every place name in `doc`, resolved.
pub(crate) fn recognize(doc: &Doc, _ctx: &Context, out: &mut Vec<Candidate>) {
    let g = &*GAZETTEER;
    if g.entries.is_empty() {
        return;
    }
    let styles = line_styles(doc);
    let mut found = Vec::new();
    let mut key = String::with_capacity(64);
    let mut memo = Memo::new(g, doc.tokens.len());
    // One-word names seen as part of a person's name ("Paris" in "Paris
    // Hilton"): a later bare "Paris said" is that person.
    let mut people: HashSet<String> = HashSet::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        // Every rule below starts at a capitalised word (or "the"): skip the
        // rest, most of the text, with one test.
        if !may_start_name(doc, i) {
            i += 1;
            continue;
        }
        let by_name = match_at(doc, g, &styles, i, &mut key, &mut memo);
        let by_form = generic_at(doc, g, &styles, i, &mut key, &mut memo).or_else(|| unknown_at(doc, &styles, i));
        let pick = match (by_name, by_form) {
            (Some(a), Some(b)) => Some(if b.last > a.last { b } else { a }),
            (a, b) => a.or(b),
        };
        match pick {
            Some(f) => {
                i = f.last + 1;
                match accept(doc, &styles, &f, &mut memo) {
                    Verdict::Place => found.push(f),
                    Verdict::Person if f.first == f.last => {
                        people.insert(folded(doc, f.first));
                    }
                    _ => {}
                }
            }
            None => i += 1,
        }
    }
    if !people.is_empty() {
        found.retain(|f| f.first != f.last || f.cue || !people.contains(&folded(doc, f.first)));
    }
    for k in 1..found.len() {
        let prev_last = found[k - 1].last;
        if found[k].first == prev_last + 2 && doc.tok(prev_last + 1) == "," {
            found[k - 1].container = Some(k);
            // "Everett, Washington said" reads the second name as the first's
            // region; "Lisbon, Porto, Madrid" is a list, and says nothing.
            let last = found[k].last;
            let first_inner = found[k - 1].first;
            let next_found = found.get(k + 1).map(|n| n.first);
            let list_goes_on = match doc.tok_or_empty(last as isize + 1) {
                "and" | "or" => true,
                "," => next_found == Some(last + 2),
                _ => false,
            };
            let list_before = first_inner >= 1 && doc.tok(first_inner - 1) == ",";
            if !list_goes_on && !list_before {
                found[k].region_cue = true;
            }
        }
    }
    region_cues(doc, g, &mut found);
    resolve(g, doc.text, &found, out);
}

/// Marks the names the text reads as regions (see [`Found::region_cue`]);
/// the container after a comma is marked by the caller.
fn region_cues(doc: &Doc, g: &Gazetteer, found: &mut [Found]) {
    let region_only = |f: &Found| {
        !f.links.is_empty()
            && f.links.iter().all(|l| matches!(g.entries[l.entry as usize].feature, FeatureType::Region | FeatureType::District))
    };
    for k in 0..found.len() {
        let first = found[k].first;
        // "the state of Washington", "the province of Quebec".
        let of_region = first >= 2
            && doc.tok(first - 1).eq_ignore_ascii_case("of")
            && is_word(doc, first - 2)
            && words::REGION_OF_NOUNS.contains(doc.tok(first - 2));
        // "eastern Washington": a compass adjective in lower case speaks of a region.
        let compass = first >= 1
            && is_word(doc, first - 1)
            && !doc.tokens[first - 1].upper_initial()
            && words::REGION_ADJECTIVES.contains(doc.tok(first - 1));
        // "Utah, Washington and Wisconsin": a list whose neighbour is only a region.
        let joined = |a: &Found, b: &Found| {
            let gap = b.first.saturating_sub(a.last + 1);
            (1..=2).contains(&gap)
                && (a.last + 1..b.first).all(|t| doc.tok(t) == "," || doc.tok(t).eq_ignore_ascii_case("and") || doc.tok(t).eq_ignore_ascii_case("or"))
        };
        let listed = (k >= 1 && joined(&found[k - 1], &found[k]) && region_only(&found[k - 1]))
            || found.get(k + 1).is_some_and(|n| joined(&found[k], n) && region_only(n));
        if of_region || compass || listed {
            found[k].region_cue = true;
        }
    }
}

/// The style of each token's line, computed in one pass per line.
fn line_styles(doc: &Doc) -> Vec<LineStyle> {
    let n = doc.tokens.len();
    let mut styles = vec![LineStyle::Normal; n];
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        while end < n && doc.tokens[end].newlines_before() == 0 {
            end += 1;
        }
        let (mut words, mut caps, mut upper, mut lower_long) = (0usize, 0usize, 0usize, 0usize);
        for (k, t) in doc.tokens[start..end].iter().enumerate() {
            if t.kind != TokKind::Alpha {
                continue;
            }
            words += 1;
            if t.all_caps() {
                caps += 1;
            }
            if t.upper_initial() {
                upper += 1;
            } else if lower_long == 0
                && (t.end() - t.start() > 4 || t.end() - t.start() >= 3 && !words::MINOR_WORDS.contains(doc.tok(start + k)))
            {
                // One long lowercase word settles it: not a title-case line.
                lower_long += 1;
            }
        }
        let style = if words >= 2 && caps * 10 >= words * 8 {
            LineStyle::AllCaps
        } else if (3..=25).contains(&words) && lower_long == 0 && upper * 10 >= words * 6 {
            LineStyle::TitleCase
        } else {
            LineStyle::Normal
        };
        styles[start..end].fill(style);
        start = end;
    }
    styles
}

fn is_word(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokKind::Alpha)
}

/// FxHash's multiply-rotate, for the names of one document: their set is
/// bounded by the gazetteer, so no flooding resistance is needed, and
/// SipHash cost more than the lookups it guards.
#[derive(Default)]
struct NameHasher(u64);

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The folded keys of recent words and their one-word readings. A text
/// repeats its capitalised words ("The", "U.S.", "Obama": 3,700 distinct
/// among 15,000 in a 500 KB news corpus), and folding a word and probing the
/// gazetteer for it cost a third of the recognizer's work. Direct-mapped with
/// at most [`Memo::MAX_SLOTS`] slots, so it does not grow with the text.
struct Memo<'t, 'g> {
    g: &'g Gazetteer,
    slots: Vec<Slot<'t, 'g>>,
    /// `64 - log2(slots.len())`: the hash bits that pick a slot are the top ones.
    shift: u32,
}

#[derive(Default)]
struct Slot<'t, 'g> {
    /// The word as written; empty while the slot is free.
    word: &'t str,
    key: String,
    /// The readings of `key` alone, once asked for.
    readings: Option<Option<&'g [Link]>>,
}

impl<'t, 'g> Memo<'t, 'g> {
    const MAX_SLOTS: usize = 1024;

    /// A memo sized to the text: a short text needs few slots.
    fn new(g: &'g Gazetteer, tokens: usize) -> Self {
        let n = (tokens / 8).clamp(16, Self::MAX_SLOTS).next_power_of_two();
        let mut slots = Vec::with_capacity(n);
        slots.resize_with(n, Slot::default);
        Memo { g, slots, shift: 64 - n.trailing_zeros() }
    }

    /// The slot of token `i`, filled with its folded key.
    fn slot(&mut self, doc: &Doc<'t>, i: usize) -> &mut Slot<'t, 'g> {
        let word = doc.tok(i);
        // Length and three letters tell most words apart; a collision only
        // costs a refold.
        let b = word.as_bytes();
        let (n, first, last) = (b.len(), b.first().copied().unwrap_or(0), b.last().copied().unwrap_or(0));
        let mid = b.get(n / 2).copied().unwrap_or(0);
        let h = (n as u64) | u64::from(first) << 8 | u64::from(mid) << 16 | u64::from(last) << 24;
        let index = (h.wrapping_mul(0x51_7c_c1_b7_27_22_0a_95) >> self.shift) as usize;
        // `h >> shift` is below the (power of two) number of slots.
        let slot = &mut self.slots[index];
        if slot.word != word {
            slot.word = word;
            slot.key.clear();
            fold_token(doc, i, &mut slot.key);
            slot.readings = None;
        }
        slot
    }

    /// Appends token `i`'s folded key to `key`, as `fold_token` would.
    fn push_key(&mut self, doc: &Doc<'t>, i: usize, key: &mut String) {
        key.push_str(&self.slot(doc, i).key);
        // A word that folds to nothing drops the space before it, as in `fold_token`.
        while key.ends_with(' ') {
            key.pop();
        }
    }

    /// Appends token `i`'s folded key to the empty `key` and returns its
    /// readings: one probe of the memo for the first word of a name.
    fn first(&mut self, doc: &Doc<'t>, i: usize, key: &mut String) -> Option<&'g [Link]> {
        let g = self.g;
        let slot = self.slot(doc, i);
        key.push_str(&slot.key);
        *slot.readings.get_or_insert_with(|| g.get(&slot.key))
    }

    /// The gazetteer readings of token `i` alone, if it is a name: true if a
    /// gazetteer name of one word starts there ("Dallas Texas").
    fn readings(&mut self, doc: &Doc<'t>, i: usize) -> Option<&'g [Link]> {
        let g = self.g;
        let slot = self.slot(doc, i);
        *slot.readings.get_or_insert_with(|| g.get(&slot.key))
    }
}

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

/// True if the words `first..=last` are all written in capitals (or are
/// single capital letters, as in "U.S.").
fn written_in_caps(doc: &Doc, first: usize, last: usize) -> bool {
    (first..=last).filter(|&k| is_word(doc, k)).all(|k| {
        let t = &doc.tokens[k];
        t.all_caps() || (t.upper_initial() && t.end() - t.start() <= 2 && doc.tok(k).chars().count() == 1)
    })
}

/// A capitalised word, or "the": where every rule of this module starts. A
/// leading "the" is not part of a name ("the Gambia" gives "Gambia"),
/// except where it is part of the name itself ("The Hague"). The length is
/// tested first: this runs at every token.
fn may_start_name(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| {
        t.kind == TokKind::Alpha
            && (t.upper_initial() || t.end() - t.start() == 3 && doc.tok(i).eq_ignore_ascii_case("the"))
    })
}

/// The longest gazetteer name starting at token `i`, where
/// [`may_start_name`] holds.
fn match_at<'t, 'g>(
    doc: &Doc<'t>,
    g: &'g Gazetteer,
    styles: &[LineStyle],
    i: usize,
    key: &mut String,
    memo: &mut Memo<'t, 'g>,
) -> Option<Found> {
    // The caller has checked `may_start_name`.
    debug_assert!(may_start_name(doc, i));
    let the = doc.is(i, "the");
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
            let caps = written_in_caps(doc, i, w);
            let dateline = doc.tokens[i].newlines_before() > 0
                && matches!(doc.tok_or_empty(w as isize + 1), "," | "\u{2014}" | "\u{2013}" | "(" | "-");
            let all_caps_line = styles[i] == LineStyle::AllCaps;
            let ok: Vec<Link> = links
                .iter()
                .copied()
                .filter(|l| {
                    if the {
                        // Only towns: GeoNames writes "The Netherlands", news "the Netherlands".
                        let e = &g.entries[l.entry as usize];
                        e.feature == FeatureType::City
                            && e.name.len() > 4
                            && e.name.is_char_boundary(4)
                            && e.name[..4].eq_ignore_ascii_case("the ")
                    } else if l.flags & LINK_ABBREV != 0 {
                        caps
                    } else {
                        // "ACT" or "VAN" in running text is an acronym, not a
                        // town; a dateline ("KYIV, Ukraine") is a town.
                        !caps || all_caps_line || w != i || dateline
                    }
                })
                .collect();
            if !ok.is_empty() {
                best = Some((w, ok));
            }
        }
    }
    let (last, links) = best?;
    let mut first = i;
    // "East Los Angeles": a capitalised direction before the name belongs to it.
    if i >= 1 && is_word(doc, i - 1) && doc.tokens[i - 1].upper_initial() && doc.tokens[i].space_before()
        && doc.tokens[i].newlines_before() == 0 && words::DIRECTIONAL.contains(doc.tok(i - 1))
    {
        first = i - 1;
    }
    // "Kowloon West": a compass point after the name, as in constituency and
    // district names, belongs to it when nothing capitalised follows.
    let mut last = last;
    if let Some(k) = Some(last + 1).filter(|&k| spaced(doc, k) && is_word(doc, k) && doc.tokens[k].upper_initial()) {
        let after_caps = doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokKind::Alpha && t.upper_initial() && spaced(doc, k + 1));
        if words::COMPASS_AFTER.contains(doc.tok(k)) && !after_caps && styles[k] == LineStyle::Normal {
            last = k;
        }
    }
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

/// A capitalised name the gazetteer does not know, after "in", "near" or
/// "outside" and ending where the name plainly ends ("clinics in Kampungu,").
/// Reported with low confidence and feature Unknown.
fn unknown_at(doc: &Doc, styles: &[LineStyle], i: usize) -> Option<Found> {
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
    Some(Found {
        first: i,
        last,
        start: doc.tokens[i].start(),
        end: doc.tokens[last].end(),
        links: Vec::new(),
        cue: true,
        head: None,
        common: false,
        generic: Some(FeatureType::Unknown),
        container: None,
        region_cue: false,
    })
}

/// A capitalised word that can be part of a name found by its form.
fn name_word(doc: &Doc, styles: &[LineStyle], k: usize) -> bool {
    is_word(doc, k) && doc.tokens[k].upper_initial() && styles[k] == LineStyle::Normal && {
        let w = doc.tok(k);
        !words::FUNCTION_WORDS.contains(w) && !words::NEVER.contains(w) && !words::TITLES.contains(w)
            && !words::DEMONYMS.contains(w)
    }
}

/// True if token `k` follows `k - 1` on the same line after one space.
fn spaced(doc: &Doc, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| t.space_before() && t.newlines_before() == 0)
}

/// A place name the gazetteer does not hold but whose form says it is one:
/// up to three capitalised words and a capitalised generic word ("Scott
/// County", "Rift Valley"), a generic word and a name ("Lake Tahoe", "Fort
/// Hood"), or "Gulf of Aden"-like phrases. Bounded lookahead.
fn generic_at<'t, 'g>(
    doc: &Doc<'t>,
    g: &'g Gazetteer,
    styles: &[LineStyle],
    i: usize,
    key: &mut String,
    memo: &mut Memo<'t, 'g>,
) -> Option<Found> {
    // The cheap structural tests first: this runs at every token.
    if !is_word(doc, i) || !doc.tokens[i].upper_initial() {
        return None;
    }
    let w0 = doc.tok(i);
    let mut span: Option<(usize, usize, usize, FeatureType)> = None; // (name first, name last, last, kind)
    let head0 = generic_head(w0);
    if head0.is_some_and(|h| h.before) && spaced(doc, i + 1) && name_word(doc, styles, i + 1) {
        let mut last = i + 1;
        if spaced(doc, last + 1) && name_word(doc, styles, last + 1) && generic_head(doc.tok(last + 1)).is_none() {
            last += 1;
        }
        span = head0.map(|h| (i + 1, last, last, h.kind));
    } else if head0.is_some_and(|h| h.of) && doc.is(i + 1, "of") && spaced(doc, i + 1) && spaced(doc, i + 2) {
        let mut k = i + 2;
        if doc.is(k, "the") && spaced(doc, k + 1) {
            k += 1;
        }
        if name_word(doc, styles, k) {
            span = head0.map(|h| (k, k, k, h.kind));
        }
    } else {
        // Up to three name words, then the generic word: find the generic
        // word first (cheap), then check the words before it.
        for k in i..i + 3 {
            if !(spaced(doc, k + 1) && is_word(doc, k + 1) && doc.tokens[k + 1].upper_initial()) {
                break;
            }
            if let Some(h) = generic_head(doc.tok(k + 1)) {
                let names_ok = (i + 1..=k).all(|j| {
                    let w = doc.tok(j);
                    name_word(doc, styles, j) && !words::ORG_HEADS.contains(w) && !words::BRAND_HEADS.contains(w)
                });
                if names_ok {
                    span = Some((i, k, k + 1, h.kind));
                }
                break;
            }
        }
    }
    let (name_first, name_last, last, head) = span?;
    if !name_word(doc, styles, i) {
        return None;
    }
    // The name part may be known ("Dallas" in "Dallas County"): its readings
    // give the country.
    key.clear();
    for k in name_first..=name_last {
        if k > name_first {
            key.push(' ');
        }
        fold_token(doc, k, key);
    }
    let links = g.get(key).map(<[Link]>::to_vec).unwrap_or_default();
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
        generic: Some(head),
        container: None,
        region_cue: false,
    })
}

/// A locative preposition before the name, or a generic place noun after it.
fn cues<'t>(doc: &Doc<'t>, first: usize, last: usize, memo: &mut Memo<'t, '_>) -> (bool, Option<FeatureType>) {
    let before = first >= 1 && is_word(doc, first - 1) && words::LOCATIVE.contains(doc.tok(first - 1));
    let mut after = last + 1;
    if doc.tok_or_empty(after as isize) == "'" || doc.tok_or_empty(after as isize) == "\u{2019}" {
        after += 2;
    }
    let head = if is_word(doc, after) {
        let w = doc.tok(after);
        head_noun(w)
    } else {
        None
    };
    // "Nice, France", "Paris, Texas": a place name after a comma places this one.
    let comma_place = doc.tok_or_empty(last as isize + 1) == ","
        && doc.tokens.get(last + 2).is_some_and(|t| t.kind == TokKind::Alpha && t.upper_initial() && t.newlines_before() == 0)
        && memo.readings(doc, last + 2).is_some();
    (before || head.is_some() || comma_place, head)
}

/// What the context rules make of a name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Place,
    /// Part of an organisation's name, or an ordinary word.
    Not,
    /// Part of a person's name: later bare mentions of it are that person too.
    Person,
}

/// The context rules: whether the name is part of a person's or an
/// organisation's name, or a common word with nothing to show it is a place.
fn accept<'t>(doc: &Doc<'t>, styles: &[LineStyle], f: &Found, memo: &mut Memo<'t, '_>) -> Verdict {
    let style = styles[f.first];
    let first_tok = &doc.tokens[f.first];
    if f.first == f.last {
        let w = doc.tok(f.first);
        if words::NEVER.contains(w) || words::DEMONYMS.contains(w) {
            return Verdict::Not;
        }
        // "Michael", "Ann": a given name alone is a person unless "in" says otherwise.
        let small_towns_only = f.links.iter().all(|l| {
            let e = &GAZETTEER.entries[l.entry as usize];
            matches!(e.feature, FeatureType::City | FeatureType::Region | FeatureType::District) && e.population < 200_000
        });
        if !f.cue && small_towns_only && (words::FIRST_NAMES.contains(w) || words::SURNAMES.contains(w)) {
            return Verdict::Not;
        }
    }
    // "University of Texas" is a census place, but news means the university.
    if words::INSTITUTION_HEADS.contains(doc.tok(f.first)) {
        return Verdict::Not;
    }
    // The word before, when it is directly before (same line, a space between).
    let prev = (f.first >= 1 && is_word(doc, f.first - 1) && first_tok.space_before() && first_tok.newlines_before() == 0)
        .then(|| f.first - 1);
    // "pro-Beijing", "anti-Moscow": a stance toward a government, not a location.
    if f.first >= 2 && matches!(doc.tok(f.first - 1), "-" | "\u{2010}") && !first_tok.space_before()
        && words::STANCE_PREFIXES.contains(doc.tok(f.first - 2))
    {
        return Verdict::Not;
    }
    if let Some(p) = prev {
        let w = doc.tok(p);
        let pt = &doc.tokens[p];
        // "Valeska Paris": a name that doubles as a person's, after a
        // capitalised word that is neither a function word nor a place.
        let country = f.links.iter().any(|l| GAZETTEER.entries[l.entry as usize].feature == FeatureType::Country);
        if f.first == f.last && pt.upper_initial() && style == LineStyle::Normal && !country
            && words::PLACE_FIRST_NAMES.contains(doc.tok(f.first)) && !words::FUNCTION_WORDS.contains(w)
            && !words::DIRECTIONAL.contains(w) && !words::LOCATIVE.contains(w) && memo.readings(doc, p).is_none()
        {
            return Verdict::Person;
        }
        if pt.upper_initial() && (words::TITLES.contains(w) || words::FIRST_NAMES.contains(w)) {
            return Verdict::Person;
        }
        // "Real Madrid", "Air France": a capitalised word glued on the left.
        let personal = |w: &str| {
            words::SURNAMES.contains(w) || words::FIRST_NAMES.contains(w) || words::PLACE_FIRST_NAMES.contains(w)
        };
        if pt.upper_initial() && style == LineStyle::Normal && (!pt.sentence_start() || personal(w))
            && !words::FUNCTION_WORDS.contains(w) && !words::TITLES.contains(w) && !words::DEMONYMS.contains(w)
            && (personal(w) || memo.readings(doc, p).is_none())
        {
            // A town's name at the end of a longer name ("Nelson Mandela")
            // names that person or body when it recurs alone.
            // Not after a building's or an organisation's head: "Children's
            // Village Malakal" names a building, and a later "Malakal" is
            // still the town.
            let towns_only = f.links.iter().all(|l| GAZETTEER.entries[l.entry as usize].feature == FeatureType::City);
            let building = words::ORG_HEADS.contains(w) || words::BRAND_HEADS.contains(w)
                || words::BUILDING_HEADS.contains(w);
            return if f.first == f.last && towns_only && !building { Verdict::Person } else { Verdict::Not };
        }
        // "University of Texas", "Medical Journal of Australia": a capitalised
        // noun before "of" makes the place part of a proper name, unless it
        // is a title or a word for a state ("President of", "Republic of").
        if w.eq_ignore_ascii_case("of") && p >= 1 && is_word(doc, p - 1) && doc.tokens[p - 1].upper_initial() {
            let head = doc.tok(p - 1);
            if words::ORG_OF_HEADS.contains(head)
                || !doc.tokens[p - 1].sentence_start() && style == LineStyle::Normal && !words::TITLES.contains(head)
                    && !words::STATE_WORDS.contains(head) && !words::DIRECTIONAL.contains(head)
                    && memo.readings(doc, p - 1).is_none()
            {
                return Verdict::Not;
            }
        }
    }
    // "US$", "HK$": a currency, not a place.
    if doc.tok_or_empty(f.last as isize + 1) == "$" && doc.glued(f.last + 1) {
        return Verdict::Not;
    }
    // "Mr. Jordan": a title with its stop.
    if f.first >= 2 && doc.tok(f.first - 1) == "." && first_tok.space_before() && is_word(doc, f.first - 2)
        && words::TITLES.contains(doc.tok(f.first - 2))
    {
        return Verdict::Person;
    }
    // A capitalised word right after: a surname or an organisation's head
    // ("Paris Hilton", "Minsk Group"), unless it is a generic noun or a role.
    let mut next = f.last + 1;
    if doc.tok_or_empty(next as isize) == "." && next < doc.tokens.len() && doc.tokens[next].start() < f.end {
        next += 1;
    }
    // Countries and states modify what follows ("U.S. Army", "NSW Minister",
    // "California Department of Health") without being part of a name,
    // unless they double as given names ("Jordan Peterson").
    let modifier = !words::PLACE_FIRST_NAMES.contains(doc.tok(f.first))
        && (f.first != f.last
            || f.links.iter().any(|l| {
                let e = &GAZETTEER.entries[l.entry as usize];
                l.flags & LINK_ABBREV != 0 || matches!(e.feature, FeatureType::Country | FeatureType::Region)
            }));
    if let Some(t) = doc.tokens.get(next) {
        if t.kind == TokKind::Alpha && t.space_before() && t.newlines_before() == 0 && words::NAMED_AFTER.contains(doc.tok(next)) {
            return Verdict::Not;
        }
        if t.kind == TokKind::Alpha && t.space_before() && t.newlines_before() == 0 && t.upper_initial()
            && (words::BRAND_HEADS.contains(doc.tok(next)) || !modifier && words::ORG_HEADS.contains(doc.tok(next)))
        {
            return Verdict::Not;
        }
        if t.kind == TokKind::Alpha && t.space_before() && t.newlines_before() == 0 && t.upper_initial()
            && style == LineStyle::Normal && !modifier
        {
            let w = doc.tok(next);
            let surname = words::SURNAMES.contains(w) || words::FIRST_NAMES.contains(w);
            if !words::ALLOWED_AFTER.contains(w) && !t.sentence_start() && (surname || memo.readings(doc, next).is_none()) {
                // Only names that double as given names make a person here
                // ("Paris Hilton"); "an Ottawa New Democrat" is no person Ottawa.
                let given = f.first == f.last && words::PLACE_FIRST_NAMES.contains(doc.tok(f.first));
                return if given { Verdict::Person } else { Verdict::Not };
            }
        }
    }
    // A common word where capitals prove nothing, with no cue.
    if f.common && !f.cue {
        let weak_caps = first_tok.sentence_start() || style != LineStyle::Normal;
        let strong = f.links.iter().any(|l| l.flags & LINK_COMMON != 0 && is_strong(&GAZETTEER.entries[l.entry as usize]));
        if weak_caps && !strong {
            return Verdict::Not;
        }
    }
    Verdict::Place
}

/// Countries and continents are names first, whatever the dictionary says
/// ("Turkey said", "China's").
fn is_strong(e: &Entry) -> bool {
    matches!(e.feature, FeatureType::Country | FeatureType::Continent) || e.population >= 1_000_000
}


/// The prior of a reading: countries first, then named regions and areas,
/// then places by population.
fn prior(e: &Entry, flags: u8) -> f32 {
    let pop = (e.population as f32 + 1.0).log10();
    let mut s = match e.feature {
        FeatureType::Country => 10.0 + 0.1 * pop,
        // A named area inside one country ("Suffolk", "Siberia") competes with
        // that country's towns; one across borders ("Middle East") is a name first.
        FeatureType::Area | FeatureType::Water | FeatureType::Landform if e.country.is_some() => 7.0,
        FeatureType::Continent | FeatureType::Area | FeatureType::HistoricalState => 9.5,
        FeatureType::Water | FeatureType::Landform => 8.5,
        // A region's population is the sum of its towns: comparable to a city's.
        FeatureType::Region => pop + 1.0,
        FeatureType::District => 3.5,
        FeatureType::City => pop + if e.capital { 1.5 } else { 0.0 },
        FeatureType::Unknown => 0.0,
    };
    if flags & LINK_ALT != 0 {
        s -= 1.5;
    }
    s
}

/// Chooses a reading for every name with the document's country focus, and
/// emits the candidates.
fn resolve(g: &Gazetteer, text: &str, found: &[Found], out: &mut Vec<Candidate>) {
    // Country focus: the countries the article names, and (more weakly) the
    // countries of names that have only one reading.
    // Each distinct name counts once, so that repeating an ambiguous name
    // does not make its own first reading win.
    // All keys in one buffer: one allocation, not one per name.
    let mut scratch = String::new();
    let mut all_keys = String::new();
    let mut key_ends = Vec::with_capacity(found.len());
    for f in found {
        scratch.clear();
        fold_name_into(text.get(f.start..f.end).unwrap_or("").as_bytes(), &mut scratch);
        all_keys.push_str(&scratch);
        key_ends.push(all_keys.len());
    }
    let keys: Vec<&str> = key_ends
        .iter()
        .scan(0, |start, &end| {
            let k = all_keys.get(*start..end).unwrap_or("");
            *start = end;
            Some(k)
        })
        .collect();
    let mut contrib: HashMap<&str, (u8, f32), BuildHasherDefault<NameHasher>> = HashMap::default();
    for (f, &key) in found.iter().zip(&keys) {
        if f.generic.is_some() || contrib.contains_key(key) {
            continue;
        }
        let (mut best, mut second): (Option<(f32, &Entry)>, f32) = (None, f32::MIN);
        for l in &f.links {
            let e = &g.entries[l.entry as usize];
            let p = prior(e, l.flags);
            match best {
                Some((b, _)) if p <= b => second = second.max(p),
                _ => {
                    second = best.map_or(second, |b| b.0.max(second));
                    best = Some((p, e));
                }
            }
        }
        let Some((top, e)) = best else { continue };
        // A country counts fully; a clear reading of another name counts less,
        // a region more than a town (a region names its country's map).
        let w = match e.feature {
            FeatureType::Country => 1.0,
            FeatureType::Region if top - second >= 0.5 => 0.75,
            _ if top - second >= 1.0 => 0.5,
            _ => 0.0,
        };
        if let (Some(c), true) = (e.country, w > 0.0) {
            contrib.insert(key, (c, w));
        }
    }
    // "Geneva, Illinois", "Athens, Georgia": a name and the region or country
    // after its comma pull each other's readings to a shared country.
    let countries_of = |k: usize, admin_only: bool| -> Vec<u8> {
        found.get(k).map_or(Vec::new(), |f| {
            f.links
                .iter()
                .map(|l| &g.entries[l.entry as usize])
                .filter(|e| !admin_only || matches!(e.feature, FeatureType::Country | FeatureType::Region))
                .filter_map(|e| e.country)
                .collect()
        })
    };
    let can_be_country =
        |f: &Found| f.links.iter().any(|l| g.entries[l.entry as usize].feature == FeatureType::Country);
    // For each name, the countries its partner across the comma allows.
    let mut partner: Vec<Vec<u8>> = vec![Vec::new(); found.len()];
    for (k, f) in found.iter().enumerate() {
        // A name that can be a country is more likely in a list of countries
        // ("Nigeria, Niger, Chad") than inside the next one.
        let Some(c) = f.container.filter(|_| !can_be_country(f)) else { continue };
        let outer = countries_of(c, true);
        if outer.is_empty() {
            continue;
        }
        partner[k] = outer;
        partner[c] = countries_of(k, false);
    }
    // Indexed by country: looked up for every reading and every neighbour.
    let mut focus = [0f32; 256];
    for &(c, w) in contrib.values() {
        focus[c as usize] += w;
    }
    let mut scored: Vec<(f32, Link)> = Vec::new();
    let mut city_priors: Vec<(u8, f32)> = Vec::new();
    let mut full = String::new();
    // The article's main country, found once when a name found by its form needs it.
    let mut main_country: Option<Option<u8>> = None;
    for (index, (f, &key)) in found.iter().zip(&keys).enumerate() {
        let own = contrib.get(key);
        let within = &partner[index];
        scored.clear();
        // A city and a first-level region of one country that share this name
        // ("Porto", "Washington"): without a region cue the reader means the
        // city (its card and map dot), and the region stays an alternative.
        let region_read = f.region_cue || f.head == Some(FeatureType::Region);
        // The best prior of a city reading per country, gathered once.
        city_priors.clear();
        for l in &f.links {
            let e = &g.entries[l.entry as usize];
            if let (FeatureType::City, Some(c)) = (e.feature, e.country) {
                let p = prior(e, l.flags);
                match city_priors.iter_mut().find(|cp| cp.0 == c) {
                    Some(cp) => cp.1 = cp.1.max(p),
                    None => city_priors.push((c, p)),
                }
            }
        }
        for &l in &f.links {
            let e = &g.entries[l.entry as usize];
            let mut s = prior(e, l.flags);
            if e.feature == FeatureType::Region && !region_read {
                if let Some(&(_, cp)) = city_priors.iter().find(|cp| Some(cp.0) == e.country) {
                    s = s.min(cp - 0.5);
                }
            }
            // A region found under its short form ("Kharkiv" for Kharkiv
            // Oblast) yields to the town of that name.
            if e.feature == FeatureType::Region {
                full.clear();
                fold_name_into(e.name.as_bytes(), &mut full);
                if full != key {
                    s -= 1.5;
                }
            }
            if let Some(c) = e.country {
                let weight = |c: u8| {
                    let w = focus[c as usize];
                    match own {
                        Some((oc, ow)) if *oc == c => w - ow,
                        _ => w,
                    }
                };
                s += 3.5 * weight(c).clamp(0.0, 1.0);
                // A country next to one the article is about ("Niger" beside Nigeria).
                if e.feature == FeatureType::Country {
                    let near = g.neighbours.get(c as usize).map_or(0.0, |ns| ns.iter().map(|&n| weight(n)).fold(0.0, f32::max));
                    s += 1.5 * near.clamp(0.0, 1.0);
                }
            }
            if e.country.is_some_and(|c| within.contains(&c)) {
                s += 5.0;
            }
            match (f.head, e.feature) {
                (Some(FeatureType::Region), FeatureType::Region | FeatureType::District) => s += 4.0,
                (Some(FeatureType::City), FeatureType::City) => s += 4.0,
                _ => {}
            }
            scored.push((s, l));
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        // Keep one reading per entry name, kind and country (the best-scored
        // one, as the list is sorted), and no more than the output shows.
        let mut kept = 0;
        for k in 0..scored.len() {
            if kept == 4 {
                break;
            }
            let ek = &g.entries[scored[k].1.entry as usize];
            let dup = scored[..kept].iter().any(|&(_, l)| {
                let e = &g.entries[l.entry as usize];
                e.country == ek.country && e.feature == ek.feature && e.name == ek.name
            });
            if !dup {
                scored.swap(kept, k);
                kept += 1;
            }
        }
        scored.truncate(kept);
        if let Some(feature) = f.generic {
            let main = *main_country.get_or_insert_with(|| main_country_of(&focus));
            out.push(generic_candidate(g, text, f, feature, scored.first().map(|s| s.1), main));
            continue;
        }
        let Some(&(top, link)) = scored.first() else { continue };
        let margin = scored.get(1).map_or(4.0, |s| top - s.0);
        let mut confidence = 0.6 + 0.1 * margin.min(3.0);
        if f.cue {
            confidence += 0.05;
        }
        if f.common {
            confidence -= 0.25;
        }
        if link.flags & LINK_ALT != 0 {
            confidence -= 0.1;
        }
        let e = &g.entries[link.entry as usize];
        let mut detail = detail_of(g, e);
        detail.alternatives = scored[1..]
            .iter()
            .take(3)
            .map(|&(_, l)| {
                let a = &g.entries[l.entry as usize];
                let d = detail_of(g, a);
                PlaceCandidate {
                    name: d.name,
                    feature: d.feature,
                    country_code: d.country_code,
                    lat: d.lat,
                    lon: d.lon,
                    population: d.population,
                }
            })
            .collect();
        out.push(Candidate {
            start: f.start,
            end: f.end,
            kind: Kind::Place,
            confidence: confidence.clamp(0.05, 0.99),
            detail: Box::new(Detail::Place(detail)),
        });
    }
}

/// A name found by its form: its country is that of its known part ("Dallas"
/// in "Dallas County"), else the article's main country if it has a clear one.
fn generic_candidate(
    g: &Gazetteer,
    text: &str,
    f: &Found,
    feature: FeatureType,
    known: Option<Link>,
    main_country: Option<u8>,
) -> Candidate {
    let name = text.get(f.start..f.end).unwrap_or("").to_string();
    let mut detail = PlaceDetail { name, feature, ..PlaceDetail::default() };
    let country = match known {
        Some(l) => {
            let e = &g.entries[l.entry as usize];
            detail.lat = e.coords.map(|c| f64::from(c.0) / 100.0);
            detail.lon = e.coords.map(|c| f64::from(c.1) / 100.0);
            e.country
        }
        None => main_country,
    };
    detail.country_code = country.and_then(|c| g.code(c)).map(str::to_string);
    detail.country = country.and_then(|c| g.country_name(c)).map(|s| s.trim().to_string());
    Candidate {
        start: f.start,
        end: f.end,
        kind: Kind::Place,
        confidence: if f.cue { 0.6 } else { 0.5 },
        detail: Box::new(Detail::Place(detail)),
    }
}

/// The country with the most focus if it has a clear one (at least one
/// full country's worth); ties go to the lower index.
fn main_country_of(focus: &[f32; 256]) -> Option<u8> {
    let mut best: Option<(u8, f32)> = None;
    for (c, &w) in (0..=255u8).zip(focus) {
        if w != 0.0 && best.map_or(true, |b| w > b.1 || w == b.1 && c < b.0) {
            best = Some((c, w));
        }
    }
    best.filter(|b| b.1 >= 1.0).map(|b| b.0)
}

/// The output detail of a gazetteer entry, without alternatives.
fn detail_of(g: &Gazetteer, e: &Entry) -> PlaceDetail {
    PlaceDetail {
        name: e.name.trim().to_string(),
        feature: e.feature,
        country_code: e.country.and_then(|c| g.code(c)).map(str::to_string),
        country: e.country.and_then(|c| g.country_name(c)).map(|s| s.trim().to_string()),
        lat: e.coords.map(|c| f64::from(c.0) / 100.0),
        lon: e.coords.map(|c| f64::from(c.1) / 100.0),
        population: (e.population > 0).then_some(e.population),
        alternatives: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    fn places(text: &str) -> Vec<(String, Option<String>)> {
        let doc = Doc::new(text);
        let options = Options::default();
        let ctx = Context { options: &options, reference: None };
        let mut out = Vec::new();
        recognize(&doc, &ctx, &mut out);
        out.into_iter()
            .map(|c| {
                let code = match *c.detail {
                    Detail::Place(p) => p.country_code,
                    _ => None,
                };
                (text[c.start..c.end].to_string(), code)
            })
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        places(text).into_iter().map(|p| p.0).collect()
    }

    #[test]
    fn matches_multiword_hyphenated_and_possessive_names() {
        assert_eq!(texts("Fighting in Nagorno-Karabakh and Bosnia and Herzegovina."), ["Nagorno-Karabakh", "Bosnia and Herzegovina"]);
        assert_eq!(texts("Azerbaijan's army and Moscow-based analysts"), ["Azerbaijan", "Moscow"]);
        assert_eq!(texts("the occupied-Karabakh region"), ["Karabakh"]);
        assert_eq!(texts("He flew to the U.S. on Monday."), ["U.S."]);
    }

    #[test]
    fn folds_diacritics() {
        assert_eq!(texts("shelling of Füzuli and Tərtər"), ["Füzuli", "Tərtər"]);
    }

    #[test]
    fn rejects_person_and_organisation_names() {
        assert!(texts("Jordan Peterson said so.").is_empty());
        assert!(texts("The Minsk Group met on Friday.").is_empty());
        assert!(texts("President Jordan spoke.").is_empty());
        assert!(texts("Nice work, everyone.").is_empty());
    }

    #[test]
    fn resolves_with_country_focus() {
        let p = places("Texas and Florida voted, and so did Georgia.");
        assert_eq!(p.last().unwrap().1.as_deref(), Some("US"));
        let p = places("Armenia, Azerbaijan and Georgia met in Tbilisi.");
        assert_eq!(p[2].1.as_deref(), Some("GE"));
    }

    #[test]
    fn is_linear_on_many_capitalised_words() {
        let text = "Baku ".repeat(20_000);
        assert_eq!(texts(&text).len(), 20_000);
    }
}
