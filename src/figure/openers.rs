//! The first words of a figure: which words may open one (modifiers,
//! frames, quantity words), looked up by one hash of the word's bytes.


use super::*;
use crate::text::Doc;

/// The lowercase form of an ASCII word: the word itself when it has no
/// capital (most words of a text), else a copy in `buf`; "" when it is
/// longer than the buffer or not ASCII (no word list entry is).
pub(super) fn lower<'b>(word: &'b str, buf: &'b mut [u8; 16]) -> &'b str {
    if word.len() > buf.len() || !word.is_ascii() {
        return "";
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return word;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).unwrap_or("")
}

/// The words a figure may start with.
pub(super) struct FirstWords {
    /// An open-addressing hash table of the words' [`word_key`]s, each with
    /// its flags ([`MODIFIER`], [`FRAME`], [`QUANTITY`]) and, for the first
    /// words of approximation modifiers ("more" of "more than"), a bit for
    /// each entry of [`MODIFIERS`] it opens. A slot of length 0 is empty.
    /// Most words of a text pass the shape test below ("the" is shaped like
    /// "ten"), and a binary search of the sorted word lists cost ~200
    /// instructions each.
    pub(super) table: Vec<FirstWord>,
    /// For each ASCII first byte and length up to 16 (lowercased), a bit for
    /// each last byte (lowercased, mod 32) of a listed word: most words of a
    /// text ("the", "of", "and") are rejected by this one test.
    pub(super) shapes: Vec<u32>,
}

/// The [`FirstWords::shapes`] slot and bit of a word, or None when no
/// listed word can have its shape (not ASCII-initial, longer than 16).
pub(super) fn shape_of(bytes: &[u8]) -> Option<(usize, u32)> {
    let (&first, &last) = (bytes.first()?, bytes.last()?);
    if first >= 0x80 || bytes.len() > 16 {
        return None;
    }
    let slot = usize::from(first.to_ascii_lowercase()) * 17 + bytes.len();
    Some((slot, 1 << (last.to_ascii_lowercase() & 31)))
}

/// One slot of [`FirstWords::table`]: key, length, flags, modifier bits.
pub(super) type FirstWord = (u128, u8, u8, u64);

/// Flag of a modifier's first word in [`FirstWords::table`].
pub(super) const MODIFIER: u8 = 1;
/// Flag of the words that open a range frame: "between", "from".
pub(super) const FRAME: u8 = 2;
/// Flag of the words that may start a quantity: number words, "a", "half",
/// vague plurals ("thousands"), signs ("minus").
pub(super) const QUANTITY: u8 = 4;
/// Slots of [`FirstWords::table`]: a power of two, well above the ~80 words.
pub(super) const TABLE_SLOTS: usize = 256;

impl FirstWords {
    #[cfg(test)]
    pub(super) fn contains(&self, w: &str) -> bool {
        self.entry(w.as_bytes()).1 != 0
    }

    /// The word's flags (0 when it is in no list) and the bits of the
    /// modifiers it opens, in any case ("More", "MORE").
    #[inline]
    pub(super) fn entry(&self, w: &[u8]) -> (u8, u64) {
        // The shape test inlined, the probe not: most words stop here.
        let Some((shape, bit)) = shape_of(w) else { return (0, 0) };
        if self.shapes.get(shape).map_or(0, |s| s & bit) == 0 {
            return (0, 0);
        }
        self.probe(w)
    }

    /// The table lookup of [`FirstWords::entry`], once the shape test passed.
    fn probe(&self, w: &[u8]) -> (u8, u64) {
        let Some(key) = word_key(w) else { return (0, 0) };
        let mut slot = slot_of(key);
        // The table is never full, so an empty slot ends every probe.
        for _ in 0..TABLE_SLOTS {
            match self.table.get(slot) {
                Some(&(k, len, flags, mods)) if len != 0 => {
                    if (k, len) == key {
                        return (flags, mods);
                    }
                }
                _ => return (0, 0),
            }
            slot = (slot + 1) % TABLE_SLOTS;
        }
        (0, 0)
    }
}

/// A word of at most 16 bytes as one integer (its bytes, ASCII-lowercased
/// and zero-padded) and its length, or None for a longer word (no word list
/// entry is longer). Other bytes stay as they are and match no entry.
pub(super) fn word_key(bytes: &[u8]) -> Option<(u128, u8)> {
    if bytes.len() > 16 {
        return None;
    }
    // Shifted in byte by byte: cheaper than a copy for words this short.
    let k = bytes.iter().fold(0u128, |k, b| k << 8 | u128::from(b.to_ascii_lowercase()));
    Some((k.checked_shl(8 * (16 - bytes.len() as u32)).unwrap_or(0), bytes.len() as u8))
}

/// A set of lowercase ASCII words, looked up in any case among the few
/// that share the word's first letter (not one compare per listed word).
pub(crate) struct WordSet {
    words: &'static [&'static str],
    index: Vec<Vec<u16>>,
}

impl WordSet {
    pub(crate) fn new(words: &'static [&'static str]) -> Self {
        WordSet { words, index: first_byte_index(&mut words.iter().copied()) }
    }

    /// True when `w`, ignoring ASCII case, is in the set.
    pub(crate) fn contains(&self, w: &str) -> bool {
        let Some(bucket) = w.as_bytes().first().and_then(|b| self.index.get(usize::from(b.to_ascii_lowercase()))) else { return false };
        bucket.iter().filter_map(|&j| self.words.get(usize::from(j))).any(|x| x.eq_ignore_ascii_case(w))
    }
}

/// The home slot of a key in [`FirstWords::table`]: a multiplicative hash.
pub(super) fn slot_of((k, len): (u128, u8)) -> usize {
    let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29) ^ u64::from(len);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize % TABLE_SLOTS
}

/// Built once: the words that can open a figure, so that the recognizer
/// spends a lookup, not a parse, on every other word of the text.
pub(super) fn first_words() -> &'static FirstWords {
    static WORDS: std::sync::LazyLock<FirstWords> = std::sync::LazyLock::new(|| {
        // Bit `i` stands for `MODIFIERS[i]` (a unit test checks they fit).
        let modifiers = MODIFIERS.iter().enumerate().filter_map(|(i, (m, _))| Some((m.split(' ').next()?, MODIFIER, 1u64 << (i % 64))));
        let quantity = [
            "minus", "negative", "a", "an", "half", "quarter", "dozens", "hundreds", "thousands", "millions",
            "billions", "trillions", "tens", "scores", "zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion", "trillion",
        ];
        let others = [("between", FRAME), ("from", FRAME)].into_iter().chain(quantity.into_iter().map(|w| (w, QUANTITY)));
        let mut words = FirstWords { table: vec![(0, 0, 0, 0); TABLE_SLOTS], shapes: vec![0u32; 128 * 17] };
        for (w, flag, mods) in modifiers.chain(others.map(|(w, f)| (w, f, 0))) {
            // Every listed word is short enough for a key (a unit test checks).
            let (Some((shape, bit)), Some(key)) = (shape_of(w.as_bytes()), word_key(w.as_bytes())) else { continue };
            if let Some(s) = words.shapes.get_mut(shape) {
                *s |= bit;
            }
            let mut slot = slot_of(key);
            for _ in 0..TABLE_SLOTS {
                let Some(entry) = words.table.get_mut(slot) else { break };
                if entry.1 == 0 {
                    *entry = (key.0, key.1, flag, mods);
                    break;
                }
                if (entry.0, entry.1) == key {
                    entry.2 |= flag;
                    entry.3 |= mods;
                    break;
                }
                slot = (slot + 1) % TABLE_SLOTS;
            }
        }
        words
    });
    &WORDS
}

/// What the word at token `i` may open, as [`FirstWords`] flags: a number
/// word, a modifier, a range frame; [`QUANTITY`] also for a currency code
/// or prefix ("USD", "US$") and a vulgar fraction ("½"). Also returns the
/// modifiers the word may open.
pub(super) fn opener_flags(doc: &Doc, i: usize) -> (u8, u64) {
    let Some(&t) = doc.tokens.get(i) else { return (0, 0) };
    let bytes = doc.text.as_bytes().get(t.start()..t.end()).unwrap_or(&[]);
    let Some(&first) = bytes.first() else { return (0, 0) };
    // Codes and sign prefixes are written in capitals: "USD", "US$", "Rs".
    if first.is_ascii_uppercase() && bytes.len() <= 4 || !first.is_ascii() {
        let w = doc.tok(i);
        if !w.is_ascii() {
            return (if vulgar_fraction(w).is_some() { QUANTITY } else { 0 }, 0);
        }
        let sign_next = doc.glued(i + 1) && matches!(doc.tok_or_empty(i as isize + 1), "$" | "£");
        let code_like = (t.all_caps() || w.len() == 2) && w.len() <= 3;
        if sign_next || code_like && iso_code(w).is_some() {
            let (flags, mods) = first_words().entry(bytes);
            return (flags | QUANTITY, mods);
        }
    }
    // Any other word with a byte that is not ASCII matches no entry.
    first_words().entry(bytes)
}
