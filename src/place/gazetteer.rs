//! The gazetteer: decoded once, lazily, from the compact binary that
//! `src/data/gazetteer/generate.py` writes (format described there and in
//! `src/data/README.md`).
//!
//! Lookup is by *key*: a name's word runs, diacritics folded and lowercased,
//! joined by one space ("Nagorno-Karabakh" and "Nagorno Karabakh" both give
//! `nagorno karabakh`; "U.S." gives `u s`). The matcher builds the same key
//! from tokens, so one hash probe answers "is this a place name?".
//!
//! The decoded form is a handful of flat arrays, not a map of owned strings:
//! the first `annotate()` call pays for the decode, and in WebAssembly every
//! allocation goes through a slow allocator. Entry names borrow the embedded
//! binary, all keys live in one arena, all readings in one array, and a small
//! open-addressing table of key numbers answers lookups.

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
    /// Borrowed from the embedded binary: no allocation per place.
    pub name: &'static str,
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
    /// For each country, the indices of the countries it shares a land border with.
    pub neighbours: Vec<Vec<u8>>,
    pub entries: Vec<Entry>,
    /// Every key's bytes, back to back.
    keys: String,
    /// Where key `k` ends in `keys` (it starts where key `k - 1` ends).
    key_ends: Vec<u32>,
    /// Where the readings of key `k` end in `links` (they start where key
    /// `k - 1`'s end).
    link_ends: Vec<u32>,
    /// Every key's readings, grouped by key in key order.
    links: Vec<Link>,
    /// Open addressing with linear probing: a key number, or `EMPTY`. Its
    /// length is a power of two, at least 1.5 times the number of keys.
    table: Vec<u32>,
}

/// A free slot of [`Gazetteer::table`].
const EMPTY: u32 = u32::MAX;

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

/// The population code (500,000 people) from which a city's coordinates
/// are stored to the hundredth of a degree (`FINE_POP_CODE` in the generator).
const FINE_POP_CODE: u8 = 114;

/// Population from its one-byte log code (see `pop_code` in the generator),
/// rounded to two significant digits so that it does not look like a census.
fn population(code: u8) -> u64 {
    if code == 0 {
        return 0;
    }
    let p = 10f64.powf(f64::from(code) / 20.0);
    let scale = 10f64.powi((p.log10().floor() as i32 - 1).max(0));
    ((p / scale).round() * scale) as u64
}

impl Gazetteer {
    /// Decodes the binary; `None` if it is malformed (then no place is found,
    /// rather than a panic in the user's browser).
    pub(crate) fn decode(data: &'static [u8]) -> Option<Gazetteer> {
        let mut r = Reader { data, pos: 0 };
        if r.bytes(4)? != b"GAZ2" {
            return None;
        }
        // Coordinates are stored in steps of this many hundredths of a degree.
        let unit = i64::from(r.byte()?);
        if !matches!(unit, 1 | 2 | 5) {
            return None;
        }
        let nc = r.varint()? as usize;
        let mut countries = Vec::with_capacity(nc.min(1024));
        for _ in 0..nc {
            let c = r.bytes(2)?;
            countries.push([c[0], c[1]]);
        }
        let mut neighbours = Vec::with_capacity(nc.min(1024));
        for _ in 0..nc {
            let k = r.byte()? as usize;
            neighbours.push(r.bytes(k)?.to_vec());
        }
        let n = r.varint()? as usize;
        if n > data.len() {
            return None;
        }
        let mut entries: Vec<Entry> = Vec::with_capacity(n);
        // The names, each after its varint length. When every length is
        // below 128 its byte is ASCII, so the whole block is valid UTF-8
        // exactly when every name is: one validation instead of one per name.
        let block_start = r.pos;
        let mut spans: Vec<(u32, u32)> = Vec::with_capacity(n);
        let mut short = true;
        for _ in 0..n {
            let len = r.varint()? as usize;
            short &= len < 128;
            let start = r.pos - block_start;
            r.bytes(len)?;
            spans.push((u32::try_from(start).ok()?, u32::try_from(len).ok()?));
        }
        let block = &data[block_start..r.pos];
        let block = if short { std::str::from_utf8(block).ok() } else { None };
        for &(start, len) in &spans {
            let (start, end) = (start as usize, start as usize + len as usize);
            let name = match block {
                Some(b) => b.get(start..end)?,
                None => std::str::from_utf8(data.get(block_start + start..block_start + end)?).ok()?,
            };
            entries.push(Entry {
                name,
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
                let lat = (lat - 9000 / unit - 1) * unit;
                let lon = (prev - 18000 / unit - 1) * unit;
                e.coords = Some((lat.clamp(-9000, 9000) as i32, lon.clamp(-18000, 18000) as i32));
            }
        }
        // 256 codes, not one `powf` per place.
        let populations: Vec<u64> = (0..=255u8).map(population).collect();
        let mut codes = Vec::with_capacity(n);
        for e in entries.iter_mut() {
            let code = r.byte()?;
            e.population = populations[code as usize];
            codes.push(code);
        }
        // Big cities and capitals: the hundredths the coarse unit lost.
        if unit > 1 {
            for (e, &code) in entries.iter_mut().zip(&codes) {
                if e.feature == FeatureType::City && (e.capital || code >= FINE_POP_CODE) {
                    if let Some((lat, lon)) = e.coords.as_mut() {
                        let b = i32::from(r.byte()?);
                        *lat += b / 5 - 2;
                        *lon += b % 5 - 2;
                    }
                }
            }
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
        let mut g = Gazetteer {
            countries,
            neighbours,
            entries,
            keys: String::with_capacity(nk * 12 + n * 10),
            key_ends: Vec::with_capacity(nk + n),
            link_ends: Vec::new(),
            links: Vec::new(),
            table: vec![EMPTY; ((nk + n) * 3 / 2).max(1).next_power_of_two()],
        };
        // The binary's own readings, grouped by key in key order.
        let mut file_links: Vec<Link> = Vec::with_capacity(nk * 2);
        let mut file_ends: Vec<u32> = Vec::with_capacity(nk);
        let mut key: Vec<u8> = Vec::new();
        for _ in 0..nk {
            let shared = r.byte()? as usize;
            let len = r.varint()? as usize;
            key.truncate(shared);
            key.extend_from_slice(r.bytes(len)?);
            let nl = r.varint()? as usize;
            for _ in 0..nl {
                let v = r.varint()?;
                let entry = u32::try_from(v >> 3).ok()?;
                if entry as usize >= n {
                    return None;
                }
                file_links.push(Link { entry, flags: (v & 7) as u8 });
            }
            // The binary's keys are sorted and distinct: no probe for an equal one.
            g.insert_new(std::str::from_utf8(&key).ok()?)?;
            file_ends.push(u32::try_from(file_links.len()).ok()?);
        }
        // Every entry is found under its own folded name unless the binary
        // already links it there with flags: (key, reading) pairs, appended
        // after the key's own readings in entry order.
        let mut derived: Vec<(u32, Link)> = Vec::with_capacity(n);
        let mut buf = String::new();
        for i in 0..n {
            buf.clear();
            fold_name_into(g.entries[i].name, &mut buf);
            if buf.is_empty() {
                continue;
            }
            let k = g.find_or_insert(&buf)?;
            let own = match file_ends.get(k as usize) {
                Some(&end) => {
                    let start = if k == 0 { 0 } else { file_ends[k as usize - 1] };
                    &file_links[start as usize..end as usize]
                }
                None => &[],
            };
            if !own.iter().any(|l| l.entry as usize == i) {
                derived.push((k, Link { entry: i as u32, flags: 0 }));
            }
        }
        // Group: a count per key, then each key's readings in place.
        let nkeys = g.key_ends.len();
        let mut counts = vec![0u32; nkeys];
        for (k, &end) in file_ends.iter().enumerate() {
            counts[k] = end - if k == 0 { 0 } else { file_ends[k - 1] };
        }
        for &(k, _) in &derived {
            counts[k as usize] += 1;
        }
        let mut link_ends = Vec::with_capacity(nkeys);
        let mut total = 0u32;
        for c in &counts {
            total += c;
            link_ends.push(total);
        }
        let mut links = vec![Link { entry: 0, flags: 0 }; total as usize];
        // `next[k]`: the next free slot of key k.
        let mut next: Vec<u32> = link_ends.iter().zip(&counts).map(|(&e, &c)| e - c).collect();
        let mut start = 0usize;
        for (k, &end) in file_ends.iter().enumerate() {
            for &l in &file_links[start..end as usize] {
                links[next[k] as usize] = l;
                next[k] += 1;
            }
            start = end as usize;
        }
        for &(k, l) in &derived {
            links[next[k as usize] as usize] = l;
            next[k as usize] += 1;
        }
        g.link_ends = link_ends;
        g.links = links;
        Some(g)
    }

    /// The bytes of key number `k`.
    fn key(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.key_ends[k - 1] as usize };
        self.keys.get(start..self.key_ends[k] as usize).unwrap_or("")
    }

    /// The number of a key, if present.
    fn find(&self, key: &str) -> Option<u32> {
        let mask = self.table.len().checked_sub(1)?;
        let mut slot = hash(key.as_bytes()) as usize & mask;
        loop {
            let k = *self.table.get(slot)?;
            if k == EMPTY {
                return None;
            }
            if self.key(k as usize) == key {
                return Some(k);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The number of a key, appended first if absent (one hash for both);
    /// `None` if the table is full, which the sizing in `decode` rules out.
    fn find_or_insert(&mut self, key: &str) -> Option<u32> {
        let mask = self.table.len().checked_sub(1)?;
        let mut slot = hash(key.as_bytes()) as usize & mask;
        loop {
            let k = *self.table.get(slot)?;
            if k == EMPTY {
                break;
            }
            if self.key(k as usize) == key {
                return Some(k);
            }
            slot = (slot + 1) & mask;
        }
        self.append(key, slot)
    }

    /// Appends a key the caller knows is absent (the binary's own keys).
    fn insert_new(&mut self, key: &str) -> Option<u32> {
        let mask = self.table.len().checked_sub(1)?;
        let mut slot = hash(key.as_bytes()) as usize & mask;
        while *self.table.get(slot)? != EMPTY {
            slot = (slot + 1) & mask;
        }
        self.append(key, slot)
    }

    /// Appends a key at a free slot of the table.
    fn append(&mut self, key: &str, slot: usize) -> Option<u32> {
        // One slot always stays free, so that a probe for an absent key ends.
        if self.key_ends.len() + 1 >= self.table.len() {
            return None;
        }
        let k = u32::try_from(self.key_ends.len()).ok()?;
        self.keys.push_str(key);
        self.key_ends.push(u32::try_from(self.keys.len()).ok()?);
        *self.table.get_mut(slot)? = k;
        Some(k)
    }

    /// The readings of a folded key.
    pub(crate) fn get(&self, key: &str) -> Option<&[Link]> {
        let k = self.find(key)? as usize;
        let start = if k == 0 { 0 } else { self.link_ends[k - 1] as usize };
        self.links.get(start..*self.link_ends.get(k)? as usize)
    }

    /// The ISO code of a country index.
    pub(crate) fn code(&self, country: u8) -> Option<&str> {
        self.countries.get(country as usize).and_then(|c| std::str::from_utf8(c).ok())
    }

    /// The English name of a country index.
    pub(crate) fn country_name(&self, country: u8) -> Option<&str> {
        self.entries.get(country as usize).map(|e| e.name)
    }

    /// How many keys the index holds.
    #[cfg(test)]
    pub(crate) fn key_count(&self) -> usize {
        self.key_ends.len()
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

/// [`fold_into`] with a byte loop for the common all-ASCII name: the
/// decoder folds every place's name once, on the first call.
fn fold_name_into(s: &str, out: &mut String) {
    if !s.is_ascii() {
        fold_into(s, out);
        return;
    }
    let start = out.len();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() {
            out.push(char::from(b.to_ascii_lowercase()));
        } else if !out.is_empty() && !out.ends_with(' ') {
            // As `push_space`: separators collapse to one space, never leading.
            out.push(' ');
        }
    }
    while out.len() > start && out.ends_with(' ') {
        out.pop();
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
        let near: Vec<&str> = g.neighbours[e.country.unwrap() as usize].iter().filter_map(|&c| g.code(c)).collect();
        assert!(near.contains(&"AM") && near.contains(&"GE"), "{near:?}");
        let baku = g.get("baku").unwrap().iter().map(|l| &g.entries[l.entry as usize]).find(|e| e.feature == FeatureType::City);
        let baku = baku.expect("Baku is a city");
        let (lat, lon) = baku.coords.unwrap();
        assert!((4030..4050).contains(&lat) && (4980..5000).contains(&lon), "{lat} {lon}");
        assert!(baku.population > 1_000_000);
        assert!(baku.geonames_id > 0);
        let us = g.get("u s").unwrap();
        assert!(us.iter().any(|l| l.flags & LINK_ABBREV != 0 && g.code(g.entries[l.entry as usize].country.unwrap()) == Some("US")));
    }

    /// Prints how long one decode takes (run with `--nocapture`); no timed assertion.
    #[test]
    fn decode_time_is_reported() {
        let t = std::time::Instant::now();
        let g = Gazetteer::decode(DATA).expect("decodes");
        eprintln!("gazetteer decode: {:?} for {} entries", t.elapsed(), g.entries.len());
        assert_eq!(g.entries.len(), GAZETTEER.entries.len());
    }

    #[test]
    fn the_ascii_fold_matches_the_general_one() {
        let mut names: Vec<&str> = GAZETTEER.entries.iter().map(|e| e.name).collect();
        names.extend(["", " ", "U.S.", "St. John's", "--a--b--", "A  B ", "Côte d'Ivoire", "x\u{301}"]);
        let (mut a, mut b) = (String::new(), String::new());
        for name in names {
            a.clear();
            b.clear();
            fold_into(name, &mut a);
            fold_name_into(name, &mut b);
            assert_eq!(a, b, "{name:?}");
        }
    }

    #[test]
    fn big_cities_keep_hundredths_and_small_towns_are_coarse() {
        let g = &*GAZETTEER;
        let city = |key: &str, cc: &str| {
            g.get(key)
                .unwrap_or(&[])
                .iter()
                .map(|l| &g.entries[l.entry as usize])
                .find(|e| e.feature == FeatureType::City && e.country.and_then(|c| g.code(c)) == Some(cc))
                .unwrap_or_else(|| panic!("{key} in {cc}"))
        };
        // GeoNames: Moscow 55.75222, 37.61556.
        assert_eq!(city("moscow", "RU").coords, Some((5575, 3762)));
        // A town below 500,000 people is stored in steps of 0.05 degrees.
        let (lat, lon) = city("terter", "AZ").coords.unwrap();
        assert!(lat % 5 == 0 && lon % 5 == 0 && (4030..4040).contains(&lat), "{lat} {lon}");
    }

    #[test]
    fn malformed_data_decodes_to_nothing() {
        assert!(Gazetteer::decode(b"").is_none());
        assert!(Gazetteer::decode(b"GAZ2\x02\x05US").is_none());
        assert!(Gazetteer::decode(b"GAZ2\x07").is_none());
        assert!(Gazetteer::decode(&DATA[..DATA.len() / 2]).is_none());
    }

    #[test]
    fn population_codes_round_trip_magnitude() {
        assert_eq!(population(0), 0);
        // Baku's 2,351,300 is stored as round(log10 * 20) = 127.
        assert_eq!(population(127), 2_200_000);
        assert_eq!(population(20), 10);
    }
}
