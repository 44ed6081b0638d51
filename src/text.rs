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
#[repr(u8)]
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
///
/// Eight bytes: the tokens of a text live through every recognizer and a
/// token comes every ~5 bytes of prose, so with `usize` offsets and a byte
/// per flag (24 bytes) they alone cost ~5x the input's size, and with two
/// `u32` offsets (12 bytes) 2.3x; a start and a 16-bit length cost 1.5x.
/// Texts longer than `u32::MAX` bytes are annotated in pieces (see
/// `pipeline`), and a word longer than [`MAX_TOKEN_BYTES`] is cut into
/// glued tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    start: u32,
    len: u16,
    pub kind: TokKind,
    /// Bit flags: see the `FLAG_` constants; bits 5-6 hold the newline count.
    flags: u8,
}

const FLAG_SPACE_BEFORE: u8 = 1;
const FLAG_SENTENCE_START: u8 = 1 << 1;
const FLAG_UPPER_INITIAL: u8 = 1 << 2;
const FLAG_ALL_CAPS: u8 = 1 << 3;
const NEWLINES_SHIFT: u8 = 5;

impl Token {
    fn new(start: usize, end: usize, kind: TokKind, space_before: bool, newlines: u8, upper_initial: bool, all_caps: bool) -> Self {
        // Offsets fit: `pipeline` never hands the tokenizer more than u32::MAX bytes.
        let flags = u8::from(space_before) * FLAG_SPACE_BEFORE
            | u8::from(upper_initial) * FLAG_UPPER_INITIAL
            | u8::from(all_caps) * FLAG_ALL_CAPS
            | (newlines.min(2) << NEWLINES_SHIFT);
        // `Doc::new` cuts longer words, and punctuation is one character.
        debug_assert!(end - start <= MAX_TOKEN_BYTES);
        Token { start: start as u32, len: (end - start).min(MAX_TOKEN_BYTES) as u16, kind, flags }
    }

    /// The byte offset where the token starts.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// The byte offset just past the token.
    #[inline]
    pub fn end(&self) -> usize {
        self.start as usize + usize::from(self.len)
    }

    /// Whitespace stands between this token and the previous one.
    #[inline]
    pub fn space_before(&self) -> bool {
        self.flags & FLAG_SPACE_BEFORE != 0
    }

    /// Newlines in that whitespace (capped at 2: a paragraph break).
    #[inline]
    pub fn newlines_before(&self) -> u8 {
        self.flags >> NEWLINES_SHIFT
    }

    /// The token starts a sentence (first of the text, after a paragraph
    /// break, or after `.`/`!`/`?` plus optional closing quotes).
    #[inline]
    pub fn sentence_start(&self) -> bool {
        self.flags & FLAG_SENTENCE_START != 0
    }

    /// The first character is uppercase.
    #[inline]
    pub fn upper_initial(&self) -> bool {
        self.flags & FLAG_UPPER_INITIAL != 0
    }

    /// Every letter is uppercase (and there are at least two).
    #[inline]
    pub fn all_caps(&self) -> bool {
        self.flags & FLAG_ALL_CAPS != 0
    }
}

/// The longest token, in bytes: a longer run of letters or digits (no word
/// of any language, and no number anyone writes) becomes several tokens,
/// each glued to the one before it, so that a token's length fits in 16 bits.
pub(crate) const MAX_TOKEN_BYTES: usize = u16::MAX as usize;

/// The most bytes one `Doc` may hold, so that token offsets fit in `u32`.
pub(crate) const MAX_DOC_BYTES: usize = u32::MAX as usize;

/// A text with its tokens.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// The byte ranges of the words longer than [`MAX_TOKEN_BYTES`], each cut
    /// into glued tokens (nearly always none). Nothing is found inside such a
    /// word, as nothing was when it was one token: a piece after a cut would
    /// otherwise read as a new word ("x" × 65,535 + "Paris" as a place), so
    /// the pipeline drops every candidate that overlaps one of these.
    pub giant_words: Vec<(usize, usize)>,
}

/// True for the combining marks most used in Latin, Greek and Cyrillic text,
/// which belong to the letter before them.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_combining_mark(c)
    }
}

/// Whitespace, and control characters (NUL, escape, ...): those are
/// invisible on the page, so "400\0people" splits as a tab would, instead of
/// gaining punctuation tokens. Every ASCII byte up to the space is one or the
/// other, which makes the common case one comparison.
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        c <= ' ' || c == '\x7f'
    } else {
        c.is_whitespace() || c.is_control()
    }
}

/// The character at byte `i`, or None at the end (or off a boundary, which
/// the tokenizer never asks for).
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(b as char),
        Some(_) => text.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
        let bytes = text.as_bytes();
        let mut space_before = false;
        let mut newlines: u8 = 2; // the start of the text counts as a paragraph break
        let mut i = 0;
        let mut giant_words = Vec::new();
        // Where the word being cut into pieces began.
        let mut giant_start: Option<usize> = None;
        // One pass over the bytes: ASCII (nearly all of an English article)
        // is classified from the byte alone and only other characters are
        // decoded, which measured cheaper than a peekable char iterator.
        while let Some(c) = char_at(text, i) {
            let len = c.len_utf8();
            if is_space(c) {
                space_before = true;
                if c == '\n' || c == '\u{2029}' || (c == '\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    newlines = newlines.saturating_add(1).min(2);
                }
                i += len;
                continue;
            }
            let start = i;
            let (kind, all_caps) = if is_word_char(c) {
                // What the word is made of, and for all-caps: whether any
                // letter is lowercase and how many letters there are.
                let (mut alpha, mut digit, mut lower) = (false, false, false);
                let mut letters = 0usize;
                // A word longer than a token holds ends at MAX_TOKEN_BYTES (a
                // character boundary at most that far), and the next round
                // reads the rest as a glued token.
                let word = &bytes[..bytes.len().min(start + MAX_TOKEN_BYTES)];
                loop {
                    // A run of ASCII letters and digits, a byte at a time:
                    // nearly every word of an English text is only that.
                    while let Some(&b) = word.get(i) {
                        if b.is_ascii_lowercase() {
                            lower = true;
                        } else if b.is_ascii_digit() {
                            digit = true;
                            i += 1;
                            continue;
                        } else if !b.is_ascii_uppercase() {
                            break;
                        }
                        alpha = true;
                        letters += 1;
                        i += 1;
                    }
                    // Then a non-ASCII letter or mark continues the word, or
                    // the word ends.
                    match char_at(text, i) {
                        Some(ch) if !ch.is_ascii() && is_word_char(ch) && i + ch.len_utf8() <= word.len() => {
                            alpha = true;
                            lower |= ch.is_lowercase();
                            letters += usize::from(ch.is_alphabetic());
                            i += ch.len_utf8();
                        }
                        _ => break,
                    }
                }
                let kind = match (alpha, digit) {
                    (false, true) => TokKind::Digits,
                    (true, true) => TokKind::AlphaNum,
                    _ => TokKind::Alpha,
                };
                // A piece that ends within a character of the limit was cut
                // if the word goes on; one that does not ends its word.
                let cut = i - start + 4 > MAX_TOKEN_BYTES && char_at(text, i).is_some_and(is_word_char);
                if cut {
                    giant_start.get_or_insert(start);
                } else if let Some(from) = giant_start.take() {
                    giant_words.push((from, i));
                }
                (kind, !lower && letters >= 2)
            } else {
                i += len;
                (TokKind::Punct, false)
            };
            tokens.push(Token::new(start, i, kind, space_before, newlines, c.is_uppercase(), all_caps));
            space_before = false;
            newlines = 0;
        }
        // The estimate above is a little high on prose and half the growth
        // too high on dense text (digits, punctuation), where the vector
        // doubled; the tokens live through every recognizer, so return the
        // slack (glibc shrinks a block this size in place, without a copy).
        tokens.shrink_to_fit();
        mark_sentence_starts(text, &mut tokens);
        Doc { text, tokens, giant_words }
    }

    /// True if bytes `start..end` overlap a word cut into pieces.
    pub fn overlaps_giant_word(&self, start: usize, end: usize) -> bool {
        self.giant_words.iter().any(|&(from, to)| start < to && end > from)
    }

    /// The token's text.
    pub fn tok(&self, i: usize) -> &'a str {
        let t = &self.tokens[i];
        &self.text[t.start()..t.end()]
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
        i < self.tokens.len() && !self.tokens[i].space_before()
    }

    /// The index of the first token starting at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start() < pos)
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
        let s = &text[t.start()..t.end()];
        if t.newlines_before() >= 1 {
            after_stop = true;
        }
        if t.kind == TokKind::Punct && matches!(s, "\"" | "'" | "\u{201C}" | "\u{2018}" | "(" | "[" | "\u{00AB}" | "-" | "\u{2014}" | "\u{2022}" | "*") {
            // Opening quotes and bullets keep the pending sentence start for the next word.
            continue;
        }
        if after_stop {
            tokens[i].flags |= FLAG_SENTENCE_START;
        }
        after_stop = false;
        if t.kind == TokKind::Punct && matches!(s, "." | "!" | "?" | ":" | "\u{2026}") {
            let prev_word = if i > 0 && tokens[i - 1].kind != TokKind::Punct && !t.space_before() {
                Some(&text[tokens[i - 1].start()..tokens[i - 1].end()])
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
            // Counted on the bytes, which compiles to a tight (vectorizable)
            // loop: every byte but a continuation byte starts a character,
            // one UTF-16 unit, and a 4-byte character's lead byte (0xF0 and
            // up) adds the second unit of its surrogate pair.
            self.unit += rest.bytes().map(|b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0)).sum::<usize>();
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
        assert!(d.tokens[1].space_before());
    }

    #[test]
    fn splits_hyphens_and_possessives() {
        assert_eq!(toks("Moscow-based Azerbaijan's F16"), ["Moscow", "-", "based", "Azerbaijan", "'", "s", "F16"]);
        assert_eq!(toks("Füzuli 1,000"), ["Füzuli", "1", ",", "000"]);
        assert_eq!(toks("e\u{301}té"), ["e\u{301}té"]);
    }

    #[test]
    fn cuts_words_longer_than_a_token_holds() {
        // 'é' is two bytes, so the cut falls inside one and moves back a byte.
        let text = format!("x {} 7{} y", "\u{e9}".repeat(MAX_TOKEN_BYTES), "0".repeat(2 * MAX_TOKEN_BYTES));
        let d = Doc::new(&text);
        let pieces: Vec<(usize, usize, TokKind, bool)> =
            d.tokens.iter().map(|t| (t.start(), t.end(), t.kind, t.space_before())).collect();
        let e_end = 2 + 2 * MAX_TOKEN_BYTES;
        let d_start = e_end + 1;
        let d_end = d_start + 1 + 2 * MAX_TOKEN_BYTES;
        assert_eq!(
            pieces,
            [
                (0, 1, TokKind::Alpha, false),
                (2, 2 + MAX_TOKEN_BYTES - 1, TokKind::Alpha, true),
                (2 + MAX_TOKEN_BYTES - 1, e_end - 2, TokKind::Alpha, false),
                (e_end - 2, e_end, TokKind::Alpha, false),
                (d_start, d_start + MAX_TOKEN_BYTES, TokKind::Digits, true),
                (d_start + MAX_TOKEN_BYTES, d_start + 2 * MAX_TOKEN_BYTES, TokKind::Digits, false),
                (d_start + 2 * MAX_TOKEN_BYTES, d_end, TokKind::Digits, false),
                (d_end + 1, d_end + 2, TokKind::Alpha, true),
            ]
        );
        assert!(!d.tokens[2].upper_initial() && !d.tokens[2].all_caps());
        assert_eq!(d.giant_words, [(2, e_end), (d_start, d_end)]);
        // A word of exactly MAX_TOKEN_BYTES is one token and not cut.
        let word = "a".repeat(MAX_TOKEN_BYTES);
        let d = Doc::new(&word);
        assert_eq!((d.tokens.len(), d.giant_words.len()), (1, 0));
    }

    #[test]
    fn finds_sentence_starts() {
        let d = Doc::new("Mr. Smith went. \"March on\", he said.\nNice day");
        let starts: Vec<&str> = (0..d.tokens.len()).filter(|&i| d.tokens[i].sentence_start()).map(|i| d.tok(i)).collect();
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
