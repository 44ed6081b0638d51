//! The words of dates, kept apart from the grammar that combines them.
//!
//! Every list is a closed class of English (all months, all weekdays, all
//! calendar units), never words picked from a test text.

/// A lowercase ASCII copy of a short token, on the stack: tokens longer than
/// the buffer or with non-ASCII letters are never date words, so they read
/// as "".
pub(crate) struct Lower {
    buf: [u8; 16],
    len: usize,
}

impl Lower {
    pub(crate) fn new(s: &str) -> Self {
        let mut l = Lower { buf: [0; 16], len: 0 };
        if s.len() <= 16 && s.is_ascii() {
            for (k, b) in s.bytes().enumerate() {
                l.buf[k] = b.to_ascii_lowercase();
            }
            l.len = s.len();
        }
        l
    }

    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// The month (1-12) a word names, and whether it is an abbreviation.
pub(crate) fn month(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "january" => (1, false),
        "february" => (2, false),
        "march" => (3, false),
        "april" => (4, false),
        "may" => (5, false),
        "june" => (6, false),
        "july" => (7, false),
        "august" => (8, false),
        "september" => (9, false),
        "october" => (10, false),
        "november" => (11, false),
        "december" => (12, false),
        "jan" => (1, true),
        "feb" => (2, true),
        "mar" => (3, true),
        "apr" => (4, true),
        "jun" => (6, true),
        "jul" => (7, true),
        "aug" => (8, true),
        "sep" | "sept" => (9, true),
        "oct" => (10, true),
        "nov" => (11, true),
        "dec" => (12, true),
        _ => return None,
    })
}

/// The weekday (0 = Monday) a full weekday name or plural names.
pub(crate) fn weekday(w: &str) -> Option<u32> {
    Some(match w.strip_suffix('s').unwrap_or(w) {
        "monday" => 0,
        "tuesday" => 1,
        "wednesday" => 2,
        "thursday" => 3,
        "friday" => 4,
        "saturday" => 5,
        "sunday" => 6,
        _ => return None,
    })
}

/// Weekday abbreviations, read only where a date follows ("Fri, Oct 9").
pub(crate) fn weekday_abbrev(w: &str) -> Option<u32> {
    Some(match w {
        "mon" => 0,
        "tue" | "tues" => 1,
        "wed" => 2,
        "thu" | "thur" | "thurs" => 3,
        "fri" => 4,
        "sat" => 5,
        "sun" => 6,
        _ => return None,
    })
}

/// A calendar unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
    Weekend,
}

/// The unit a word names, and whether the word is plural.
pub(crate) fn unit(w: &str) -> Option<(Unit, bool)> {
    use Unit::*;
    Some(match w {
        "second" => (Second, false),
        "seconds" | "secs" => (Second, true),
        "minute" | "min" => (Minute, false),
        "minutes" | "mins" => (Minute, true),
        "hour" | "hr" => (Hour, false),
        "hours" | "hrs" => (Hour, true),
        "day" => (Day, false),
        "days" => (Day, true),
        "week" => (Week, false),
        "weeks" => (Week, true),
        "fortnight" => (Fortnight, false),
        "fortnights" => (Fortnight, true),
        "month" => (Month, false),
        "months" => (Month, true),
        "quarter" => (Quarter, false),
        "quarters" => (Quarter, true),
        "year" | "yr" => (Year, false),
        "years" | "yrs" => (Year, true),
        "decade" => (Decade, false),
        "decades" => (Decade, true),
        "century" => (Century, false),
        "centuries" => (Century, true),
        "millennium" => (Millennium, false),
        "millennia" | "millenniums" => (Millennium, true),
        "weekend" => (Weekend, false),
        "weekends" => (Weekend, true),
        _ => return None,
    })
}

/// The season code TIMEX3 uses (`SP`, `SU`, `FA`, `WI`).
pub(crate) fn season(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "autumn" | "fall" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// The TIMEX3 part-of-day code of a word (`MO`, `AF`, `EV`, `NI`).
pub(crate) fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" | "overnight" => "NI",
        _ => return None,
    })
}

/// Words an ordinal number may be spelled as, up to thirty-first.
pub(crate) fn ordinal_word(w: &str) -> Option<u32> {
    const ORD: [&str; 31] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
        "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
    ];
    ORD.iter().position(|&o| o == w).map(|p| p as u32 + 1)
}

/// Decades spelled as words ("the sixties"): the decade's first two digits
/// after 19.
pub(crate) fn decade_word(w: &str) -> Option<u32> {
    Some(match w {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
        _ => return None,
    })
}

/// Time-zone abbreviations that may follow a clock time; they join the span.
pub(crate) fn time_zone(w: &str) -> bool {
    matches!(
        w,
        "GMT" | "UTC" | "BST" | "CET" | "CEST" | "EET" | "EEST" | "WET" | "MSK" | "IST" | "JST" | "KST" | "AEST" | "AEDT"
            | "EST" | "EDT" | "CST" | "CDT" | "MST" | "MDT" | "PST" | "PDT" | "ET" | "PT" | "CT" | "HKT" | "SGT" | "WIB"
            | "Z"
    )
}

/// Words that announce a future reading of a bare weekday or month ("will",
/// "scheduled"): they make "Friday" the coming one.
pub(crate) fn future_cue(w: &str) -> bool {
    matches!(w, "will" | "ll" | "shall" | "scheduled" | "upcoming" | "slated" | "won" | "next")
}

/// Words that announce a past reading ("was", "said"): they win over a future
/// cue that stands farther away.
pub(crate) fn past_cue(w: &str) -> bool {
    matches!(w, "was" | "were" | "had" | "did" | "said" | "told" | "announced" | "reported" | "ago" | "last" | "yesterday" | "since")
}

/// The other words a temporal expression may start with: determiners and
/// modifiers ("the last", "more than", "early"), deictic words ("today",
/// "now"), set words ("every", "daily"), holiday names and clock words.
pub(crate) fn is_trigger(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "this" | "that" | "last" | "next" | "past" | "coming" | "previous" | "following" | "current"
            | "preceding" | "prior" | "subsequent" | "earlier" | "later" | "late" | "early" | "mid" | "year" | "from"
            | "between" | "more" | "over" | "less" | "under" | "fewer" | "nearly" | "almost" | "about" | "around"
            | "approximately" | "roughly" | "some" | "circa" | "at" | "up" | "no" | "upwards" | "several" | "few" | "many"
            | "numerous" | "multiple" | "various" | "half" | "recent" | "today" | "tonight" | "yesterday" | "tomorrow"
            | "now" | "currently" | "nowadays" | "presently" | "recently" | "lately" | "right" | "night" | "every" | "each"
            | "per" | "daily" | "weekly" | "monthly" | "annually" | "yearly" | "hourly" | "quarterly" | "nightly"
            | "christmas" | "new" | "easter" | "good" | "halloween" | "thanksgiving" | "valentine" | "boxing"
            | "independence" | "labor" | "labour" | "memorial" | "noon" | "midday" | "midnight" | "dozen"
            | "close" | "ca" | "first" | "second" | "upcoming" | "end" | "beginning" | "start" | "middle"
    )
}

/// Common irregular past-tense verbs, read as a past cue right before a date
/// ("began on August 10").
pub(crate) fn irregular_past(w: &str) -> bool {
    matches!(
        w,
        "began" | "came" | "went" | "took" | "met" | "saw" | "fell" | "won" | "lost" | "held" | "gave" | "made" | "left"
            | "got" | "ran" | "sent" | "rose" | "broke" | "struck" | "hit" | "led" | "fought" | "spoke" | "became" | "found"
            | "paid" | "sold" | "bought" | "brought" | "wrote" | "flew" | "drove" | "shot" | "stood"
    )
}
