//! Keys: how a name in the text and a name in the gazetteer become the same
//! string.
//!
//! A key is a name's word runs, diacritics folded and lowercased, joined by
//! one space ("Nagorno-Karabakh" and "Nagorno Karabakh" both give `nagorno
//! karabakh`; "U.S." gives `u s`). The generator sorts the gazetteer by the
//! same fold (its table is `fold_table.rs`), so the keys agree exactly. The
//! matcher builds a name's key token by token; the gazetteer folds its stored
//! names when it first indexes them.

use crate::text::{Doc, TokKind};

use super::fold_table::{FOLD_00C0, FOLD_1E00};

/// Appends the folded form of one character: lowercase ASCII for Latin
/// letters with diacritics, nothing for combining marks, a space for
/// separators, the lowercase character otherwise.
fn fold_char_into(c: char, out: &mut String) {
    let cp = c as u32;
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_space(out);
        }
    } else if (0xC0..0x2B0).contains(&cp) {
        push_folded(FOLD_00C0[(cp - 0xC0) as usize], out);
    } else if (0x1E00..0x1F00).contains(&cp) {
        push_folded(FOLD_1E00[(cp - 0x1E00) as usize], out);
    } else if matches!(cp, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F) {
        // A combining mark: the diacritic of the letter before it.
    } else if c.is_alphanumeric() {
        out.extend(c.to_lowercase());
    } else {
        push_space(out);
    }
}

fn push_folded(f: &str, out: &mut String) {
    if f == "'" || f.is_empty() && out.ends_with(' ') {
        push_space(out);
    } else {
        out.push_str(f);
    }
}

/// Separators collapse to one space, never leading.
fn push_space(out: &mut String) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

/// [`fold_into`] of a name, with a byte loop for the common all-ASCII name.
/// Into an empty `out` the two give the same key (the tests check): the
/// gazetteer folds every stored name of a bucket with it when the bucket is
/// first used, and resolution the text of every name found.
pub(super) fn fold_name_into(name: &[u8], out: &mut String) {
    if !name.is_ascii() {
        fold_into(std::str::from_utf8(name).unwrap_or(""), out);
        return;
    }
    let start = out.len();
    for &b in name {
        if b.is_ascii_alphanumeric() {
            out.push(char::from(b.to_ascii_lowercase()));
        } else if out.len() > start && !out.ends_with(' ') {
            // As `push_space`: separators collapse to one space, never leading.
            out.push(' ');
        }
    }
    while out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

/// Appends the key of a whole name: see the module docs.
pub(super) fn fold_into(s: &str, out: &mut String) {
    let start = out.len();
    for c in s.chars() {
        fold_char_into(c, out);
    }
    while out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

/// Appends the key of token `i`'s text, as [`fold_into`] would, and drops a
/// space left at the end of `key`: a token that folds to nothing (a stop)
/// leaves no separator behind.
pub(super) fn fold_token(doc: &Doc, i: usize, key: &mut String) {
    let w = doc.tok(i);
    // Nearly every word is plain ASCII letters, whose fold is its lowercase:
    // one copy, not a table lookup per character. (An ASCII word token is
    // letters and digits only; `is_ascii` tests a machine word at a time.)
    if doc.tokens[i].kind != TokKind::Punct && w.is_ascii() {
        let start = key.len();
        key.push_str(w);
        if let Some(tail) = key.get_mut(start..) {
            tail.make_ascii_lowercase();
        }
        return;
    }
    for c in w.chars() {
        fold_char_into(c, key);
    }
    while key.ends_with(' ') {
        key.pop();
    }
}

/// The key of token `i` alone.
pub(super) fn folded(doc: &Doc, i: usize) -> String {
    let mut key = String::new();
    fold_token(doc, i, &mut key);
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::place::gazetteer::gazetteer;

    fn fold(s: &str) -> String {
        let mut out = String::new();
        fold_into(s, &mut out);
        out
    }

    #[test]
    fn folds_diacritics_and_separators() {
        assert_eq!(fold("Füzuli"), "fuzuli");
        assert_eq!(fold("Tərtər"), "terter");
        assert_eq!(fold("Nagorno-Karabakh"), "nagorno karabakh");
        assert_eq!(fold("U.S."), "u s");
        assert_eq!(fold("Côte d'Ivoire"), "cote d ivoire");
        assert_eq!(fold("Đà Nẵng"), "da nang");
        assert_eq!(fold("Bakı"), "baki");
        assert_eq!(fold("Zu\u{308}rich"), "zurich");
    }

    #[test]
    fn the_ascii_fold_matches_the_general_one() {
        let mut names: Vec<&str> = gazetteer().entries.iter().map(|e| e.name).collect();
        names.extend(["", " ", "U.S.", "St. John's", "--a--b--", "A  B ", "Côte d'Ivoire", "x\u{301}", "'Adan"]);
        let (mut a, mut b) = (String::new(), String::new());
        for name in names {
            a.clear();
            b.clear();
            fold_into(name, &mut a);
            fold_name_into(name.as_bytes(), &mut b);
            assert_eq!(a, b, "{name:?}");
        }
    }

    #[test]
    fn the_ascii_token_fold_matches_the_general_one() {
        let doc = Doc::new("Baku USA F16 Füzuli Zu\u{308}rich x2Y");
        for i in 0..doc.tokens.len() {
            let mut general = String::new();
            fold_into(doc.tok(i), &mut general);
            assert_eq!(folded(&doc, i), general, "{}", doc.tok(i));
        }
    }
}
