//! Tokens and sentence boundaries, computed once per text and shared by all
//! recognizers; and the one place where UTF-8 offsets become UTF-16 ones.
//!
//! A token is a maximal run of letters, digits and combining marks (a
//! *word*), or a single other non-space character (*punctuation*). Hyphens
//! and apostrophes are punctuation, so "Moscow-based" is `Moscow` `-`
//! `based` and "Azerbaijan's" is `Azerbaijan` `'` `s`: a recognizer decides
//! what they join. Offsets are byte offsets into the text.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters (and combining marks) only.
    Alpha,
    /// ASCII digits only.
    Digits,
    /// Letters and digits mixed ("F16", "COVID19", "3rd").
    AlphaNum,
    /// One character that is neither a letter, digit nor space.
    Punct,
}

/// One token: a byte range of the text and what precedes it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Whitespace stands between this token and the previous one.
    pub space_before: bool,
    /// Newlines in that whitespace (capped at 2: a paragraph break).
    pub newlines_before: u8,
    /// The token starts a sentence (first of the text, after a paragraph
    /// break, or after `.`/`!`/`?` plus optional closing quotes).
    pub sentence_start: bool,
    /// The first character is uppercase.
    pub upper_initial: bool,
    /// Every letter is uppercase (and there are at least two).
    pub all_caps: bool,
}

/// A text with its tokens.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
}

/// True for the combining marks most used in Latin, Greek and Cyrillic text,
/// which belong to the letter before them.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// True when the word has at least two letters and no lowercase one. One
/// pass that stops at the first lowercase letter: most words are rejected at
/// their first or second character.
fn is_all_caps(word: &str) -> bool {
    let mut letters = 0usize;
    for ch in word.chars() {
        if ch.is_lowercase() {
            return false;
        }
        if ch.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
        let mut chars = text.char_indices().peekable();
        let mut space_before = false;
        let mut newlines: u8 = 2; // the start of the text counts as a paragraph break
        while let Some((i, c)) = chars.next() {
            // Control characters (NUL, escape, ...) are invisible in the
            // page; reading them as spaces keeps "400\0people" a figure as
            // a tab would, instead of splitting off punctuation tokens.
            if c.is_whitespace() || c.is_control() {
                space_before = true;
                if c == '\n' || c == '\u{2029}' || (c == '\r' && chars.peek().map(|&(_, n)| n) != Some('\n')) {
                    newlines = newlines.saturating_add(1).min(2);
                }
                continue;
            }
            let (end, kind) = if is_word_char(c) {
                let (mut alpha, mut digit) = (false, false);
                let mut note = |ch: char| {
                    if ch.is_ascii_digit() {
                        digit = true
                    } else {
                        alpha = true
                    }
                };
                note(c);
                let mut end = i + c.len_utf8();
                while let Some(&(j, n)) = chars.peek() {
                    if !is_word_char(n) {
                        break;
                    }
                    note(n);
                    end = j + n.len_utf8();
                    chars.next();
                }
                let kind = match (alpha, digit) {
                    (false, true) => TokKind::Digits,
                    (true, true) => TokKind::AlphaNum,
                    _ => TokKind::Alpha,
                };
                (end, kind)
            } else {
                (i + c.len_utf8(), TokKind::Punct)
            };
            let word = &text[i..end];
            let upper_initial = c.is_uppercase();
            let all_caps = kind != TokKind::Punct && is_all_caps(word);
            tokens.push(Token {
                start: i,
                end,
                kind,
                space_before,
                newlines_before: newlines,
                sentence_start: false,
                upper_initial,
                all_caps,
            });
            space_before = false;
            newlines = 0;
        }
        mark_sentence_starts(text, &mut tokens);
        Doc { text, tokens }
    }

    /// The token's text.
    pub fn tok(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// The token's text, or "" past either end.
    pub fn tok_or_empty(&self, i: isize) -> &'a str {
        if i < 0 || i as usize >= self.tokens.len() {
            ""
        } else {
            self.tok(i as usize)
        }
    }

    /// True if token `i` exists and equals `word`, ignoring ASCII case.
    pub fn is(&self, i: usize, word: &str) -> bool {
        i < self.tokens.len() && self.tok(i).eq_ignore_ascii_case(word)
    }

    /// True if token `i` (the one after `i - 1`) follows with no space.
    pub fn glued(&self, i: usize) -> bool {
        i < self.tokens.len() && !self.tokens[i].space_before
    }

    /// The index of the first token starting at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st", "mt", "ft",
    "jr", "sr", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "inc", "corp", "co", "ltd", "u", "s", "e", "g", "i", "a", "p", "m",
];

fn mark_sentence_starts(text: &str, tokens: &mut [Token]) {
    let mut after_stop = true;
    for i in 0..tokens.len() {
        let t = tokens[i];
        let s = &text[t.start..t.end];
        if t.newlines_before >= 1 {
            after_stop = true;
        }
        if t.kind == TokKind::Punct && matches!(s, "\"" | "'" | "\u{201C}" | "\u{2018}" | "(" | "[" | "\u{00AB}" | "-" | "\u{2014}" | "\u{2022}" | "*") {
            // Opening quotes and bullets keep the pending sentence start for the next word.
            continue;
        }
        tokens[i].sentence_start = after_stop;
        after_stop = false;
        if t.kind == TokKind::Punct && matches!(s, "." | "!" | "?" | ":" | "\u{2026}") {
            let prev_word = if i > 0 && tokens[i - 1].kind != TokKind::Punct && !t.space_before {
                Some(&text[tokens[i - 1].start..tokens[i - 1].end])
            } else {
                None
            };
            // The list is lowercase ASCII: comparing without case needs no
            // lowercased copy of the word.
            let is_abbrev =
                s == "." && prev_word.is_some_and(|w| ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w)));
            if !is_abbrev {
                after_stop = true;
            }
        }
    }
}

/// Converts ascending UTF-8 byte offsets of one text to UTF-16 code-unit
/// offsets in a single forward pass. Offsets must be asked for in
/// non-decreasing order; each call costs only the distance walked.
pub(crate) struct Utf16Cursor<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Cursor<'a> {
    pub fn new(text: &'a str) -> Self {
        Utf16Cursor { text, byte: 0, unit: 0 }
    }

    /// The UTF-16 offset of byte offset `pos` (which must be on a char
    /// boundary and not before the previous one asked for).
    pub fn to_utf16(&mut self, pos: usize) -> usize {
        debug_assert!(pos >= self.byte);
        if let Some(rest) = self.text.get(self.byte..pos) {
            self.unit += rest.chars().map(char::len_utf16).sum::<usize>();
            self.byte = pos;
        }
        self.unit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let d = Doc::new(s);
        (0..d.tokens.len()).map(|i| d.tok(i)).collect()
    }

    #[test]
    fn control_characters_are_spaces() {
        assert_eq!(toks("counted \0 400\0people\u{1b}\u{7f}now"), ["counted", "400", "people", "now"]);
        let d = Doc::new("a\0b");
        assert!(d.tokens[1].space_before);
    }

    #[test]
    fn splits_hyphens_and_possessives() {
        assert_eq!(toks("Moscow-based Azerbaijan's F16"), ["Moscow", "-", "based", "Azerbaijan", "'", "s", "F16"]);
        assert_eq!(toks("Füzuli 1,000"), ["Füzuli", "1", ",", "000"]);
        assert_eq!(toks("e\u{301}té"), ["e\u{301}té"]);
    }

    #[test]
    fn finds_sentence_starts() {
        let d = Doc::new("Mr. Smith went. \"March on\", he said.\nNice day");
        let starts: Vec<&str> = (0..d.tokens.len()).filter(|&i| d.tokens[i].sentence_start).map(|i| d.tok(i)).collect();
        assert_eq!(starts, ["Mr", "March", "Nice"]);
    }

    #[test]
    fn converts_to_utf16() {
        let s = "a😀b\u{e9}c";
        let mut c = Utf16Cursor::new(s);
        assert_eq!(c.to_utf16(0), 0);
        assert_eq!(c.to_utf16(1), 1);
        assert_eq!(c.to_utf16(5), 3);
        assert_eq!(c.to_utf16(s.len()), 6);
    }
}
