//! Word lists the context rules consult. They are general English lists
//! (titles, common first names, organisation heads, prepositions), not words
//! picked from any test text. All entries are lowercase.

/// Titles and roles that come before a person's name: a place name after
/// one is a surname ("President Jordan").
pub(crate) const TITLES: WordList = WordList::new(&[
    "actor", "actress", "adm", "admiral", "agent", "ambassador", "archbishop", "aunt", "author", "bishop",
    "brother", "capt", "captain", "cardinal", "ceo", "chairman", "chairwoman", "chancellor", "chief", "coach",
    "col", "colonel", "commander", "congressman", "congresswoman", "councillor", "councilman", "dame", "dear",
    "defender", "detective", "director", "dr", "emir", "emperor", "empress", "envoy", "father", "gen", "general",
    "goalkeeper", "gov", "governor", "imam", "inspector", "judge", "justice", "king", "lady", "lieutenant", "lord",
    "lt", "madam", "maj", "major", "mayor", "midfielder", "minister", "miss", "mr", "mrs", "ms", "mx", "officer",
    "player", "pope", "premier", "president", "prince", "princess", "prof", "professor", "queen", "rabbi", "rep",
    "representative", "rev", "reverend", "secretary", "sen", "senator", "sergeant", "sgt", "sheik", "sheikh",
    "singer", "sir", "sister", "spokesman", "spokesperson", "spokeswoman", "striker", "sultan", "uncle", "vice",
]);

/// Common given names (English-speaking and international news): a place
/// name right after one is a surname ("Michael Jordan"), and one right
/// before a capitalised word is a first name ("Chad Smith").
pub(crate) const FIRST_NAMES: WordList = WordList::new(&[
    "aaron", "adam", "adrian", "ahmad", "ahmed", "aiden", "akira", "alan", "albert", "alex", "alexander",
    "alexandra", "alfred", "ali", "alice", "alicia", "alison", "allen", "amanda", "amber", "amy", "andrea",
    "andreas", "andres", "andrew", "angela", "ann", "anna", "anne", "anthony", "antonio", "arthur", "ashley", "ava",
    "barbara", "ben", "benjamin", "bernard", "betty", "bill", "billy", "bob", "bobby", "boris", "brad", "bradley",
    "brandon", "brenda", "brian", "bruce", "bryan", "caleb", "carl", "carlos", "carol", "caroline", "catherine",
    "charles", "charlie", "charlotte", "chen", "cheryl", "chloe", "chris", "christian", "christina", "christine",
    "christopher", "cindy", "claire", "connor", "craig", "cynthia", "dan", "daniel", "danielle", "david", "dean",
    "deborah", "debra", "dennis", "diana", "diane", "diego", "dmitry", "donald", "donna", "doris", "dorothy",
    "douglas", "dylan", "edward", "elena", "elijah", "elizabeth", "ella", "ellen", "emily", "emma", "emmanuel",
    "eric", "erik", "ethan", "eugene", "evan", "evelyn", "fatima", "felipe", "fernando", "francois", "frank",
    "fred", "gary", "gavin", "george", "gerald", "giuseppe", "gloria", "gordon", "grace", "greg", "gregory",
    "hannah", "hans", "harold", "harry", "hassan", "heather", "helen", "henry", "hiroshi", "howard", "hunter",
    "hussein", "ian", "ibrahim", "igor", "ilham", "isaac", "isabella", "ivan", "jacinda", "jack", "jackson",
    "jacob", "jacques", "jair", "james", "jane", "janet", "jason", "jean", "jeff", "jeffrey", "jennifer", "jeremy",
    "jerry", "jessica", "jim", "jimmy", "joan", "joe", "john", "johnny", "jonathan", "jorge", "jose", "joseph",
    "joshua", "joyce", "juan", "judith", "judy", "julia", "julie", "justin", "karen", "katherine", "kathleen",
    "kathy", "keith", "kelly", "kenneth", "kevin", "kim", "kimberly", "klaus", "kofi", "kyle", "larry", "laura",
    "lauren", "lawrence", "li", "liam", "lily", "linda", "lisa", "logan", "louis", "lucas", "luis", "luiz", "luke",
    "manuel", "marco", "maria", "marie", "mark", "martha", "martin", "mary", "mason", "mateo", "matthew", "megan",
    "melissa", "mia", "michael", "michelle", "miguel", "mike", "mohammed", "muhammad", "mustafa", "nancy",
    "narendra", "natalia", "natalie", "nathan", "nicholas", "nick", "nicole", "nikol", "noah", "olga", "oliver",
    "olivia", "omar", "owen", "pamela", "patricia", "patrick", "paul", "pedro", "peter", "philip", "phillip",
    "pierre", "priya", "rachel", "rafael", "rahul", "raj", "ralph", "randy", "raymond", "rebecca", "recep",
    "ricardo", "richard", "rick", "robert", "roger", "ronald", "rose", "roy", "russell", "ruth", "ryan", "samuel",
    "sandra", "sara", "sarah", "scott", "sean", "sergei", "sergey", "sharon", "shirley", "stephanie", "stephen",
    "steve", "steven", "susan", "teresa", "terry", "thomas", "tim", "timothy", "tom", "tony", "vincent", "vladimir",
    "walter", "wang", "wayne", "william", "willie", "xi", "yusuf", "zachary", "zoe",
]);

/// Heads of organisation names: a place name right before one is part of
/// the organisation's name ("Minsk Group", "Houston Rockets" aside, "Real
/// Madrid" is caught by the capitalised word before it).
pub(crate) const ORG_HEADS: WordList = WordList::new(&[
    "academy", "accord", "accords", "afc", "agency", "agreement", "air", "airline", "airlines", "airport",
    "airways", "arena", "army", "assembly", "association", "athletic", "authority", "avenue", "ballet", "bank",
    "bears", "bridge", "broadcasting", "bulls", "cathedral", "center", "centre", "cf", "channel", "chronicle",
    "church", "club", "college", "commission", "committee", "company", "conference", "congress", "consulate",
    "convention", "corp", "corporation", "council", "courier", "court", "cup", "daily", "declaration", "department",
    "dolphins", "embassy", "energy", "exchange", "express", "fc", "federation", "festival", "fever", "flu",
    "format", "forum", "foundation", "front", "fund", "games", "gas", "gazette", "giants", "group", "guardian",
    "herald", "high", "holdings", "hospital", "hotel", "inc", "index", "industries", "institute", "jail", "jets",
    "journal", "kings", "lakers", "llc", "ltd", "magazine", "mail", "mall", "marathon", "market", "ministry",
    "mission", "mosque", "motors", "movement", "museum", "navy", "network", "news", "observer", "office", "oil",
    "olympics", "open", "opera", "orchestra", "parliament", "party", "petroleum", "philharmonic", "plc", "police",
    "port", "post", "press", "prison", "process", "protocol", "radio", "road", "rockets", "rovers", "school",
    "senate", "society", "sox", "square", "stadium", "standard", "star", "stars", "station", "stock", "strain",
    "street", "summit", "sun", "symphony", "syndrome", "team", "telecom", "telegraph", "television", "temple",
    "theater", "theatre", "times", "today", "tower", "treaty", "tribunal", "tribune", "trust", "tv", "union",
    "united", "university", "virus", "wanderers", "weekly", "world", "yankees", "zoo",
]);

/// Nouns that head an organisation named "X of <place>" ("University of
/// Texas", "Bank of England"): the place is part of the name.
pub(crate) const ORG_OF_HEADS: WordList = WordList::new(&[
    "academy", "archdiocese", "association", "bank", "baron", "cathedral", "chamber", "church", "college",
    "commission", "conservatory", "council", "countess", "court", "department", "diocese", "duchess", "duke",
    "earl", "federation", "institute", "league", "lord", "marquess", "museum", "order", "school", "society",
    "university", "viscount",
]);

/// Capitalised words that may follow a place name without making it part
/// of a longer proper name: generic heads ("Karabakh Region"), roles
/// ("Moscow Mayor", "Texas Governor") and the like.
pub(crate) const ALLOWED_AFTER: WordList = WordList::new(&[
    "ambassador", "and", "april", "area", "at", "attorney", "august", "authorities", "bay", "border", "borders",
    "but", "capital", "chief", "city", "coast", "county", "december", "defence", "defense", "delegation", "desert",
    "district", "emperor", "envoy", "february", "forces", "foreign", "friday", "from", "general", "government",
    "governor", "governorate", "gulf", "health", "i", "ii", "iii", "in", "interior", "island", "islands", "january",
    "july", "june", "king", "krai", "lake", "leader", "march", "may", "mayor", "metro", "military", "minister",
    "monday", "mountains", "municipality", "november", "oblast", "ocean", "october", "official", "officials", "on",
    "opposition", "or", "peninsula", "prefecture", "premier", "president", "prime", "province", "queen", "rayon",
    "region", "rep", "representative", "river", "saturday", "sea", "secretary", "sen", "senator", "september",
    "state", "states", "sunday", "the", "thursday", "to", "town", "troops", "tuesday", "valley", "village",
    "wednesday", "with",
]);

/// Words that may stand inside a multiword place name in lowercase
/// ("Bosnia and Herzegovina", "Rio de Janeiro").
pub(crate) const CONNECTORS: WordList = WordList::new(&[
    "ad", "al", "am", "an", "and", "au", "aux", "bin", "d", "da", "das", "de", "del", "della", "den", "der", "des",
    "di", "do", "dos", "du", "e", "el", "en", "i", "ibn", "im", "l", "la", "le", "les", "of", "on", "s", "st",
    "sur", "the", "upon", "van", "von", "y",
]);

/// Prepositions before a place ("in Baku", "near Ganja").
pub(crate) const LOCATIVE: WordList = WordList::new(&[
    "across", "along", "around", "at", "attacked", "between", "beyond", "bombed", "captured", "entered", "fled",
    "from", "hit", "in", "inside", "into", "invaded", "left", "liberated", "near", "occupied", "off", "outside",
    "reached", "shelled", "struck", "through", "throughout", "to", "toured", "toward", "towards", "via", "visit",
    "visited", "visiting", "within",
]);

/// Capitalised words that may extend a place name to the left, with the
/// extension kept in the span ("East Los Angeles", "Upper Karabakh").
pub(crate) const DIRECTIONAL: WordList = WordList::new(&[
    "central", "east", "eastern", "greater", "inner", "lower", "north", "northeast", "northeastern", "northern",
    "northwest", "northwestern", "outer", "south", "southeast", "southeastern", "southern", "southwest",
    "southwestern", "upper", "west", "western",
]);

/// Words never read as places, whatever the gazetteer says: months and
/// weekdays (dates win), and words that are capitalised mid-sentence for
/// reasons of their own.
pub(crate) const NEVER: WordList = WordList::new(&[
    "a", "ad", "allah", "am", "an", "april", "arabic", "august", "bc", "buddhism", "center", "centre", "chinese",
    "christ", "christianity", "christmas", "covid", "december", "dr", "easter", "eid", "english", "facebook",
    "february", "french", "friday", "german", "god", "google", "he", "heaven", "hell", "hindi", "hinduism", "i",
    "instagram", "internet", "islam", "it", "january", "jesus", "judaism", "july", "june", "mandarin", "march",
    "may", "monday", "mr", "mrs", "ms", "net", "november", "october", "ok", "paradise", "pm", "ramadan", "russian",
    "saturday", "september", "she", "spanish", "sunday", "that", "the", "they", "this", "thursday", "tiktok",
    "tuesday", "tv", "twitter", "union", "urdu", "we", "web", "wednesday", "whatsapp", "you", "youtube",
]);

/// Words that mark an organisation or a person from the left when the place
/// is the last word of a capitalised run; kept apart from `FIRST_NAMES` so
/// that sentence-initial function words do not count.
pub(crate) const FUNCTION_WORDS: WordList = WordList::new(&[
    "a", "about", "above", "according", "across", "after", "against", "all", "along", "also", "although", "amid",
    "among", "an", "analysis", "and", "are", "around", "as", "at", "attacked", "be", "because", "been", "before",
    "below", "besides", "between", "beyond", "both", "breaking", "but", "by", "can", "captured", "could", "dear",
    "despite", "did", "do", "does", "during", "each", "either", "entered", "even", "every", "exclusive", "fled",
    "following", "for", "from", "had", "has", "have", "hello", "her", "here", "his", "hit", "how", "however", "if",
    "in", "including", "inside", "into", "invaded", "is", "its", "left", "liberated", "like", "live", "many", "may",
    "meanwhile", "might", "more", "most", "must", "my", "near", "neither", "no", "not", "now", "occupied", "of",
    "on", "only", "onto", "opinion", "or", "our", "outside", "over", "per", "photos", "reached", "read", "related",
    "report", "reports", "said", "say", "says", "see", "shall", "should", "since", "so", "some", "source",
    "sources", "struck", "tells", "than", "that", "the", "their", "then", "there", "these", "this", "those",
    "though", "through", "throughout", "to", "told", "toward", "towards", "under", "unlike", "until", "update",
    "upon", "via", "video", "visited", "was", "watch", "welcome", "were", "what", "when", "where", "which", "while",
    "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "your",
]);

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
/// must be sorted (the lists in this file are; a test checks): they are
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

/// Short words a title-case headline leaves in lowercase.
pub(crate) const MINOR_WORDS: WordList = WordList::new(&[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "off", "on", "or", "over",
    "per", "so", "the", "to", "up", "via", "vs", "with", "yet",
]);

/// Nationality and group adjectives: not places (GUIDELINES), even where a
/// gazetteer has a parish or hamlet of that name.
pub(crate) const DEMONYMS: WordList = WordList::new(&[
    "afghan", "african", "albanian", "algerian", "american", "andorran", "angolan", "arab", "arabic", "argentine",
    "argentinian", "armenian", "asian", "australian", "austrian", "azerbaijani", "azeri", "bahraini", "balkan",
    "baltic", "bangladeshi", "belarusian", "belgian", "bolivian", "bosnian", "brazilian", "british", "buddhist",
    "bulgarian", "burmese", "cambodian", "cameroonian", "canadian", "catholic", "caucasian", "celtic", "chadian",
    "chilean", "chinese", "christian", "colombian", "colonial", "congolese", "continental", "croatian", "cuban",
    "cypriot", "czech", "danish", "dutch", "eastern", "ecuadorian", "egyptian", "emirati", "english", "eritrean",
    "estonian", "ethiopian", "european", "filipino", "finnish", "french", "gaelic", "georgian", "german",
    "ghanaian", "greek", "guatemalan", "haitian", "hebrew", "hindu", "hispanic", "honduran", "hungarian",
    "icelandic", "imperial", "indian", "indonesian", "iranian", "iraqi", "irish", "islamic", "israeli", "italian",
    "ivorian", "jamaican", "japanese", "jewish", "jordanian", "kazakh", "kenyan", "korean", "kosovar", "kurdish",
    "kuwaiti", "kyrgyz", "lao", "latin", "latino", "latvian", "lebanese", "liberian", "libyan", "lithuanian",
    "malaysian", "malian", "maltese", "mexican", "moldovan", "mongolian", "montenegrin", "moroccan", "mozambican",
    "muslim", "namibian", "nepalese", "nepali", "nigerian", "nigerien", "nordic", "northern", "norwegian", "omani",
    "orthodox", "ottoman", "pakistani", "palestinian", "panamanian", "paraguayan", "persian", "peruvian", "polish",
    "portuguese", "protestant", "qatari", "romanian", "russian", "rwandan", "saharan", "saudi", "scandinavian",
    "scottish", "senegalese", "serbian", "shia", "shiite", "singaporean", "slavic", "slovak", "slovenian", "somali",
    "southern", "soviet", "spanish", "sudanese", "sunni", "swedish", "swiss", "syrian", "taiwanese", "tajik",
    "tanzanian", "thai", "tunisian", "turkish", "turkmen", "ugandan", "ukrainian", "uruguayan", "uzbek",
    "venezuelan", "vietnamese", "welsh", "western", "yankee", "yemeni", "zambian", "zimbabwean",
]);

/// Lowercase nouns that make a place name the name of a thing: "the Minsk
/// group", "the Normandy format", "the Kyoto protocol", and of a disease
/// ("West Nile virus", "Lassa fever").
pub(crate) const NAMED_AFTER: WordList = WordList::new(&[
    "accord", "accords", "agreement", "agreements", "convention", "declaration", "disease", "ebolavirus", "fever",
    "flu", "format", "group", "influenza", "principles", "process", "protocol", "protocols", "syndrome", "virus",
    "viruses",
]);

/// Place names that are also common given names: followed by a capitalised
/// word they are a person ("Jordan Peterson", "Georgia Brown").
pub(crate) const PLACE_FIRST_NAMES: WordList = WordList::new(&[
    "adelaide", "africa", "alexandria", "america", "asia", "aurora", "austin", "brooklyn", "camden", "carolina",
    "chad", "charlotte", "chelsea", "china", "dakota", "dallas", "denver", "england", "eugene", "florence",
    "geneva", "georgia", "houston", "india", "indiana", "ireland", "israel", "jackson", "jersey", "jordan", "kenya",
    "lima", "lincoln", "lorraine", "lyon", "madison", "marion", "milan", "montana", "nevada", "orlando", "paris",
    "phoenix", "preston", "raleigh", "regina", "roma", "salvador", "santiago", "savannah", "shannon", "siena",
    "sierra", "sofia", "sydney", "trinidad", "tyler", "valencia", "victoria", "vienna", "virginia",
]);

/// Heads of company, brand, media and team names: a place before one is
/// part of that name even when it is a country ("Qatar Airways", "China
/// Daily", "Singapore Airlines"), unlike government bodies ("U.S. Army").
pub(crate) const BRAND_HEADS: WordList = WordList::new(&[
    "academy", "afc", "air", "airline", "airlines", "airways", "athletic", "aviation", "bank", "banking",
    "broadcasting", "central", "cf", "channel", "chronicle", "club", "college", "company", "corp", "corporation",
    "cup", "daily", "eastern", "elementary", "energy", "expo", "express", "fc", "festival", "games", "gas",
    "gazette", "global", "grand", "group", "guardian", "herald", "holdings", "inc", "industries", "institute",
    "insurance", "international", "journal", "league", "llc", "ltd", "magazine", "mail", "marathon", "mobile",
    "motors", "network", "news", "northern", "observer", "oil", "open", "petroleum", "plc", "post", "press",
    "primary", "prix", "radio", "rovers", "school", "schools", "secondary", "southern", "star", "store", "stores",
    "sun", "telecom", "telecommunications", "telegraph", "television", "times", "today", "tribune", "tv", "united",
    "university", "wanderers", "weekly", "western", "world",
]);

/// Common surnames (the most frequent in English-speaking countries): a
/// small town of that name standing alone is more likely a person.
pub(crate) const SURNAMES: WordList = WordList::new(&[
    "adams", "allen", "anderson", "andrews", "armstrong", "arnold", "austin", "bailey", "baker", "barnes", "bell",
    "bennett", "berry", "black", "bradley", "brooks", "brown", "burke", "bush", "butler", "campbell", "carpenter",
    "carroll", "carter", "chapman", "chavez", "churchill", "clark", "cole", "coleman", "collins", "cook", "cooper",
    "cox", "cunningham", "darwin", "davidson", "davis", "dixon", "douglas", "duncan", "edwards", "elliott", "ellis",
    "evans", "ferguson", "fernandes", "fernandez", "fisher", "ford", "foster", "fox", "franklin", "frederick",
    "gardner", "gibson", "gordon", "graham", "gray", "green", "greene", "grey", "hamilton", "hammond", "harper",
    "harris", "harrison", "hart", "hayes", "henderson", "herrera", "hill", "holmes", "howard", "hudson", "hughes",
    "hunt", "hunter", "jackson", "jenkins", "johnson", "jones", "kelley", "kelly", "kennedy", "king", "knight",
    "lane", "lawrence", "lawson", "lewis", "lincoln", "long", "marshall", "martin", "matthews", "medina", "miller",
    "mills", "mitchell", "moore", "moreno", "morgan", "morris", "murphy", "murray", "myers", "nelson", "newton",
    "nichols", "norton", "olson", "owens", "palmer", "parker", "patel", "paterson", "patterson", "payne", "perry",
    "peters", "peterson", "phillips", "pierce", "powell", "price", "ray", "reed", "reynolds", "rice", "richardson",
    "riley", "roberts", "robinson", "rogers", "rose", "ross", "ruiz", "russell", "ryan", "sanders", "schmidt",
    "scott", "shaw", "simmons", "sims", "smith", "snyder", "spencer", "stephens", "stewart", "stone", "sullivan",
    "taylor", "thomas", "thompson", "turner", "wagner", "walker", "wallace", "ward", "warren", "washington",
    "watkins", "watson", "weaver", "webb", "white", "williams", "willis", "wilson", "wood", "wright", "young",
]);

/// Capitalised nouns before "of" that name a state, its people or its parts,
/// not an organisation: the place after them is still a place ("Republic of
/// Armenia", "People of Iraq", "City of Santa Ana").
pub(crate) const STATE_WORDS: WordList = WordList::new(&[
    "ambassador", "archbishop", "armed", "army", "bank", "bishop", "border", "borders", "capital", "center",
    "central", "centre", "chief", "citizens", "city", "coast", "commonwealth", "constitution", "county", "court",
    "district", "east", "embassy", "emir", "emirate", "federation", "flag", "forces", "foreign", "government",
    "governor", "heart", "history", "interior", "island", "islands", "king", "kingdom", "leader", "leaders", "map",
    "mayor", "metropolitan", "military", "minister", "ministers", "ministry", "municipality", "navy", "north",
    "parliament", "part", "parts", "patriarch", "people", "peoples", "police", "president", "presidents", "prime",
    "prince", "principality", "province", "provinces", "queen", "region", "regions", "republic", "residents",
    "rest", "south", "state", "states", "sultanate", "supreme", "territories", "territory", "town", "union", "west",
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lowercase_and_searchable() {
        let lists: &[WordList] = &[
            TITLES, FIRST_NAMES, ORG_HEADS, ORG_OF_HEADS, ALLOWED_AFTER, CONNECTORS, LOCATIVE, DIRECTIONAL, NEVER,
            FUNCTION_WORDS, MINOR_WORDS, DEMONYMS, NAMED_AFTER, PLACE_FIRST_NAMES, SURNAMES, BRAND_HEADS,
            STATE_WORDS,
        ];
        for list in lists.iter().map(|l| l.words) {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "unsorted or duplicate near {:?}", list.first());
            for w in list {
                assert_eq!(*w, w.to_ascii_lowercase());
                assert!(contains(list, &w.to_ascii_uppercase()), "{w}");
            }
        }
        for list in lists {
            for w in list.words {
                assert!(list.has(w) && list.has(&w.to_ascii_uppercase()), "{w}");
            }
        }
        assert!(!FUNCTION_WORDS.has("Baku") && !FUNCTION_WORDS.has(""));
        assert!(!FUNCTION_WORDS.has("th") && !FUNCTION_WORDS.has("thee") && !FUNCTION_WORDS.has("Thé"));
        assert!(contains(&["lake", "bay"], "BAY") && !contains(&["lake", "bay"], "ba"));
        assert!(FUNCTION_WORDS.has("The"));
    }
}
