//! # article-annotator
//!
//! Marks every **place**, **date** and **figure** in a news article and
//! resolves each one: a place to its country, kind and coordinates; a date to
//! a TIMEX3 calendar value relative to the article's publication date; a
//! figure to its number, unit, exactness and what it counts.
//!
//! The core is pure: text and [`Options`] go in, [`Annotations`] come out. It
//! never reads the clock or the network, so the same input gives the same
//! spans on every platform, natively or compiled to WebAssembly.
//!
//! ```
//! use article_annotator::{annotate, Options, Kind};
//!
//! let options = Options::default().with_reference_date("2020-10-09").unwrap();
//! let found = annotate("Talks in Geneva on Friday drew some 400 people.", &options);
//! let kinds: Vec<Kind> = found.spans.iter().map(|s| s.kind).collect();
//! assert_eq!(kinds, [Kind::Place, Kind::Date, Kind::Figure]);
//! assert_eq!(found.spans[1].text, "Friday");
//! ```
//!
//! Offsets are UTF-16 code units (JavaScript string indices), `start`
//! inclusive and `end` exclusive, so a span's `start`/`end` index the same
//! string in the browser as in Rust. The annotation guidelines the output
//! follows are TimeML/TIMEX3 for dates and the geoparsing literature for
//! places (see the README).
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod calendar;
mod date;
mod figure;
mod numbers;
mod options;
mod pipeline;
mod recognize;
mod place;
mod span;
mod text;
mod wordlist;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use calendar::CalendarDate;
pub use options::{Error, Kinds, Options};
pub use pipeline::{annotate, annotate_json};
pub use place::{load_local_places, LocalTierError};
pub use span::{
    Annotations, DateDetail, Detail, DurationPart, Exactness, FeatureType, FigureDetail, Grain, Interval, Kind,
    PartialDate, PlaceCandidate, PlaceDetail, ReferenceDate, ReferenceSource, Resolution, Span, TimeUnit,
    TimexType,
};

#[cfg(all(test, target_arch = "wasm32"))]
mod wasm_tests;
