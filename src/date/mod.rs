//! Dates: temporal expressions, normalized to TIMEX3 against the reference
//! date.
//!
//! The recognizer is a small token grammar in the manner of chrono and
//! HeidelTime. At each token, the parsers that can start there each read
//! the longest expression they know (a written date, a year, a weekday, a
//! duration...), the longest wins, and refiners read the words around it
//! that change its value ("more than", "early", "the end of", "at 3 p.m.").
//! Parsing yields a meaning that does not depend on the reference date; a
//! second pass resolves meanings in text order, so that anaphoric
//! expressions ("the next day") can lean on the last date mentioned and
//! partial dates ("21 August") can take the year the narrative is in.
//!
//! Where things are, in the order a text goes through them:
//!
//! - `cursor.rs`: the tokens as the grammar reads them, and the small pieces
//!   every parser reads (a day number, a year, a month name).
//! - `lexicon.rs`: the words of dates (months, weekdays, units, part-of-day
//!   and modifier words...).
//! - `dispatch.rs`: the scan, and which parsers run at a token.
//! - `parse/`: the parsers, one file a family: `absolute` (calendar dates),
//!   `years` (years, decades, centuries, seasons, quarters), `relative`
//!   ("today", "last week", "next Friday", "the following day"),
//!   `durations`, `sets`, `times` (clock times), `holidays`, `ranges`.
//! - `refine/`: the words around an expression: `modifiers` before it,
//!   `extend` after it.
//! - `meaning.rs`: what the parsers produce (`Found`, `Sem`, `Val`).
//! - `resolve.rs`: meanings to TIMEX3 values, against the reference date
//!   and the dates mentioned before.
//! - `describe.rs`: a value's calendar pieces (interval, partial date,
//!   time, zone, duration).
//! - `dateline.rs`: the publication date at the top of an article.
//!
//! A change to how a kind of expression is read goes to its parser in
//! `parse/`; a new word for an existing list goes to `lexicon.rs`. The
//! examples live in `tests/corpus/date.tsv`.

mod cursor;
mod dateline;
mod describe;
mod dispatch;
mod lexicon;
mod meaning;
mod parse;
mod refine;
mod resolve;

use crate::recognize::{Candidate, Context, Recognizer};
use crate::span::Kind;
use crate::text::Doc;

use cursor::Parser;

/// The date recognizer, as the pipeline runs it.
pub(crate) const RECOGNIZER: Recognizer = Recognizer {
    kind: Kind::Date,
    also_for: &[Kind::Figure],
    recognize,
    find_reference: Some(dateline::find_dateline),
};

/// Proposes a date candidate for every temporal expression in `doc`.
pub(crate) fn recognize(doc: &Doc, ctx: &Context, out: &mut Vec<Candidate>) {
    let parser = Parser::new(doc, ctx.options.day_first, ctx.reference.map(|r| r.year()));
    let found = parser.scan();
    let details = resolve::resolve_all(doc, &found, ctx.reference);
    for (f, mut detail) in found.iter().zip(details) {
        describe::describe(&mut detail);
        let (Some(s), Some(e)) = (doc.tokens.get(f.start), doc.tokens.get(f.end.wrapping_sub(1))) else { continue };
        out.push(Candidate::new(s.start(), e.end(), Kind::Date, confidence(f), detail.into()));
    }
}

/// How sure the grammar is: a full written date is near certain, a year in
/// a year context nearly so, a vague reference ("now", "recently") less.
fn confidence(f: &meaning::Found) -> f32 {
    use meaning::{Sem, Val};
    match &f.sem {
        Sem::Abs(Val::Day(_) | Val::DayTime(..)) => 0.97,
        // Still above a plain number: a year in a year context is not a figure.
        Sem::Abs(Val::Year(_)) => 0.92,
        Sem::Ref(_) | Sem::Unknown => 0.6,
        _ => f.confidence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;
    use crate::span::Detail;

    fn dates(text: &str, reference: Option<&str>) -> Vec<(String, Option<String>)> {
        let mut options = Options::default();
        if let Some(r) = reference {
            options = options.with_reference_date(r).unwrap();
        }
        let doc = Doc::new(text);
        let ctx = Context { options: &options, reference: options.reference_date };
        let mut out = Vec::new();
        recognize(&doc, &ctx, &mut out);
        out.iter()
            .map(|c| {
                let v = match &c.detail {
                    Detail::Date(d) => d.value.clone(),
                    _ => None,
                };
                (text[c.start()..c.end()].to_string(), v)
            })
            .collect()
    }

    #[test]
    fn no_reference_means_no_invented_value() {
        let got = dates("They met yesterday and on October 9, 2020.", None);
        assert_eq!(got, [("yesterday".to_string(), None), ("October 9, 2020".to_string(), Some("2020-10-09".to_string()))]);
    }

    /// Random mixes of date words, digits, punctuation and non-ASCII
    /// letters never panic (a small deterministic generator, no crate).
    #[test]
    fn random_token_soup_never_panics() {
        const PARTS: [&str; 40] = [
            "May", "march", "9", "2020", "-", "–", "/", ":", ".", ",", "'", "9é", "Q3", "1990s", "the", "last", "next",
            "Friday", "at", "3", "p", "m", "from", "to", "between", "and", "BC", "early", "mid", "of", "year", "ago",
            "every", "tonight", "🙂", "é", "\r\n", "Christmas", "GMT", "(",
        ];
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..300 {
            let mut s = String::new();
            for _ in 0..40 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                s.push_str(PARTS[(x % PARTS.len() as u64) as usize]);
                if x & 8 == 0 {
                    s.push(' ');
                }
            }
            let _ = dates(&s, Some("2020-10-09"));
            let _ = dates(&s, None);
        }
    }

    #[test]
    fn hostile_input_is_linear_and_safe() {
        let digits = "1".repeat(100_000);
        assert!(dates(&digits, Some("2020-10-09")).is_empty());
        let caps = "May March Friday 2020 - / : ".repeat(5_000);
        let _ = dates(&caps, Some("2020-10-09"));
        let _ = dates("\u{0}😀 e\u{301} \r\n 12:", Some("2020-10-09"));
    }
}
