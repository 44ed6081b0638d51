//! The recognizer contract: what a recognizer is given, and what it gives
//! back.
//!
//! A recognizer is a folder of its own (`src/place/`, `src/date/`,
//! `src/figure/`) that exports one [`Recognizer`]. It reads the shared
//! tokens ([`Doc`]) and the [`Context`], and pushes [`Candidate`]s over byte
//! ranges; it never sees another recognizer's candidates, and it imports
//! nothing from the other recognizers or from the pipeline. The pipeline
//! runs the recognizers of [`crate::pipeline`]'s list in turn and resolves
//! the overlaps between their candidates. Adding a kind is a new folder, a
//! line in that list, and the kind's variant in the output types
//! (`span.rs`).

use crate::calendar::CalendarDate;
use crate::options::{Kinds, Options};
use crate::span::{Detail, Kind};
use crate::text::Doc;

/// A proposed span, in byte offsets, before overlaps are resolved.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub confidence: f32,
    /// Boxed: a `Detail` is ~170 bytes, and the candidates are a vector that
    /// grows by doubling (old and new buffers alive at once) and is sorted
    /// and moved; 40-byte candidates keep that small.
    pub detail: Box<Detail>,
}

/// What every recognizer may read besides the text.
pub(crate) struct Context<'o> {
    pub options: &'o Options,
    /// The reference date in force: the caller's, else the dateline's.
    pub reference: Option<CalendarDate>,
}

/// A date found in the text that can serve as the reference date (a
/// dateline), with its byte range.
pub(crate) type FoundReference = (CalendarDate, usize, usize);

/// One recognizer, as the pipeline runs it.
pub(crate) struct Recognizer {
    /// The kind its candidates have.
    pub kind: Kind,
    /// Other kinds whose output needs this recognizer's candidates to win
    /// the overlaps: dates run when only figures are asked for, because the
    /// numbers inside a date are not figures.
    pub also_for: &'static [Kind],
    /// Proposes candidates for `doc` into `out`.
    pub recognize: fn(&Doc, &Context, &mut Vec<Candidate>),
    /// Finds the reference date in the text itself, for recognizers that
    /// can (the dateline of an article); asked only when the caller gave
    /// none.
    pub find_reference: Option<fn(&Doc) -> Option<FoundReference>>,
}

impl Recognizer {
    /// True if the pipeline must run this recognizer for `kinds`.
    pub(crate) fn runs_for(&self, kinds: Kinds) -> bool {
        kinds.contains(self.kind) || self.also_for.iter().any(|&k| kinds.contains(k))
    }
}
