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
use crate::span::{Detail, FigureDetail, Kind, PlaceDetail};
use crate::text::Doc;

/// A proposed span, in byte offsets, before overlaps are resolved.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// Byte offsets, as `u32` (a `Doc` holds at most `u32::MAX` bytes):
    /// read them with [`Candidate::start`] and [`Candidate::end`].
    start: u32,
    end: u32,
    pub kind: Kind,
    pub confidence: f32,
    /// The output's own detail, which is boxed at its variant's size (see
    /// [`Detail`]): the candidates are a vector that grows by doubling (old
    /// and new buffers alive at once) and is sorted and moved; with `u32`
    /// offsets a candidate is 32 bytes (`usize` offsets would make it 40).
    pub detail: Detail,
}

impl Candidate {
    /// A candidate over the bytes `start..end` of a text (of at most
    /// `u32::MAX` bytes, as every `Doc` is).
    pub fn new(start: usize, end: usize, kind: Kind, confidence: f32, detail: Detail) -> Self {
        debug_assert!(end <= u32::MAX as usize);
        Candidate { start: start as u32, end: end as u32, kind, confidence, detail }
    }

    /// The byte offset where the candidate starts.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// The byte offset just past the candidate.
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// Helpers for the recognizers that amend or read candidates' details.
impl Detail {
    /// A figure's detail; `None` for the other kinds.
    pub(crate) fn figure(&self) -> Option<&FigureDetail> {
        match self {
            Detail::Figure(f) => Some(f),
            _ => None,
        }
    }

    /// A place's detail, to amend; `None` for the other kinds.
    pub(crate) fn place_mut(&mut self) -> Option<&mut PlaceDetail> {
        match self {
            Detail::Place(p) => Some(p),
            _ => None,
        }
    }
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
