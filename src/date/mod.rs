//! Dates: temporal expressions normalized to TIMEX3 against the reference date.

use crate::calendar::CalendarDate;
use crate::pipeline::{Candidate, Context};
use crate::text::Doc;

/// Proposes a date candidate for every temporal expression in `doc`.
pub(crate) fn recognize(_doc: &Doc, _ctx: &Context, _out: &mut Vec<Candidate>) {}

/// A dateline or publication date at the top of the article: the date and
/// its byte range.
pub(crate) fn find_dateline(_doc: &Doc) -> Option<(CalendarDate, usize, usize)> {
    None
}
