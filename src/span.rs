//! The output contract: one [`Span`] type for every kind of mark.
//!
//! Every span satisfies, for the text it was produced from:
//! - `start < end`, both in UTF-16 code units (JavaScript string indices),
//!   `start` inclusive and `end` exclusive, never inside a surrogate pair;
//! - `text` is exactly the UTF-16 slice `[start, end)` of the input;
//! - spans are sorted by `start` and never overlap.
//!
//! The detail object is named after the kind (`place`, `date`, `figure`),
//! which is the JSON shape `../shared/GUIDELINES.md` and the scorer expect.

use serde::Serialize;

use crate::calendar::CalendarDate;

/// What a span marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A named geographic or geopolitical location.
    Place,
    /// A temporal expression (TIMEX3): a date, time, duration or set.
    Date,
    /// A numeric quantity: a count, amount of money, percentage or measure.
    Figure,
}

impl Kind {
    /// All kinds, in output priority order.
    pub const ALL: [Kind; 3] = [Kind::Place, Kind::Date, Kind::Figure];

    /// The lowercase name used in JSON and in options (`"place"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Place => "place",
            Kind::Date => "date",
            Kind::Figure => "figure",
        }
    }
}

/// One marked stretch of the text. See the module docs for the contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Span {
    /// What the span marks.
    pub kind: Kind,
    /// First UTF-16 code unit of the span (inclusive).
    pub start: usize,
    /// One past the last UTF-16 code unit of the span (exclusive).
    pub end: usize,
    /// The marked text, exactly as it stands in the input.
    pub text: String,
    /// How sure the recognizer is, from 0 to 1, to two decimals.
    pub confidence: f64,
    /// The resolved value, named after the kind (`place`, `date`, `figure`).
    #[serde(flatten)]
    pub detail: Detail,
}

/// The resolved value of a span; serialized as an object named after its kind.
///
/// Each variant is boxed at its own size. Unboxed, every span was as large
/// as a date's detail (352 bytes a span natively; 3.8x the input's size on
/// news, all of it allocated while the recognizers' candidates still held
/// their details): boxed, a span is 72 bytes and takes its detail over from
/// the candidate that found it, without a copy. Read the fields through the
/// box as before (`Detail::Date(d) => d.value`); build one with
/// `Detail::Date(Box::new(..))` or `DateDetail::into()`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Detail {
    /// Where the place is.
    Place(Box<PlaceDetail>),
    /// Which calendar day, time or length of time is meant.
    Date(Box<DateDetail>),
    /// What number is meant, how exactly, and of what.
    Figure(Box<FigureDetail>),
}

impl From<PlaceDetail> for Detail {
    fn from(detail: PlaceDetail) -> Self {
        Detail::Place(Box::new(detail))
    }
}

impl From<DateDetail> for Detail {
    fn from(detail: DateDetail) -> Self {
        Detail::Date(Box::new(detail))
    }
}

impl From<FigureDetail> for Detail {
    fn from(detail: FigureDetail) -> Self {
        Detail::Figure(Box::new(detail))
    }
}

/// The kind of place a name resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum FeatureType {
    /// A sovereign state or dependent territory.
    Country,
    /// A first-level administrative division: state, province, oblast.
    Region,
    /// A lower administrative division: district, county, rayon.
    District,
    /// A city, town or village.
    City,
    /// A continent.
    Continent,
    /// A named area that is not an administrative unit ("Middle East").
    Area,
    /// A state that no longer exists ("Soviet Union").
    HistoricalState,
    /// A sea, ocean, lake, gulf or river.
    Water,
    /// A mountain, range, island, peninsula, desert or other landform.
    Landform,
    /// A named street, road, square or highway ("Royal Street", "Highway 19").
    Street,
    /// A named airport, station or other facility ("Changi Airport").
    Facility,
    /// A name with strong locative cues that the gazetteer does not hold.
    #[default]
    Unknown,
}

/// Where a place is: the resolved gazetteer entry.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct PlaceDetail {
    /// The canonical English name.
    pub name: String,
    /// What kind of place it is.
    pub feature: FeatureType,
    /// ISO 3166-1 alpha-2 code of the country the place lies in; none for
    /// places that lie in no one country (continents, "South Caucasus").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// The English name of that country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The English name of the first-level region (state, province) the
    /// place lies in, where known: "Louisiana" for Alexandria, Louisiana.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Latitude in degrees, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude in degrees, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// Population, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
    /// The runner-up readings of the same name, best first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<PlaceCandidate>,
}

/// A reading of a place name that lost to the chosen one.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct PlaceCandidate {
    /// The canonical English name.
    pub name: String,
    /// What kind of place it is.
    pub feature: FeatureType,
    /// ISO 3166-1 alpha-2 country code, where the place lies in one country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// The English name of its first-level region, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Latitude in degrees, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude in degrees, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// Population, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
}

/// The TIMEX3 type of a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or part of one ("Friday", "1991", "last month").
    #[default]
    Date,
    /// A time of day ("tonight", "3 p.m.").
    Time,
    /// A length of time ("25 years").
    Duration,
    /// A recurring time ("every Monday").
    Set,
}

/// How a date's value was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum Resolution {
    /// The text names the value itself ("October 9, 2020", "25 years").
    #[default]
    Absolute,
    /// The value was computed from the reference date ("Friday").
    Relative,
    /// The expression is relative but there is no reference date, so no
    /// calendar value was invented.
    Unresolved,
}

/// Which calendar day, time or length of time a date expression means.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct DateDetail {
    /// The TIMEX3 value (`2020-10-09`, `2020-W41`, `P25Y`,
    /// `2020-10-09TNI`, `PAST_REF`); none when it cannot be resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The TIMEX3 type.
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    /// The TIMEX3 modifier (`START`, `MID`, `END`, `APPROX`, `MORE_THAN`...).
    #[serde(rename = "mod", skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// For ranges ("1992–1994"), the first and last values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<(String, String)>,
    /// How the value was obtained.
    pub resolution: Resolution,
    /// The reference date a relative value was resolved against.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative_to: Option<String>,
    /// The weekday of a value that names one calendar day ("Friday").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekday: Option<String>,
    /// Whole days from the reference date to a value that names one calendar
    /// day (-1 is the day before publication).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_from_reference: Option<i64>,
    /// The calendar days a resolved value covers ("2020-W41" is 5 to 11
    /// October 2020); none for durations, references, partial and BC values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// The month and day of a value without a year ("XXXX-03-05").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partial: Option<PartialDate>,
    /// The clock time of the value, `HH:MM` or `HH:MM:SS`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// The time zone of that clock time: `Z` or an offset such as `+02:00`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// The part of the day the value names: morning, afternoon, evening,
    /// night or day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_of_day: Option<String>,
    /// The parts of a duration or a set's period ("PT1H30M": an hour and 30
    /// minutes).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub duration: Vec<DurationPart>,
}

/// A stretch of calendar days, first and last inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Interval {
    /// The first day.
    pub start: CalendarDate,
    /// The last day.
    pub end: CalendarDate,
    /// What the stretch is: a day, a week, a quarter...
    pub grain: Grain,
}

/// The calendar unit an [`Interval`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    /// One day.
    Day,
    /// An ISO week, Monday to Sunday.
    Week,
    /// The Saturday and Sunday of an ISO week.
    Weekend,
    /// A calendar month.
    Month,
    /// A quarter of a year (January to March is the first).
    Quarter,
    /// A half of a year.
    Half,
    /// A season (northern hemisphere, meteorological: summer is June to
    /// August).
    Season,
    /// A calendar year.
    Year,
    /// A decade (the 1990s).
    Decade,
    /// A century (the 1900s).
    Century,
}

/// A date without a year: a month and maybe a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PartialDate {
    /// The month, 1 to 12.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    /// The day of the month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
}

/// One part of a duration: an amount of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DurationPart {
    /// How many; `null` when the text gives no number ("years").
    pub amount: Option<f64>,
    /// Of what.
    pub unit: TimeUnit,
}

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeUnit {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A quarter of a year.
    Quarter,
    /// A year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
    /// A thousand years.
    Millennium,
}

/// How exact a figure is, as the text says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum Exactness {
    /// Stated as is ("143").
    #[default]
    Exact,
    /// "some", "around", "about", "roughly", "an estimated".
    Approximate,
    /// "more than", "over".
    MoreThan,
    /// "at least", "as many as" read as a floor.
    AtLeast,
    /// "less than", "under", "nearly", "almost".
    LessThan,
    /// "up to", "at most".
    AtMost,
}

/// What number a figure means, how exactly, and of what.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct FigureDetail {
    /// The number as written, scaled (3.2e9 for "$3.2 billion"; the lower
    /// end of a range; the lower bound of a vague plural).
    pub value: f64,
    /// Both ends, low then high, when the figure is one end of a range
    /// written with two numbers ("300-400" is two figures, each carrying
    /// `[300, 400]`), as date ranges are two dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
    /// How exact the text says the number is.
    pub exactness: Exactness,
    /// True when the exactness is anything but exact (the gold data's flag).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub approx: bool,
    /// True for vague plurals ("thousands", "dozens"): `value` is a lower bound.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub vague: bool,
    /// The modifier as written ("some", "more than").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// The unit's name ("%", "kilometre", "tonne").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// ISO 4217 code of a money amount ("USD").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// What a rate is per, written after the span ("share" in "$9.66 per
    /// share", "day" in "300 barrels a day").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// What the number counts ("lives" in "some 400 lives"), outside the span.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<String>,
}

/// Where the reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ReferenceSource {
    /// The caller passed it in [`crate::Options`].
    Option,
    /// A dateline or publication date at the top of the article.
    Dateline,
}

/// The date that relative expressions ("Friday", "last month") were resolved
/// against, and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceDate {
    /// The date, `YYYY-MM-DD` in JSON.
    pub value: CalendarDate,
    /// Where it came from.
    pub source: ReferenceSource,
    /// For a dateline, its UTF-16 `[start, end)` in the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    /// See `start`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

/// Everything found in one text.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Annotations {
    /// The spans, sorted by `start`, never overlapping.
    pub spans: Vec<Span>,
    /// The reference date used, if any.
    pub reference_date: Option<ReferenceDate>,
}
