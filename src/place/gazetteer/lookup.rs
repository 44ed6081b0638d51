//! Finding the readings of a folded key.
//!
//! The entries are stored sorted by the key of their own name, so the
//! readings of a key that is only its entries' own name are one run of
//! entries; the few keys that are not simply an entry's own name (aliases,
//! own names with flags) are a second, smaller sorted list, each with its
//! links. Both lists are cut into blocks of a few names. When the gazetteer
//! opens, a small index from a key's first two bytes to the blocks is built
//! from the blocks' first names; the first lookup of a two-byte prefix then
//! folds the names of its blocks into a small hash table (a [`Bucket`]), so
//! every later lookup of that prefix is one hash probe.

use std::ops::Range;
use std::sync::OnceLock;

use crate::place::fold::fold_name_into;
use super::{Columns, Link, List};

/// The index from folded keys to readings.
#[derive(Debug, Default)]
pub(super) struct KeyIndex {
    /// `Link { entry: i, flags: 0 }` at `i`: the readings of a name that is
    /// only its entries' own name are a run of these.
    plain: Vec<Link>,
    /// The readings of each alias key, built when first asked for.
    alias_links: Box<[OnceLock<Box<[Link]>>]>,
    /// See [`prefix_index`], for the name list and the alias list.
    name_prefixes: Vec<u32>,
    alias_prefixes: Vec<u32>,
    /// For each two-byte prefix code, a hash index of the keys that start
    /// with it, built the first time a key with that prefix is looked up.
    buckets: Box<[OnceLock<Bucket>]>,
}

impl KeyIndex {
    /// The index over the lists of `cols`, whose sizes the caller has checked:
    /// the prefix index of each list, and room for the rest, filled on use.
    pub(super) fn build(cols: &Columns) -> KeyIndex {
        let blocks = |n: usize| n.div_ceil(cols.block);
        let mut folded = String::new();
        let name_prefixes = prefix_index((0..blocks(cols.entries)).map(|b| {
            let name = cols.keys_from(List::Names, b).next().map_or(&[][..], |k| k.1);
            ascii_prefix_code(name).unwrap_or_else(|| {
                folded.clear();
                fold_name_into(name, &mut folded);
                prefix_code(folded.as_bytes())
            })
        }));
        let alias_prefixes = prefix_index(
            (0..blocks(cols.aliases)).map(|b| prefix_code(cols.keys_from(List::Aliases, b).next().map_or(&[][..], |k| k.1))),
        );
        KeyIndex {
            plain: (cols.first as u32..cols.limit as u32).map(|entry| Link { entry, flags: 0 }).collect(),
            alias_links: (0..cols.aliases).map(|_| OnceLock::new()).collect(),
            name_prefixes,
            alias_prefixes,
            buckets: (0..PREFIX_CODES).map(|_| OnceLock::new()).collect(),
        }
    }

    /// The readings of a folded key.
    pub(super) fn get(&self, cols: &Columns, key: &str) -> Option<&[Link]> {
        if key.is_empty() {
            return None;
        }
        let code = prefix_code(key.as_bytes());
        let slot = self.buckets.get(code)?.get_or_init(|| self.bucket(cols, code)).find(key)?;
        let own = slot.own.0 as usize..slot.own.1 as usize;
        match slot.alias.checked_sub(1) {
            Some(a) => Some(self.alias_links.get(a as usize)?.get_or_init(|| alias_readings(cols, a as usize, own))),
            None => self.plain.get(own),
        }
    }

    /// The key numbers of `list` that may start with prefix `code`: from the
    /// last block that starts below it to the last that starts with it.
    fn prefix_range(&self, cols: &Columns, list: List, code: usize) -> Range<usize> {
        let (prefixes, count) = match list {
            List::Names => (&self.name_prefixes, cols.entries),
            List::Aliases => (&self.alias_prefixes, cols.aliases),
        };
        let lo = prefixes.get(code).map_or(0, |&v| v as usize).saturating_sub(1);
        let hi = prefixes.get(code + 1).map_or(0, |&v| v as usize);
        lo * cols.block..(hi * cols.block).min(count)
    }

    /// The hash index of the keys with prefix `code`: the names folded, runs
    /// of equal keys merged, the alias keys added.
    fn bucket(&self, cols: &Columns, code: usize) -> Bucket {
        // (key bytes in `keys`, own run, alias number + 1), in key order.
        let names = self.prefix_range(cols, List::Names, code);
        let mut items: Vec<(Range<usize>, (u32, u32), u32)> = Vec::with_capacity(names.len() + 8);
        let mut keys: Vec<u8> = Vec::with_capacity(names.len() * 12);
        // `fold_into` drops a leading separator only into an empty string.
        let mut key = String::new();
        for (i, name) in cols.keys_from(List::Names, names.start / cols.block).take(names.len()) {
            // The names of the block before the prefix's first one are mostly
            // below it: their first bytes tell, without folding the whole name.
            if items.is_empty() && ascii_prefix_code(name).is_some_and(|c| c < code) {
                continue;
            }
            key.clear();
            fold_name_into(name, &mut key);
            match prefix_code(key.as_bytes()).cmp(&code) {
                std::cmp::Ordering::Greater => break,
                std::cmp::Ordering::Less => continue,
                std::cmp::Ordering::Equal if key.is_empty() => continue,
                std::cmp::Ordering::Equal => {}
            }
            if let Some(last) = items.last_mut().filter(|last| same(&keys[last.0.clone()], key.as_bytes())) {
                last.1 .1 = i as u32 + 1;
            } else {
                let start = keys.len();
                keys.extend_from_slice(key.as_bytes());
                items.push((start..keys.len(), (i as u32, i as u32 + 1), 0));
            }
        }
        let aliases = self.prefix_range(cols, List::Aliases, code);
        let own_items = items.len();
        for (a, k) in cols.keys_from(List::Aliases, aliases.start / cols.block).take(aliases.len()) {
            if k.is_empty() || prefix_code(k) != code {
                continue;
            }
            // Both lists are sorted, but a binary search keeps this simple.
            match items[..own_items].binary_search_by(|it| keys[it.0.clone()].cmp(k)) {
                Ok(j) => items[j].2 = a as u32 + 1,
                Err(_) => {
                    let start = keys.len();
                    keys.extend_from_slice(k);
                    items.push((start..keys.len(), (0, 0), a as u32 + 1));
                }
            }
        }
        let mut slots = vec![Slot::default(); (items.len() * 2).max(1).next_power_of_two()].into_boxed_slice();
        let mask = slots.len() - 1;
        for (range, own, alias) in items {
            let h = hash(&keys[range.clone()]);
            let mut at = h as usize & mask;
            while slots[at].end != 0 {
                at = (at + 1) & mask;
            }
            slots[at] = Slot { hash: h, start: range.start as u32, end: range.end as u32, own, alias };
        }
        Bucket { keys, slots }
    }
}

/// The readings of alias key `a`: its stored ones, then the entries of
/// its own-name run that these do not already name.
fn alias_readings(c: &Columns, a: usize, own: Range<usize>) -> Box<[Link]> {
    let mut links: Vec<Link> = c.alias_links(a).collect();
    for i in own.map(|i| c.first + i) {
        if !links.iter().any(|l| l.entry as usize == i) {
            links.push(Link { entry: i as u32, flags: 0 });
        }
    }
    links.into_boxed_slice()
}

/// How many two-byte prefix codes there are (see [`prefix_code`]).
const PREFIX_CODES: usize = 40 * 40;

/// A code for a byte of a key that keeps the byte order: 0 for none.
fn byte_code(b: Option<u8>) -> usize {
    match b {
        None => 0,
        Some(b @ b'0'..=b'9') => 2 + usize::from(b - b'0'),
        Some(b @ b'a'..=b'z') => 13 + usize::from(b - b'a'),
        Some(b) if b < b'0' => 1,
        Some(b) if b < b'a' => 12,
        Some(_) => 39,
    }
}

/// A code of a key's first two bytes that sorts as the keys do.
fn prefix_code(key: &[u8]) -> usize {
    byte_code(key.first().copied()) * 40 + byte_code(key.get(1).copied())
}

/// The prefix code of an ASCII name's key, from its first letters or digits;
/// `None` if a byte beyond ASCII comes first (then the name must be folded).
fn ascii_prefix_code(name: &[u8]) -> Option<usize> {
    let mut out = [0u8; 2];
    let mut n = 0;
    let mut space = false;
    for &b in name {
        if b >= 0x80 {
            return None;
        }
        if !b.is_ascii_alphanumeric() {
            space = n > 0;
            continue;
        }
        if space {
            out[n] = b' ';
            n += 1;
            space = false;
            if n == 2 {
                break;
            }
        }
        out[n] = b.to_ascii_lowercase();
        n += 1;
        if n == 2 {
            break;
        }
    }
    Some(prefix_code(&out[..n]))
}

/// For each prefix code `p`, how many blocks of a list start with a key whose code is below `p`.
fn prefix_index(first_keys: impl Iterator<Item = usize>) -> Vec<u32> {
    let mut index = Vec::with_capacity(PREFIX_CODES + 1);
    let mut blocks = 0u32;
    for code in first_keys {
        while index.len() <= code {
            index.push(blocks);
        }
        blocks += 1;
    }
    index.resize(PREFIX_CODES + 1, blocks);
    index
}

/// The keys of one two-byte prefix: a small open-addressing table.
#[derive(Debug, Default)]
struct Bucket {
    /// The keys' bytes, back to back.
    keys: Vec<u8>,
    /// A power of two, at least twice the number of keys (so probes end).
    slots: Box<[Slot]>,
}

/// A key of a [`Bucket`]; `end == 0` is a free slot.
#[derive(Debug, Default, Clone, Copy)]
struct Slot {
    hash: u32,
    /// The key's bytes in [`Bucket::keys`].
    start: u32,
    end: u32,
    /// The entries whose own name has this key.
    own: (u32, u32),
    /// The alias key's number plus one; 0 for none.
    alias: u32,
}

impl Bucket {
    fn find(&self, key: &str) -> Option<&Slot> {
        let mask = self.slots.len().checked_sub(1)?;
        let h = hash(key.as_bytes());
        let mut at = h as usize & mask;
        loop {
            let slot = self.slots.get(at)?;
            if slot.end == 0 {
                return None;
            }
            // Equal hashes almost always mean equal keys: compare bytes in a loop, not with a call.
            if slot.hash == h && self.keys.get(slot.start as usize..slot.end as usize).is_some_and(|k| same(k, key.as_bytes())) {
                return Some(slot);
            }
            at = (at + 1) & mask;
        }
    }
}

fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// A cheap multiplicative hash of a key's bytes (FxHash's scheme): keys are
/// short and come from our own binary, so no flooding resistance is needed,
/// and SipHash measured slower on the matcher's hot path.
fn hash(key: &[u8]) -> u32 {
    let mut h: u32 = 0;
    // Four bytes per step: one multiply per word, not per byte.
    let mut words = key.chunks_exact(4);
    for w in &mut words {
        h = (h.rotate_left(5) ^ u32::from_le_bytes([w[0], w[1], w[2], w[3]])).wrapping_mul(0x9E37_79B9);
    }
    for &b in words.remainder() {
        h = (h.rotate_left(5) ^ u32::from(b)).wrapping_mul(0x9E37_79B9);
    }
    // The multiply pushes entropy up: fold it back into the low bits the mask keeps.
    h ^ (h >> 15)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::place::fold::fold_into;

    #[test]
    fn prefix_codes_sort_as_keys_do() {
        let mut key = String::new();
        for name in ["Paris", "A", "A B", "'Adan", "-", "", "St. Louis", "9 de Julio", "Ürümqi", "A-\u{e9}"] {
            key.clear();
            fold_into(name, &mut key);
            let code = ascii_prefix_code(name.as_bytes());
            assert!(code.is_none() || code == Some(prefix_code(key.as_bytes())), "{name:?}");
        }
        let mut keys = vec!["", "a", "a b", "a0", "aa", "ab", "b", "z", "zz", "0", "9 a", "\u{e9}", "~", "a\u{e9}"];
        keys.sort();
        for w in keys.windows(2) {
            assert!(prefix_code(w[0].as_bytes()) <= prefix_code(w[1].as_bytes()), "{w:?}");
        }
        assert!(prefix_code(b"ab") < PREFIX_CODES);
    }
}
