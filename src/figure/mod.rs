//! Figures: counts, money, percentages and measures, with what they count.

use crate::pipeline::{Candidate, Context};
use crate::text::Doc;

/// Proposes a figure candidate for every numeric quantity in `doc`.
pub(crate) fn recognize(_doc: &Doc, _ctx: &Context, _out: &mut Vec<Candidate>) {}
