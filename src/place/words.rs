//! The word lists and small tables the place rules consult, declared over
//! their data files in `src/data/place/`. They are general English lists
//! (titles, common first names, organisation heads, prepositions, the generic
//! words of place names), not words picked from any test text; each file
//! says what its list is for.

use crate::span::FeatureType;
use crate::wordlist::words;

words!(
    /// Titles and roles that come before a person's name: a place name after
    /// one is a surname ("President Jordan").
    TITLES,
    "place/titles.txt"
);

words!(
    /// Common given names (English-speaking and international news): a place
    /// name right after one is a surname ("Michael Jordan"), and one right
    /// before a capitalised word is a first name ("Chad Smith").
    FIRST_NAMES,
    "place/first-names.txt"
);

words!(
    /// Heads of organisation names: a place name right before one is part of
    /// the organisation's name ("Minsk Group", "Houston Rockets" aside, "Real
    /// Madrid" is caught by the capitalised word before it).
    ORG_HEADS,
    "place/org-heads.txt"
);

words!(
    /// Nouns that head an organisation named "X of \<place>" ("University of
    /// Texas", "Bank of England"): the place is part of the name.
    ORG_OF_HEADS,
    "place/org-of-heads.txt"
);

words!(
    /// Capitalised words that may follow a place name without making it part
    /// of a longer proper name: generic heads ("Karabakh Region"), roles
    /// ("Moscow Mayor", "Texas Governor") and the like.
    ALLOWED_AFTER,
    "place/allowed-after.txt"
);

words!(
    /// Words that may stand inside a multiword place name in lowercase
    /// ("Bosnia and Herzegovina", "Rio de Janeiro").
    CONNECTORS,
    "place/connectors.txt"
);

words!(
    /// Prepositions before a place ("in Baku", "near Ganja").
    LOCATIVE,
    "place/locative.txt"
);

words!(
    /// Capitalised words that may extend a place name to the left, with the
    /// extension kept in the span ("East Los Angeles", "Upper Karabakh").
    DIRECTIONAL,
    "place/directional.txt"
);

words!(
    /// Words never read as places, whatever the gazetteer says: months and
    /// weekdays (dates win), and words that are capitalised mid-sentence for
    /// reasons of their own.
    NEVER,
    "place/never.txt"
);

words!(
    /// Words that mark an organisation or a person from the left when the place
    /// is the last word of a capitalised run; kept apart from `FIRST_NAMES` so
    /// that sentence-initial function words do not count.
    FUNCTION_WORDS,
    "place/function-words.txt"
);

words!(
    /// Short words a title-case headline leaves in lowercase.
    MINOR_WORDS,
    "place/minor-words.txt"
);

words!(
    /// Nationality and group adjectives: not places (GUIDELINES), even where a
    /// gazetteer has a parish or hamlet of that name.
    DEMONYMS,
    "place/demonyms.txt"
);

words!(
    /// Lowercase nouns that make a place name the name of a thing: "the Minsk
    /// group", "the Normandy format", "the Kyoto protocol", and of a disease
    /// ("West Nile virus", "Lassa fever").
    NAMED_AFTER,
    "place/named-after.txt"
);

words!(
    /// Place names that are also common given names: followed by a capitalised
    /// word they are a person ("Jordan Peterson", "Georgia Brown").
    PLACE_FIRST_NAMES,
    "place/place-first-names.txt"
);

words!(
    /// Heads of company, brand, media and team names: a place before one is
    /// part of that name even when it is a country ("Qatar Airways", "China
    /// Daily", "Singapore Airlines"); with a capitalised word before them they
    /// also end a name the place is not in ("Real Madrid").
    BRAND_HEADS,
    "place/brand-heads.txt"
);

words!(
    /// Common surnames (the most frequent in English-speaking countries): a
    /// small town of that name standing alone is more likely a person.
    SURNAMES,
    "place/surnames.txt"
);

words!(
    /// Capitalised nouns before "of" that name a state, its people or its parts,
    /// not an organisation: the place after them is still a place ("Republic of
    /// Armenia", "People of Iraq", "City of Santa Ana").
    STATE_WORDS,
    "place/state-words.txt"
);

words!(
    /// Nouns for a first-level region before "of" ("the state of
    /// Washington"): the name after them is read as the region.
    REGION_OF_NOUNS,
    "place/region-of-nouns.txt"
);

words!(
    /// Lowercase adjectives that speak of part of a region ("eastern
    /// Washington", "upstate New York"): the name after one is the region.
    REGION_ADJECTIVES,
    "place/region-adjectives.txt"
);

words!(
    /// Compass points that end a constituency's or district's name ("Kowloon
    /// West").
    COMPASS_AFTER,
    "place/compass-after.txt"
);

words!(
    /// Prepositions after which a name the gazetteer lacks is still taken as a
    /// place ("clinics in Kampungu,").
    UNKNOWN_AFTER,
    "place/unknown-after.txt"
);

words!(
    /// Generic words of place names the gazetteer may lack ("Scott County",
    /// "Lake Tahoe", "Gulf of Aden"), with the kind each makes and where it
    /// may stand; read through [`generic_head`].
    GENERIC_HEADS,
    "place/generic-heads.txt"
);

words!(
    /// Lowercase nouns after a name that say its kind ("Kherson region",
    /// "Gaza city"); read through [`head_noun`].
    HEAD_NOUNS,
    "place/head-nouns.txt"
);

words!(
    /// Heads of institutions the gazetteer also holds as places ("University
    /// of Texas"): a name starting with one is the institution.
    INSTITUTION_HEADS,
    "place/institution-heads.txt"
);

words!(
    /// Heads of the names of buildings, camps and homes ("Children's Village
    /// Malakal"): the town at the end of such a name stays a town.
    BUILDING_HEADS,
    "place/building-heads.txt"
);

words!(
    /// Lowercase words after a one-word name that say it is a town ("Hammond
    /// residents"): a cue for the gazetteer's local tier (see `super::local`).
    LOCAL_AFTER,
    "place/local-after.txt"
);

words!(
    /// Particles inside a person's name, between its capitalised words
    /// ("Carlo De Benedetti", "Ludwig van Beethoven", "Omar al Bashir").
    NAME_PARTICLES,
    "place/name-particles.txt"
);

words!(
    /// Words of political parties' names that stand between a constituency
    /// and a role ("an Ottawa New Democrat MP", "a Texas Republican
    /// congressman").
    PARTY_WORDS,
    "place/party-words.txt"
);

words!(
    /// Lowercase words that may follow the settlement noun of an apposition
    /// and leave it the head ("Mabvuku, a suburb east of Harare", "a town in
    /// Ohio"), unlike the nouns of "a town councillor".
    APPOSITION_AFTER,
    "place/apposition-after.txt"
);

words!(
    /// Lowercase words after "Town, Country" that end the pair's phrase
    /// ("Marion, Ohio and", "Weiswampach, Luxembourg yesterday").
    PHRASE_END_WORDS,
    "place/phrase-end-words.txt"
);

words!(
    /// Prefixes of a stance toward a government ("pro-Beijing", "anti-Moscow").
    STANCE_PREFIXES,
    "place/stance-prefixes.txt"
);

/// What a generic word of a place name says: the kind of place, and where the
/// word may stand besides after the name.
#[derive(Clone, Copy)]
pub(super) struct GenericHead {
    pub kind: FeatureType,
    /// It may come before the name ("Lake Tahoe", "Mount Kenya").
    pub before: bool,
    /// It may head "X of \<name>" ("Gulf of Aden").
    pub of: bool,
}

/// The generic word `w` of a place name, if it is one (see
/// `generic-heads.txt`).
pub(super) fn generic_head(w: &str) -> Option<GenericHead> {
    let fields = GENERIC_HEADS.fields(w)?;
    let kind = kind_named(fields.get(0))?;
    let places = fields.get(1);
    Some(GenericHead { kind, before: places.split(' ').any(|p| p == "before"), of: places.split(' ').any(|p| p == "of") })
}

/// The kind of place the noun `w` after a name says, if it says one (see
/// `head-nouns.txt`).
pub(super) fn head_noun(w: &str) -> Option<FeatureType> {
    kind_named(HEAD_NOUNS.fields(w)?.get(0))
}

/// The feature a kind column of the data files names.
fn kind_named(kind: &str) -> Option<FeatureType> {
    match kind {
        "city" => Some(FeatureType::City),
        "region" => Some(FeatureType::Region),
        "district" => Some(FeatureType::District),
        "landform" => Some(FeatureType::Landform),
        "water" => Some(FeatureType::Water),
        "street" => Some(FeatureType::Street),
        "facility" => Some(FeatureType::Facility),
        "unknown" => Some(FeatureType::Unknown),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A misspelt kind would silently drop its word from the rules.
    #[test]
    fn every_kind_column_names_a_kind() {
        for (word, fields) in GENERIC_HEADS.entries() {
            assert!(kind_named(fields.get(0)).is_some(), "generic-heads.txt: {word}");
            assert!(fields.get(1).split(' ').all(|p| matches!(p, "" | "before" | "of")), "generic-heads.txt: {word}");
        }
        for (word, fields) in HEAD_NOUNS.entries() {
            assert!(matches!(kind_named(fields.get(0)), Some(FeatureType::City | FeatureType::Region)), "head-nouns.txt: {word}");
        }
        assert!(generic_head("Lake").is_some_and(|h| h.kind == FeatureType::Water && h.before && h.of));
        assert!(generic_head("county").is_some_and(|h| h.kind == FeatureType::District && !h.before && !h.of));
        assert!(generic_head("fort").is_some_and(|h| h.kind == FeatureType::Unknown && h.before && !h.of));
        assert_eq!(head_noun("Town"), Some(FeatureType::City));
        assert!(generic_head("lakes").is_none() && head_noun("").is_none());
    }
}
