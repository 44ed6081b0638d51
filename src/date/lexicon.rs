//! The words of dates, kept apart from the grammar that combines them.
//!
//! Every list is a closed class of English (all months, all weekdays, all
//! calendar units), never words picked from a test text.
//!
//! The lists match on bytes (`b"may"`), not on `&str`: a byte-string match
//! compiles to a switch on the length and then on single bytes, where a
//! string match compares the word with every arm in turn (the list of date
//! openers alone, ~100 arms, was 2-4% of a run).

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
    Some(match w.as_bytes() {
        b"january" => (1, false),
        b"february" => (2, false),
        b"march" => (3, false),
        b"april" => (4, false),
        b"may" => (5, false),
        b"june" => (6, false),
        b"july" => (7, false),
        b"august" => (8, false),
        b"september" => (9, false),
        b"october" => (10, false),
        b"november" => (11, false),
        b"december" => (12, false),
        b"jan" => (1, true),
        b"feb" => (2, true),
        b"mar" => (3, true),
        b"apr" => (4, true),
        b"jun" => (6, true),
        b"jul" => (7, true),
        b"aug" => (8, true),
        b"sep" | b"sept" => (9, true),
        b"oct" => (10, true),
        b"nov" => (11, true),
        b"dec" => (12, true),
        _ => return None,
    })
}

/// The weekday (0 = Monday) a full weekday name or plural names.
pub(crate) fn weekday(w: &str) -> Option<u32> {
    Some(match w.strip_suffix('s').unwrap_or(w).as_bytes() {
        b"monday" => 0,
        b"tuesday" => 1,
        b"wednesday" => 2,
        b"thursday" => 3,
        b"friday" => 4,
        b"saturday" => 5,
        b"sunday" => 6,
        _ => return None,
    })
}

/// Weekday abbreviations, read only where a date follows ("Fri, Oct 9").
pub(crate) fn weekday_abbrev(w: &str) -> Option<u32> {
    Some(match w.as_bytes() {
        b"mon" => 0,
        b"tue" | b"tues" => 1,
        b"wed" => 2,
        b"thu" | b"thur" | b"thurs" => 3,
        b"fri" => 4,
        b"sat" => 5,
        b"sun" => 6,
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
    Some(match w.as_bytes() {
        b"second" => (Second, false),
        b"seconds" | b"secs" => (Second, true),
        b"minute" | b"min" => (Minute, false),
        b"minutes" | b"mins" => (Minute, true),
        b"hour" | b"hr" => (Hour, false),
        b"hours" | b"hrs" => (Hour, true),
        b"day" => (Day, false),
        b"days" => (Day, true),
        b"week" => (Week, false),
        b"weeks" => (Week, true),
        b"fortnight" => (Fortnight, false),
        b"fortnights" => (Fortnight, true),
        b"month" => (Month, false),
        b"months" => (Month, true),
        b"quarter" => (Quarter, false),
        b"quarters" => (Quarter, true),
        b"year" | b"yr" => (Year, false),
        b"years" | b"yrs" => (Year, true),
        b"decade" => (Decade, false),
        b"decades" => (Decade, true),
        b"century" => (Century, false),
        b"centuries" => (Century, true),
        b"millennium" => (Millennium, false),
        b"millennia" | b"millenniums" => (Millennium, true),
        b"weekend" => (Weekend, false),
        b"weekends" => (Weekend, true),
        _ => return None,
    })
}

/// The season code TIMEX3 uses (`SP`, `SU`, `FA`, `WI`).
pub(crate) fn season(w: &str) -> Option<&'static str> {
    Some(match w.as_bytes() {
        b"spring" => "SP",
        b"summer" => "SU",
        b"autumn" | b"fall" => "FA",
        b"winter" => "WI",
        _ => return None,
    })
}

/// The TIMEX3 part-of-day code of a word (`MO`, `AF`, `EV`, `NI`).
pub(crate) fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w.as_bytes() {
        b"morning" => "MO",
        b"afternoon" => "AF",
        b"evening" => "EV",
        b"night" | b"overnight" => "NI",
        _ => return None,
    })
}

/// Words an ordinal number may be spelled as, up to thirty-first.
pub(crate) fn ordinal_word(w: &str) -> Option<u32> {
    // A list, not a match: asked rarely (the grammar first checks the
    // ordinal suffix), where a byte match cost 2.6 KB of wasm.
    const ORD: [&str; 31] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
        "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
    ];
    ORD.iter().position(|&o| o == w).map(|p| p as u32 + 1)
}

/// True where a word may be an ordinal word: they all end in "st", "nd",
/// "rd" or "th". A cheap test before `ordinal_word`.
pub(crate) fn ordinal_like(w: &str) -> bool {
    matches!(w.as_bytes(), [.., b's', b't'] | [.., b'n', b'd'] | [.., b'r', b'd'] | [.., b't', b'h'])
}

/// Decades spelled as words ("the sixties"): the decade's first two digits
/// after 19.
pub(crate) fn decade_word(w: &str) -> Option<u32> {
    Some(match w.as_bytes() {
        b"twenties" => 2,
        b"thirties" => 3,
        b"forties" => 4,
        b"fifties" => 5,
        b"sixties" => 6,
        b"seventies" => 7,
        b"eighties" => 8,
        b"nineties" => 9,
        _ => return None,
    })
}

/// Time-zone abbreviations that may follow a clock time; they join the span.
pub(crate) fn time_zone(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"GMT" | b"UTC" | b"BST" | b"CET" | b"CEST" | b"EET" | b"EEST" | b"WET" | b"MSK" | b"IST" | b"JST" | b"KST" | b"AEST" | b"AEDT"
            | b"EST" | b"EDT" | b"CST" | b"CDT" | b"MST" | b"MDT" | b"PST" | b"PDT" | b"ET" | b"PT" | b"CT" | b"HKT" | b"SGT" | b"WIB"
            | b"Z"
    )
}

/// Words that announce a future reading of a bare weekday or month ("will",
/// "scheduled"): they make "Friday" the coming one.
pub(crate) fn future_cue(w: &str) -> bool {
    matches!(w.as_bytes(), b"will" | b"ll" | b"shall" | b"scheduled" | b"upcoming" | b"slated" | b"won" | b"next")
}

/// Words that announce a past reading ("was", "said"): they win over a future
/// cue that stands farther away.
pub(crate) fn past_cue(w: &str) -> bool {
    matches!(w.as_bytes(), b"was" | b"were" | b"had" | b"did" | b"said" | b"told" | b"announced" | b"reported" | b"ago" | b"last" | b"yesterday" | b"since")
}

/// Recorded material measured in hours or minutes ("75 hours of video").
pub(crate) fn recorded_content(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"video" | b"videos" | b"music" | b"audio" | b"footage" | b"recording" | b"recordings" | b"playback" | b"programming"
            | b"content" | b"songs" | b"tape" | b"film" | b"battery"
    )
}

/// Every word a temporal expression may start with: the words of the
/// lists above that open a date (months, weekdays and their plurals and
/// abbreviations, units, seasons), the number words below a hundred
/// (`numbers::small_number_word`), and the other openers: determiners and
/// modifiers ("the last", "more than", "early"), deictic words ("today",
/// "now"), set words ("every", "daily"), holiday names and clock words.
///
/// One match over all of them, where asking each list in turn cost ~100
/// instructions for every ordinary word of the text; a unit test checks
/// that every word of those lists is here.
pub(crate) fn starts_date(w: &[u8]) -> bool {
    matches!(
        w,
        b"january" | b"february" | b"march" | b"april" | b"may" | b"june" | b"july" | b"august" | b"september" |
            b"october" | b"november" | b"december" | b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug" |
            b"sep" | b"sept" | b"oct" | b"nov" | b"dec" | b"monday" | b"tuesday" | b"wednesday" | b"thursday" |
            b"friday" | b"saturday" | b"sunday" | b"mondays" | b"tuesdays" | b"wednesdays" | b"thursdays" |
            b"fridays" | b"saturdays" | b"sundays" | b"mon" | b"tue" | b"tues" | b"wed" | b"thu" | b"thur" |
            b"thurs" | b"fri" | b"sat" | b"sun" | b"second" | b"seconds" | b"secs" | b"minute" | b"min" | b"minutes" |
            b"mins" | b"hour" | b"hr" | b"hours" | b"hrs" | b"day" | b"days" | b"week" | b"weeks" | b"fortnight" |
            b"fortnights" | b"month" | b"months" | b"quarter" | b"quarters" | b"year" | b"yr" | b"years" | b"yrs" |
            b"decade" | b"decades" | b"century" | b"centuries" | b"millennium" | b"millennia" | b"millenniums" |
            b"weekend" | b"weekends" | b"spring" | b"summer" | b"autumn" | b"fall" | b"winter" | b"the" | b"a" |
            b"an" | b"this" | b"that" | b"last" | b"next" | b"past" | b"coming" | b"previous" | b"following" |
            b"current" | b"preceding" | b"prior" | b"subsequent" | b"earlier" | b"later" | b"late" | b"early" |
            b"mid" | b"from" | b"between" | b"more" | b"over" | b"less" | b"under" | b"fewer" | b"nearly" |
            b"almost" | b"about" | b"around" | b"approximately" | b"roughly" | b"some" | b"circa" | b"at" | b"up" |
            b"no" | b"upwards" | b"several" | b"few" | b"many" | b"numerous" | b"multiple" | b"various" | b"half" |
            b"recent" | b"today" | b"tonight" | b"yesterday" | b"tomorrow" | b"now" | b"currently" | b"nowadays" |
            b"presently" | b"recently" | b"lately" | b"right" | b"night" | b"every" | b"each" | b"per" | b"daily" |
            b"weekly" | b"monthly" | b"annually" | b"yearly" | b"hourly" | b"quarterly" | b"nightly" | b"christmas" |
            b"new" | b"easter" | b"good" | b"halloween" | b"thanksgiving" | b"valentine" | b"boxing" |
            b"independence" | b"labor" | b"labour" | b"memorial" | b"noon" | b"midday" | b"midnight" | b"dozen" |
            b"close" | b"ca" | b"first" | b"third" | b"fourth" | b"final" | b"fiscal" | b"financial" | b"most" | b"1st" | b"2nd" | b"3rd" | b"4th" | b"upcoming" | b"end" | b"beginning" | b"start" | b"middle" | b"zero" |
            b"one" | b"two" | b"three" | b"four" | b"five" | b"six" | b"seven" | b"eight" | b"nine" | b"ten" |
            b"eleven" | b"twelve" | b"thirteen" | b"fourteen" | b"fifteen" | b"sixteen" | b"seventeen" | b"eighteen" |
            b"nineteen" | b"twenty" | b"thirty" | b"forty" | b"fifty" | b"sixty" | b"seventy" | b"eighty" |
            b"ninety"
    )
}

/// Common irregular past-tense verbs, read as a past cue right before a date
/// ("began on August 10").
pub(crate) fn irregular_past(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        b"began" | b"came" | b"went" | b"took" | b"met" | b"saw" | b"fell" | b"won" | b"lost" | b"held" | b"gave" | b"made" | b"left"
            | b"got" | b"ran" | b"sent" | b"rose" | b"broke" | b"struck" | b"hit" | b"led" | b"fought" | b"spoke" | b"became" | b"found"
            | b"paid" | b"sold" | b"bought" | b"brought" | b"wrote" | b"flew" | b"drove" | b"shot" | b"stood"
    )
}

/// Function words that may follow a year without making it a count
/// ("in 1991 the", "since 1991 when").
pub(crate) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "and" | "or" | "but" | "when" | "while" | "as" | "after" | "before" | "until" | "to" | "in"
            | "on" | "at" | "by" | "for" | "from" | "with" | "of" | "was" | "were" | "is" | "are" | "had" | "has" | "have"
            | "that" | "which" | "who" | "where" | "this" | "it" | "its" | "he" | "she" | "they" | "we" | "there" | "during"
            | "through" | "against" | "between" | "into" | "onwards" | "onward" | "election" | "elections"
            | "census" | "season" | "war" | "budget" | "report" | "world" | "olympics" | "games" | "campaign" | "film"
            | "crisis" | "summit" | "earthquake" | "revolution" | "attack" | "attacks" | "law" | "act" | "agreement" | "deal"
            | "treaty" | "accord" | "accords" | "edition" | "tournament" | "cup" | "championship" | "championships" | "model"
            | "version" | "levels" | "level" | "figures" | "data" | "estimate" | "estimates" | "study" | "survey" | "also"
            | "then" | "saw" | "he's" | "alone" | "not" | "did" | "could" | "would" | "will" | "so" | "if" | "because"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lowercase word literals (`"may"`, `b"may"`) of a source file.
    fn literals(src: &str) -> Vec<String> {
        src.split('"')
            .skip(1)
            .step_by(2)
            .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
            .map(str::to_string)
            .collect()
    }

    /// `starts_date` is the union of the lists it stands for: every word
    /// a list accepts is a literal of its source file (a weekday also
    /// with a plural "s"), so checking all literals checks every word.
    #[test]
    fn starts_date_covers_every_list() {
        let mut words = literals(include_str!("lexicon.rs"));
        words.extend(literals(include_str!("../numbers.rs")));
        let plurals: Vec<String> = words.iter().map(|w| format!("{w}s")).collect();
        words.extend(plurals);
        let mut checked = 0;
        for w in &words {
            let listed = month(w).is_some()
                || weekday(w).is_some()
                || weekday_abbrev(w).is_some()
                || unit(w).is_some()
                || season(w).is_some()
                || crate::numbers::small_number_word(w).is_some();
            if listed {
                assert!(starts_date(w.as_bytes()), "{w} opens a date but starts_date says no");
                checked += 1;
            }
        }
        assert!(checked > 100, "only {checked} list words found");
        for w in ["the", "every", "christmas", "noon", "mid"] {
            assert!(starts_date(w.as_bytes()));
        }
        for w in ["government", "said", "in", "of", "", "mayor", "mondayss"] {
            assert!(!starts_date(w.as_bytes()), "{w}");
        }
    }
}
