//! The JavaScript bindings: the one file that knows about wasm-bindgen.
//!
//! It converts options in and annotations out at the boundary and turns bad
//! options into a JS `Error` whose message says what is wrong. Everything
//! else lives in the pure core.

use wasm_bindgen::prelude::*;

use crate::{Kinds, Options};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options for `annotate`; every field is optional. */
export interface AnnotateOptions {
  /** The article's publication date, "YYYY-MM-DD"; resolves "Friday" or "last month". */
  referenceDate?: string;
  /** Which kinds to report; all three by default. */
  kinds?: Array<"place" | "date" | "figure">;
  /** Read 10/9/2020 as 10 September instead of 9 October. */
  dayFirst?: boolean;
}

export type FeatureType = "country" | "region" | "district" | "city" | "continent" | "area"
  | "historicalState" | "water" | "landform" | "street" | "facility" | "unknown";

export interface PlaceCandidate {
  name: string; feature: FeatureType; countryCode?: string;
  /** The first-level region (state, province) it lies in: "Louisiana". */
  region?: string;
  lat?: number; lon?: number; population?: number;
}

/** Where a place is. */
export interface PlaceDetail extends PlaceCandidate {
  /** The English name of the country the place lies in. */
  country?: string;
  /** Runner-up readings of the same name, best first. */
  alternatives?: PlaceCandidate[];
}

/** Which day, time or length of time a date expression means (TIMEX3). */
export interface DateDetail {
  /** TIMEX3 value: "2020-10-09", "2020-W41", "P25Y", "2020-10-09TNI", "PAST_REF"... */
  value?: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  /** TIMEX3 modifier: "START", "MID", "END", "APPROX", "MORE_THAN", ... */
  mod?: string;
  /** First and last value of a range. */
  range?: [string, string];
  resolution: "absolute" | "relative" | "unresolved";
  /** The reference date a relative value was resolved against. */
  relativeTo?: string;
  /** The weekday of a value that names one calendar day ("Friday"). */
  weekday?: string;
  /** Whole days from the reference date (-1 is the day before). */
  daysFromReference?: number;
  /** The calendar days a resolved value covers, first and last inclusive. */
  interval?: Interval;
  /** The month and day of a value without a year ("XXXX-03-05"). */
  partial?: PartialDate;
  /** The clock time, "HH:MM" or "HH:MM:SS". */
  time?: string;
  /** The time zone of that time: "Z" or an offset such as "+02:00". */
  zone?: string;
  partOfDay?: "morning" | "afternoon" | "evening" | "night" | "day";
  /** The parts of a duration, or of a set's period. */
  duration?: DurationPart[];
}

export type Grain = "day" | "week" | "weekend" | "month" | "quarter" | "half" | "season" | "year"
  | "decade" | "century";

/** A stretch of calendar days: "2020-W41" is 2020-10-05 to 2020-10-11. */
export interface Interval {
  /** "YYYY-MM-DD" */
  start: string;
  /** "YYYY-MM-DD", inclusive. */
  end: string;
  grain: Grain;
}

export interface PartialDate {
  month?: number;
  day?: number;
}

export type TimeUnit = "second" | "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year"
  | "decade" | "century" | "millennium";

export interface DurationPart {
  /** null when the text gives no number ("years"). */
  amount: number | null;
  unit: TimeUnit;
}

export type Exactness = "exact" | "approximate" | "moreThan" | "atLeast" | "lessThan" | "atMost";

/** What number a figure means, how exactly, and of what. */
export interface FigureDetail {
  value: number;
  /** Both ends, low then high, when the figure is one end of a range ("300-400" is two figures). */
  range?: [number, number];
  exactness: Exactness;
  approx?: boolean;
  vague?: boolean;
  modifier?: string;
  unit?: string;
  /** ISO 4217 currency code. */
  currency?: string;
  /** What a rate is per ("share" in "$9.66 per share"), outside the span. */
  per?: string;
  /** What the number counts ("lives"), outside the span. */
  counts?: string;
}

interface SpanBase {
  /** UTF-16 offsets into the text: start inclusive, end exclusive. */
  start: number; end: number;
  /** Exactly text.slice(start, end). */
  text: string;
  /** From 0 to 1. */
  confidence: number;
}
export type Span =
  | (SpanBase & { kind: "place"; place: PlaceDetail })
  | (SpanBase & { kind: "date"; date: DateDetail })
  | (SpanBase & { kind: "figure"; figure: FigureDetail });

export interface ReferenceDate {
  value: string;
  source: "option" | "dateline";
  start?: number; end?: number;
}

/** Spans sorted by start, never overlapping. */
export interface Annotations {
  spans: Span[];
  referenceDate: ReferenceDate | null;
}
"#;

/// What a bad options object is told it should look like.
const OPTIONS_SHAPE: &str =
    "expected { referenceDate?: \"YYYY-MM-DD\", kinds?: [\"place\"|\"date\"|\"figure\"], dayFirst?: boolean }";

/// The options a plain object gives: every own key must be one of the three,
/// and undefined or null is the same as leaving a key out.
///
/// Read property by property rather than by serde: serde's error messages
/// format a float they meet ("invalid type: floating point `5.5`"), which
/// alone kept core's float formatter (Dragon and Grisu, ~11 KB of wasm) in
/// the module, and it was serde-wasm-bindgen's only use (now no dependency).
/// The errors say the same things.
fn options_from_js(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !value.is_object() {
        return Err(JsError::new("options must be an object such as { referenceDate: \"2020-10-09\" }"));
    }
    let invalid = |what: String| JsError::new(&format!("invalid options: {what}; {OPTIONS_SHAPE}"));
    const FIELDS: [&str; 3] = ["referenceDate", "kinds", "dayFirst"];
    for key in object_keys(&value) {
        let key = key.as_string().unwrap_or_default();
        if !FIELDS.contains(&key.as_str()) {
            return Err(invalid(format!("unknown field {key:?}")));
        }
    }
    let field = |name: &str| Some(reflect_get(&value, name)).filter(|v| !v.is_undefined() && !v.is_null());
    let type_of = |v: &JsValue| v.js_typeof().as_string().unwrap_or_default();
    let mut options = Options::default();
    if let Some(v) = field("dayFirst") {
        options.day_first = v.as_bool().ok_or_else(|| invalid(format!("dayFirst must be a boolean (got {})", type_of(&v))))?;
    }
    if let Some(v) = field("referenceDate") {
        let date = v.as_string().ok_or_else(|| invalid(format!("referenceDate must be a string (got {})", type_of(&v))))?;
        if !date.trim().is_empty() {
            options = options.with_reference_date(&date).map_err(|e| JsError::new(&e.to_string()))?;
        }
    }
    if let Some(v) = field("kinds") {
        if !is_array(&v) {
            return Err(invalid(format!("kinds must be an array (got {})", type_of(&v))));
        }
        let kinds = array_from(&v)
            .iter()
            .map(|k| k.as_string().ok_or_else(|| invalid(format!("kinds must hold strings (got {})", type_of(k)))))
            .collect::<Result<Vec<String>, JsError>>()?;
        options.kinds = Kinds::parse(&kinds).map_err(|e| JsError::new(&e.to_string()))?;
    }
    Ok(options)
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Object, js_name = keys)]
    fn object_keys(object: &JsValue) -> Vec<JsValue>;
    #[wasm_bindgen(js_namespace = Reflect, js_name = get)]
    fn reflect_get(object: &JsValue, key: &str) -> JsValue;
    #[wasm_bindgen(js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> bool;
    #[wasm_bindgen(js_namespace = Array, js_name = from)]
    fn array_from(array: &JsValue) -> Vec<JsValue>;
}

/// Marks every place, date and figure in `text`.
///
/// Lone surrogates in the JS string arrive as U+FFFD, which is one UTF-16
/// unit as well, so offsets still index the caller's string.
#[wasm_bindgen(js_name = annotate, unchecked_return_type = "Annotations")]
pub fn annotate_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    if !text.is_string() {
        return Err(JsError::new("text must be a string"));
    }
    let options = options_from_js(options)?;
    // The text comes in through TextEncoder.encode, copied once into wasm
    // memory at its exact UTF-8 length. A `&str` parameter would go through
    // wasm-bindgen's glue, which on meeting the first non-ASCII character
    // grows its buffer to 3 bytes per remaining UTF-16 unit and shrinks it
    // after: on 4 MB of news that held ~12 MB at once, and wasm memory never
    // shrinks. TextEncoder writes U+FFFD for a lone surrogate, as the glue
    // did, so the bytes are valid UTF-8.
    let text = String::from_utf8(TEXT_ENCODER.with(|e| e.encode(&text)))
        .map_err(|_| JsError::new("TextEncoder returned invalid UTF-8"))?;
    // One JSON string and one JSON.parse instead of a boundary call per
    // field of every span (serde_wasm_bindgen): on 0.5 MB of news with 5,483
    // spans this cut the whole call in Node from ~105-124 ms to ~91 ms, for
    // 1.9 KB more gzipped wasm. The objects are the same (plain objects,
    // null for None), checked by comparing both builds' results.
    //
    // The JSON goes to JavaScript in parts of JSON_PART_BYTES as they are
    // written, joined there (a rope, which JSON.parse flattens once), so
    // wasm memory holds two parts at a time (the one being written and the
    // one waiting) instead of the whole result. The waiting one is passed
    // on when the next is done, so a result of one part (a paragraph, an
    // article) is parsed straight from wasm memory, as before, unjoined.
    let mut joined: Option<JsStr> = None;
    let mut pending: Vec<u8> = Vec::new();
    let join = |joined: Option<JsStr>, part: &[u8]| {
        let s = std::str::from_utf8(part).unwrap_or_default();
        match joined {
            None => JsValue::from_str(s).unchecked_into::<JsStr>(),
            Some(j) => j.concat(s),
        }
    };
    crate::pipeline::annotate_json_in_parts(&text, &options, JSON_PART_BYTES, |part| {
        if !pending.is_empty() {
            joined = Some(join(joined.take(), &pending));
            pending.clear();
        }
        // The writer goes on in the emptied buffer, which keeps its capacity.
        std::mem::swap(&mut pending, part);
    })
    .map_err(|e| JsError::new(&e.to_string()))?;
    let parsed = match joined {
        None => json_parse_str(std::str::from_utf8(&pending).unwrap_or_default()),
        Some(j) => json_parse(&join(Some(j), &pending)),
    };
    parsed.map_err(|_| JsError::new("the result did not parse as JSON"))
}

/// The size of the parts in which a result's JSON goes to JavaScript: big
/// enough that a paragraph or an article is one part, small enough to fit
/// the gaps that the recognizers' freed memory leaves.
const JSON_PART_BYTES: usize = 64 * 1024;

#[wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &JsValue) -> Vec<u8>;
}

thread_local! {
    static TEXT_ENCODER: TextEncoder = TextEncoder::new();
}

#[wasm_bindgen]
extern "C" {
    /// A JavaScript string.
    #[wasm_bindgen(js_name = String)]
    type JsStr;
    /// `this + s`, as a new string.
    #[wasm_bindgen(method)]
    fn concat(this: &JsStr, s: &str) -> JsStr;
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &JsStr) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse_str(text: &str) -> Result<JsValue, JsValue>;
}

/// Adds the gazetteer's second tier (`places-local.bin`, which the build
/// puts next to the `.wasm`): towns of 5,000+ people in the English-speaking
/// countries, counties and parishes. Later `annotate` calls find them.
/// Returns whether the tier was new (false when the same bytes were loaded
/// before); throws an `Error` saying why for a file that is damaged or made
/// for another version of the annotator, and then nothing changes.
#[wasm_bindgen(js_name = loadPlaces)]
pub fn load_places_js(data: &[u8]) -> Result<bool, JsError> {
    crate::load_local_places(data).map_err(|e| JsError::new(&e.to_string()))
}

/// The crate version, for bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Installs the panic hook (when the default feature is on), so that a bug
/// shows as a readable console message instead of "unreachable".
#[wasm_bindgen(start)]
fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}
