//! The gazetteer: decoded once, lazily, from the compact binary that
//! `src/data/gazetteer/generate.py` writes (format described there and in
//! `src/data/README.md`).
//!
//! Lookup is by *key*: a name's word runs, diacritics folded and lowercased,
//! joined by one space ("Nagorno-Karabakh" and "Nagorno Karabakh" both give
//! `nagorno karabakh`; "U.S." gives `u s`). The matcher builds the same key
//! from tokens, so one hash probe answers "is this a place name?".

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::span::FeatureType;

use super::fold_table::{FOLD_00C0, FOLD_1E00};

static DATA: &[u8] = include_bytes!("../data/gazetteer.bin");

/// The decoded gazetteer, built on first use.
pub(crate) static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer::decode(DATA).unwrap_or_default());

/// The link must be written in capitals ("US", "U.S."): an abbreviation.
pub(crate) const LINK_ABBREV: u8 = 1;
/// The link is an alternate spelling, weaker evidence than the entry's own name.
pub(crate) const LINK_ALT: u8 = 2;
/// The key is also a common lowercase English word ("nice", "reading").
pub(crate) const LINK_COMMON: u8 = 4;

/// One place.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub name: Box<str>,
    pub feature: FeatureType,
    /// A national capital.
    pub capital: bool,
    /// Index into [`Gazetteer::countries`], if the place lies in one country.
    pub country: Option<u8>,
    /// Latitude and longitude in hundredths of a degree.
    pub coords: Option<(i32, i32)>,
    pub population: u64,
    pub geonames_id: u32,
}

/// A name's reading: which entry, and how the name relates to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Link {
    pub entry: u32,
    pub flags: u8,
}

/// All places, and the index from folded names to them.
#[derive(Debug, Default)]
pub(crate) struct Gazetteer {
    /// ISO 3166-1 alpha-2 codes; entry `i` for `i < countries.len()` is that country.
    pub countries: Vec<[u8; 2]>,
    pub entries: Vec<Entry>,
    index: HashMap<Box<str>, Vec<Link>>,
}

/// Reads LEB128 varints and raw bytes from the binary, failing softly.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    fn signed(&mut self) -> Option<i64> {
        let z = self.varint()?;
        Some((z >> 1) as i64 ^ -((z & 1) as i64))
    }

    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.data.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }
}

fn feature(code: u8) -> FeatureType {
    match code {
        0 => FeatureType::Country,
        1 => FeatureType::Region,
        2 => FeatureType::District,
        3 => FeatureType::City,
        4 => FeatureType::Continent,
        5 => FeatureType::Area,
        6 => FeatureType::HistoricalState,
        7 => FeatureType::Water,
        8 => FeatureType::Landform,
        _ => FeatureType::Unknown,
    }
}

/// Population from its two-significant-digit code (see `pop_code` in the generator).
fn population(code: u64) -> u64 {
    if code < 100 {
        return code;
    }
    let e = ((code - 100) / 100) as u32;
    let m = (code - 100) % 100;
    m.saturating_mul(10u64.saturating_pow(e))
}

impl Gazetteer {
    /// Decodes the binary; `None` if it is malformed (then no place is found,
    /// rather than a panic in the user's browser).
    pub(crate) fn decode(data: &[u8]) -> Option<Gazetteer> {
        let mut r = Reader { data, pos: 0 };
        if r.bytes(4)? != b"GAZ1" {
            return None;
        }
        let nc = r.varint()? as usize;
        let mut countries = Vec::with_capacity(nc.min(1024));
        for _ in 0..nc {
            let c = r.bytes(2)?;
            countries.push([c[0], c[1]]);
        }
        let n = r.varint()? as usize;
        if n > data.len() {
            return None;
        }
        let mut entries: Vec<Entry> = Vec::with_capacity(n);
        for _ in 0..n {
            let len = r.varint()? as usize;
            let name = std::str::from_utf8(r.bytes(len)?).ok()?;
            entries.push(Entry {
                name: name.into(),
                feature: FeatureType::Unknown,
                capital: false,
                country: None,
                coords: None,
                population: 0,
                geonames_id: 0,
            });
        }
        for e in entries.iter_mut() {
            let b = r.byte()?;
            e.feature = feature(b & 0x7F);
            e.capital = b & 0x80 != 0;
        }
        for e in entries.iter_mut() {
            let b = r.byte()?;
            e.country = if (b as usize) < countries.len() { Some(b) } else { None };
        }
        let mut lats = Vec::with_capacity(n);
        let mut prev = 0i64;
        for _ in 0..n {
            prev += r.signed()?;
            lats.push(prev);
        }
        prev = 0;
        for (e, lat) in entries.iter_mut().zip(lats) {
            prev += r.signed()?;
            // Zero means unknown; real values are offset to be positive.
            if lat != 0 && prev != 0 {
                e.coords = Some(((lat - 9001) as i32, (prev - 18001) as i32));
            }
        }
        for e in entries.iter_mut() {
            e.population = population(r.varint()?);
        }
        prev = 0;
        for e in entries.iter_mut() {
            prev += r.signed()?;
            e.geonames_id = u32::try_from(prev).unwrap_or(0);
        }
        let nk = r.varint()? as usize;
        if nk > data.len() {
            return None;
        }
        let mut index: HashMap<Box<str>, Vec<Link>> = HashMap::with_capacity(n + nk);
        let mut key: Vec<u8> = Vec::new();
        for _ in 0..nk {
            let shared = r.byte()? as usize;
            let len = r.varint()? as usize;
            key.truncate(shared);
            key.extend_from_slice(r.bytes(len)?);
            let nl = r.varint()? as usize;
            let mut links = Vec::with_capacity(nl.min(64));
            for _ in 0..nl {
                let v = r.varint()?;
                let entry = u32::try_from(v >> 3).ok()?;
                if entry as usize >= n {
                    return None;
                }
                links.push(Link { entry, flags: (v & 7) as u8 });
            }
            index.insert(std::str::from_utf8(&key).ok()?.into(), links);
        }
        // Every entry is found under its own folded name unless the binary
        // already links it there with flags.
        let mut buf = String::new();
        for (i, e) in entries.iter().enumerate() {
            buf.clear();
            fold_into(&e.name, &mut buf);
            if buf.is_empty() {
                continue;
            }
            let links = index.entry(buf.as_str().into()).or_default();
            if !links.iter().any(|l| l.entry as usize == i) {
                links.push(Link { entry: i as u32, flags: 0 });
            }
        }
        Some(Gazetteer { countries, entries, index })
    }

    /// The readings of a folded key.
    pub(crate) fn get(&self, key: &str) -> Option<&[Link]> {
        self.index.get(key).map(Vec::as_slice)
    }

    /// The ISO code of a country index.
    pub(crate) fn code(&self, country: u8) -> Option<&str> {
        self.countries.get(country as usize).and_then(|c| std::str::from_utf8(c).ok())
    }

    /// The English name of a country index.
    pub(crate) fn country_name(&self, country: u8) -> Option<&str> {
        self.entries.get(country as usize).map(|e| &*e.name)
    }

    /// How many keys the index holds.
    #[cfg(test)]
    pub(crate) fn key_count(&self) -> usize {
        self.index.len()
    }
}

/// Appends the folded form of one character: lowercase ASCII for Latin
/// letters with diacritics, nothing for combining marks, a space for
/// separators, the lowercase character otherwise.
pub(crate) fn fold_char_into(c: char, out: &mut String) {
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

/// Appends the key of a whole name: see the module docs.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    let start = out.len();
    for c in s.chars() {
        fold_char_into(c, out);
    }
    while out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn decodes_the_shipped_gazetteer() {
        let g = &*GAZETTEER;
        assert!(g.countries.len() > 240, "countries: {}", g.countries.len());
        assert!(g.entries.len() > 10_000);
        assert!(g.key_count() > 10_000);
        let az = g.get("azerbaijan").expect("Azerbaijan is a key");
        let e = &g.entries[az[0].entry as usize];
        assert_eq!(e.feature, FeatureType::Country);
        assert_eq!(g.code(e.country.unwrap()), Some("AZ"));
        let baku = g.get("baku").unwrap().iter().map(|l| &g.entries[l.entry as usize]).find(|e| e.feature == FeatureType::City);
        let baku = baku.expect("Baku is a city");
        let (lat, lon) = baku.coords.unwrap();
        assert!((4030..4050).contains(&lat) && (4980..5000).contains(&lon), "{lat} {lon}");
        assert!(baku.population > 1_000_000);
        assert!(baku.geonames_id > 0);
        let us = g.get("u s").unwrap();
        assert!(us.iter().any(|l| l.flags & LINK_ABBREV != 0 && g.code(g.entries[l.entry as usize].country.unwrap()) == Some("US")));
    }

    #[test]
    fn malformed_data_decodes_to_nothing() {
        assert!(Gazetteer::decode(b"").is_none());
        assert!(Gazetteer::decode(b"GAZ1\x05US").is_none());
        assert!(Gazetteer::decode(&DATA[..DATA.len() / 2]).is_none());
    }

    #[test]
    fn population_codes_round_trip_magnitude() {
        assert_eq!(population(42), 42);
        // 2,351,300 is stored as 24 * 10^5.
        assert_eq!(population(100 + 5 * 100 + 24), 2_400_000);
    }
}
