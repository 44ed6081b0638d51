//! Proleptic Gregorian calendar arithmetic on plain dates.
//!
//! A dependency (chrono, time, jiff) would bring time zones, formatting and
//! parsing we do not need; what the date recognizer needs is day counting,
//! weekdays, month arithmetic and ISO weeks, which is this small module
//! (Howard Hinnant's `days_from_civil` algorithms).

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// A calendar date with no time and no time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CalendarDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Weekday names, Monday first (ISO 8601 numbering minus one).
pub(crate) const WEEKDAYS: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

impl CalendarDate {
    /// The date, or `None` if there is no such day (February 30th).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Four-digit years only: TIMEX3 and ISO 8601 (basic) write no others,
        // so arithmetic that leaves them yields no date rather than "-001".
        if !(0..=9999).contains(&year) {
            return None;
        }
        Some(CalendarDate { year, month: month as u8, day: day as u8 })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }
    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.month as u32
    }
    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        self.day as u32
    }

    /// Days since 1970-01-01 (negative before).
    pub(crate) fn to_days(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01; `None` outside years 0..=9999.
    pub(crate) fn from_days(days: i64) -> Option<Self> {
        let z = days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
        CalendarDate::new(i32::try_from(year).ok()?, month, day)
    }

    /// The date `n` days later (earlier for negative `n`).
    pub(crate) fn add_days(self, n: i64) -> Option<Self> {
        Self::from_days(self.to_days().checked_add(n)?)
    }

    /// The same day `n` months later, clamped to the month's last day.
    pub(crate) fn add_months(self, n: i64) -> Option<Self> {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + n;
        let year = i32::try_from(total.div_euclid(12)).ok()?;
        let month = (total.rem_euclid(12) + 1) as u32;
        let day = (self.day as u32).min(days_in_month(year, month));
        CalendarDate::new(year, month, day)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub(crate) fn days_until(self, other: CalendarDate) -> i64 {
        other.to_days() - self.to_days()
    }

    /// 0 for Monday up to 6 for Sunday.
    pub(crate) fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u32
    }

    /// The English weekday name.
    pub fn weekday_name(self) -> &'static str {
        WEEKDAYS[self.weekday() as usize]
    }

    /// The ISO 8601 week-numbering year and week (1 to 53).
    pub(crate) fn iso_week(self) -> (i32, u32) {
        let thursday = self.add_days(3 - self.weekday() as i64).unwrap_or(self);
        let jan1 = CalendarDate { year: thursday.year, month: 1, day: 1 };
        (thursday.year, (jan1.days_until(thursday) / 7 + 1) as u32)
    }
}

/// Days in a month of a year of the proleptic Gregorian calendar.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// True for Gregorian leap years.
pub(crate) fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The error for a string that is not a `YYYY-MM-DD` calendar date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseDateError(String);

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} is not a calendar date in the form YYYY-MM-DD", self.0)
    }
}

impl std::error::Error for ParseDateError {}

impl FromStr for CalendarDate {
    type Err = ParseDateError;

    /// Parses `YYYY-MM-DD` (a four-digit year, two-digit month and day).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ParseDateError(s.chars().take(40).collect());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(err());
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let (y, m, d) = (num(0..4).ok_or_else(err)?, num(5..7).ok_or_else(err)?, num(8..10).ok_or_else(err)?);
        CalendarDate::new(y as i32, m, d).ok_or_else(err)
    }
}

impl Serialize for CalendarDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CalendarDate {
        s.parse().unwrap()
    }

    #[test]
    fn round_trips_days() {
        for s in ["1970-01-01", "2000-02-29", "2020-10-09", "1600-03-01", "0001-01-01", "2100-12-31"] {
            assert_eq!(CalendarDate::from_days(d(s).to_days()), Some(d(s)), "{s}");
        }
        assert_eq!(d("1970-01-02").to_days(), 1);
    }

    #[test]
    fn weekdays_and_weeks() {
        assert_eq!(d("2020-10-09").weekday_name(), "Friday");
        assert_eq!(d("2013-02-12").weekday_name(), "Tuesday");
        assert_eq!(d("2020-10-09").iso_week(), (2020, 41));
        assert_eq!(d("2021-01-01").iso_week(), (2020, 53));
        assert_eq!(d("2024-12-30").iso_week(), (2025, 1));
    }

    #[test]
    fn month_arithmetic_clamps() {
        assert_eq!(d("2020-01-31").add_months(1), Some(d("2020-02-29")));
        assert_eq!(d("2020-10-09").add_months(-10), Some(d("2019-12-09")));
        assert_eq!(d("2020-10-09").add_days(-1), Some(d("2020-10-08")));
    }

    #[test]
    fn rejects_bad_strings() {
        for s in ["2020-02-30", "2020-13-01", "20-10-09", "2020/10/09", "２０２０-10-09", ""] {
            assert!(s.parse::<CalendarDate>().is_err(), "{s}");
        }
    }
}
