//! What an expression means, before the reference date is applied.
//!
//! A parser's result is a `Found`: its tokens and its meaning, a `Sem`.
//! `resolve.rs` later turns the `Sem` into a TIMEX3 value against the
//! reference date and the dates mentioned before it. A `Val` is a meaning
//! that needs no reference at all ("October 9, 2020", "the 1990s").

use super::lexicon::Unit;
use super::parse::holidays::Holiday;
use crate::calendar::CalendarDate;
use crate::span::TimexType;

/// A calendar value whose TIMEX3 form does not depend on the reference date.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val {
    Day(CalendarDate),
    Month(i32, u32),
    Year(i32),
    Week(i32, u32),
    Weekend(i32, u32),
    Season(i32, &'static str),
    Quarter(i32, u32),
    /// The first three digits of the years ("199" for the 1990s).
    Decade(i32),
    /// The first two digits of the years ("19" for the 20th century),
    /// negative before the common era.
    Century(i32),
    /// A year before the common era.
    BcYear(i32),
    /// A day and a part of it ("MO", "NI") or a clock time ("15:30").
    DayTime(CalendarDate, String),
}

impl Val {
    pub(crate) fn timex(&self) -> String {
        match self {
            Val::Day(d) => d.to_string(),
            Val::Month(y, m) => format!("{}-{:02}", year4(*y), m),
            Val::Year(y) => year4(*y),
            Val::Week(y, w) => format!("{}-W{:02}", year4(*y), w),
            Val::Weekend(y, w) => format!("{}-W{:02}-WE", year4(*y), w),
            Val::Season(y, s) => format!("{}-{}", year4(*y), s),
            Val::Quarter(y, q) => format!("{}-Q{}", year4(*y), q),
            Val::Decade(d) => format!("{:03}", d),
            // Centuries before the common era are negative: the 4th century
            // BC (the 300s BC) is BC03.
            Val::Century(c) if *c < 0 => format!("BC{:02}", -c),
            Val::Century(c) => format!("{:02}", c),
            Val::BcYear(y) => format!("BC{:04}", y),
            Val::DayTime(d, t) => format!("{d}T{t}"),
        }
    }

    /// The year the value lies in, where it has one.
    pub(crate) fn year(&self) -> Option<i32> {
        match self {
            Val::Day(d) | Val::DayTime(d, _) => Some(d.year()),
            Val::Month(y, _) | Val::Year(y) | Val::Week(y, _) | Val::Weekend(y, _) | Val::Season(y, _) | Val::Quarter(y, _) => Some(*y),
            _ => None,
        }
    }
}

pub(crate) fn year4(y: i32) -> String {
    if y < 0 {
        format!("BC{:04}", -y)
    } else {
        format!("{:04}", y)
    }
}

/// Which way a bare weekday or month points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    /// By the tense of the sentence: the past one unless a future cue.
    Tense,
    /// "last Friday": strictly before the reference.
    Last,
    /// "next Friday": strictly after.
    Next,
    /// "this Friday": the one in the reference's week.
    This,
}

/// What an expression means, before the reference date is applied.
#[derive(Debug, Clone)]
pub(crate) enum Sem {
    /// "from March to May", "between 2010 and 2015": both ends.
    Range(Box<Found>, Box<Found>),
    /// A value the text names in full ("October 9, 2020", "1991").
    Abs(Val),
    /// A month and maybe a day without a year ("September 27", "March").
    Partial { month: u32, day: Option<u32> },
    /// A month and maybe a day in a year named by reference ("August of
    /// that year", "May 5 of the following year"): the last year mentioned
    /// plus an offset.
    PartialOf { month: u32, day: Option<u32>, offset: i32 },
    /// A day of the month without the month ("on the 18th").
    DayOfMonth(u32),
    /// A season without a year ("the summer").
    PartialSeason(&'static str),
    /// A holiday without a year ("Christmas"): its date in a given year.
    Holiday(Holiday),
    /// A weekday, its direction and a part of the day.
    Weekday { wd: u32, dir: Dir, part: Option<&'static str> },
    /// Days from the reference ("yesterday" = -1), with a part of the day.
    Deictic { days: i64, part: Option<&'static str> },
    /// The calendar unit containing the reference, shifted ("last month").
    Rel { unit: Unit, offset: i64 },
    /// A named month relative to the reference ("last March").
    RelMonth { month: u32, offset: i64 },
    /// A season relative to the last year mentioned ("the next spring").
    AnaphorSeason { season: &'static str, offset: i64 },
    /// A season relative to the reference ("last summer").
    RelSeason { season: &'static str, offset: i64 },
    /// An amount of time before or after the reference ("two years ago") or,
    /// when anaphoric, after the last date mentioned ("two days later").
    Shift { n: i64, unit: Unit, sign: i64, anaphoric: bool },
    /// The unit after or before the last date mentioned ("the next day").
    Anaphor { unit: Unit, offset: i64, part: Option<&'static str> },
    /// A quarter of a year named by reference ("the third quarter of this
    /// year": offset 0) or by the tense ("the fourth quarter": `None`).
    QuarterIn { q: u32, year_offset: Option<i64> },
    /// The `nth` week of a month (0: the last), in a year written or not.
    WeekOfMonth { month: u32, nth: u32, year: Option<i32> },
    /// The period last mentioned (or a unit of the reference), `years`
    /// back: "the same period last year", "the same month a year ago".
    SamePeriod { unit: Option<Unit>, years: i64 },
    /// The time the text is telling ("at that time", "the same time"):
    /// the last date mentioned, else the present.
    TimeTold,
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Ref(&'static str),
    /// A duration value (`P3D`).
    Duration(String),
    /// A set value (`P1Y`, `XXXX-WXX-1`).
    Set(String),
    /// A clock time on the reference day ("15:30"), as `HH:MM`.
    Clock(String),
    /// A temporal expression with no value TIMEX3 can write ("at night").
    Unknown,
}

/// One expression found: tokens `[start, end)` and what they mean.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub ty: TimexType,
    pub modifier: Option<&'static str>,
    /// The text states the year itself.
    pub explicit_year: bool,
    /// The two ends of a range, as TIMEX3 values, where the text gives both.
    pub range: Option<(String, String)>,
    pub confidence: f32,
    /// A part of the day the text puts on the date ("the morning of April 19").
    pub part: Option<&'static str>,
    /// A clock time the text puts on the date ("Friday at 3 p.m."), `HH:MM`.
    pub clock: Option<String>,
    /// This expression opens a range that the next one closes.
    pub range_with_next: bool,
    /// The weekday the text gives for a date without a year ("Tuesday,
    /// January 10"): it picks the year.
    pub weekday_hint: Option<u32>,
    /// The half of the year named ("the first half of 2020" is 2020-H1).
    pub half: Option<u32>,
}

impl Found {
    pub(crate) fn new(start: usize, end: usize, sem: Sem, ty: TimexType) -> Self {
        let explicit_year = matches!(sem, Sem::Abs(_));
        Found { start, end, sem, ty, modifier: None, explicit_year, range: None, confidence: 0.9, part: None, clock: None, range_with_next: false, weekday_hint: None, half: None }
    }
}

/// Most expressions are dates; times, durations and sets say so.
pub(crate) const DATE: TimexType = TimexType::Date;
