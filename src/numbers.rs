//! Cardinal numbers written in digits or words, read from tokens.
//!
//! Shared by the date recognizer ("three days", "25 years") and the figure
//! recognizer ("some 400", "twenty-five", "1,000", "3 million"), so that both
//! read numbers the same way. [`parse_number`] reads English digits and
//! words with their scale; [`read_digits`] reads digits alone in either
//! digit convention ("1,234.5" or "1.234,5") and leaves glued letters
//! ("2bn", "500km") to the caller; [`digits_value`] turns digit strings into
//! a value without the float parser.

use crate::text::{Doc, TokKind};

/// A number read from the tokens `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct NumberMatch {
    /// One past the last token of the number.
    pub end: usize,
    /// Its value.
    pub value: f64,
    /// True when written with digits ("25", "1,000", "3 million").
    pub digits: bool,
}

/// Units below twenty, by name: the reference the `small_number_word`
/// match is tested against.
#[cfg(test)]
const UNITS: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
/// Tens from twenty, by name (tested against like `UNITS`).
#[cfg(test)]
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Scale words and their values.
const SCALES: [(&str, f64); 5] = [("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];

/// The value of a scale word ("million"), or `None`.
pub(crate) fn scale_word(word: &str) -> Option<f64> {
    if word.len() < 7 || word.len() > 8 {
        return None;
    }
    SCALES.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, v)| v)
}

/// The value of a number word below a hundred that stands alone as one token
/// ("seven", "twenty"), or `None`.
pub(crate) fn small_number_word(word: &str) -> Option<f64> {
    // The lengths of the number words by first letter: most words ("the",
    // "that", "said") are rejected here, before any copy.
    let lengths: u16 = match word.as_bytes().first()?.to_ascii_lowercase() {
        b'z' => 1 << 4,
        b'o' => 1 << 3,
        b't' => 1 << 3 | 1 << 5 | 1 << 6 | 1 << 8,
        b'f' => 1 << 4 | 1 << 5 | 1 << 7 | 1 << 8,
        b's' => 1 << 3 | 1 << 5 | 1 << 7 | 1 << 9,
        b'e' => 1 << 5 | 1 << 6 | 1 << 8,
        b'n' => 1 << 4 | 1 << 6 | 1 << 8,
        _ => 0,
    };
    if word.len() > 9 || lengths & (1 << word.len()) == 0 {
        return None;
    }
    // One lowercased stack copy and a match (a length switch and a few
    // integer compares) instead of up to 28 case-insensitive comparisons:
    // the date grammar asks this of most alphabetic tokens. The unit test
    // below checks the match against UNITS and TENS.
    let mut buf = [0u8; 9];
    let lower = buf.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    Some(match &*lower {
        b"zero" => 0.0,
        b"one" => 1.0,
        b"two" => 2.0,
        b"three" => 3.0,
        b"four" => 4.0,
        b"five" => 5.0,
        b"six" => 6.0,
        b"seven" => 7.0,
        b"eight" => 8.0,
        b"nine" => 9.0,
        b"ten" => 10.0,
        b"eleven" => 11.0,
        b"twelve" => 12.0,
        b"thirteen" => 13.0,
        b"fourteen" => 14.0,
        b"fifteen" => 15.0,
        b"sixteen" => 16.0,
        b"seventeen" => 17.0,
        b"eighteen" => 18.0,
        b"nineteen" => 19.0,
        b"twenty" => 20.0,
        b"thirty" => 30.0,
        b"forty" => 40.0,
        b"fifty" => 50.0,
        b"sixty" => 60.0,
        b"seventy" => 70.0,
        b"eighty" => 80.0,
        b"ninety" => 90.0,
        _ => return None,
    })
}

/// Reads a number starting at token `i`: digits with optional thousands
/// separators and decimals, or English number words ("twenty-five",
/// "four hundred and twenty", "a dozen"), either followed by scale words
/// ("3 million", "two billion"). Looks ahead a bounded number of tokens.
pub(crate) fn parse_number(doc: &Doc, i: usize) -> Option<NumberMatch> {
    let tokens = &doc.tokens;
    let t = tokens.get(i)?;
    let (mut value, mut end, digits) = if t.kind == TokKind::Digits {
        let (v, e) = parse_digits(doc, i)?;
        (v, e, true)
    } else if t.kind == TokKind::Alpha {
        let (v, e) = parse_words(doc, i)?;
        (v, e, false)
    } else {
        return None;
    };
    // Scale words after digits: "3 million", "1.5 billion".
    if digits {
        while end < tokens.len() && tokens[end].space_before() {
            match scale_word(doc.tok(end)) {
                Some(s) if s >= 1e3 || value < 100.0 => {
                    value *= s;
                    end += 1;
                }
                _ => break,
            }
        }
    }
    Some(NumberMatch { end, value, digits })
}

/// Digits with optional "," thousands groups and a "." decimal part.
fn parse_digits(doc: &Doc, i: usize) -> Option<(f64, usize)> {
    let tokens = &doc.tokens;
    let first = doc.tok(i);
    if first.len() > 15 {
        return None;
    }
    // The integer digits on the stack: at most 15 plus one group of 3.
    let mut int = [0u8; 18];
    let mut int_len = first.len();
    int.get_mut(..int_len)?.copy_from_slice(first.as_bytes());
    let mut end = i + 1;
    // Thousands groups: "1,000,000" (first group of 1-3 digits, then exactly 3).
    if first.len() <= 3 {
        while end + 1 < tokens.len()
            && doc.tok(end) == ","
            && doc.glued(end)
            && doc.glued(end + 1)
            && tokens[end + 1].kind == TokKind::Digits
            && doc.tok(end + 1).len() == 3
            && int_len < 15
        {
            int.get_mut(int_len..int_len + 3)?.copy_from_slice(doc.tok(end + 1).as_bytes());
            int_len += 3;
            end += 2;
        }
    }
    let mut frac = "";
    if end + 1 < tokens.len()
        && doc.tok(end) == "."
        && doc.glued(end)
        && doc.glued(end + 1)
        && tokens[end + 1].kind == TokKind::Digits
        && doc.tok(end + 1).len() <= 12
    {
        frac = doc.tok(end + 1);
        end += 2;
    }
    let value = digits_value_bytes(int.get(..int_len)?, frac.as_bytes())?;
    Some((value, end))
}

/// English number words, "a dozen" and "a hundred" included.
fn parse_words(doc: &Doc, i: usize) -> Option<(f64, usize)> {
    let n = doc.tokens.len();
    let mut j = i;
    // "a hundred", "a thousand", "a dozen", "a million".
    if doc.is(j, "a") || doc.is(j, "an") {
        if j + 1 < n && doc.is(j + 1, "dozen") {
            return Some((12.0, j + 2));
        }
        if j + 1 < n && scale_word(doc.tok(j + 1)).is_some() {
            j += 1;
            let s = scale_word(doc.tok(j))?;
            let (rest, end) = words_after_scale(doc, j + 1, s).unwrap_or((0.0, j + 1));
            return Some((s + rest, end));
        }
        return None;
    }
    let (mut total, mut current) = (0.0f64, 0.0f64);
    let mut seen = false;
    let mut last_end = j;
    while j < n && j < i + 16 {
        let w = doc.tok(j);
        if let Some(v) = small_number_word(w) {
            // "twenty-five": a tens word, a glued hyphen, a unit.
            let mut v = v;
            let mut k = j + 1;
            if v >= 20.0 && k + 1 < n && doc.tok(k) == "-" && doc.glued(k) && doc.glued(k + 1) {
                if let Some(u) = small_number_word(doc.tok(k + 1)).filter(|&u| (1.0..10.0).contains(&u)) {
                    v += u;
                    k += 2;
                }
            }
            // "ninety nine": a unit after a tens word, written without the hyphen.
            let tens_then_unit = current % 100.0 >= 20.0 && current % 10.0 == 0.0 && (1.0..10.0).contains(&v);
            if seen && current % 100.0 != 0.0 && current != 0.0 && !tens_then_unit {
                break; // "five six" is two numbers
            }
            current += v;
            seen = true;
            j = k;
            last_end = j;
        } else if let Some(s) = scale_word(w).filter(|_| seen) {
            if s == 100.0 {
                current = current.max(1.0) * 100.0;
            } else {
                total += current.max(1.0) * s;
                current = 0.0;
            }
            j += 1;
            last_end = j;
        } else if seen && w.eq_ignore_ascii_case("and") && j + 1 < n && small_number_word(doc.tok(j + 1)).is_some() && (total + current) >= 100.0 {
            j += 1; // "one hundred and twenty"
        } else if seen && w == "-" && doc.glued(j) && j + 1 < n && doc.glued(j + 1) && scale_word(doc.tok(j + 1)).is_some() {
            j += 1; // "two-thousand"
        } else {
            break;
        }
    }
    if !seen {
        return None;
    }
    Some((total + current, last_end))
}

fn words_after_scale(doc: &Doc, j: usize, _scale: f64) -> Option<(f64, usize)> {
    if doc.is(j, "and") {
        let (v, e) = parse_words(doc, j + 1)?;
        return Some((v, e));
    }
    None
}

/// The value of ASCII digits `int` with decimals `frac` ("12", "5" ->
/// 12.5), computed without the float parser (which would add its tables to
/// the wasm). Exact for integers below 2^53; within an ulp or two otherwise.
pub(crate) fn digits_value(int: &str, frac: &str) -> Option<f64> {
    digits_value_bytes(int.as_bytes(), frac.as_bytes())
}

/// [`digits_value`] of byte strings, for digits gathered on the stack.
fn digits_value_bytes(int: &[u8], frac: &[u8]) -> Option<f64> {
    if int.len() > 18 || frac.len() > 18 || !int.iter().chain(frac).all(u8::is_ascii_digit) {
        return None;
    }
    let whole = int.iter().fold(0u64, |v, &b| v * 10 + u64::from(b - b'0'));
    let part = frac.iter().fold(0u64, |v, &b| v * 10 + u64::from(b - b'0'));
    let scale = (0..frac.len()).fold(1.0f64, |s, _| s * 10.0);
    Some(whole as f64 + part as f64 / scale)
}

/// How a document writes thousands separators and decimal marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Convention {
    /// "1,234.5": comma groups, point decimals (the default).
    #[default]
    English,
    /// "1.234,5": point groups, comma decimals.
    European,
}

/// A number written in digits, read by [`read_digits`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DigitsMatch {
    /// One past the last token touched (the last may be only partly read).
    pub end: usize,
    /// One past the last byte of the number itself.
    pub end_byte: usize,
    /// Its value.
    pub value: f64,
    /// Letters glued after the digits in the last token ("bn" in "2bn",
    /// "km" in "500km"), as a byte range; the caller decides what they mean.
    pub suffix: Option<(usize, usize)>,
    /// True when the number has a decimal part.
    pub decimal: bool,
    /// True when the number has thousands separators.
    pub grouped: bool,
}

/// The leading ASCII digits of token `i` and the byte range of the letters
/// after them, when the token is digits, or digits followed by letters only.
fn digit_prefix<'a>(doc: &Doc<'a>, i: usize) -> Option<(&'a str, Option<(usize, usize)>)> {
    let t = doc.tokens.get(i)?;
    let s = doc.tok(i);
    match t.kind {
        TokKind::Digits => Some((s, None)),
        TokKind::AlphaNum => {
            let n = s.bytes().take_while(u8::is_ascii_digit).count();
            if n == 0 || s[n..].bytes().any(|b| b.is_ascii_digit()) {
                return None;
            }
            Some((&s[..n], Some((t.start() + n, t.end()))))
        }
        _ => None,
    }
}

/// True when the whitespace before token `i` is one space that may separate
/// digit groups ("10 000", "40\u{202F}000").
fn single_group_space(doc: &Doc, i: usize) -> bool {
    if i == 0 || i >= doc.tokens.len() {
        return false;
    }
    let gap = doc.text.get(doc.tokens[i - 1].end()..doc.tokens[i].start()).unwrap_or("");
    matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
}

/// Reads a number written in digits at token `i`, with thousands groups and
/// a decimal part in the document's convention: "1,000", "10 000", "1.5",
/// "1.234,5" (European), "2bn" (digits, then a suffix left to the caller).
/// Does not read a sign or scale words.
pub(crate) fn read_digits(doc: &Doc, i: usize, conv: Convention) -> Option<DigitsMatch> {
    let tokens = &doc.tokens;
    let (group_sep, dec_sep) = match conv {
        Convention::English => (",", "."),
        Convention::European => (".", ","),
    };
    let (first, mut suffix) = digit_prefix(doc, i)?;
    if first.len() > 15 {
        return None;
    }
    // The integer digits on the stack: at most 15 plus one group of 3.
    let mut int = [0u8; 18];
    let mut int_len = first.len();
    int.get_mut(..int_len)?.copy_from_slice(first.as_bytes());
    let mut end = i + 1;
    let mut end_byte = tokens[i].start() + first.len();
    let mut grouped = false;
    if suffix.is_none() && first.len() <= 3 {
        // Thousands groups: a separator glued on both sides, then exactly three digits.
        while end < tokens.len() && int_len < 15 {
            let (g, next) = if end + 1 < tokens.len() && doc.tok(end) == group_sep && doc.glued(end) && doc.glued(end + 1) {
                (end + 1, end + 2)
            } else if tokens[end].kind == TokKind::Digits
                && single_group_space(doc, end)
                && !grouped_by_sep(doc, end, group_sep)
                && doc.tok(end).len() == 3
            {
                (end, end + 1)
            } else {
                break;
            };
            let Some((digits, suf)) = digit_prefix(doc, g) else { break };
            if digits.len() != 3 {
                break;
            }
            int.get_mut(int_len..int_len + 3)?.copy_from_slice(digits.as_bytes());
            int_len += 3;
            grouped = true;
            end = next;
            end_byte = tokens[g].start() + 3;
            if suf.is_some() {
                suffix = suf;
                break;
            }
        }
    }
    let mut frac = "";
    if suffix.is_none()
        && end + 1 < tokens.len()
        && doc.tok(end) == dec_sep
        && doc.glued(end)
        && doc.glued(end + 1)
    {
        if let Some((digits, suf)) = digit_prefix(doc, end + 1).filter(|(d, _)| d.len() <= 12) {
            // In the English convention "1,234" never reaches here with a
            // comma decimal; in the European one "1,5" is one and a half.
            frac = digits;
            end_byte = tokens[end + 1].start() + digits.len();
            suffix = suf;
            end += 2;
        }
    }
    let value = digits_value_bytes(int.get(..int_len)?, frac.as_bytes())?;
    Some(DigitsMatch { end, end_byte, value, suffix, decimal: !frac.is_empty(), grouped })
}

/// True when token `i` (digits after a space) is itself followed by a
/// separator group, so it starts a number of its own ("5 1,000").
fn grouped_by_sep(doc: &Doc, i: usize, group_sep: &str) -> bool {
    doc.glued(i + 1) && doc.tok_or_empty(i as isize + 1) == group_sep
}

/// The value of a fraction word ("half", "thirds", "quarter"), or `None`.
pub(crate) fn fraction_word(word: &str) -> Option<f64> {
    // A lowercased stack copy, not a String: this runs after every "a".
    // Every fraction word starts with one of these letters.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if word.len() < 4 || word.len() > 10 || !matches!(first, b'h' | b't' | b'q' | b'f' | b's' | b'e' | b'n') {
        return None;
    }
    let mut buf = [0u8; 10];
    let lower = buf.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    Some(match &*lower {
        b"half" | b"halves" => 2.0,
        b"third" | b"thirds" => 3.0,
        b"quarter" | b"quarters" | b"fourth" | b"fourths" => 4.0,
        b"fifth" | b"fifths" => 5.0,
        b"sixth" | b"sixths" => 6.0,
        b"seventh" | b"sevenths" => 7.0,
        b"eighth" | b"eighths" => 8.0,
        b"ninth" | b"ninths" => 9.0,
        b"tenth" | b"tenths" => 10.0,
        b"hundredth" | b"hundredths" => 100.0,
        b"thousandth" | b"thousandths" => 1000.0,
        _ => return None,
    })
    .map(|d| 1.0 / d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_number_word_matches_the_word_lists() {
        for (i, u) in UNITS.iter().enumerate() {
            assert_eq!(small_number_word(u), (u.len() >= 3).then_some(i as f64), "{u}");
            assert_eq!(small_number_word(&u.to_uppercase()), (u.len() >= 3).then_some(i as f64), "{u}");
        }
        for (i, t) in TENS.iter().enumerate() {
            assert_eq!(small_number_word(t), Some((i as f64 + 2.0) * 10.0), "{t}");
        }
        for w in ["then", "tens", "forties", "nineteenth", "zer", "Éight", ""] {
            assert_eq!(small_number_word(w), None, "{w}");
        }
    }

    #[test]
    fn fraction_word_reads_every_fraction() {
        assert_eq!(fraction_word("half"), Some(0.5));
        assert_eq!(fraction_word("Quarters"), Some(0.25));
        let words = [
            "halves", "third", "thirds", "quarter", "fourth", "fourths", "fifth", "fifths", "sixth", "sixths", "seventh",
            "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths", "hundredth", "hundredths", "thousandth",
        ];
        for w in words {
            assert!(fraction_word(w).is_some() && fraction_word(&w.to_uppercase()).is_some(), "{w}");
        }
        for w in ["", "hal", "people", "a", "thirdly", "\u{e9}tait"] {
            assert_eq!(fraction_word(w), None, "{w}");
        }
    }

    fn num(s: &str) -> Option<(f64, usize, usize)> {
        let d = Doc::new(s);
        parse_number(&d, 0).map(|m| (m.value, m.end, d.tokens.len()))
    }

    #[test]
    fn reads_digits() {
        assert_eq!(num("1,000,000 people").map(|x| x.0), Some(1e6));
        assert_eq!(num("1.5 million").map(|x| (x.0, x.1)), Some((1.5e6, 4)));
        assert_eq!(num("0.7").map(|x| x.0), Some(0.7));
        assert_eq!(num("12,34").map(|x| (x.0, x.1)), Some((12.0, 1)));
        let d = Doc::new("1 234 567 and 40\u{202f}000");
        assert_eq!(read_digits(&d, 0, Convention::English).map(|m| (m.value, m.end)), Some((1234567.0, 3)));
        assert_eq!(read_digits(&d, 4, Convention::English).map(|m| (m.value, m.end)), Some((40000.0, 6)));
        let d = Doc::new("1.234.567,5 or 2bn");
        let m = read_digits(&d, 0, Convention::European);
        assert_eq!(m.map(|m| (m.value, m.end, m.grouped, m.decimal)), Some((1234567.5, 7, true, true)));
        let m = read_digits(&d, 8, Convention::English);
        assert_eq!(m.map(|m| (m.value, m.suffix.map(|(a, b)| &d.text[a..b]))), Some((2.0, Some("bn"))));
    }

    #[test]
    fn reads_words() {
        assert_eq!(num("twenty-five years").map(|x| (x.0, x.1)), Some((25.0, 3)));
        assert_eq!(num("four hundred and twenty").map(|x| x.0), Some(420.0));
        assert_eq!(num("two billion").map(|x| x.0), Some(2e9));
        assert_eq!(num("a dozen eggs").map(|x| (x.0, x.1)), Some((12.0, 2)));
        assert_eq!(num("a hundred").map(|x| x.0), Some(100.0));
        assert_eq!(num("one thousand two hundred").map(|x| x.0), Some(1200.0));
        assert_eq!(num("a cat"), None);
        assert_eq!(num("five six").map(|x| (x.0, x.1)), Some((5.0, 1)));
        assert_eq!(num("ninety nine").map(|x| (x.0, x.1)), Some((99.0, 2)));
        assert_eq!(num("twenty six million").map(|x| x.0), Some(26e6));
        assert_eq!(num("dozen"), None);
    }
}
