//! The TypeScript declarations the package ships (written in `src/wasm.rs`)
//! checked against the Rust types they describe.
//!
//! Every output type is built here with every field set and serialized the
//! way the bindings serialize it; each JSON object's keys must be exactly
//! the fields its interface declares, and each enum's JSON strings exactly
//! its union's. A field added on one side only fails here. The `match`es
//! below list every variant, so a new variant does not compile until it is
//! added to them (and so to this check).

use std::collections::BTreeSet;

use article_annotator::*;
use serde_json::Value;

/// The declaration text between `TS_TYPES: &'static str = r#"` and `"#;`.
fn declarations() -> String {
    let source = include_str!("../src/wasm.rs");
    let start = source.find("r#\"").expect("src/wasm.rs holds the TypeScript declarations") + 3;
    let end = source[start..].find("\"#;").expect("declarations end") + start;
    source[start..end].to_string()
}

/// The body of `interface NAME ... { ... }` (with the fields of the
/// interfaces it extends), or of `type NAME = ...;`.
fn body(ts: &str, name: &str) -> String {
    for opener in [format!("interface {name} "), format!("interface {name}{{")] {
        if let Some(at) = ts.find(&opener) {
            let head_end = at + ts[at..].find('{').unwrap();
            let head = &ts[at..head_end];
            let close = head_end + ts[head_end..].find("\n}").expect("interface closes");
            let mut out = ts[head_end + 1..close].to_string();
            if let Some(parents) = head.split(" extends ").nth(1) {
                for parent in parents.split(',') {
                    out.push('\n');
                    out.push_str(&body(ts, parent.trim()));
                }
            }
            return out;
        }
    }
    let at = ts.find(&format!("type {name} =")).unwrap_or_else(|| panic!("no declaration of {name}"));
    let end = at + ts[at..].find(";\n").unwrap();
    ts[at..end].to_string()
}

/// Field names declared in an interface body (comments left out).
fn fields(ts: &str, name: &str) -> BTreeSet<String> {
    let mut text = body(ts, name);
    while let Some(s) = text.find("/*") {
        let e = text[s..].find("*/").map_or(text.len(), |e| s + e + 2);
        text.replace_range(s..e, "");
    }
    text.split([';', '\n'])
        .filter_map(|part| {
            let part = part.trim();
            let colon = part.find(':')?;
            let field = part[..colon].trim().trim_end_matches('?');
            field.chars().all(|c| c.is_ascii_alphanumeric()).then(|| field.to_string()).filter(|f| !f.is_empty())
        })
        .collect()
}

/// The string literals of a union type.
fn union(ts: &str, name: &str) -> BTreeSet<String> {
    body(ts, name).split('"').skip(1).step_by(2).map(str::to_string).collect()
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().expect("an object").keys().cloned().collect()
}

fn json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> CalendarDate {
    CalendarDate::new(y, m, d).unwrap()
}

fn place_candidate() -> PlaceCandidate {
    PlaceCandidate {
        name: "Geneva".into(),
        feature: FeatureType::City,
        country_code: Some("CH".into()),
        region: Some("Canton of Geneva".into()),
        lat: Some(46.2),
        lon: Some(6.1),
        population: Some(183_981),
    }
}

fn full_place() -> PlaceDetail {
    let c = place_candidate();
    PlaceDetail {
        name: c.name.clone(),
        feature: c.feature,
        country_code: c.country_code.clone(),
        country: Some("Switzerland".into()),
        region: c.region.clone(),
        lat: c.lat,
        lon: c.lon,
        population: c.population,
        alternatives: vec![c],
    }
}

fn full_date() -> DateDetail {
    DateDetail {
        value: Some("2020-10-09T15:30Z".into()),
        timex_type: TimexType::Time,
        modifier: Some("APPROX".into()),
        range: Some(("2020-10-09".into(), "2020-10-10".into())),
        resolution: Resolution::Relative,
        relative_to: Some("2020-10-09".into()),
        weekday: Some("Friday".into()),
        days_from_reference: Some(0),
        interval: Some(Interval { start: date(2020, 10, 9), end: date(2020, 10, 9), grain: Grain::Day }),
        partial: Some(PartialDate { month: Some(10), day: Some(9) }),
        time: Some("15:30".into()),
        zone: Some("Z".into()),
        part_of_day: Some("night".into()),
        duration: vec![DurationPart { amount: Some(1.0), unit: TimeUnit::Hour }],
    }
}

fn full_figure() -> FigureDetail {
    FigureDetail {
        value: 400.0,
        range: Some([400.0, 500.0]),
        exactness: Exactness::Approximate,
        approx: true,
        vague: true,
        modifier: Some("some".into()),
        unit: Some("kilometre".into()),
        currency: Some("USD".into()),
        per: Some("share".into()),
        counts: Some("people".into()),
    }
}

fn span(kind: Kind, detail: Detail) -> Span {
    Span { kind, start: 0, end: 6, text: "Geneva".into(), confidence: 0.9, detail }
}

#[test]
fn interfaces_declare_exactly_the_serialized_fields() {
    let ts = declarations();
    let check = |name: &str, value: Value| {
        let declared = fields(&ts, name);
        assert_eq!(keys(&value), declared, "interface {name} and the Rust type's JSON keys differ");
    };
    check("PlaceCandidate", json(&place_candidate()));
    check("PlaceDetail", json(&full_place()));
    check("DateDetail", json(&full_date()));
    check("Interval", json(&full_date().interval.unwrap()));
    check("PartialDate", json(&full_date().partial.unwrap()));
    check("DurationPart", json(&full_date().duration[0]));
    check("FigureDetail", json(&full_figure()));
    check("Annotations", json(&Annotations { spans: vec![], reference_date: None }));
    let reference = ReferenceDate { value: date(2020, 10, 9), source: ReferenceSource::Dateline, start: Some(0), end: Some(6) };
    check("ReferenceDate", json(&reference));

    // A span is the base fields plus `kind` and the detail named after it.
    let mut base = fields(&ts, "SpanBase");
    base.insert("kind".into());
    for (kind, detail) in [
        (Kind::Place, full_place().into()),
        (Kind::Date, full_date().into()),
        (Kind::Figure, full_figure().into()),
    ] {
        let mut want = base.clone();
        want.insert(kind.as_str().into());
        assert_eq!(keys(&json(&span(kind, detail))), want, "{kind:?} span");
        assert!(body(&ts, "Span").contains(&format!("kind: \"{}\"; {}: ", kind.as_str(), kind.as_str())), "{kind:?} in Span");
    }
}

/// Every variant of an enum, by an exhaustive match: a new variant stops
/// this compiling until it is listed.
fn all<T: Copy>(variants: &[T], check: fn(T)) -> Vec<T> {
    variants.iter().for_each(|&v| check(v));
    variants.to_vec()
}

fn strings<T: serde::Serialize>(values: &[T]) -> BTreeSet<String> {
    values.iter().map(|v| json(v).as_str().expect("a string").to_string()).collect()
}

#[test]
fn unions_list_exactly_the_serialized_strings() {
    let ts = declarations();
    let features = all(
        &[
            FeatureType::Country,
            FeatureType::Region,
            FeatureType::District,
            FeatureType::City,
            FeatureType::Continent,
            FeatureType::Area,
            FeatureType::HistoricalState,
            FeatureType::Water,
            FeatureType::Landform,
            FeatureType::Street,
            FeatureType::Facility,
            FeatureType::Unknown,
        ],
        |f| match f {
            FeatureType::Country
            | FeatureType::Region
            | FeatureType::District
            | FeatureType::City
            | FeatureType::Continent
            | FeatureType::Area
            | FeatureType::HistoricalState
            | FeatureType::Water
            | FeatureType::Landform
            | FeatureType::Street
            | FeatureType::Facility
            | FeatureType::Unknown => {}
        },
    );
    assert_eq!(strings(&features), union(&ts, "FeatureType"));

    let exactness = all(
        &[Exactness::Exact, Exactness::Approximate, Exactness::MoreThan, Exactness::AtLeast, Exactness::LessThan, Exactness::AtMost],
        |e| match e {
            Exactness::Exact | Exactness::Approximate | Exactness::MoreThan | Exactness::AtLeast | Exactness::LessThan | Exactness::AtMost => {}
        },
    );
    assert_eq!(strings(&exactness), union(&ts, "Exactness"));

    let grains = all(
        &[Grain::Day, Grain::Week, Grain::Weekend, Grain::Month, Grain::Quarter, Grain::Half, Grain::Season, Grain::Year, Grain::Decade, Grain::Century],
        |g| match g {
            Grain::Day | Grain::Week | Grain::Weekend | Grain::Month | Grain::Quarter | Grain::Half | Grain::Season | Grain::Year | Grain::Decade | Grain::Century => {}
        },
    );
    assert_eq!(strings(&grains), union(&ts, "Grain"));

    let units = all(
        &[
            TimeUnit::Second,
            TimeUnit::Minute,
            TimeUnit::Hour,
            TimeUnit::Day,
            TimeUnit::Week,
            TimeUnit::Month,
            TimeUnit::Quarter,
            TimeUnit::Year,
            TimeUnit::Decade,
            TimeUnit::Century,
            TimeUnit::Millennium,
        ],
        |u| match u {
            TimeUnit::Second
            | TimeUnit::Minute
            | TimeUnit::Hour
            | TimeUnit::Day
            | TimeUnit::Week
            | TimeUnit::Month
            | TimeUnit::Quarter
            | TimeUnit::Year
            | TimeUnit::Decade
            | TimeUnit::Century
            | TimeUnit::Millennium => {}
        },
    );
    assert_eq!(strings(&units), union(&ts, "TimeUnit"));

    // Unions written inline in an interface.
    let inline = |interface: &str, field: &str| -> BTreeSet<String> {
        let b = body(&ts, interface);
        let at = b.find(&format!("{field}:")).or_else(|| b.find(&format!("{field}?:"))).unwrap_or_else(|| panic!("{interface}.{field}"));
        let line = &b[at..at + b[at..].find(';').unwrap()];
        line.split('"').skip(1).step_by(2).map(str::to_string).collect()
    };
    let types = all(&[TimexType::Date, TimexType::Time, TimexType::Duration, TimexType::Set], |t| match t {
        TimexType::Date | TimexType::Time | TimexType::Duration | TimexType::Set => {}
    });
    assert_eq!(strings(&types), inline("DateDetail", "type"));
    let resolutions = all(&[Resolution::Absolute, Resolution::Relative, Resolution::Unresolved], |r| match r {
        Resolution::Absolute | Resolution::Relative | Resolution::Unresolved => {}
    });
    assert_eq!(strings(&resolutions), inline("DateDetail", "resolution"));
    let sources = all(&[ReferenceSource::Option, ReferenceSource::Dateline], |s| match s {
        ReferenceSource::Option | ReferenceSource::Dateline => {}
    });
    assert_eq!(strings(&sources), inline("ReferenceDate", "source"));
    let kinds: BTreeSet<String> = Kind::ALL.iter().map(|k| k.as_str().to_string()).collect();
    assert_eq!(kinds, inline("AnnotateOptions", "kinds"));
}

/// The checker itself finds a difference: a declaration missing a field
/// the type has, or declaring one it lacks.
#[test]
fn the_check_sees_a_missing_or_extra_field() {
    let ts = "export interface A {\n  /** doc: with a colon */\n  x: number; y?: string;\n}\n";
    assert_eq!(fields(ts, "A"), ["x", "y"].map(String::from).into_iter().collect());
    assert_ne!(fields(ts, "A"), keys(&serde_json::json!({"x": 1})));
}
