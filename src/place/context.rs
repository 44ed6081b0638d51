//! The context rules: what the words around a name say of it.
//!
//! - How its line is written: headlines in capitals or in title case say
//!   nothing about proper names ([`line_styles`]).
//! - How the name itself is written ([`Writing`]): an abbreviation only in
//!   capitals, a one-word name in capitals ("ACT") only in a dateline
//!   ("KYIV, Ukraine") or an all-capitals line, "the" only before a town.
//! - Cues that it is a place: a locative preposition before it, a generic
//!   noun after it ("Kherson region"), a place after its comma ("Paris,
//!   Texas") ([`cues`]).
//! - Whether it is a place at all ([`accept`]): not when it is part of a
//!   person's or an organisation's name (a title or first name before it,
//!   another capitalised word glued to it: "President Jordan", "Paris
//!   Hilton", "Minsk Group", "University of Texas"), a demonym, or a common
//!   English word where capitals prove nothing (sentence start, headlines)
//!   and no cue supports it.
//! - "City, State": the name after a comma that may contain it
//!   ([`mark_containers`]), and the other cues that read a name as a region
//!   rather than a city ("the state of X", "eastern X", a list of regions:
//!   [`region_cues`]).

use crate::span::FeatureType;
use crate::text::{Doc, TokKind};

use super::gazetteer::{gazetteer, Entry, Gazetteer, Link, LINK_ABBREV, LINK_COMMON};
use super::memo::Memo;
use super::words::{self, head_noun};
use super::{is_word, Found};

/// How the line a token stands in is written: headlines in capitals or in
/// title case say nothing about proper names.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum LineStyle {
    Normal,
    TitleCase,
    AllCaps,
}

/// How a candidate name is written, as far as it rules readings out: a
/// reading must fit the way its name stands in the text.
pub(super) struct Writing {
    /// The name starts with "the".
    the: bool,
    /// Every word in capitals ("ACT", "U.S.").
    caps: bool,
    /// More than one word.
    words: bool,
    /// In a line written all in capitals.
    caps_line: bool,
    /// First on its line and followed by a comma, a dash or a bracket: the
    /// dateline of a news story ("KYIV, Ukraine").
    dateline: bool,
}

impl Writing {
    /// How the candidate name `first..=last` is written.
    pub(super) fn of(doc: &Doc, styles: &[LineStyle], first: usize, last: usize) -> Writing {
        Writing {
            the: doc.is(first, "the"),
            caps: written_in_caps(doc, first, last),
            words: last != first,
            caps_line: styles[first] == LineStyle::AllCaps,
            dateline: doc.tokens[first].newlines_before() > 0
                && matches!(doc.tok_or_empty(last as isize + 1), "," | "\u{2014}" | "\u{2013}" | "(" | "-"),
        }
    }

    /// True if the reading `l` fits how its name is written.
    pub(super) fn allows(&self, g: &Gazetteer, l: Link) -> bool {
        if self.the {
            // Only towns: GeoNames writes "The Netherlands", news "the Netherlands".
            let e = &g.entries[l.entry as usize];
            e.feature == FeatureType::City && e.name.len() > 4 && e.name.is_char_boundary(4) && e.name[..4].eq_ignore_ascii_case("the ")
        } else if l.flags & LINK_ABBREV != 0 {
            // An abbreviation stands only in capitals ("US", not "us").
            self.caps
        } else {
            // "ACT" or "VAN" in running text is an acronym, not a town; a
            // dateline ("KYIV, Ukraine") is a town.
            !self.caps || self.caps_line || self.words || self.dateline
        }
    }
}

/// True if the words `first..=last` are all written in capitals (or are
/// single capital letters, as in "U.S.").
fn written_in_caps(doc: &Doc, first: usize, last: usize) -> bool {
    (first..=last).filter(|&k| is_word(doc, k)).all(|k| {
        let t = &doc.tokens[k];
        t.all_caps() || (t.upper_initial() && t.end() - t.start() <= 2 && doc.tok(k).chars().count() == 1)
    })
}

/// Links each name to the one right after its comma that may contain it
/// ("Geneva, Illinois"; see [`Found::container`]), and marks that one as read
/// for a region when the pair is no list.
pub(super) fn mark_containers(doc: &Doc, found: &mut [Found]) {
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
                "and" | "or" => next_found == Some(last + 2),
                "," => next_found == Some(last + 2),
                _ => false,
            };
            let list_before = first_inner >= 1 && doc.tok(first_inner - 1) == ",";
            if !list_goes_on && !list_before {
                found[k].region_cue = true;
            }
        }
    }
}

/// Marks the names the text reads as regions (see [`Found::region_cue`]);
/// the container after a comma is marked by [`mark_containers`].
pub(super) fn region_cues(doc: &Doc, g: &Gazetteer, found: &mut [Found]) {
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
        // "eastern Washington", "upstate New York": a lowercase adjective of
        // part of a region speaks of the region.
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
pub(super) fn line_styles(doc: &Doc) -> Vec<LineStyle> {
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

/// A locative preposition before the name, or a generic place noun after it.
pub(super) fn cues<'t>(doc: &Doc<'t>, first: usize, last: usize, memo: &mut Memo<'t, '_>) -> (bool, Option<FeatureType>) {
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
        && (memo.readings(doc, last + 2).is_some() || super::by_cue::container_at(doc, last + 2, memo).is_some());
    (before || head.is_some() || comma_place, head)
}

/// What the context rules make of a name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    Place,
    /// Part of an organisation's name, or an ordinary word.
    Not,
    /// Part of a person's name: later bare mentions of it are that person too.
    Person,
}

/// The context rules: whether the name is part of a person's or an
/// organisation's name, or a common word with nothing to show it is a place.
/// The rules run in this order, and the first that has a verdict gives it.
pub(super) fn accept<'t>(doc: &Doc<'t>, styles: &[LineStyle], f: &Found, memo: &mut Memo<'t, '_>) -> Verdict {
    let style = styles[f.first];
    lone_word(doc, f)
        .or_else(|| institution(doc, f))
        .or_else(|| stance(doc, f))
        .or_else(|| word_before(doc, style, f, memo))
        .or_else(|| currency(doc, f))
        .or_else(|| title_with_stop(doc, f))
        .or_else(|| word_after(doc, style, f, memo))
        .or_else(|| common_word(doc, style, f))
        .unwrap_or(Verdict::Place)
}

/// A one-word name that is never a place (months and weekdays, demonyms),
/// or a given name or surname standing for small towns only, with no cue
/// ("Michael", "Ann": a person unless "in" says otherwise).
fn lone_word(doc: &Doc, f: &Found) -> Option<Verdict> {
    if f.first != f.last {
        return None;
    }
    let w = doc.tok(f.first);
    if words::NEVER.contains(w) || words::DEMONYMS.contains(w) {
        return Some(Verdict::Not);
    }
    let small_towns_only = f.links.iter().all(|l| {
        let e = &gazetteer().entries[l.entry as usize];
        matches!(e.feature, FeatureType::City | FeatureType::Region | FeatureType::District) && e.population < 200_000
    });
    // A word for the town's people or services after it is a cue ("Hammond
    // police", "Marshall residents"), and so is a person's name and "of"
    // before it.
    let next = f.last + 1;
    let town_word = is_word(doc, next) && words::LOCAL_AFTER.contains(doc.tok(next))
        // "Tom Ward of Hammond": where a person is from.
        || f.first >= 1 && doc.tok(f.first - 1) == "of" && super::by_cue::person_of(doc, f.first - 1);
    (!f.cue && !town_word && small_towns_only && (words::FIRST_NAMES.contains(w) || words::SURNAMES.contains(w)))
        .then_some(Verdict::Not)
}

/// A name that starts with an institution's head: "University of Texas" is a
/// census place, but news means the university.
fn institution(doc: &Doc, f: &Found) -> Option<Verdict> {
    words::INSTITUTION_HEADS.contains(doc.tok(f.first)).then_some(Verdict::Not)
}

/// "pro-Beijing", "anti-Moscow": a stance toward a government, not a location.
fn stance(doc: &Doc, f: &Found) -> Option<Verdict> {
    let glued_hyphen = f.first >= 2 && matches!(doc.tok(f.first - 1), "-" | "\u{2010}") && !doc.tokens[f.first].space_before();
    (glued_hyphen && words::STANCE_PREFIXES.contains(doc.tok(f.first - 2))).then_some(Verdict::Not)
}

/// The word directly before the name (same line, a space between), when it
/// makes the name part of a person's or an organisation's name.
fn word_before<'t>(doc: &Doc<'t>, style: LineStyle, f: &Found, memo: &mut Memo<'t, '_>) -> Option<Verdict> {
    let first_tok = &doc.tokens[f.first];
    if !(f.first >= 1 && is_word(doc, f.first - 1) && first_tok.space_before() && first_tok.newlines_before() == 0) {
        return None;
    }
    let p = f.first - 1;
    person_before(doc, style, f, p, memo)
        .or_else(|| name_before(doc, style, f, p, memo))
        .or_else(|| proper_noun_of_before(doc, style, f, p, memo))
}

/// A person's name ending in this one: "Valeska Paris" (a name that doubles as
/// a given name, after a capitalised word that is neither a function word nor
/// a place), "President Jordan", "Michael Jordan".
fn person_before<'t>(doc: &Doc<'t>, style: LineStyle, f: &Found, p: usize, memo: &mut Memo<'t, '_>) -> Option<Verdict> {
    let w = doc.tok(p);
    let pt = &doc.tokens[p];
    let country = f.links.iter().any(|l| gazetteer().entries[l.entry as usize].feature == FeatureType::Country);
    if f.first == f.last && pt.upper_initial() && style == LineStyle::Normal && !country
        && words::PLACE_FIRST_NAMES.contains(doc.tok(f.first)) && !words::FUNCTION_WORDS.contains(w)
        && !words::DIRECTIONAL.contains(w) && !words::LOCATIVE.contains(w) && memo.readings(doc, p).is_none()
    {
        return Some(Verdict::Person);
    }
    (pt.upper_initial() && (words::TITLES.contains(w) || words::FIRST_NAMES.contains(w))).then_some(Verdict::Person)
}

/// "Real Madrid", "Air France", "Nelson Mandela": a capitalised word glued on
/// the left that is no place itself. A town's name at the end of such a name
/// names that person or body when it recurs alone, except after a
/// building's or an organisation's head: "Children's Village Malakal" names a
/// building, and a later "Malakal" is still the town.
fn name_before<'t>(doc: &Doc<'t>, style: LineStyle, f: &Found, p: usize, memo: &mut Memo<'t, '_>) -> Option<Verdict> {
    let w = doc.tok(p);
    let pt = &doc.tokens[p];
    let personal = |w: &str| {
        words::SURNAMES.contains(w) || words::FIRST_NAMES.contains(w) || words::PLACE_FIRST_NAMES.contains(w)
    };
    if !(pt.upper_initial() && style == LineStyle::Normal && (!pt.sentence_start() || personal(w))
        && !words::FUNCTION_WORDS.contains(w) && !words::TITLES.contains(w) && !words::DEMONYMS.contains(w)
        && (personal(w) || memo.readings(doc, p).is_none()))
    {
        return None;
    }
    let towns_only = f.links.iter().all(|l| gazetteer().entries[l.entry as usize].feature == FeatureType::City);
    let building = words::ORG_HEADS.contains(w) || words::BRAND_HEADS.contains(w) || words::BUILDING_HEADS.contains(w);
    Some(if f.first == f.last && towns_only && !building { Verdict::Person } else { Verdict::Not })
}

/// "University of Texas", "Medical Journal of Australia": a capitalised noun
/// before "of" makes the place part of a proper name, unless it is a title or
/// a word for a state ("President of", "Republic of").
fn proper_noun_of_before<'t>(doc: &Doc<'t>, style: LineStyle, f: &Found, p: usize, memo: &mut Memo<'t, '_>) -> Option<Verdict> {
    if !(doc.tok(p).eq_ignore_ascii_case("of") && p >= 1 && is_word(doc, p - 1) && doc.tokens[p - 1].upper_initial()) {
        return None;
    }
    // "James Mitchell of Charleston": a person's home town, no proper name;
    // "the Evergreen Museum of McMinnville, Oregon": a town the text places
    // in its state is where the body is, whatever its name.
    if super::by_cue::person_of(doc, p) || town_in_container(doc, f, memo) {
        return None;
    }
    let head = doc.tok(p - 1);
    let proper = words::ORG_OF_HEADS.contains(head)
        || !doc.tokens[p - 1].sentence_start() && style == LineStyle::Normal && !words::TITLES.contains(head)
            && !words::STATE_WORDS.contains(head) && !words::DIRECTIONAL.contains(head)
            && memo.readings(doc, p - 1).is_none();
    proper.then_some(Verdict::Not)
}

/// True when a town reading of `f` lies in the country or first-level region
/// named right after its comma ("McMinnville, Oregon"; not "Health, Angola").
fn town_in_container<'t>(doc: &Doc<'t>, f: &Found, memo: &mut Memo<'t, '_>) -> bool {
    let c = f.last + 2;
    if doc.tok_or_empty(f.last as isize + 1) != "," || !is_word(doc, c) || !doc.tokens[c].upper_initial() {
        return false;
    }
    let g = gazetteer();
    let Some(containers) = memo.readings(doc, c) else { return false };
    f.links.iter().any(|l| {
        let e = &g.entries[l.entry as usize];
        e.feature == FeatureType::City
            && containers.iter().any(|m| {
                let r = &g.entries[m.entry as usize];
                r.country == e.country
                    && (r.feature == FeatureType::Country
                        || r.feature == FeatureType::Region && g.region_of(e).is_some_and(|own| std::ptr::eq(own, r)))
            })
    })
}

/// "US$", "HK$", "$US": a currency, not a place; "A/California/7/2009": an
/// influenza strain's name, whose place is where it was first isolated.
fn currency(doc: &Doc, f: &Found) -> Option<Verdict> {
    let after_dollar = doc.tok_or_empty(f.last as isize + 1) == "$" && doc.glued(f.last + 1)
        || f.first >= 1 && doc.tok(f.first - 1) == "$" && doc.glued(f.first);
    let strain = f.first >= 1 && doc.tok(f.first - 1) == "/" && doc.glued(f.first)
        && doc.tok_or_empty(f.last as isize + 1) == "/" && doc.glued(f.last + 1) && doc.glued(f.last + 2)
        && doc.tokens.get(f.last + 2).is_some_and(|t| t.kind != TokKind::Alpha);
    (after_dollar || strain).then_some(Verdict::Not)
}

/// "Mr. Jordan": a title with its stop.
fn title_with_stop(doc: &Doc, f: &Found) -> Option<Verdict> {
    let titled = f.first >= 2 && doc.tok(f.first - 1) == "." && doc.tokens[f.first].space_before() && is_word(doc, f.first - 2)
        && words::TITLES.contains(doc.tok(f.first - 2));
    titled.then_some(Verdict::Person)
}

/// The word right after the name: a noun that makes it the name of a thing
/// ("the Minsk group", "West Nile virus"), or a capitalised surname or
/// organisation's head ("Paris Hilton", "Minsk Group", "Qatar Airways"),
/// unless it is a generic noun or a role ("Moscow Mayor").
fn word_after<'t>(doc: &Doc<'t>, style: LineStyle, f: &Found, memo: &mut Memo<'t, '_>) -> Option<Verdict> {
    let mut next = f.last + 1;
    if doc.tok_or_empty(next as isize) == "." && next < doc.tokens.len() && doc.tokens[next].start() < f.end {
        next += 1;
    }
    let t = doc.tokens.get(next)?;
    if !(t.kind == TokKind::Alpha && t.space_before() && t.newlines_before() == 0) {
        return None;
    }
    let w = doc.tok(next);
    if words::NAMED_AFTER.contains(w) {
        return Some(Verdict::Not);
    }
    if !t.upper_initial() {
        return None;
    }
    let modifier = is_modifier(doc, f);
    // An organisation's head after the name, right after it or after one or
    // two capitalised words ("US State Department", "Michigan State
    // University", "Fiji Health Ministry"), makes the place part of the
    // organisation's name, as the guidelines say, even for a country or a
    // state that otherwise modifies what follows.
    if words::BRAND_HEADS.contains(w) || words::ORG_HEADS.contains(w) || org_head_within(doc, next + 1, 2) {
        return Some(Verdict::Not);
    }
    if style != LineStyle::Normal || modifier {
        return None;
    }
    let surname = words::SURNAMES.contains(w) || words::FIRST_NAMES.contains(w);
    if words::ALLOWED_AFTER.contains(w) || t.sentence_start() || !(surname || memo.readings(doc, next).is_none()) {
        return None;
    }
    // A party before the role ("an Ottawa New Democrat MP", "a Texas
    // Republican Congressman"): the place is the constituency.
    if party_and_role(doc, next) {
        return None;
    }
    // Only names that double as given names make a person here ("Paris
    // Hilton"); "an Ottawa New Democrat" is no person Ottawa.
    let given = f.first == f.last && words::PLACE_FIRST_NAMES.contains(doc.tok(f.first));
    Some(if given { Verdict::Person } else { Verdict::Not })
}

/// True when one of the `n` tokens from `k` on is an organisation's head,
/// each of them a capitalised word on the same line as the one before.
fn org_head_within(doc: &Doc, k: usize, n: usize) -> bool {
    (k..k + n).take_while(|&j| {
        doc.tokens.get(j).is_some_and(|t| t.kind == TokKind::Alpha && t.upper_initial() && t.space_before() && t.newlines_before() == 0)
    })
    .any(|j| words::ORG_HEADS.contains(doc.tok(j)))
}

/// True when party words from `k` on ("New Democrat", "Republican") are
/// followed by a role that may follow a place name ("MP", "congressman"),
/// all on the line of the name: "an Ottawa New Democrat MP".
fn party_and_role(doc: &Doc, k: usize) -> bool {
    let on_line = |j: usize| doc.tokens.get(j).is_some_and(|t| t.kind == TokKind::Alpha && t.space_before() && t.newlines_before() == 0);
    let mut j = k;
    while j < k + 3 && on_line(j) && doc.tokens[j].upper_initial() && words::PARTY_WORDS.contains(doc.tok(j)) {
        j += 1;
    }
    j > k && on_line(j) && words::ALLOWED_AFTER.contains(doc.tok(j)) && !words::FUNCTION_WORDS.contains(doc.tok(j))
}

/// Countries and states modify what follows ("NSW Minister", "Texas
/// Attorney General") without being part of a name (but not an
/// organisation's head: "U.S. Army" is the army's name), unless
/// they double as given names ("Jordan Peterson"); so do names of more than
/// one word.
fn is_modifier(doc: &Doc, f: &Found) -> bool {
    !words::PLACE_FIRST_NAMES.contains(doc.tok(f.first))
        && (f.first != f.last
            || f.links.iter().any(|l| {
                let e = &gazetteer().entries[l.entry as usize];
                l.flags & LINK_ABBREV != 0 || matches!(e.feature, FeatureType::Country | FeatureType::Region)
            }))
}

/// A common word where capitals prove nothing (sentence start, a headline),
/// with no cue, unless it is a name first ("Turkey said").
fn common_word(doc: &Doc, style: LineStyle, f: &Found) -> Option<Verdict> {
    if !f.common || f.cue {
        return None;
    }
    let weak_caps = doc.tokens[f.first].sentence_start() || style != LineStyle::Normal;
    let strong = f.links.iter().any(|l| l.flags & LINK_COMMON != 0 && is_strong(&gazetteer().entries[l.entry as usize]));
    (weak_caps && !strong).then_some(Verdict::Not)
}

/// Countries and continents are names first, whatever the dictionary says
/// ("Turkey said", "China's").
fn is_strong(e: &Entry) -> bool {
    matches!(e.feature, FeatureType::Country | FeatureType::Continent) || e.population >= 1_000_000
}
