//! The one word lookup of every recognizer.
//!
//! Word lists and small tables are data, not code: each is a text file
//! under `src/data/<kind>/`, compiled in with `include_str!` and indexed on
//! first use. A file holds one entry a line: the key, then optional
//! tab-separated fields (a unit's canonical name, a month's number...).
//! Lines starting with `#` are comments; blank lines are skipped. Keys are
//! looked up ignoring ASCII case, and a key may hold spaces ("per cent").
//!
//! The lookup is what the recognizers ask for most words of a text, so it
//! turns most words away before hashing: a mask of the key lengths present
//! and one of the first letters present (by their low five bits, the same
//! for either case). Past the masks it is one hash of the word's bytes,
//! ASCII-lowercased, and an open-addressing probe.

use std::sync::OnceLock;

/// A word list or table from a data file. Declare one with [`words!`].
pub(crate) struct Words {
    source: &'static str,
    index: OnceLock<Index>,
}

struct Index {
    /// Every entry in file order: its key and the rest of its line (the
    /// fields after the first tab, or "").
    entries: Vec<(&'static str, &'static str)>,
    /// Bit `n` is set when some key is `n` bytes long (31 for longer).
    lengths: u32,
    /// Bit `b & 31` is set when some key starts with byte `b`.
    initials: u32,
    /// Open addressing: an entry's index plus one, or 0 for an empty slot.
    /// A power of two at least twice the entries, so a probe always ends.
    slots: Vec<u32>,
}

/// Declares a [`Words`] static read from `src/data/<path>`.
///
/// ```ignore
/// words!(TITLES, "place/titles.txt");
/// ```
macro_rules! words {
    ($(#[$doc:meta])* $name:ident, $path:literal) => {
        $(#[$doc])*
        pub(crate) static $name: $crate::wordlist::Words =
            $crate::wordlist::Words::new(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/data/", $path)));
    };
}
pub(crate) use words;

/// FNV-1a over the ASCII-lowercased bytes.
#[inline]
fn hash(word: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in word {
        h ^= u32::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

#[inline]
fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

impl Words {
    /// A list over the text of a data file (see the module docs).
    pub(crate) const fn new(source: &'static str) -> Self {
        Words { source, index: OnceLock::new() }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(self.source))
    }

    /// The position (in file order) of the entry whose key is `word`,
    /// ignoring ASCII case; the first one if the key repeats.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<usize> {
        self.get_bytes(word.as_bytes())
    }

    /// [`Words::get`] for a word given as bytes.
    #[inline]
    pub(crate) fn get_bytes(&self, word: &[u8]) -> Option<usize> {
        let ix = self.index();
        let &first = word.first()?;
        if ix.lengths & length_bit(word.len()) == 0 || ix.initials & 1 << (first & 31) == 0 {
            return None;
        }
        ix.probe(word)
    }

    /// True if `word` (any ASCII case) is a key of the list.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// The key and the fields of the entry at `position`.
    pub(crate) fn entry(&self, position: usize) -> Option<(&'static str, Fields)> {
        self.index().entries.get(position).map(|&(k, rest)| (k, Fields(rest)))
    }

    /// The fields of the entry whose key is `word`.
    #[inline]
    pub(crate) fn fields(&self, word: &str) -> Option<Fields> {
        let i = self.get(word)?;
        self.entry(i).map(|(_, f)| f)
    }

    /// Every entry in file order, with its fields.
    #[cfg(test)]
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&'static str, Fields)> + '_ {
        self.index().entries.iter().map(|&(k, rest)| (k, Fields(rest)))
    }

    /// Every key in file order.
    #[cfg(test)]
    pub(crate) fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.index().entries.iter().map(|&(k, _)| k)
    }

    /// How many entries the list has.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.index().entries.len()
    }
}

/// The tab-separated fields after an entry's key.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields(&'static str);

impl Fields {
    /// Field `n` (0 is the first after the key), or "" when absent; "-" in
    /// a file also reads as "".
    pub(crate) fn get(self, n: usize) -> &'static str {
        match self.0.split('\t').nth(n) {
            Some("-") | None => "",
            Some(f) => f,
        }
    }

    /// Field `n` as a number, or `None` when absent or not a number.
    #[cfg(test)]
    pub(crate) fn num<T: std::str::FromStr>(self, n: usize) -> Option<T> {
        self.get(n).parse().ok()
    }
}

impl Index {
    fn build(source: &'static str) -> Index {
        let entries: Vec<(&str, &str)> = source
            .lines()
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| l.split_once('\t').unwrap_or((l, "")))
            .collect();
        let size = (entries.len() * 2).next_power_of_two().max(8);
        let mut ix = Index { entries, lengths: 0, initials: 0, slots: vec![0; size] };
        for n in 0..ix.entries.len() {
            let key = ix.entries[n].0.as_bytes();
            let Some(&first) = key.first() else { continue };
            ix.lengths |= length_bit(key.len());
            ix.initials |= 1 << (first & 31);
            if ix.probe(key).is_some() {
                // A repeated key: the first entry keeps it.
                continue;
            }
            let mask = size - 1;
            let mut slot = hash(key) as usize & mask;
            while ix.slots[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            ix.slots[slot] = n as u32 + 1;
        }
        ix
    }

    #[inline]
    fn probe(&self, word: &[u8]) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut slot = hash(word) as usize & mask;
        loop {
            let n = *self.slots.get(slot)? as usize;
            if n == 0 {
                return None;
            }
            let (key, _) = self.entries.get(n - 1)?;
            if key.as_bytes().eq_ignore_ascii_case(word) {
                return Some(n - 1);
            }
            slot = (slot + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static LIST: Words = Words::new("# a comment\nkm\tkilometre\t1000\nper cent\t%\n\nMay\t5\nkm\tagain\n");

    #[test]
    fn looks_up_keys_in_any_case_with_their_fields() {
        assert_eq!(LIST.len(), 4);
        assert_eq!(LIST.get("KM"), Some(0));
        assert_eq!(LIST.fields("km").map(|f| (f.get(0), f.num::<u32>(1))), Some(("kilometre", Some(1000))));
        assert_eq!(LIST.fields("Per Cent").map(|f| f.get(0)), Some("%"));
        assert_eq!(LIST.fields("may").map(|f| f.num::<u32>(0)), Some(Some(5)));
        assert!(!LIST.contains("m") && !LIST.contains("") && !LIST.contains("kms") && !LIST.contains("per"));
        assert!(!LIST.contains("€") && LIST.fields("km").is_some_and(|f| f.get(5).is_empty()));
    }

    #[test]
    fn a_repeated_key_keeps_its_first_entry() {
        assert_eq!(LIST.fields("km").map(|f| f.get(0)), Some("kilometre"));
        assert_eq!(LIST.keys().collect::<Vec<_>>(), ["km", "per cent", "May", "km"]);
    }

    /// Every data file of the recognizers: no key twice (a repeated key is
    /// dead data), no stray whitespace around keys, no empty key.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn data_files_are_clean() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/data");
        let mut checked = 0;
        for kind in ["place", "date", "figure"] {
            let Ok(dir) = std::fs::read_dir(root.join(kind)) else { continue };
            for file in dir.flatten() {
                let path = file.path();
                let Ok(text) = std::fs::read_to_string(&path) else { continue };
                let mut seen = std::collections::HashSet::new();
                for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#')) {
                    let key = line.split('\t').next().unwrap_or("");
                    let at = format!("{}:{}", path.display(), n + 1);
                    assert!(!key.is_empty() && key.trim() == key, "{at}: key {key:?} is empty or has stray spaces");
                    assert!(seen.insert(key.to_ascii_lowercase()), "{at}: key {key:?} is there twice");
                }
                checked += 1;
            }
        }
        // None found would mean the path above is wrong, not a clean tree.
        assert!(checked >= 10, "only {checked} data files under {}", root.display());
    }
}
