//! Ranges: "from March to May", "between 2010 and 2015", "from 9 a.m.
//! until noon". Each end is read by the other parsers; `dispatch.rs` then
//! splits the range into its two ends, as the gold corpora mark them.

use crate::date::cursor::Parser;
use crate::date::meaning::{Found, Sem, DATE};
use crate::span::TimexType;

impl<'d, 'a> Parser<'d, 'a> {
    /// One end of a range: a date with its modifiers.
    pub(crate) fn end_point(&self, i: usize) -> Option<Found> {
        let f = self.modified(i).or_else(|| self.core(i))?;
        (f.start == i && f.ty != TimexType::Duration && f.ty != TimexType::Set && !matches!(f.sem, Sem::Ref(_) | Sem::Shift { .. })).then_some(f)
    }

    /// "from March to May", "between 2010 and 2015", "from 9 a.m. until
    /// noon": one span whose detail gives both ends.
    pub(crate) fn range(&self, i: usize) -> Option<Found> {
        let opener = self.w(i);
        let between = match opener.as_str() {
            "from" => false,
            "between" => true,
            _ => return None,
        };
        let first = self.end_point(i + 1)?;
        let c = self.w(first.end);
        let ok = if between { c.as_str() == "and" } else { matches!(c.as_str(), "to" | "until" | "till" | "through" | "thru") || self.is_dash(first.end) };
        if !ok {
            return None;
        }
        let second = self.end_point(first.end + 1)?;
        // Both ends must be of one kind: two years, two months, two times.
        if first.ty != second.ty {
            return None;
        }
        let end = second.end;
        let mut f = Found::new(i, end, Sem::Range(Box::new(first), Box::new(second)), DATE);
        f.confidence = 0.9;
        Some(f)
    }
}
