//! Figures: counts, money, percentages and measures, with what they count.
//!
//! One left-to-right pass over the tokens. At each token the recognizer
//! tries, in order: an approximation modifier ("some", "more than"), a
//! currency sign or code ("US$", "€", "USD"), a sign, the number itself
//! (digits, words, a vague plural such as "thousands"), scale words
//! ("million", "bn", glued "40k"), then a unit or currency name after it
//! ("km", "%", "per cent", "rubles"), and a second number for a range
//! ("300-400", "between 10 and 20"). The counted noun is read after the
//! span (or before it, for "the death toll to 350") but is not part of it.
//!
//! Numbers that are not quantities are skipped whole: identifiers ("F-16",
//! "COVID-19", "Boeing 737"), ordinals ("3rd"), clock times ("3:30", "6pm"),
//! version and phone numbers ("1.2.3", "555-0123"). Numbers inside dates
//! are left to the date recognizer, whose longer spans win the overlap.
//! Every lookahead is bounded, so the pass is linear in the text.
//!
//! The rooms, in the order a figure is read:
//! - `openers`: which words may open a figure, one hash lookup per word;
//! - `scan`: the step at one token (modifier, quantity, range, candidate);
//! - `quantity`: the number itself, with sign, currency sign and scale;
//! - `attach`: what follows it (unit, currency, a rate's denominator);
//! - `words`: numbers and fractions in words, idiom units;
//! - `filters`: numbers that are not quantities (identifiers, phones);
//! - `names`: numbers a document uses as model names ("Boeing 737");
//! - `counts`: the counted noun ("lives" in "some 400 lives");
//! - `units`: the unit, currency and modifier tables.

mod attach;
mod counts;
mod filters;
mod names;
mod openers;
mod quantity;
mod scan;
mod units;
mod words;

use attach::*;
use filters::*;
use names::*;
use openers::*;
use quantity::*;
use scan::*;
use words::*;

use crate::recognize::{Candidate, Context, Recognizer};
use crate::span::Kind;
use crate::text::Doc;

// The tables every room reads, through `use super::*`.
use units::{CURRENCY_ADJECTIVES, CURRENCY_SIGNS, CURRENCY_WORDS, GLUED_UNITS, ISO_CODES, MODIFIERS, SIGN_PREFIXES, UNITS};

/// The figure recognizer, as the pipeline runs it.
pub(crate) const RECOGNIZER: Recognizer = Recognizer {
    kind: Kind::Figure,
    also_for: &[],
    recognize,
    find_reference: None,
};

/// Proposes a figure candidate for every numeric quantity in `doc`.
pub(crate) fn recognize(doc: &Doc, _ctx: &Context, out: &mut Vec<Candidate>) {
    let conv = detect_convention(doc);
    let n = doc.tokens.len();
    let first_new = out.len();
    let mut i = 0;
    while i < n {
        i = match figure_at(doc, i, conv) {
            Step::Found(c, next) => {
                out.push(c);
                next.max(i + 1)
            }
            Step::Range(first, second, next) => {
                out.push(first);
                out.push(second);
                next.max(i + 1)
            }
            Step::Skip(next) => next.max(i + 1),
        };
    }
    // One name per document: a number that names a model somewhere ("Boeing
    // 737", "737s") names it wherever it stands bare ("the 737 fleet").
    // A range whose first end is a name ("the 737-800") is a model and its
    // variant: both ends go.
    let names = model_names(doc);
    if !names.is_empty() {
        let mut drop = vec![false; out.len()];
        for j in first_new..out.len() {
            if bare_model_name(doc, &out[j], &names) {
                drop[j] = true;
                let range = |c: &Candidate| c.detail.figure().and_then(|f| f.range);
                if let (Some(r), Some(next)) = (range(&out[j]), out.get(j + 1)) {
                    drop[j + 1] = range(next) == Some(r);
                }
            }
        }
        let mut index = 0;
        out.retain(|_| {
            index += 1;
            !drop[index - 1]
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Options;

    #[test]
    fn every_first_word_has_a_key() {
        let words = first_words();
        assert!(MODIFIERS.len() <= 64, "one bit per modifier");
        for (i, (m, _)) in MODIFIERS.iter().enumerate() {
            let first = m.split(' ').next().unwrap_or(m);
            let (flags, mods) = words.entry(first.as_bytes());
            assert!(flags & MODIFIER != 0 && mods & (1 << i) != 0, "{first}");
        }
        assert_eq!(words.entry(b"seventeen"), (QUANTITY, 0));
        assert_eq!(words.entry(b"from"), (FRAME, 0));
        assert!(!words.contains("the") && !words.contains("") && !words.contains("seventeenseventeen"));
        assert_eq!(words.entry(b"Between"), (FRAME, 0));
        assert_eq!(words.entry(b"SEVENTEEN"), (QUANTITY, 0));
    }

    #[test]
    fn word_sets_ignore_case() {
        let set = WordSet::new(&["of", "the", "respectively"]);
        for w in ["of", "OF", "The", "respectively"] {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "o", "off", "th\u{e9}", "respectivelyy", "respectivelyrespectively"] {
            assert!(!set.contains(w), "{w}");
        }
    }

    #[test]
    fn iso_code_reads_the_list() {
        for (c, _) in ISO_CODES {
            assert_eq!(iso_code(c), ISO_CODES.iter().find(|x| x.0 == *c).map(|x| x.1), "{c}");
        }
        for w in ["usd", "US", "USDX", "", "U", "He", "\u{e9}UR"] {
            assert_eq!(iso_code(w), None, "{w}");
        }
    }

    fn figures(text: &str) -> Vec<(String, f64)> {
        let opts = Options::default();
        let ctx = Context { options: &opts, reference: None };
        let doc = Doc::new(text);
        let mut out = Vec::new();
        recognize(&doc, &ctx, &mut out);
        out.iter()
            .map(|c| {
                let f = c.detail.figure().unwrap();
                (text[c.start()..c.end()].to_string(), f.value)
            })
            .collect()
    }

    #[test]
    fn control_characters_separate_like_spaces() {
        // A NUL pasted between words must not cost the figure: it reads as a tab would.
        assert_eq!(figures("They counted \0 400\0 people."), figures("They counted \t 400\t people."));
        assert_eq!(figures("They counted \0 400\0 people.").len(), 1);
    }

    #[test]
    fn reads_european_numbers_when_the_text_does() {
        assert_eq!(figures("It cost 1.234.567 euros and 12,5 % more, or 1.234,5 each."), [
            ("1.234.567 euros".to_string(), 1234567.0),
            ("12,5 %".to_string(), 12.5),
            ("1.234,5".to_string(), 1234.5)
        ]);
        assert_eq!(figures("It cost 1,234.5 euros."), [("1,234.5 euros".to_string(), 1234.5)]);
    }

    #[test]
    fn skips_identifiers() {
        assert!(figures("The F-16 and COVID-19 and the Boeing 737 and G20 and A330-200.").is_empty());
        assert!(figures("Call 202-555-0123 at 3:30 or version 1.2.3.").is_empty());
    }
}
