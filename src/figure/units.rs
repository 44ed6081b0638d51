//! Word lists for figures: currencies, units of measure, scale suffixes and
//! approximation modifiers. General lists (all common currencies, the SI and
//! imperial units news uses), not words picked from test texts.

use crate::span::Exactness;

/// Currency signs, with the ISO 4217 code they stand for alone.
pub(crate) const CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₩", "KRW"),
    ("₪", "ILS"),
    ("₴", "UAH"),
    ("₼", "AZN"),
    ("₦", "NGN"),
    ("฿", "THB"),
    ("₱", "PHP"),
    ("₫", "VND"),
    ("₸", "KZT"),
    ("₾", "GEL"),
    ("֏", "AMD"),
    ("元", "CNY"),
    ("₿", "XBT"),
];

/// Letters glued before `$` or `£` that name whose dollar or pound it is
/// ("US$40", "A$5", "HK$3", "GB£20"), with the ISO code.
pub(crate) const SIGN_PREFIXES: &[(&str, &str, &str)] = &[
    ("US", "$", "USD"),
    ("USD", "$", "USD"),
    ("U.S.", "$", "USD"),
    ("A", "$", "AUD"),
    ("AU", "$", "AUD"),
    ("AUD", "$", "AUD"),
    ("C", "$", "CAD"),
    ("CA", "$", "CAD"),
    ("CAD", "$", "CAD"),
    ("NZ", "$", "NZD"),
    ("HK", "$", "HKD"),
    ("S", "$", "SGD"),
    ("SG", "$", "SGD"),
    ("R", "$", "BRL"),
    ("NT", "$", "TWD"),
    ("MX", "$", "MXN"),
    ("Mex", "$", "MXN"),
    ("GB", "£", "GBP"),
    ("UK", "£", "GBP"),
    ("E", "£", "EGP"),
];

/// ISO 4217 codes that may stand before or after an amount ("USD 40",
/// "30 EUR"); also "RMB" and "Rs", which news uses like codes.
pub(crate) const ISO_CODES: &[(&str, &str)] = &[
    ("USD", "USD"), ("EUR", "EUR"), ("GBP", "GBP"), ("JPY", "JPY"), ("CNY", "CNY"), ("RMB", "CNY"),
    ("INR", "INR"), ("Rs", "INR"), ("RUB", "RUB"), ("TRY", "TRY"), ("AZN", "AZN"), ("AMD", "AMD"),
    ("GEL", "GEL"), ("KZT", "KZT"), ("UAH", "UAH"), ("BYN", "BYN"), ("CHF", "CHF"), ("CAD", "CAD"),
    ("AUD", "AUD"), ("NZD", "NZD"), ("HKD", "HKD"), ("SGD", "SGD"), ("SEK", "SEK"), ("NOK", "NOK"),
    ("DKK", "DKK"), ("PLN", "PLN"), ("CZK", "CZK"), ("HUF", "HUF"), ("RON", "RON"), ("BGN", "BGN"),
    ("RSD", "RSD"), ("BRL", "BRL"), ("MXN", "MXN"), ("ARS", "ARS"), ("CLP", "CLP"), ("COP", "COP"),
    ("PEN", "PEN"), ("ZAR", "ZAR"), ("NGN", "NGN"), ("KES", "KES"), ("EGP", "EGP"), ("MAD", "MAD"),
    ("SAR", "SAR"), ("AED", "AED"), ("QAR", "QAR"), ("KWD", "KWD"), ("BHD", "BHD"), ("OMR", "OMR"),
    ("ILS", "ILS"), ("NIS", "ILS"), ("IRR", "IRR"), ("IQD", "IQD"), ("PKR", "PKR"), ("BDT", "BDT"),
    ("LKR", "LKR"), ("NPR", "NPR"), ("THB", "THB"), ("VND", "VND"), ("IDR", "IDR"), ("MYR", "MYR"),
    ("PHP", "PHP"), ("KRW", "KRW"), ("TWD", "TWD"), ("ISK", "ISK"), ("GHS", "GHS"), ("ETB", "ETB"),
    ("TZS", "TZS"), ("UGX", "UGX"), ("DZD", "DZD"), ("TND", "TND"), ("LYD", "LYD"), ("JOD", "JOD"),
    ("LBP", "LBP"), ("SYP", "SYP"), ("AFN", "AFN"), ("UZS", "UZS"), ("TMT", "TMT"), ("KGS", "KGS"),
    ("TJS", "TJS"), ("MDL", "MDL"), ("ALL", "ALL"), ("MKD", "MKD"), ("BAM", "BAM"), ("XOF", "XOF"),
    ("XAF", "XAF"), ("ZMW", "ZMW"), ("MMK", "MMK"), ("KHR", "KHR"), ("LAK", "LAK"), ("MNT", "MNT"),
    ("VES", "VES"), ("CUP", "CUP"), ("DOP", "DOP"), ("BOB", "BOB"), ("PYG", "PYG"), ("UYU", "UYU"),
    ("BTC", "XBT"), ("RM", "MYR"),
];

/// Currency names (singular and plural) written after an amount, with the
/// ISO code they mean alone (`""` when they are ambiguous alone: "francs",
/// "pesos", "dinars") and the canonical name.
pub(crate) const CURRENCY_WORDS: &[(&str, &str, &str)] = &[
    ("dollar", "USD", "dollar"), ("dollars", "USD", "dollar"), ("buck", "USD", "dollar"), ("bucks", "USD", "dollar"),
    ("euro", "EUR", "euro"), ("euros", "EUR", "euro"),
    ("pound", "GBP", "pound"), ("pounds", "GBP", "pound"), ("sterling", "GBP", "pound"), ("quid", "GBP", "pound"),
    ("pence", "GBP", "penny"), ("penny", "GBP", "penny"), ("pennies", "GBP", "penny"),
    ("cent", "", "cent"), ("cents", "", "cent"),
    ("yen", "JPY", "yen"), ("yuan", "CNY", "yuan"), ("renminbi", "CNY", "yuan"),
    ("rupee", "INR", "rupee"), ("rupees", "INR", "rupee"),
    ("ruble", "RUB", "rouble"), ("rubles", "RUB", "rouble"), ("rouble", "RUB", "rouble"), ("roubles", "RUB", "rouble"),
    ("manat", "AZN", "manat"), ("manats", "AZN", "manat"),
    ("lira", "TRY", "lira"), ("liras", "TRY", "lira"), ("lire", "TRY", "lira"),
    ("dram", "AMD", "dram"), ("drams", "AMD", "dram"),
    ("lari", "GEL", "lari"), ("laris", "GEL", "lari"),
    ("tenge", "KZT", "tenge"),
    ("hryvnia", "UAH", "hryvnia"), ("hryvnias", "UAH", "hryvnia"), ("hryvnas", "UAH", "hryvnia"),
    ("franc", "", "franc"), ("francs", "", "franc"),
    ("peso", "", "peso"), ("pesos", "", "peso"),
    ("reais", "BRL", "real"),
    ("rand", "ZAR", "rand"),
    ("ringgit", "MYR", "ringgit"), ("rupiah", "IDR", "rupiah"), ("baht", "THB", "baht"),
    ("dinar", "", "dinar"), ("dinars", "", "dinar"),
    ("dirham", "AED", "dirham"), ("dirhams", "AED", "dirham"),
    ("riyal", "SAR", "riyal"), ("riyals", "SAR", "riyal"),
    ("rial", "IRR", "rial"), ("rials", "IRR", "rial"),
    ("shekel", "ILS", "shekel"), ("shekels", "ILS", "shekel"),
    ("krona", "SEK", "krona"), ("kronor", "SEK", "krona"),
    ("krone", "NOK", "krone"), ("kroner", "NOK", "krone"),
    ("zloty", "PLN", "zloty"), ("zlotys", "PLN", "zloty"), ("zlotych", "PLN", "zloty"),
    ("forint", "HUF", "forint"), ("forints", "HUF", "forint"),
    ("naira", "NGN", "naira"), ("cedi", "GHS", "cedi"), ("cedis", "GHS", "cedi"),
    ("shilling", "", "shilling"), ("shillings", "", "shilling"),
    ("kwacha", "ZMW", "kwacha"), ("birr", "ETB", "birr"), ("taka", "BDT", "taka"), ("dong", "VND", "dong"),
    ("kyat", "MMK", "kyat"), ("kyats", "MMK", "kyat"), ("afghani", "AFN", "afghani"), ("afghanis", "AFN", "afghani"),
    ("somoni", "TJS", "somoni"), ("tugrik", "MNT", "tugrik"), ("tugriks", "MNT", "tugrik"), ("leu", "RON", "leu"), ("lei", "RON", "leu"), ("lev", "BGN", "lev"), ("leva", "BGN", "lev"),
    ("koruna", "CZK", "koruna"), ("korunas", "CZK", "koruna"), ("bitcoin", "XBT", "bitcoin"), ("bitcoins", "XBT", "bitcoin"),
];

/// Words before a currency name that say whose it is ("Australian dollars",
/// "Swiss francs"), with the code the pair means. The second field is the
/// canonical currency name the adjective applies to.
pub(crate) const CURRENCY_ADJECTIVES: &[(&str, &str, &str)] = &[
    ("us", "dollar", "USD"), ("u.s.", "dollar", "USD"), ("american", "dollar", "USD"),
    ("australian", "dollar", "AUD"), ("canadian", "dollar", "CAD"), ("singapore", "dollar", "SGD"),
    ("taiwan", "dollar", "TWD"), ("taiwanese", "dollar", "TWD"), ("zimbabwean", "dollar", "ZWL"),
    ("jamaican", "dollar", "JMD"), ("namibian", "dollar", "NAD"), ("fijian", "dollar", "FJD"),
    ("zealand", "dollar", "NZD"), ("kong", "dollar", "HKD"), ("brunei", "dollar", "BND"),
    ("swiss", "franc", "CHF"), ("cfa", "franc", "XOF"), ("congolese", "franc", "CDF"), ("rwandan", "franc", "RWF"),
    ("mexican", "peso", "MXN"), ("philippine", "peso", "PHP"), ("argentine", "peso", "ARS"),
    ("argentinian", "peso", "ARS"), ("chilean", "peso", "CLP"), ("colombian", "peso", "COP"),
    ("cuban", "peso", "CUP"), ("dominican", "peso", "DOP"), ("uruguayan", "peso", "UYU"),
    ("pakistani", "rupee", "PKR"), ("indian", "rupee", "INR"), ("nepalese", "rupee", "NPR"),
    ("nepali", "rupee", "NPR"), ("lankan", "rupee", "LKR"), ("mauritian", "rupee", "MUR"),
    ("indonesian", "rupiah", "IDR"),
    ("iraqi", "dinar", "IQD"), ("kuwaiti", "dinar", "KWD"), ("jordanian", "dinar", "JOD"),
    ("serbian", "dinar", "RSD"), ("algerian", "dinar", "DZD"), ("libyan", "dinar", "LYD"),
    ("tunisian", "dinar", "TND"), ("bahraini", "dinar", "BHD"),
    ("moroccan", "dirham", "MAD"), ("emirati", "dirham", "AED"), ("uae", "dirham", "AED"),
    ("saudi", "riyal", "SAR"), ("qatari", "riyal", "QAR"), ("omani", "rial", "OMR"),
    ("iranian", "rial", "IRR"), ("yemeni", "rial", "YER"), ("omani", "riyal", "OMR"),
    ("kenyan", "shilling", "KES"), ("ugandan", "shilling", "UGX"), ("tanzanian", "shilling", "TZS"),
    ("somali", "shilling", "SOS"), ("egyptian", "pound", "EGP"), ("lebanese", "pound", "LBP"),
    ("syrian", "pound", "SYP"), ("sudanese", "pound", "SDG"), ("british", "pound", "GBP"),
    ("turkmen", "manat", "TMT"), ("azerbaijani", "manat", "AZN"), ("russian", "rouble", "RUB"),
    ("belarusian", "rouble", "BYN"), ("turkish", "lira", "TRY"), ("armenian", "dram", "AMD"),
    ("georgian", "lari", "GEL"), ("ukrainian", "hryvnia", "UAH"), ("south", "rand", "ZAR"),
    ("chinese", "yuan", "CNY"), ("japanese", "yen", "JPY"), ("korean", "won", "KRW"),
    ("swedish", "krona", "SEK"), ("norwegian", "krone", "NOK"), ("danish", "krone", "DKK"),
    ("icelandic", "krona", "ISK"), ("brazilian", "real", "BRL"), ("polish", "zloty", "PLN"),
    ("hungarian", "forint", "HUF"), ("nigerian", "naira", "NGN"), ("ghanaian", "cedi", "GHS"),
    ("romanian", "leu", "RON"), ("moldovan", "leu", "MDL"), ("bulgarian", "lev", "BGN"),
    ("czech", "koruna", "CZK"), ("thai", "baht", "THB"), ("vietnamese", "dong", "VND"),
    ("malaysian", "ringgit", "MYR"), ("malaysia", "ringgit", "MYR"), ("israeli", "shekel", "ILS"),
];

/// A unit of measure as written after a number: its written forms and the
/// canonical name reported in the details. Forms with a capital letter, and
/// forms of one or two letters, match only as written ("GB", "km", "g");
/// longer lowercase forms match in any case. Several words are separated by
/// one space, which matches any whitespace ("square kilometres").
pub(crate) struct Unit {
    pub forms: &'static [&'static str],
    pub name: &'static str,
}

macro_rules! units {
    ($( $name:literal [$($form:literal),*] ),* $(,)?) => {
        &[ $( Unit { forms: &[$($form),*], name: $name } ),* ]
    };
}

/// Units of measure, longest forms first within each entry and compound
/// units before their parts. Time units are left to the date recognizer
/// (durations are dates), so they are absent.
pub(crate) const UNITS: &[Unit] = units![
    "percentage point" ["percentage points", "percentage point", "percent points", "pct points", "pct point", "pp"],
    "basis point" ["basis points", "basis point", "bps", "bp"],
    "%" ["per cent", "percent", "pct", "%"],
    // What markets count in: index points ("fell 340 points") and a level's
    // mark ("the 5000 mark"; "marks" are the currency).
    "point" ["points", "point", "pts"],
    "mark" ["mark"],
    "square kilometre" ["square kilometres", "square kilometers", "square kilometre", "square kilometer", "sq km", "sq. km", "km²", "km2"],
    "square metre" ["square metres", "square meters", "square metre", "square meter", "sq m", "m²", "m2"],
    "square mile" ["square miles", "square mile", "sq mi", "sq miles"],
    "square foot" ["square feet", "square foot", "sq ft"],
    "cubic metre" ["cubic metres", "cubic meters", "cubic metre", "cubic meter", "m³", "m3"],
    "cubic foot" ["cubic feet", "cubic foot"],
    "kilometre per hour" ["kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour", "km/h", "kph", "kmh"],
    "mile per hour" ["miles per hour", "miles an hour", "mph"],
    "nautical mile" ["nautical miles", "nautical mile", "nmi"],
    "kilometre" ["kilometres", "kilometers", "kilometre", "kilometer", "km", "kms", "Km", "KM"],
    "metre" ["metres", "meters", "metre", "meter"],
    "centimetre" ["centimetres", "centimeters", "centimetre", "centimeter", "cm"],
    "millimetre" ["millimetres", "millimeters", "millimetre", "millimeter", "mm"],
    "micrometre" ["micrometres", "micrometers", "micrometre", "micrometer", "microns", "micron", "µm", "μm"],
    "picometre" ["picometres", "picometers", "picometre", "picometer"],
    "decimetre" ["decimetres", "decimeters", "decimetre", "decimeter", "dm"],
    "nanometre" ["nanometres", "nanometers", "nanometre", "nanometer", "nm"],
    "mile" ["miles", "mile", "mi"],
    "yard" ["yards", "yard", "yd", "yds"],
    "foot" ["feet", "foot", "ft"],
    "inch" ["inches", "inch"],
    "hectare" ["hectares", "hectare", "ha"],
    "acre" ["acres", "acre"],
    "tonne" ["metric tonnes", "metric tons", "tonnes", "tonne", "tons", "ton"],
    "kilogram" ["kilograms", "kilogrammes", "kilogram", "kilogramme", "kilos", "kilo", "kg", "kgs", "Kg"],
    "milligram" ["milligrams", "milligram", "mg"],
    "microgram" ["micrograms", "microgram", "microgrammes", "microgramme", "mcg", "µg", "μg"],
    "gram" ["grams", "grammes", "gram", "gramme", "g"],
    "pound" ["lbs", "lb"],
    "ounce" ["ounces", "ounce", "oz"],
    "millilitre" ["millilitres", "milliliters", "millilitre", "milliliter", "mls", "ml", "mL"],
    "centilitre" ["centilitres", "centiliters", "centilitre", "centiliter", "cl"],
    "litre" ["litres", "liters", "litre", "liter", "l", "L"],
    "gallon" ["gallons", "gallon", "gals", "gal"],
    "hectolitre" ["hectolitres", "hectoliters", "hectolitre", "hectoliter", "hl"],
    "barrel" ["barrels", "barrel", "bbl"],
    "cup" ["cups", "cup"],
    "tablespoon" ["tablespoons", "tablespoon", "tbsp"],
    "teaspoon" ["teaspoons", "teaspoon", "tsp"],
    "pint" ["pints", "pint"],
    "quart" ["quarts", "quart"],
    "degree Celsius" ["degrees celsius", "degrees centigrade", "degree celsius", "degrees celcius", "deg celsius", "degrees C", "degrees c", "deg C", "deg c", "°C", "ºC", "° C", "° celsius", "celsius", "celcius", "centigrade"],
    "degree Fahrenheit" ["degrees fahrenheit", "degree fahrenheit", "degrees farenheit", "deg fahrenheit", "degrees F", "degrees f", "deg F", "deg f", "°F", "ºF", "° F", "° fahrenheit", "fahrenheit", "farenheit"],
    "kelvin" ["kelvins", "kelvin"],
    "degree" ["degrees", "degree", "deg.", "deg", "°", "º"],
    "kilowatt hour" ["kilowatt hours", "kilowatt-hours", "kilowatt hour", "kWh"],
    "megawatt hour" ["megawatt hours", "megawatt hour", "MWh"],
    "gigawatt hour" ["gigawatt hours", "gigawatt hour", "GWh"],
    "terawatt hour" ["terawatt hours", "terawatt hour", "TWh"],
    "watt hour" ["watt hours", "watt hour", "Wh"],
    "gigawatt" ["gigawatts", "gigawatt", "GW"],
    "megawatt" ["megawatts", "megawatt", "MW"],
    "kilowatt" ["kilowatts", "kilowatt", "kW"],
    "watt" ["watts", "watt", "W"],
    "horsepower" ["horsepower", "hp"],
    "kilovolt" ["kilovolts", "kilovolt", "kV"],
    "volt" ["volts", "volt", "V"],
    "megaton" ["megatons", "megatonnes", "megaton"],
    "kiloton" ["kilotons", "kilotonnes", "kiloton"],
    "terabyte" ["terabytes", "terabyte", "TB"],
    "gigabyte" ["gigabytes", "gigabyte", "GB"],
    "megabyte" ["megabytes", "megabyte", "MB"],
    "bit" ["bits", "bit"],
    "kilobyte" ["kilobytes", "kilobyte", "KB", "kB"],
    "exabyte" ["exabytes", "exabyte", "EB"],
    "petabyte" ["petabytes", "petabyte", "PB"],
    "gigahertz" ["gigahertz", "GHz"],
    "megahertz" ["megahertz", "MHz"],
    "kilohertz" ["kilohertz", "kHz"],
    "hertz" ["hertz", "Hz"],
    "megabit per second" ["Mbps", "Mbit/s", "Mb/s"],
    "gigabit per second" ["Gbps", "Gbit/s"],
    "kilocalorie" ["kilocalories", "kcal"],
    "calorie" ["calories", "calorie"],
    "kilojoule" ["kilojoules", "kJ"],
    "joule" ["joules", "joule"],
    "decibel" ["decibels", "decibel", "dB"],
    "knot" ["knots", "knot"],
    "bushel" ["bushels", "bushel"],
    "carat" ["carats", "carat"],
    "megapixel" ["megapixels", "megapixel"],
    "electronvolt" ["electronvolts", "electronvolt", "eV"],
    "kiloelectronvolt" ["keV"],
    "megaelectronvolt" ["MeV"],
    "gigaelectronvolt" ["GeV"],
    "teraelectronvolt" ["TeV"],
    "gray" ["Gy"],
    "milligray" ["mGy"],
    "sievert" ["sieverts", "sievert", "Sv"],
    "millisievert" ["millisieverts", "millisievert", "mSv"],
    "microsievert" ["microsieverts", "microsievert", "µSv", "μSv"],
    "becquerel" ["becquerels", "becquerel", "Bq"],
    "British thermal unit" ["british thermal units", "btu", "Btu", "BTU"],
    "pixel" ["pixels"],
];

/// Units written as one capital letter glued to the digits ("-12C",
/// "573K"), which would be too ambiguous standing apart.
pub(crate) const GLUED_UNITS: &[(&str, &str)] =
    &[("C", "degree Celsius"), ("F", "degree Fahrenheit"), ("m", "metre"), ("t", "tonne"), ("in", "inch"), ("K", "kelvin")];

/// Scale abbreviations glued to or after digits ("40k", "$5m", "1.2bn").
/// The one-letter ones are ambiguous ("5m" may be five metres); the caller
/// decides with [`ambiguous_scale`].
pub(crate) fn scale_suffix(word: &str) -> Option<f64> {
    Some(match word {
        "k" | "K" => 1e3,
        "m" | "M" | "mn" | "mln" | "MM" => 1e6,
        "b" | "B" | "bn" | "bln" | "Bn" => 1e9,
        "tn" | "trn" | "T" => 1e12,
        "lakh" | "lakhs" | "lac" | "lacs" => 1e5,
        "crore" | "crores" | "cr" => 1e7,
        _ => return None,
    })
}

/// True for the one-letter scale abbreviations, which mean a scale only
/// after a currency sign or glued to the digits.
pub(crate) fn ambiguous_scale(word: &str) -> bool {
    matches!(word, "m" | "M" | "b" | "B" | "T" | "K")
}

/// Approximation and bound modifiers before a number, longest first, with
/// the exactness they give. Several words are separated by one space.
pub(crate) const MODIFIERS: &[(&str, Exactness)] = &[
    ("an estimated", Exactness::Approximate),
    ("some", Exactness::Approximate),
    ("around", Exactness::Approximate),
    ("about", Exactness::Approximate),
    ("roughly", Exactness::Approximate),
    ("approximately", Exactness::Approximate),
    ("approx", Exactness::Approximate),
    ("circa", Exactness::Approximate),
    ("an approximate", Exactness::Approximate),
    ("estimated", Exactness::Approximate),
    ("somewhere around", Exactness::Approximate),
    ("in the region of", Exactness::Approximate),
    ("on the order of", Exactness::Approximate),
    ("more or less", Exactness::Approximate),
    ("nearly", Exactness::LessThan),
    ("almost", Exactness::LessThan),
    ("close to", Exactness::LessThan),
    ("just under", Exactness::LessThan),
    ("just below", Exactness::LessThan),
    ("less than", Exactness::LessThan),
    ("fewer than", Exactness::LessThan),
    ("under", Exactness::LessThan),
    ("below", Exactness::LessThan),
    ("lower than", Exactness::LessThan),
    ("just over", Exactness::MoreThan),
    ("just above", Exactness::MoreThan),
    ("well over", Exactness::MoreThan),
    ("more than", Exactness::MoreThan),
    ("over", Exactness::MoreThan),
    ("above", Exactness::MoreThan),
    ("greater than", Exactness::MoreThan),
    ("higher than", Exactness::MoreThan),
    ("in excess of", Exactness::MoreThan),
    ("upwards of", Exactness::MoreThan),
    ("exceeding", Exactness::MoreThan),
    ("at least", Exactness::AtLeast),
    ("as many as", Exactness::AtLeast),
    ("as much as", Exactness::AtLeast),
    ("no fewer than", Exactness::AtLeast),
    ("no less than", Exactness::AtLeast),
    ("not less than", Exactness::AtLeast),
    ("a minimum of", Exactness::AtLeast),
    ("up to", Exactness::AtMost),
    ("at most", Exactness::AtMost),
    ("no more than", Exactness::AtMost),
    ("not more than", Exactness::AtMost),
    ("a maximum of", Exactness::AtMost),
    ("as few as", Exactness::AtMost),
    ("as little as", Exactness::AtMost),
    ("all", Exactness::Exact),
];
