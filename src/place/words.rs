//! The word lists the context rules consult, declared over their data
//! files in `src/data/place/`. They are general English lists (titles,
//! common first names, organisation heads, prepositions), not words picked
//! from any test text; each file says what its list is for.

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
    /// Nouns that head an organisation named "X of <place>" ("University of
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
    /// Daily", "Singapore Airlines"), unlike government bodies ("U.S. Army").
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

// Inline lists still in the recognizer's code; they move to data files too.

/// A sorted list of lowercase words, with two masks that turn most
/// non-members away before any comparison: the word lengths present, and
/// the first letters present (by their low five bits, the same for either
/// case).
pub(crate) struct WordList {
    pub words: &'static [&'static str],
    lengths: u32,
    initials: u32,
}

impl WordList {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        let (mut lengths, mut initials) = (0u32, 0u32);
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            lengths |= 1 << if w.len() < 31 { w.len() } else { 31 };
            if !w.is_empty() {
                initials |= 1 << (w[0] & 31);
            }
            i += 1;
        }
        WordList { words, lengths, initials }
    }

    /// True if `word` (any case) is in the list.
    #[inline]
    pub(crate) fn has(&self, word: &str) -> bool {
        let w = word.as_bytes();
        let Some(&first) = w.first() else { return false };
        self.lengths & 1 << w.len().min(31) != 0 && self.initials & 1 << (first & 31) != 0 && contains(self.words, word)
    }
}

/// True if `word` (any case) is in `list`. Lists longer than 24 entries
/// must be sorted : they are
/// binary-searched, since the context rules ask often.
///
/// No lowercased copy and no `memcmp`: the context rules ask this for most
/// capitalised words, and a first byte usually settles each comparison.
pub(crate) fn contains(list: &[&str], word: &str) -> bool {
    let w = word.as_bytes();
    if w.is_empty() || w.len() > 24 {
        return false;
    }
    if list.len() <= 24 {
        return list.iter().any(|e| e.len() == w.len() && e.as_bytes().eq_ignore_ascii_case(w));
    }
    list.binary_search_by(|e| cmp_lower(e.as_bytes(), w)).is_ok()
}

/// Orders a lowercase list word against `w` lowercased, as the list is sorted.
fn cmp_lower(e: &[u8], w: &[u8]) -> std::cmp::Ordering {
    for (&a, &b) in e.iter().zip(w) {
        let b = b.to_ascii_lowercase();
        if a != b {
            return a.cmp(&b);
        }
    }
    e.len().cmp(&w.len())
}

