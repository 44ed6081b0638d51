//! Places: gazetteer matching, context rules and resolution.

use crate::pipeline::{Candidate, Context};
use crate::text::Doc;

/// Proposes a place candidate for every place name in `doc`, resolved.
pub(crate) fn recognize(_doc: &Doc, _ctx: &Context, _out: &mut Vec<Candidate>) {}
