//! Word lists the context rules consult. They are general English lists
//! (titles, common first names, organisation heads, prepositions), not words
//! picked from any test text. All entries are lowercase.

/// Titles and roles that come before a person's name: a place name after
/// one is a surname ("President Jordan").
pub(crate) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam", "president",
    "vice", "premier", "chancellor", "senator", "sen", "governor", "gov", "mayor", "minister", "secretary",
    "ambassador", "envoy", "judge", "justice", "king", "queen", "prince", "princess", "emperor", "empress", "sultan",
    "sheikh", "sheik", "emir", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "reverend", "rev",
    "father", "sister", "brother", "general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant",
    "lt", "sergeant", "sgt", "admiral", "adm", "commander", "officer", "detective", "inspector", "chief", "coach",
    "rep", "representative", "congressman", "congresswoman", "councillor", "councilman", "spokesman", "spokeswoman",
    "spokesperson", "director", "chairman", "chairwoman", "ceo", "actor", "actress", "singer", "author", "striker",
    "midfielder", "defender", "goalkeeper", "player", "agent", "uncle", "aunt", "dear",
];

/// Common given names (English-speaking and international news): a place
/// name right after one is a surname ("Michael Jordan"), and one right
/// before a capitalised word is a first name ("Chad Smith").
pub(crate) const FIRST_NAMES: &[&str] = &[
    "aaron", "adam", "adrian", "ahmed", "alan", "albert", "alex", "alexander", "alexandra", "alfred", "ali", "alice",
    "alicia", "alison", "allen", "amanda", "amber", "amy", "andrea", "andrew", "angela", "ann", "anna", "anne",
    "anthony", "antonio", "arthur", "ashley", "barbara", "ben", "benjamin", "bernard", "betty", "bill", "billy",
    "bob", "bobby", "brad", "bradley", "brandon", "brenda", "brian", "bruce", "bryan", "carl", "carlos", "carol",
    "caroline", "catherine", "charles", "charlie", "charlotte", "cheryl", "chris", "christian", "christina",
    "christine", "christopher", "cindy", "claire", "craig", "cynthia", "dan", "daniel", "danielle", "david", "dean",
    "deborah", "debra", "dennis", "diana", "diane", "donald", "donna", "doris", "dorothy", "douglas", "dylan",
    "edward", "elena", "elizabeth", "ellen", "emily", "emma", "eric", "erik", "eugene", "evelyn", "frank", "fred",
    "gary", "george", "gerald", "gloria", "gordon", "grace", "greg", "gregory", "hannah", "harold", "harry",
    "heather", "helen", "henry", "howard", "ian", "jack", "jacob", "james", "jane", "janet", "jason", "jean",
    "jeff", "jeffrey", "jennifer", "jeremy", "jerry", "jessica", "jim", "jimmy", "joan", "joe", "john", "johnny",
    "jonathan", "jose", "joseph", "joshua", "joyce", "juan", "judith", "judy", "julia", "julie", "justin", "karen",
    "katherine", "kathleen", "kathy", "keith", "kelly", "kenneth", "kevin", "kim", "kimberly", "kyle", "larry",
    "laura", "lauren", "lawrence", "linda", "lisa", "logan", "louis", "luis", "maria", "marie", "mark", "martha",
    "martin", "mary", "matthew", "megan", "melissa", "michael", "michelle", "mike", "mohammed", "muhammad",
    "nancy", "natalie", "nathan", "nicholas", "nick", "nicole", "noah", "olivia", "pamela", "patricia", "patrick",
    "paul", "peter", "philip", "phillip", "rachel", "ralph", "randy", "raymond", "rebecca", "richard", "rick",
    "robert", "roger", "ronald", "rose", "roy", "russell", "ruth", "ryan", "samuel", "sandra", "sara", "sarah",
    "scott", "sean", "sharon", "shirley", "stephanie", "stephen", "steve", "steven", "susan", "teresa", "terry",
    "thomas", "tim", "timothy", "tom", "tony", "vincent", "walter", "wayne", "william",
    "willie", "zachary", "vladimir", "sergei", "sergey", "ivan", "dmitry", "olga", "natalia", "igor", "hans",
    "klaus", "pierre", "jacques", "francois", "marco", "giuseppe", "pedro", "miguel", "ahmad", "omar", "hassan",
    "hussein", "fatima", "mustafa", "ibrahim", "yusuf", "kofi", "chen", "wang", "li", "hiroshi", "akira", "raj",
    "rahul", "priya", "recep", "ilham", "nikol", "emmanuel", "angela", "boris", "justin", "jacinda", "narendra",
    "xi", "kim", "jair", "luiz", "andres", "felipe", "jorge", "ricardo", "fernando", "manuel", "rafael", "diego",
    "mateo", "sofia", "isabella", "mia", "ava", "chloe", "zoe", "lily", "ella", "ethan", "mason", "liam", "lucas",
    "oliver", "elijah", "aiden", "jackson", "caleb", "owen", "luke", "gavin", "isaac", "hunter", "connor", "evan",
];

/// Heads of organisation names: a place name right before one is part of
/// the organisation's name ("Minsk Group", "Houston Rockets" aside, "Real
/// Madrid" is caught by the capitalised word before it).
pub(crate) const ORG_HEADS: &[&str] = &[
    "group", "university", "college", "institute", "school", "academy", "bank", "airlines", "airline", "airways",
    "air", "times", "post", "herald", "tribune", "journal", "gazette", "news", "press", "chronicle", "telegraph",
    "standard", "observer", "guardian", "courier", "mail", "express", "star", "sun", "world", "today", "daily",
    "weekly", "magazine", "radio", "television", "tv", "broadcasting", "network", "channel", "fc", "cf", "afc",
    "united", "rovers", "wanderers", "athletic", "club", "team", "company", "corporation", "corp", "inc", "ltd",
    "plc", "llc", "holdings", "industries", "motors", "energy", "oil", "gas", "petroleum", "telecom", "exchange",
    "council", "committee", "commission", "agency", "authority", "association", "federation", "union", "society",
    "foundation", "trust", "fund", "party", "movement", "front", "army", "navy", "police", "protocol", "accord",
    "accords", "agreement", "treaty", "convention", "declaration", "format", "process", "summit", "conference",
    "forum", "games", "olympics", "open", "cup", "marathon", "festival", "hotel", "hospital", "museum", "zoo",
    "stadium", "arena", "theatre", "theater", "church", "cathedral", "mosque", "temple", "prison", "jail", "court",
    "tribunal", "parliament", "assembly", "senate", "congress", "ministry", "department", "office", "embassy",
    "consulate", "mission", "high", "declaration", "symphony", "orchestra", "opera", "ballet", "philharmonic",
    "rockets", "lakers", "giants", "yankees", "dolphins", "bears", "bulls", "kings", "stars", "sox", "jets",
    "syndrome", "fever", "flu", "virus", "strain", "stock", "index", "airport", "station", "port", "street",
    "avenue", "road", "square", "bridge", "tower", "centre", "center", "mall", "market",
];

/// Nouns that head an organisation named "X of <place>" ("University of
/// Texas", "Bank of England"): the place is part of the name.
pub(crate) const ORG_OF_HEADS: &[&str] = &[
    "university", "college", "institute", "school", "academy", "bank", "museum", "council", "church", "cathedral",
    "ministry", "department", "federation", "association", "society", "league", "court", "commission", "chamber",
    "conservatory", "diocese", "archdiocese", "order", "duke", "duchess", "earl", "prince", "princess", "king",
    "queen", "bishop", "archbishop", "mayor", "governor", "lord", "sultan", "emir", "shah", "tsar", "caliph",
];

/// Capitalised words that may follow a place name without making it part
/// of a longer proper name: generic heads ("Karabakh Region"), roles
/// ("Moscow Mayor", "Texas Governor") and the like.
pub(crate) const ALLOWED_AFTER: &[&str] = &[
    "region", "province", "district", "county", "state", "states", "city", "town", "village", "island", "islands",
    "valley", "mountains", "river", "sea", "ocean", "bay", "gulf", "coast", "peninsula", "desert", "lake", "oblast",
    "krai", "rayon", "prefecture", "governorate", "municipality", "area", "metro", "capital", "border", "borders",
    "president", "prime", "premier", "governor", "mayor", "minister", "foreign", "defence", "defense", "interior",
    "health", "officials", "official", "authorities", "government", "state", "senator", "sen",
    "secretary", "ambassador", "envoy", "chief", "leader", "king", "queen", "emperor", "representative", "rep",
    "attorney", "general", "opposition", "delegation", "forces", "troops", "military",
    "and", "or", "but", "on", "in", "at", "to", "from", "with", "the", "i", "ii", "iii",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

/// Words that may stand inside a multiword place name in lowercase
/// ("Bosnia and Herzegovina", "Rio de Janeiro").
pub(crate) const CONNECTORS: &[&str] = &[
    "of", "and", "the", "de", "del", "della", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "les", "el",
    "al", "y", "e", "upon", "on", "am", "an", "der", "den", "sur", "en", "im", "i", "au", "aux", "van", "von", "ad",
    "bin", "ibn", "s", "d", "l", "st",
];

/// Prepositions before a place ("in Baku", "near Ganja").
pub(crate) const LOCATIVE: &[&str] = &[
    "in", "near", "at", "from", "to", "into", "across", "throughout", "outside", "inside", "around", "towards",
    "toward", "via", "through", "across", "between", "within", "along", "beyond", "off", "across", "visited",
    "visit", "visiting", "entered", "reached", "left", "fled", "bombed", "shelled", "struck", "hit", "attacked",
    "captured", "liberated", "occupied", "toured", "invaded",
];

/// Capitalised words that may extend a place name to the left, with the
/// extension kept in the span ("East Los Angeles", "Upper Karabakh").
pub(crate) const DIRECTIONAL: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "greater", "inner", "outer", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "northwestern", "southeastern", "southwestern",
];

/// Words never read as places, whatever the gazetteer says: months and
/// weekdays (dates win), and words that are capitalised mid-sentence for
/// reasons of their own.
pub(crate) const NEVER: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "god", "allah",
    "christmas", "easter", "ramadan", "eid", "i", "a", "an", "the", "this", "that", "it", "we", "you", "he", "she",
    "they", "mr", "mrs", "ms", "dr", "ok", "tv", "am", "pm", "bc", "ad", "internet", "web", "covid", "net",
];

/// Words that mark an organisation or a person from the left when the place
/// is the last word of a capitalised run; kept apart from `FIRST_NAMES` so
/// that sentence-initial function words do not count.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "to", "for", "from", "of", "by", "with", "and", "or", "but", "as", "if",
    "when", "while", "after", "before", "since", "until", "unlike", "like", "near", "across", "outside", "inside",
    "throughout", "both", "neither", "either", "all", "some", "many", "most", "every", "each", "no", "not", "only",
    "even", "also", "meanwhile", "however", "although", "though", "because", "so", "yet", "then", "now", "here",
    "there", "where", "why", "how", "what", "which", "who", "whom", "whose", "that", "this", "these", "those",
    "its", "his", "her", "their", "our", "my", "your", "into", "onto", "over", "under", "above", "below", "between",
    "among", "against", "during", "within", "without", "about", "around", "through", "via", "per", "than", "towards",
    "toward", "upon", "following", "including", "despite", "according", "beyond", "besides", "along", "amid",
    "is", "was", "are", "were", "be", "been", "has", "had", "have", "do", "does", "did", "will", "would", "can",
    "could", "should", "may", "might", "must", "shall", "said", "says", "say", "told", "tells", "visited", "left",
    "reached", "entered", "fled", "hit", "struck", "attacked", "captured", "liberated", "invaded", "occupied",
    "welcome", "dear", "hello", "breaking", "update", "exclusive", "opinion", "analysis", "watch", "live", "photos",
    "video", "read", "more", "related", "see", "also", "source", "sources", "report", "reports", "via",
];

/// True if `word` (any case) is in `list` (lowercase, short: linear scan is fine).
pub(crate) fn contains(list: &[&str], word: &str) -> bool {
    word.len() <= 24 && list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Short words a title-case headline leaves in lowercase.
pub(crate) const MINOR_WORDS: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
    "per", "to", "up", "via", "with", "from", "into", "over", "vs",
];

/// Nationality and group adjectives: not places (GUIDELINES), even where a
/// gazetteer has a parish or hamlet of that name.
pub(crate) const DEMONYMS: &[&str] = &[
    "afghan", "albanian", "algerian", "american", "andorran", "angolan", "argentine", "argentinian", "armenian",
    "australian", "austrian", "azerbaijani", "azeri", "bahraini", "bangladeshi", "belarusian", "belgian", "bolivian",
    "bosnian", "brazilian", "british", "bulgarian", "burmese", "cambodian", "cameroonian", "canadian", "chadian",
    "chilean", "chinese", "colombian", "congolese", "croatian", "cuban", "cypriot", "czech", "danish", "dutch",
    "ecuadorian", "egyptian", "emirati", "english", "eritrean", "estonian", "ethiopian", "european", "african",
    "asian", "filipino", "finnish", "french", "georgian", "german", "ghanaian", "greek", "guatemalan", "haitian",
    "honduran", "hungarian", "icelandic", "indian", "indonesian", "iranian", "iraqi", "irish", "israeli", "italian",
    "ivorian", "jamaican", "japanese", "jordanian", "kazakh", "kenyan", "korean", "kosovar", "kurdish", "kuwaiti",
    "kyrgyz", "lao", "latvian", "lebanese", "liberian", "libyan", "lithuanian", "malaysian", "malian", "maltese",
    "mexican", "moldovan", "mongolian", "montenegrin", "moroccan", "mozambican", "namibian", "nepalese", "nepali",
    "nigerian", "nigerien", "norwegian", "omani", "pakistani", "palestinian", "panamanian", "paraguayan", "persian",
    "peruvian", "polish", "portuguese", "qatari", "romanian", "russian", "rwandan", "saudi", "scottish", "senegalese",
    "serbian", "singaporean", "slovak", "slovenian", "somali", "spanish", "sudanese", "swedish", "swiss", "syrian",
    "taiwanese", "tajik", "tanzanian", "thai", "tunisian", "turkish", "turkmen", "ugandan", "ukrainian", "uruguayan",
    "uzbek", "venezuelan", "vietnamese", "welsh", "yemeni", "zambian", "zimbabwean", "arab", "arabic", "latino",
    "hispanic", "soviet", "ottoman", "western", "eastern", "northern", "southern", "catholic", "muslim", "jewish",
    "christian", "hindu", "buddhist", "sunni", "shia", "shiite", "islamic", "orthodox", "protestant", "yankee",
    "balkan", "caucasian", "baltic", "nordic", "scandinavian", "slavic", "celtic", "gaelic", "hebrew", "latin",
];

/// Lowercase nouns that make a place name the name of a thing: "the Minsk
/// group", "the Normandy format", "the Kyoto protocol".
pub(crate) const NAMED_AFTER: &[&str] = &[
    "group", "format", "protocol", "protocols", "accord", "accords", "agreement", "agreements", "process",
    "convention", "declaration", "principles",
];
