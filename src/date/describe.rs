//! What a TIMEX3 value means on the calendar, spelled out for readers.
//!
//! A TIMEX3 value packs a stretch of calendar into a string ("2020-W41",
//! "2009-Q3", "199", "PT1H30M"). The page and the widget need its pieces
//! (first and last day, grain, clock time, duration parts) to write "week of
//! 5–11 October 2020" or "third quarter of 2009 (July–September)"; the core
//! says them, so JavaScript formats and never re-parses. The reading below
//! covers every value form the resolver writes; an unknown form describes
//! nothing rather than something wrong.

use crate::calendar::{days_in_month, CalendarDate};
use crate::span::{DateDetail, DurationPart, Grain, Interval, PartialDate, TimeUnit};

/// Fills `detail`'s calendar fields (interval, partial date, time, zone,
/// part of the day, duration) from its value.
pub(crate) fn describe(detail: &mut DateDetail) {
    let Some(value) = detail.value.as_deref() else { return };
    if let Some(rest) = value.strip_prefix('P') {
        detail.duration = duration(rest);
        return;
    }
    let (date, time) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    if let Some(t) = time {
        let (clock, zone) = split_zone(t);
        match part_of_day(clock) {
            Some(part) => detail.part_of_day = Some(part.to_string()),
            None if is_clock(clock) => {
                detail.time = Some(clock.to_string());
                detail.zone = zone.map(str::to_string);
            }
            None => {}
        }
    }
    if date.is_empty() {
        return;
    }
    if let Some(rest) = date.strip_prefix("XXXX-") {
        detail.partial = partial(rest);
    } else {
        detail.interval = interval(date);
    }
}

/// "morning" for "MO" and so on: TIMEX3's parts of the day.
fn part_of_day(t: &str) -> Option<&'static str> {
    Some(match t {
        "MO" => "morning",
        "AF" => "afternoon",
        "EV" => "evening",
        "NI" => "night",
        "DT" => "day",
        _ => return None,
    })
}

/// A clock time "HH:MM" or "HH:MM:SS" (digits in every place).
fn is_clock(t: &str) -> bool {
    let b = t.as_bytes();
    let digit_pair = |i: usize| b.get(i..i + 2).is_some_and(|p| p.iter().all(u8::is_ascii_digit));
    (b.len() == 5 || b.len() == 8 && b[5] == b':' && digit_pair(6)) && digit_pair(0) && b[2] == b':' && digit_pair(3)
}

/// The clock and the zone of a time part: "12:00Z" -> ("12:00", "Z"),
/// "09:30+02:00" -> ("09:30", "+02:00").
fn split_zone(t: &str) -> (&str, Option<&str>) {
    if let Some(clock) = t.strip_suffix('Z') {
        return (clock, Some("Z"));
    }
    match t.find(['+', '-']) {
        Some(i) if i >= 5 => (&t[..i], Some(&t[i..])),
        _ => (t, None),
    }
}

fn num(s: &str) -> Option<i32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// "03-05" -> month 3, day 5; "03" -> month 3.
fn partial(rest: &str) -> Option<PartialDate> {
    let mut parts = rest.split('-');
    let month = num(parts.next()?).and_then(|m| u32::try_from(m).ok()).filter(|m| (1..=12).contains(m))?;
    let day = match parts.next() {
        Some(d) => Some(num(d).and_then(|d| u32::try_from(d).ok()).filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    parts.next().is_none().then_some(PartialDate { month: Some(month), day })
}

/// The days a calendar value covers, first and last inclusive.
fn interval(date: &str) -> Option<Interval> {
    let span = |start: CalendarDate, end: CalendarDate, grain| Some(Interval { start, end, grain });
    let year_span = |first: i32, last: i32, grain| span(CalendarDate::new(first, 1, 1)?, CalendarDate::new(last, 12, 31)?, grain);
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        // "199": a decade; "19": a century (the 1900s).
        [d] if d.len() == 3 => {
            let d = num(d)?;
            year_span(d * 10, d * 10 + 9, Grain::Decade)
        }
        [c] if c.len() == 2 => {
            let c = num(c)?;
            year_span(c * 100, c * 100 + 99, Grain::Century)
        }
        [y] => {
            let y = num(y)?;
            year_span(y, y, Grain::Year)
        }
        [y, rest @ ..] => {
            let y = num(y).filter(|_| y.len() == 4)?;
            match rest {
                [q] if q.starts_with('Q') => {
                    let q = num(&q[1..]).filter(|q| (1..=4).contains(q))?;
                    months(y, (q - 1) * 3 + 1, 3, Grain::Quarter)
                }
                [h] if h.starts_with('H') => {
                    let h = num(&h[1..]).filter(|h| (1..=2).contains(h))?;
                    months(y, (h - 1) * 6 + 1, 6, Grain::Half)
                }
                // Northern-hemisphere meteorological seasons: winter runs
                // from December into the next year.
                [s @ ("SP" | "SU" | "FA" | "AU" | "WI")] => {
                    let first = match *s {
                        "SP" => 3,
                        "SU" => 6,
                        "FA" | "AU" => 9,
                        _ => 12,
                    };
                    months(y, first, 3, Grain::Season)
                }
                [w] if w.starts_with('W') => week(y, &w[1..], false),
                [w, we] if w.starts_with('W') && *we == "WE" => week(y, &w[1..], true),
                [m] => months(y, num(m).filter(|m| (1..=12).contains(m))?, 1, Grain::Month),
                [m, d] => {
                    let day = CalendarDate::new(y, u32::try_from(num(m)?).ok()?, u32::try_from(num(d)?).ok()?)?;
                    span(day, day, Grain::Day)
                }
                _ => None,
            }
        }
        [] => None,
    }
}

/// `count` months from month `first` of `year`.
fn months(year: i32, first: i32, count: i32, grain: Grain) -> Option<Interval> {
    let start = CalendarDate::new(year, u32::try_from(first).ok()?, 1)?;
    let last = start.add_months(i64::from(count - 1))?;
    let end = CalendarDate::new(last.year(), last.month(), days_in_month(last.year(), last.month()))?;
    Some(Interval { start, end, grain })
}

/// ISO week `w` of `year` ("41"), or its weekend.
fn week(year: i32, w: &str, weekend: bool) -> Option<Interval> {
    let w = num(w).filter(|w| (1..=53).contains(w))?;
    // ISO week 1 is the week with the year's first Thursday, so it holds
    // January 4th.
    let jan4 = CalendarDate::new(year, 1, 4)?;
    let monday = jan4.add_days(-i64::from(jan4.weekday()) + 7 * i64::from(w - 1))?;
    if monday.iso_week() != (year, w as u32) {
        return None;
    }
    let (start, end) = if weekend { (monday.add_days(5)?, monday.add_days(6)?) } else { (monday, monday.add_days(6)?) };
    Some(Interval { start, end, grain: if weekend { Grain::Weekend } else { Grain::Week } })
}

/// The parts of a duration after its "P": "25Y" -> 25 years, "T1H30M" -> an
/// hour and thirty minutes, "XY" -> years of unknown number.
fn duration(rest: &str) -> Vec<DurationPart> {
    let mut parts = Vec::new();
    let mut in_time = false;
    let mut s = rest;
    while !s.is_empty() {
        if let Some(t) = s.strip_prefix('T') {
            in_time = true;
            s = t;
            continue;
        }
        let amount_len = s.bytes().take_while(|&b| b.is_ascii_digit() || b == b'.' || b == b'X').count();
        let (amount, tail) = s.split_at(amount_len);
        let amount = match amount {
            "X" => None,
            a => match a.parse::<f64>() {
                Ok(n) if n.is_finite() => Some(n),
                _ => return Vec::new(),
            },
        };
        let (unit, len) = match (in_time, tail.as_bytes()) {
            (false, [b'D', b'E', ..]) => (TimeUnit::Decade, 2),
            (false, [b'C', b'E', ..]) => (TimeUnit::Century, 2),
            (false, [b'M', b'L', ..]) => (TimeUnit::Millennium, 2),
            (false, [b'Y', ..]) => (TimeUnit::Year, 1),
            (false, [b'Q', ..]) => (TimeUnit::Quarter, 1),
            (false, [b'M', ..]) => (TimeUnit::Month, 1),
            (false, [b'W', ..]) => (TimeUnit::Week, 1),
            (false, [b'D', ..]) => (TimeUnit::Day, 1),
            (true, [b'H', ..]) => (TimeUnit::Hour, 1),
            (true, [b'M', ..]) => (TimeUnit::Minute, 1),
            (true, [b'S', ..]) => (TimeUnit::Second, 1),
            _ => return Vec::new(),
        };
        parts.push(DurationPart { amount, unit });
        s = &tail[len..];
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn described(value: &str) -> DateDetail {
        let mut d = DateDetail { value: Some(value.to_string()), ..DateDetail::default() };
        describe(&mut d);
        d
    }

    fn days(value: &str) -> Option<(String, String, Grain)> {
        described(value).interval.map(|i| (i.start.to_string(), i.end.to_string(), i.grain))
    }

    fn pair(a: &str, b: &str, g: Grain) -> Option<(String, String, Grain)> {
        Some((a.to_string(), b.to_string(), g))
    }

    #[test]
    fn calendar_values_cover_their_days() {
        assert_eq!(days("2020-10-09"), pair("2020-10-09", "2020-10-09", Grain::Day));
        assert_eq!(days("2020-W41"), pair("2020-10-05", "2020-10-11", Grain::Week));
        assert_eq!(days("2020-W40-WE"), pair("2020-10-03", "2020-10-04", Grain::Weekend));
        assert_eq!(days("2020-W53"), pair("2020-12-28", "2021-01-03", Grain::Week));
        assert_eq!(days("2019-W53"), None, "2019 has 52 ISO weeks");
        assert_eq!(days("2009-Q3"), pair("2009-07-01", "2009-09-30", Grain::Quarter));
        assert_eq!(days("2020-H1"), pair("2020-01-01", "2020-06-30", Grain::Half));
        assert_eq!(days("2020-02"), pair("2020-02-01", "2020-02-29", Grain::Month));
        assert_eq!(days("2020-WI"), pair("2020-12-01", "2021-02-28", Grain::Season));
        assert_eq!(days("2021"), pair("2021-01-01", "2021-12-31", Grain::Year));
        assert_eq!(days("199"), pair("1990-01-01", "1999-12-31", Grain::Decade));
        assert_eq!(days("18"), pair("1800-01-01", "1899-12-31", Grain::Century));
        assert_eq!(days("2020-10-09TNI"), pair("2020-10-09", "2020-10-09", Grain::Day));
    }

    #[test]
    fn times_zones_and_parts_of_the_day() {
        let d = described("2020-10-09T15:30");
        assert_eq!((d.time.as_deref(), d.zone.as_deref(), d.part_of_day.as_deref()), (Some("15:30"), None, None));
        let d = described("2009-06-01T12:00Z");
        assert_eq!((d.time.as_deref(), d.zone.as_deref()), (Some("12:00"), Some("Z")));
        let d = described("T09:30:15+02:00");
        assert_eq!((d.time.as_deref(), d.zone.as_deref(), d.interval), (Some("09:30:15"), Some("+02:00"), None));
        assert_eq!(described("2020-10-09TNI").part_of_day.as_deref(), Some("night"));
        assert_eq!(described("2020-10-09T25").time, None);
    }

    #[test]
    fn partial_dates_and_durations() {
        assert_eq!(described("XXXX-03-05").partial, Some(PartialDate { month: Some(3), day: Some(5) }));
        assert_eq!(described("XXXX-03").partial, Some(PartialDate { month: Some(3), day: None }));
        assert_eq!(described("XXXX-13").partial, None);
        let parts = |v: &str| described(v).duration.iter().map(|p| (p.amount, p.unit)).collect::<Vec<_>>();
        assert_eq!(parts("P25Y"), [(Some(25.0), TimeUnit::Year)]);
        assert_eq!(parts("PT1H30M"), [(Some(1.0), TimeUnit::Hour), (Some(30.0), TimeUnit::Minute)]);
        assert_eq!(parts("P1Y2M"), [(Some(1.0), TimeUnit::Year), (Some(2.0), TimeUnit::Month)]);
        assert_eq!(parts("PT2.5H"), [(Some(2.5), TimeUnit::Hour)]);
        assert_eq!(parts("PXDE"), [(None, TimeUnit::Decade)]);
        assert_eq!(parts("P2CE"), [(Some(2.0), TimeUnit::Century)]);
        assert!(parts("P3Z").is_empty() && parts("P..Y").is_empty());
    }

    #[test]
    fn references_and_unknown_forms_describe_nothing() {
        for v in ["PRESENT_REF", "PAST_REF", "FUTURE_REF", "BC0480", "BC03", "XXXX-WXX-1", "2020-13", "garbage", ""] {
            let d = described(v);
            assert!(d.interval.is_none() && d.partial.is_none() && d.duration.is_empty() && d.time.is_none(), "{v}: {d:?}");
        }
    }
}
