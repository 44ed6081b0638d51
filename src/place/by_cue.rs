//! Names the gazetteer lacks, placed by the words around them: the noun of a
//! settlement or division before "of" ("the village of Cellardyke", "the
//! villages of Maliuc and Caraorman", "the district of Karo"), or a country
//! or first-level region after a comma ("Pingilikani, Kenya"; "Marion,
//! Ohio"). Such a name takes the kind the noun says (or Unknown) and the
//! country of its container, else the article's main country (see
//! `resolve::generic_candidate`).
//!
//! Both rules look a bounded number of tokens back or ahead, so the place
//! pass stays linear.

use crate::span::FeatureType;
use crate::text::{Doc, TokKind};

use super::context::LineStyle;
use super::gazetteer::{gazetteer, Gazetteer, Link};
use super::memo::Memo;
use super::words;
use super::{by_form, is_word, spaced, Found};

/// The kind of place a lowercase noun before "of" names, and whether it is
/// plural (then a list of names may follow): "village", "towns",
/// "district". General English nouns for settlements and divisions.
pub(super) fn settlement_noun(w: &str) -> Option<(FeatureType, bool)> {
    use FeatureType::{City, District, Landform, Region};
    Some(match w {
        "village" | "town" | "township" | "hamlet" | "city" | "municipality" | "commune" | "suburb" | "community"
        | "neighbourhood" | "neighborhood" | "settlement" | "port" => (City, false),
        "villages" | "towns" | "townships" | "hamlets" | "cities" | "municipalities" | "communes" | "suburbs"
        | "communities" | "neighbourhoods" | "neighborhoods" | "settlements" | "ports" => (City, true),
        "district" | "county" | "parish" | "borough" | "subdistrict" => (District, false),
        "districts" | "counties" | "parishes" | "boroughs" | "subdistricts" => (District, true),
        "province" | "region" | "state" | "governorate" | "prefecture" | "oblast" | "department" => (Region, false),
        "provinces" | "regions" | "states" | "governorates" | "prefectures" | "oblasts" | "departments" => (Region, true),
        "island" => (Landform, false),
        "islands" => (Landform, true),
        _ => return None,
    })
}

/// How many tokens back the start of a list of names may lie.
const LIST_REACH: usize = 40;

/// A name the gazetteer lacks, placed by a settlement noun before it or a
/// container after a comma; `None` when neither says so.
pub(super) fn cued_at<'t>(doc: &Doc<'t>, styles: &[LineStyle], i: usize, memo: &mut Memo<'t, '_>) -> Option<Found> {
    // The cheap structural tests first: this runs at every capitalised word.
    if doc.tokens[i].all_caps() {
        return dateline_at(doc, i, memo);
    }
    if !name_word(doc, styles, i) || !starts_name(doc, i) {
        return None;
    }
    let last = name_end(doc, styles, i);
    if let Some(kind) = listed_after_noun(doc, i) {
        return Some(Found::by_form(doc, i, last, kind));
    }
    if let Some(kind) = called_after_noun(doc, i).or_else(|| apposition_noun(doc, last)) {
        return Some(Found::by_form(doc, i, last, kind));
    }
    // After "of", only a person's home town ("Janet Evans of Marion, Ohio")
    // or a common noun's place ("the hills of Weiswampach, Luxembourg"), not
    // a body's remit ("the Ministry of Health, Angola").
    let after_of = i >= 1 && doc.is(i - 1, "of");
    let placed = (!after_of || person_of(doc, i - 1) || plain_noun_of(doc, i - 1)) && contained_after_comma(doc, i, last, memo);
    placed.then(|| Found::by_form(doc, i, last, FeatureType::Unknown))
}

/// True when "of" at token `of` follows a lowercase noun that is no role or
/// body ("the outskirts of", "a resident of"; not "the minister of").
fn plain_noun_of(doc: &Doc, of: usize) -> bool {
    of >= 1 && is_word(doc, of - 1) && !doc.tokens[of - 1].upper_initial() && {
        let w = doc.tok(of - 1);
        !(words::TITLES.contains(w) || words::ORG_OF_HEADS.contains(w) || words::ORG_HEADS.contains(w)
            || words::FUNCTION_WORDS.contains(w))
    }
}

/// "a town called Låsby", "the village named Cellardyke": a settlement
/// noun, then "called" or "named", right before the name.
fn called_after_noun(doc: &Doc, i: usize) -> Option<FeatureType> {
    if i < 2 || !matches!(doc.tok(i - 1), "called" | "named") || !is_word(doc, i - 2) || doc.tokens[i - 2].upper_initial() {
        return None;
    }
    settlement_noun(doc.tok(i - 2)).map(|(kind, _)| kind)
}

/// "Dogu Beyazit, a farming town in eastern Turkey", "Mabvuku, a suburb
/// east of Harare", "Lujhu is a rural township": the name, a comma or "is",
/// "a", up to two lowercase words and a settlement noun that heads the
/// phrase (not "Jones, a town councillor").
fn apposition_noun(doc: &Doc, last: usize) -> Option<FeatureType> {
    let mut k = last + 1;
    if !matches!(doc.tok_or_empty(k as isize), "," | "is") || !matches!(doc.tok_or_empty(k as isize + 1), "a" | "an") {
        return None;
    }
    k += 2;
    let lower = |j: usize| is_word(doc, j) && !doc.tokens[j].upper_initial() && doc.tokens[j].newlines_before() == 0;
    for _ in 0..3 {
        if !lower(k) {
            return None;
        }
        if let Some((kind, false)) = settlement_noun(doc.tok(k)) {
            let heads = !lower(k + 1) || words::APPOSITION_AFTER.contains(doc.tok(k + 1));
            return heads.then_some(kind);
        }
        k += 1;
    }
    None
}

/// True when token `i` can start a name: a space before it, and no
/// capitalised word glued or spaced before it, nor a connector after one
/// ("es" in "Dar es Salaam"), nor a possessive ("Anne's County").
fn starts_name(doc: &Doc, i: usize) -> bool {
    if i == 0 {
        return true;
    }
    if !doc.tokens[i].space_before() {
        return false;
    }
    let p = &doc.tokens[i - 1];
    let capital = |k: usize| doc.tokens[k].kind == TokKind::Alpha && doc.tokens[k].upper_initial();
    if p.kind == TokKind::Alpha && p.newlines_before() == 0 || p.kind != TokKind::Alpha && doc.tok(i - 1) == "'" {
        let w = doc.tok(i - 1);
        if capital(i - 1) || w == "s" || i >= 2 && words::CONNECTORS.contains(w) && capital(i - 2) && doc.tok(i - 1) != "and" {
            return false;
        }
    }
    true
}

/// True when "of" at token `of` follows a person's name ("James Mitchell
/// of", "Ben Carter, of", "Carlo De Benedetti of"): a given name or a title,
/// then capitalised words or name particles ("De", "van"), none of them an
/// organisation's head ("King Abdullah University of"). The place after it
/// is where the person is from, not part of a name.
pub(super) fn person_of(doc: &Doc, of: usize) -> bool {
    let mut k = of;
    if k >= 1 && doc.tok(k - 1) == "," {
        k -= 1;
    }
    if k < 2 {
        return false;
    }
    let capital = |j: usize| doc.tokens[j].kind == TokKind::Alpha && doc.tokens[j].upper_initial();
    let last = k - 1;
    if !capital(last) {
        return false;
    }
    // Up to three words before the surname, on one line, a space apart. A
    // particle between capitalised words ("Carlo De Benedetti") marks a
    // person's name as a given name does.
    let mut j = last;
    let mut particle = false;
    while j > 0 && last - j < 3 && doc.tokens[j].space_before() && doc.tokens[j].newlines_before() == 0 {
        let w = doc.tok(j);
        if words::ORG_HEADS.contains(w) || words::ORG_OF_HEADS.contains(w) || words::BUILDING_HEADS.contains(w) {
            return false;
        }
        let prev = j - 1;
        let pw = doc.tok(prev);
        if capital(prev) && (words::FIRST_NAMES.contains(pw) || words::TITLES.contains(pw)) {
            return true;
        }
        if capital(prev) && particle {
            return true;
        }
        if words::NAME_PARTICLES.contains(pw) && doc.tokens[prev].kind == TokKind::Alpha {
            particle = true;
        } else if !capital(prev) {
            return false;
        }
        j = prev;
    }
    false
}

/// A dateline's town the gazetteer lacks, at the start of a line anywhere in
/// the text: up to three words in capitals, a comma, a state (its name or
/// its AP abbreviation) or a country, and the dateline's dash or agency
/// ("PINEVILLE, La. (AP) --", "KELSO, Wash. --"). A town of that region.
fn dateline_at<'t>(doc: &Doc<'t>, i: usize, memo: &mut Memo<'t, '_>) -> Option<Found> {
    if !(i == 0 || doc.tokens[i].newlines_before() > 0) {
        return None;
    }
    let caps_word = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokKind::Alpha && t.all_caps() && doc.tok(k).len() > 1);
    let mut last = i;
    while last < i + 2 && spaced(doc, last + 1) && caps_word(last + 1) {
        last += 1;
    }
    let c = last + 2;
    if !caps_word(i) || doc.tok_or_empty(last as isize + 1) != "," || !spaced(doc, c) || !is_word(doc, c) {
        return None;
    }
    // The container: an abbreviation with its stops, or one word.
    let mut end = c;
    while doc.tok_or_empty(end as isize + 1) == "." && doc.glued(end + 1) {
        end += 1;
        if doc.glued(end + 1) && is_word(doc, end + 1) {
            end += 1;
        }
    }
    let written = doc.text.get(doc.tokens[c].start()..doc.tokens[end].end())?;
    let container = STATE_ABBREVIATIONS.iter().any(|a| a.0 == written)
        || end == c && memo.readings(doc, c).is_some_and(|links| country_or_region(gazetteer(), links));
    let dash = matches!(doc.tok_or_empty(end as isize + 1), "(" | "-" | "\u{2013}" | "\u{2014}");
    (container && dash).then(|| Found::by_form(doc, i, last, FeatureType::City))
}

/// A capitalised word that may be part of a name (see `by_form`), not
/// written in capitals: those are a dateline's (see [`dateline_at`]).
fn name_word(doc: &Doc, styles: &[LineStyle], k: usize) -> bool {
    by_form::name_word(doc, styles, k) && !doc.tokens[k].all_caps()
}

/// The last token of the name starting at `i`: up to three capitalised
/// words, with a lowercase connector between two of them ("Ceamurlia de
/// Jos"; only the connectors the gazetteer's names use).
fn name_end(doc: &Doc, styles: &[LineStyle], i: usize) -> usize {
    let mut last = i;
    // "O'Leary", "D'Arcy": an apostrophe glued between two capitalised parts.
    if doc.tok_or_empty(i as isize + 1) == "'" && doc.glued(i + 1) && doc.glued(i + 2) && name_word(doc, styles, i + 2) {
        last = i + 2;
    }
    let mut words_in = 1;
    while words_in < 3 {
        if spaced(doc, last + 1) && name_word(doc, styles, last + 1) {
            last += 1;
        } else if spaced(doc, last + 1) && is_word(doc, last + 1) && !doc.tokens[last + 1].upper_initial()
            && words::CONNECTORS.contains(doc.tok(last + 1)) && doc.tok(last + 1) != "and" && doc.tok(last + 1) != "of"
            && spaced(doc, last + 2) && name_word(doc, styles, last + 2)
        {
            last += 2;
        } else {
            break;
        }
        words_in += 1;
    }
    last
}

/// The kind of place the noun before "of" says, when the name at `i` stands
/// right after "noun of" ("the town of Pulawy") or, after a plural noun, in
/// the list that follows it ("the villages of Bumbacari and Dudescu").
fn listed_after_noun(doc: &Doc, i: usize) -> Option<FeatureType> {
    let mut j = i;
    let mut listed = false;
    let floor = i.saturating_sub(LIST_REACH);
    while j > floor {
        j -= 1;
        let w = doc.tok(j);
        if w == "of" {
            let noun = j.checked_sub(1).filter(|&n| is_word(doc, n) && !doc.tokens[n].upper_initial());
            let (kind, plural) = noun.and_then(|n| settlement_noun(doc.tok(n)))?;
            return (!listed || plural).then_some(kind);
        }
        let t = &doc.tokens[j];
        let part_of_a_name = t.kind == TokKind::Alpha && (t.upper_initial() || words::CONNECTORS.contains(w));
        if w == "," || w == "and" {
            listed = true;
        } else if !part_of_a_name || t.newlines_before() > 0 {
            return None;
        }
    }
    None
}

/// True when the name at `first..=last` stands before a comma and a country
/// or first-level region that ends the phrase ("Pingilikani, Kenya —",
/// "Marion, Ohio,"), and looks like no person's or organisation's name.
fn contained_after_comma<'t>(doc: &Doc<'t>, first: usize, last: usize, memo: &mut Memo<'t, '_>) -> bool {
    let Some(end) = container_after_comma(doc, last, memo) else { return false };
    // After the container the phrase ends: punctuation (not a possessive or
    // a hyphen), "and"/"or", a time adverb ("Luxembourg yesterday"), or the
    // text. Another lowercase word may start a clause whose subject the
    // container is ("According to Bruschke, China is").
    let ends = match doc.tokens.get(end + 1) {
        None => true,
        Some(t) if t.kind == TokKind::Alpha => words::PHRASE_END_WORDS.contains(doc.tok(end + 1)),
        Some(_) => !matches!(doc.tok(end + 1), "'" | "\u{2019}" | "-"),
    };
    ends && (first..=last).all(|k| {
        let w = doc.tok(k);
        !(words::FIRST_NAMES.contains(w) || words::SURNAMES.contains(w) || words::ORG_HEADS.contains(w)
            || words::BRAND_HEADS.contains(w))
    })
}

/// The last token of the country or first-level region after a comma that
/// follows token `last` ("Marion, Ohio"), as [`container_at`] reads it.
pub(super) fn container_after_comma<'t>(doc: &Doc<'t>, last: usize, memo: &mut Memo<'t, '_>) -> Option<usize> {
    let c = last + 2;
    if doc.tok_or_empty(last as isize + 1) != "," || !spaced(doc, c) || !is_word(doc, c) || !doc.tokens[c].upper_initial() {
        return None;
    }
    container_at(doc, c, memo)
}

/// The last token of a country or first-level region named from token `c`:
/// one word ("Kenya", "Ohio") or up to three ("Central Java", "West
/// Virginia", "New South Wales"), the longest that is one.
pub(super) fn container_at<'t>(doc: &Doc<'t>, c: usize, memo: &mut Memo<'t, '_>) -> Option<usize> {
    let g = gazetteer();
    // As `Memo::readings` reads: a name only the local tier holds is none.
    let container = |links: &[Link]| country_or_region(g, links) && links.iter().any(|l| !g.entries.needs_cue(l.entry as usize));
    let mut key = String::new();
    let mut best = memo.first(doc, c, &mut key).is_some_and(container).then_some(c);
    let mut k = c;
    while k < c + 2 && spaced(doc, k + 1) && is_word(doc, k + 1) && doc.tokens[k + 1].upper_initial() {
        k += 1;
        key.push(' ');
        memo.push_key(doc, k, &mut key);
        if g.get(&key).is_some_and(container) {
            best = Some(k);
        }
    }
    best
}

/// True if one of the readings is a country or a first-level region.
fn country_or_region(g: &Gazetteer, links: &[Link]) -> bool {
    links.iter().any(|l| matches!(g.entries[l.entry as usize].feature, FeatureType::Country | FeatureType::Region))
}

/// The AP style's abbreviations of US states and Canadian provinces, with
/// the full name they stand for and the country. Many are also words or
/// titles ("Miss.", "Ind.", "Man."), so they are read only as the container
/// after "City, ": "Beckley, W.Va.", "FRESNO, Calif.".
const STATE_ABBREVIATIONS: &[(&str, &str, &str)] = &[
    ("Ala.", "Alabama", "US"), ("Ariz.", "Arizona", "US"), ("Ark.", "Arkansas", "US"), ("Calif.", "California", "US"),
    ("Colo.", "Colorado", "US"), ("Conn.", "Connecticut", "US"), ("Del.", "Delaware", "US"), ("Fla.", "Florida", "US"),
    ("Ga.", "Georgia", "US"), ("Ill.", "Illinois", "US"), ("Ind.", "Indiana", "US"), ("Kan.", "Kansas", "US"),
    ("Kans.", "Kansas", "US"), ("Ky.", "Kentucky", "US"), ("La.", "Louisiana", "US"), ("Md.", "Maryland", "US"),
    ("Mass.", "Massachusetts", "US"), ("Mich.", "Michigan", "US"), ("Minn.", "Minnesota", "US"),
    ("Miss.", "Mississippi", "US"), ("Mo.", "Missouri", "US"), ("Mont.", "Montana", "US"), ("Neb.", "Nebraska", "US"),
    ("Nebr.", "Nebraska", "US"), ("Nev.", "Nevada", "US"), ("N.H.", "New Hampshire", "US"), ("N.J.", "New Jersey", "US"),
    ("N.M.", "New Mexico", "US"), ("N.Y.", "New York", "US"), ("N.C.", "North Carolina", "US"),
    ("N.D.", "North Dakota", "US"), ("Okla.", "Oklahoma", "US"), ("Ore.", "Oregon", "US"), ("Pa.", "Pennsylvania", "US"),
    ("R.I.", "Rhode Island", "US"), ("S.C.", "South Carolina", "US"), ("S.D.", "South Dakota", "US"),
    ("Tenn.", "Tennessee", "US"), ("Tex.", "Texas", "US"), ("Vt.", "Vermont", "US"), ("Va.", "Virginia", "US"),
    ("Wash.", "Washington", "US"), ("W.Va.", "West Virginia", "US"), ("Wis.", "Wisconsin", "US"),
    ("Wyo.", "Wyoming", "US"), ("Alta.", "Alberta", "CA"), ("B.C.", "British Columbia", "CA"),
    ("Man.", "Manitoba", "CA"), ("N.B.", "New Brunswick", "CA"), ("Nfld.", "Newfoundland and Labrador", "CA"),
    ("N.S.", "Nova Scotia", "CA"), ("Ont.", "Ontario", "CA"), ("P.E.I.", "Prince Edward Island", "CA"),
    ("Que.", "Quebec", "CA"), ("Sask.", "Saskatchewan", "CA"),
];

/// Longest abbreviation in tokens: "P.E.I." is P . E . I .
const ABBREVIATION_TOKENS: usize = 6;

/// A state's or province's abbreviation at token `i` after "City, "
/// ("Beckley, W.Va."), read as that region: its gazetteer readings as a
/// first-level region of its country.
pub(super) fn state_abbreviation_at(doc: &Doc, g: &Gazetteer, i: usize, key: &mut String) -> Option<Found> {
    // The cheap structural tests first: a capitalised word after ", " and a
    // capitalised word, with a stop glued after it.
    if !(i >= 2 && doc.tok(i - 1) == "," && doc.tokens[i].upper_initial() && doc.tokens[i].space_before()
        && doc.tokens[i - 2].kind == TokKind::Alpha && doc.tokens[i - 2].upper_initial()
        && doc.tok_or_empty(i as isize + 1) == "." && doc.glued(i + 1))
    {
        return None;
    }
    // The abbreviation as written: letters and glued stops.
    let mut last = i + 1;
    while last + 2 < doc.tokens.len().min(i + ABBREVIATION_TOKENS) && doc.glued(last + 1) && doc.glued(last + 2)
        && doc.tokens[last + 1].kind == TokKind::Alpha && doc.tok(last + 2) == "."
    {
        last += 2;
    }
    let written = doc.text.get(doc.tokens[i].start()..doc.tokens[last].end())?;
    let &(_, full, code) = STATE_ABBREVIATIONS.iter().find(|a| a.0 == written)?;
    key.clear();
    key.push_str(full);
    key.make_ascii_lowercase();
    let links: Vec<Link> = g
        .get(key)?
        .iter()
        .copied()
        .filter(|l| {
            let e = &g.entries[l.entry as usize];
            e.feature == FeatureType::Region && e.country.and_then(|c| g.code(c)) == Some(code)
        })
        .collect();
    if links.is_empty() {
        return None;
    }
    Some(Found {
        first: i,
        last,
        start: doc.tokens[i].start(),
        end: doc.tokens[last].end(),
        links,
        cue: true,
        head: None,
        common: false,
        generic: None,
        container: None,
        region_cue: true,
    })
}
