//! The parsers, one file a family of expressions.
//!
//! Each parser is a method of `Parser` that reads the longest expression of
//! its family starting at a token, or nothing. None looks more than a
//! bounded number of tokens ahead, so a scan of the text stays linear.
//!
//! - `absolute`: calendar dates written out ("October 9, 2020", "9 Oct",
//!   "2020-10-09", "10/9/2020", "on the 18th").
//! - `years`: bare years, years BC, decades, centuries, seasons, quarters
//!   and halves of a year.
//! - `relative`: weekdays, "today" and "now", and dates relative to the
//!   reference or to the last date mentioned ("last week", "next Friday",
//!   "the following year").
//! - `periods`: a period by its place in a larger one ("the third quarter
//!   of this year", "the last week of March", "the same period last year").
//! - `durations`: amounts of time ("three days", "decades-long") and the
//!   shifts made of them ("two years ago", "a week later").
//! - `sets`: recurring times ("every Monday", "weekly").
//! - `times`: clock times ("3 p.m.", "15:30 GMT", "noon").
//! - `holidays`: named holidays and the rule for their date.
//! - `ranges`: "from X to Y" and "between X and Y", over two of the above.

pub(crate) mod absolute;
pub(crate) mod durations;
pub(crate) mod holidays;
pub(crate) mod periods;
pub(crate) mod ranges;
pub(crate) mod relative;
pub(crate) mod sets;
pub(crate) mod times;
pub(crate) mod years;
