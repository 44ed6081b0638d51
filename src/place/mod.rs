//! Places: every place name in a text, with its country and coordinates.
//!
//! The recognizer works in three steps, each bounded lookahead over tokens,
//! so the work is linear in the text; the first two run together, name by
//! name, in one scan:
//!
//! 1. **Finding names.** At each capitalised word, the longest gazetteer name
//!    that starts there ("Nagorno-Karabakh", "Bosnia and Herzegovina",
//!    "U.S."), or a name the gazetteer lacks whose form says it is a place
//!    ("Scott County", "Lake Tahoe", "clinics in Kampungu,").
//! 2. **Context.** Each name is kept, or dropped as part of a person's or an
//!    organisation's name ("President Jordan", "Paris Hilton", "Minsk
//!    Group"), a demonym, or a common word where capitals prove nothing
//!    ("Nice work"); the words around it also say whether it reads as a
//!    region ("the state of Washington", "Everett, Washington").
//! 3. **Resolution.** Among a name's homonyms, the reading the document
//!    points to: bigger places first, pulled toward the countries the
//!    article names ("Georgia" beside Texas is the US state).
//!
//! The rooms, by job:
//!
//! - [`matching`]: scanning the text for gazetteer names (`may_start_name`,
//!   `match_at`).
//! - [`by_form`]: names found by their form, not in the gazetteer.
//! - [`context`]: the context rules (line styles, place cues, person and
//!   organisation names, "City, State", region cues).
//! - [`resolve`](mod@resolve): choosing among homonyms and emitting the
//!   candidates.
//! - [`memo`]: the folded keys and readings of recent words, which finding
//!   and context both ask for.
//! - [`gazetteer`]: the embedded place data, opened in place, and the lookup
//!   of a key's readings; [`fold`]: how names become keys (with
//!   `fold_table.rs`, which the gazetteer's generator writes).
//! - [`words`]: the word lists the rules consult, over `src/data/place/`.

mod by_cue;
mod by_form;
mod context;
mod fold;
mod fold_table;
mod gazetteer;
mod local;
mod matching;
mod memo;
mod resolve;
mod words;

use std::collections::HashSet;

use crate::recognize::{Candidate, Context, Recognizer};
use crate::span::{FeatureType, Kind};
use crate::text::{Doc, TokKind};

use by_form::{generic_at, unknown_at, unknown_before_head};
use context::{accept, line_styles, mark_containers, region_cues, Verdict};
use fold::folded;
use gazetteer::{gazetteer, Link};
pub use gazetteer::LocalTierError;

/// Adds the gazetteer's local tier (`src/data/places-local.bin`: towns below
/// the embedded tier's size, US counties and parishes) to every later call.
/// Native builds embed it already, so there this only checks the bytes; the
/// WebAssembly build leaves it out of the `.wasm` so that the first
/// highlights come sooner, and the page loads it after them. Returns whether
/// the tier was new. A file made for another version, or damaged, is refused.
pub fn load_local_places(data: &[u8]) -> Result<bool, LocalTierError> {
    gazetteer::load_local(data)
}
use matching::{match_at, may_start_name};
use memo::Memo;
use resolve::resolve;

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

impl Found {
    /// A name found by its form or its cues, at tokens `first..=last`, not
    /// in the gazetteer as a whole: of the kind `kind`, with a cue.
    fn by_form(doc: &Doc, first: usize, last: usize, kind: FeatureType) -> Found {
        Found {
            first,
            last,
            start: doc.tokens[first].start(),
            end: doc.tokens[last].end(),
            links: Vec::new(),
            cue: true,
            head: None,
            common: false,
            generic: Some(kind),
            container: None,
            region_cue: false,
        }
    }
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
    let g = gazetteer();
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
    // Small towns' names seen naming a school or a hospital ("Franklin
    // Elementary"): a later "at Franklin" is that body, not a town.
    let mut bodies: HashSet<String> = HashSet::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        // Every rule below starts at a capitalised word (or "the"): skip the
        // rest, most of the text, with one test.
        if !may_start_name(doc, i) {
            i += 1;
            continue;
        }
        let by_name = match_at(doc, g, &styles, i, &mut key, &mut memo);
        let by_form = generic_at(doc, g, &styles, i, &mut key, &mut memo)
            .or_else(|| unknown_at(doc, &styles, i))
            .or_else(|| unknown_before_head(doc, &styles, i))
            .or_else(|| by_cue::state_abbreviation_at(doc, g, i, &mut key))
            .or_else(|| by_cue::cued_at(doc, &styles, i, &mut memo));
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
                    Verdict::Not if f.first == f.last && names_a_body(doc, g, &f) => {
                        bodies.insert(folded(doc, f.first));
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
    if !bodies.is_empty() {
        // "Franklin, Tennessee": the text places the town itself.
        found.retain(|f| {
            f.first != f.last || !small_towns_only(g, f) || by_cue::container_after_comma(doc, f.last, &mut memo).is_some()
                || !bodies.contains(&folded(doc, f.first))
        });
    }
    by_form::list_members(doc, &styles, &mut found, &people);
    local::license(doc, g, &mut found);
    mark_containers(doc, &mut found);
    region_cues(doc, g, &mut found);
    resolve(g, doc.text, &found, out);
}

/// True if every reading of `f` is a town or county of under 200,000
/// people, and it has some.
fn small_towns_only(g: &gazetteer::Gazetteer, f: &Found) -> bool {
    !f.links.is_empty()
        && f.links.iter().all(|l| {
            let e = &g.entries[l.entry as usize];
            matches!(e.feature, FeatureType::City | FeatureType::District) && e.population < 200_000
        })
}

/// True if the one-word name `f`, all of whose readings are small towns,
/// stands before the head of a school's or a hospital's name ("Franklin
/// Elementary", "Lincoln High School").
fn names_a_body(doc: &Doc, g: &gazetteer::Gazetteer, f: &Found) -> bool {
    let next = f.last + 1;
    small_towns_only(g, f) && spaced(doc, next) && is_word(doc, next) && doc.tokens[next].upper_initial()
        && (words::INSTITUTION_HEADS.contains(doc.tok(next)) || words::BRAND_HEADS.contains(doc.tok(next)))
}

/// True if token `i` is a word, not punctuation (and not past the end).
fn is_word(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokKind::Alpha)
}

/// True if token `k` follows `k - 1` on the same line after one space.
fn spaced(doc: &Doc, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| t.space_before() && t.newlines_before() == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;
    use crate::span::Detail;

    fn places(text: &str) -> Vec<(String, Option<String>)> {
        let doc = Doc::new(text);
        let options = Options::default();
        let ctx = Context { options: &options, reference: None };
        let mut out = Vec::new();
        recognize(&doc, &ctx, &mut out);
        out.into_iter()
            .map(|c| {
                let range = c.start()..c.end();
                let code = match c.detail {
                    Detail::Place(p) => p.country_code,
                    _ => None,
                };
                (text[range].to_string(), code)
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
    fn list_members_the_gazetteer_lacks_fall_in_text_order() {
        // Known towns and unknown names alternate: the unknown ones join
        // the found ones in order, and take the list's country.
        let found = places("Convoys came from Lodwar, Kalowa, Mombasa and Tumbeni in the north.");
        let ke = Some("KE".to_string());
        let expected = ["Lodwar", "Kalowa", "Mombasa", "Tumbeni"].map(|t| (t.to_string(), ke.clone()));
        assert_eq!(found, expected);
        assert_eq!(texts("Aid left Nairobi for three villages: Tumbeni, Kalowa and Mbirisi, they said."), ["Nairobi", "Tumbeni", "Kalowa", "Mbirisi"]);
        // A list after a locative, then one after a colon.
        let both = "Trucks went from Lodwar, Kalowa and Mombasa to three villages: Tumbeni, Kiriwa and Mbirisi, they said.";
        assert_eq!(texts(both), ["Lodwar", "Kalowa", "Mombasa", "Tumbeni", "Kiriwa", "Mbirisi"]);
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
