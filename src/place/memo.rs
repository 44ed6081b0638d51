//! The folded keys and one-word readings of recent words: see [`Memo`].

use crate::text::Doc;

use super::fold::fold_token;
use super::gazetteer::{Gazetteer, Link};

/// The folded keys of recent words and their one-word readings. A text
/// repeats its capitalised words ("The", "U.S.", "Obama": 3,700 distinct
/// among 15,000 in a 500 KB news corpus), and folding a word and probing the
/// gazetteer for it cost a third of the recognizer's work. Direct-mapped with
/// at most [`Memo::MAX_SLOTS`] slots, so it does not grow with the text.
pub(super) struct Memo<'t, 'g> {
    g: &'g Gazetteer,
    slots: Vec<Slot<'t, 'g>>,
    /// `64 - log2(slots.len())`: the hash bits that pick a slot are the top ones.
    shift: u32,
}

#[derive(Default)]
struct Slot<'t, 'g> {
    /// The word as written; empty while the slot is free.
    word: &'t str,
    key: String,
    /// The readings of `key` alone, once asked for.
    readings: Option<Option<&'g [Link]>>,
}

impl<'t, 'g> Memo<'t, 'g> {
    const MAX_SLOTS: usize = 1024;

    /// A memo sized to the text: a short text needs few slots.
    pub(super) fn new(g: &'g Gazetteer, tokens: usize) -> Self {
        let n = (tokens / 8).clamp(16, Self::MAX_SLOTS).next_power_of_two();
        let mut slots = Vec::with_capacity(n);
        slots.resize_with(n, Slot::default);
        Memo { g, slots, shift: 64 - n.trailing_zeros() }
    }

    /// The slot of token `i`, filled with its folded key.
    fn slot(&mut self, doc: &Doc<'t>, i: usize) -> &mut Slot<'t, 'g> {
        let word = doc.tok(i);
        // Length and three letters tell most words apart; a collision only
        // costs a refold.
        let b = word.as_bytes();
        let (n, first, last) = (b.len(), b.first().copied().unwrap_or(0), b.last().copied().unwrap_or(0));
        let mid = b.get(n / 2).copied().unwrap_or(0);
        let h = (n as u64) | u64::from(first) << 8 | u64::from(mid) << 16 | u64::from(last) << 24;
        let index = (h.wrapping_mul(0x51_7c_c1_b7_27_22_0a_95) >> self.shift) as usize;
        // `h >> shift` is below the (power of two) number of slots.
        let slot = &mut self.slots[index];
        if slot.word != word {
            slot.word = word;
            slot.key.clear();
            fold_token(doc, i, &mut slot.key);
            slot.readings = None;
        }
        slot
    }

    /// Appends token `i`'s folded key to `key`, as `fold_token` would.
    pub(super) fn push_key(&mut self, doc: &Doc<'t>, i: usize, key: &mut String) {
        key.push_str(&self.slot(doc, i).key);
        // A word that folds to nothing drops the space before it, as in `fold_token`.
        while key.ends_with(' ') {
            key.pop();
        }
    }

    /// Appends token `i`'s folded key to the empty `key` and returns its
    /// readings: one probe of the memo for the first word of a name.
    pub(super) fn first(&mut self, doc: &Doc<'t>, i: usize, key: &mut String) -> Option<&'g [Link]> {
        let g = self.g;
        let slot = self.slot(doc, i);
        key.push_str(&slot.key);
        *slot.readings.get_or_insert_with(|| g.get(&slot.key))
    }

    /// The gazetteer readings of token `i` alone, if it is a name: true if a
    /// gazetteer name of one word starts there ("Dallas Texas"). The context
    /// rules ask this of the words around a name, so a name that only the
    /// local tier holds (small towns, most of them also surnames: "Hilton",
    /// "Hazard") counts as no place here, as it did before that tier.
    pub(super) fn readings(&mut self, doc: &Doc<'t>, i: usize) -> Option<&'g [Link]> {
        let g = self.g;
        let slot = self.slot(doc, i);
        let links = (*slot.readings.get_or_insert_with(|| g.get(&slot.key)))?;
        links.iter().any(|l| !g.entries.needs_cue(l.entry as usize)).then_some(links)
    }
}
