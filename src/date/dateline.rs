//! The dateline: the publication date an article states near its top,
//! which becomes the reference date when the caller gives none.

use super::cursor::Parser;
use super::meaning::{Sem, Val};
use crate::calendar::CalendarDate;
use crate::text::Doc;

/// A dateline or publication date at the top of the article: the date and
/// its byte range.
///
/// Conservative on purpose: only a full date with a year ("Friday, October 9,
/// 2020", "9 October 2020", "2020-10-09T08:00") among the first lines counts,
/// since a wrong reference date would shift every relative date in the text.
pub(crate) fn find_dateline(doc: &Doc) -> Option<(CalendarDate, usize, usize)> {
    // The loop below stops at byte 600. A date with its year has a run of
    // four digits ("2020") or digits, a separator and digits ("10/9/20");
    // most paragraphs have neither there, and parsing at every token to
    // find out was 7% of a paragraph-sized call.
    let window = doc.text.as_bytes();
    if !may_hold_year(&window[..window.len().min(700)]) {
        return None;
    }
    let parser = Parser::for_prefix(doc, 600);
    let mut lines = 0usize;
    let mut i = 0usize;
    while i < doc.tokens.len() {
        let t = doc.tokens[i];
        if t.newlines_before() > 0 && i > 0 {
            lines += t.newlines_before() as usize;
        }
        // The title and dateline area: the first few lines, and the first
        // 400 bytes of a text without line breaks.
        if lines > 6 || t.start() > 600 || (lines == 0 && t.start() > 400) {
            break;
        }
        if let Some(f) = parser.parse_at(i) {
            if let Sem::Abs(Val::Day(d)) = f.sem {
                if f.explicit_year && f.modifier.is_none() {
                    let (s, e) = (doc.tokens.get(f.start)?.start(), doc.tokens.get(f.end.checked_sub(1)?)?.end());
                    return Some((d, s, e));
                }
            }
            i = f.end.max(i + 1);
        } else {
            i += 1;
        }
    }
    None
}

/// True if `bytes` hold four digits in a row, or a digit, one of "/-." and
/// a digit: the written forms of a date with its year.
fn may_hold_year(bytes: &[u8]) -> bool {
    let mut run = 0usize;
    for (k, &b) in bytes.iter().enumerate() {
        if b.is_ascii_digit() {
            run += 1;
            if run >= 4 {
                return true;
            }
        } else {
            if run > 0 && matches!(b, b'/' | b'-' | b'.') && bytes.get(k + 1).is_some_and(u8::is_ascii_digit) {
                return true;
            }
            run = 0;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dateline_needs_a_full_date_near_the_top() {
        let d = Doc::new("Talks resume\n\nFriday, October 9, 2020\n\nThe two sides met on Thursday.");
        let (date, s, e) = find_dateline(&d).unwrap();
        assert_eq!(date.to_string(), "2020-10-09");
        assert_eq!(&d.text[s..e], "Friday, October 9, 2020");
        assert!(find_dateline(&Doc::new("They met on October 9 in Geneva.")).is_none());
        assert_eq!(find_dateline(&Doc::new("(Reuters) Oct 9, 2020 - Talks began.")).map(|x| x.0.to_string()), Some("2020-10-09".into()));
        assert_eq!(find_dateline(&Doc::new("LONDON, 10/9/20 - Talks began.")).map(|x| x.0.to_string()), Some("2020-10-09".into()));
        assert!(find_dateline(&Doc::new("Some 400 people met on Friday, Oct. 9.")).is_none());
        assert!(may_hold_year(b"in 1999") && may_hold_year(b"10/9/20") && may_hold_year(b"9.10.20"));
        assert!(!may_hold_year(b"400 people, 12 hours, $5 million") && !may_hold_year(b"9/ 10"));
    }
}
