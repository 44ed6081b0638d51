//! The gazetteer: every place the recognizer knows, read in place from the
//! binary that `src/data/gazetteer/generate.py` writes (format described
//! there and in `src/data/README.md`): nothing is decoded up front.
//!
//! This file opens the binary, checking its header and the sizes of its
//! sections, and decodes an entry from its fixed-width columns the first time
//! it is asked for; [`lookup`] finds the readings of a folded key (see
//! `super::fold` for keys). The first `annotate()` call used to decode every
//! place and hash every key (3 ms natively, some 20-30 ms in WebAssembly's
//! baseline tier).

mod lookup;

use std::ops::Index;
use std::sync::{LazyLock, OnceLock};

use crate::span::FeatureType;

use lookup::KeyIndex;

static DATA: &[u8] = include_bytes!("../data/gazetteer.bin");

/// The local tier: towns below the embedded tier's threshold, US counties
/// and parishes (`src/data/places-local.bin`). Native builds embed it; the
/// WebAssembly build leaves it out of the `.wasm` (the page and the widget
/// fetch it after the first highlights and hand it to [`load_local`]).
#[cfg(not(target_arch = "wasm32"))]
static LOCAL_DATA: &[u8] = include_bytes!("../data/places-local.bin");

/// The embedded tier alone, opened on first use.
static CORE: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer::open(DATA).unwrap_or_default());

/// Both tiers, once the local one is there.
static FULL: OnceLock<Gazetteer> = OnceLock::new();

/// The gazetteer the recognizer reads: every tier it has. Natively that is
/// both tiers from the first call; in WebAssembly the embedded tier until
/// [`load_local`] adds the local one (between calls: the page re-annotates).
pub(crate) fn gazetteer() -> &'static Gazetteer {
    #[cfg(not(target_arch = "wasm32"))]
    {
        FULL.get_or_init(|| Gazetteer::open_tiers(DATA, LOCAL_DATA).unwrap_or_else(|_| Gazetteer::open(DATA).unwrap_or_default()))
    }
    #[cfg(target_arch = "wasm32")]
    {
        FULL.get().unwrap_or(&CORE)
    }
}

/// Why a local tier was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalTierError {
    /// Not a local tier, or damaged.
    Malformed,
    /// A local tier made for another embedded tier (a stale download).
    OtherVersion,
}

impl std::fmt::Display for LocalTierError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LocalTierError::Malformed => "the local places file is not one, or is damaged",
            LocalTierError::OtherVersion => "the local places file belongs to another version of the annotator",
        })
    }
}

impl std::error::Error for LocalTierError {}

/// Adds the local tier to the gazetteer: later calls find its places. `Ok(false)`
/// if every tier was already there (natively, always). The bytes are checked
/// first; a file made for another version is refused, never half-read.
pub(crate) fn load_local(data: &[u8]) -> Result<bool, LocalTierError> {
    if let Some(loaded) = loaded_local() {
        // Only one local tier fits an embedded one: the same bytes again are
        // fine; others are stale or damaged.
        return match data == loaded {
            true => Ok(false),
            false if made_for_core(data) => Err(LocalTierError::Malformed),
            false if data.get(..4) == Some(LOCAL_MAGIC) => Err(LocalTierError::OtherVersion),
            false => Err(LocalTierError::Malformed),
        };
    }
    if data.get(..4) != Some(LOCAL_MAGIC) {
        return Err(LocalTierError::Malformed);
    }
    if !made_for_core(data) {
        return Err(LocalTierError::OtherVersion);
    }
    let data: &'static [u8] = Box::leak(data.to_vec().into_boxed_slice());
    let full = Gazetteer::open_tiers(DATA, data)?;
    Ok(FULL.set(full).is_ok())
}

/// The bytes of the local tier in use, if any.
fn loaded_local() -> Option<&'static [u8]> {
    #[cfg(not(target_arch = "wasm32"))]
    let _ = gazetteer();
    FULL.get().and_then(|g| g.local.as_ref()).map(|t| t.data)
}

const CORE_MAGIC: &[u8] = b"GAZ4";
const LOCAL_MAGIC: &[u8] = b"GAZ+";

/// True if a local tier's header names the embedded tier: its entry count
/// and fingerprint.
fn made_for_core(data: &[u8]) -> bool {
    data.get(..4) == Some(LOCAL_MAGIC)
        && data.len() >= 24
        && le(data, 16, 4) as usize == CORE.entries.len()
        && le(data, 20, 4) == fnv1a(DATA)
}

/// FNV-1a, 32 bits (the generator's `fnv1a`).
fn fnv1a(data: &[u8]) -> u32 {
    data.iter().fold(0x811C_9DC5u32, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

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
    /// Country index (see [`Gazetteer::code`]), if the place lies in one country.
    pub country: Option<u8>,
    /// Latitude and longitude in hundredths of a degree.
    pub coords: Option<(i32, i32)>,
    pub population: u64,
    /// Its first-level region, as the ordinal (from 1) of that region among
    /// its country's regions in entry order (see [`Gazetteer::region_of`]);
    /// 0 for none.
    pub region: u8,
}

/// A name's reading: which entry, and how the name relates to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Link {
    pub entry: u32,
    pub flags: u8,
}

// The sections of the binary; the header gives where each starts and ends.
const CODES: usize = 0;
const NEIGHBOURS: usize = 1;
const COUNTRY_ENTRY: usize = 2;
const NAMES: usize = 3;
const NAME_BLOCKS: usize = 4;
const FEATURE: usize = 5;
const COUNTRY: usize = 6;
const POPULATION: usize = 7;
const LAT_LO: usize = 8;
const LAT_HI: usize = 9;
const LON_LO: usize = 10;
const LON_HI: usize = 11;
const FINE: usize = 12;
const ALIAS_KEYS: usize = 13;
const ALIAS_BLOCKS: usize = 14;
const ALIAS_COUNTS: usize = 15;
const LINK_LO: usize = 16;
const LINK_HI: usize = 17;
const LINK_FLAGS: usize = 18;
const REGION: usize = 19;
const SECTIONS: usize = 20;

/// The sections whose bytes are stored XOR 0x80: mostly zero, they would
/// otherwise hold long runs of zero bytes, which wasm-opt cuts out of the
/// module's data into separate segments (1,390 of them, some 8 KB gzipped of
/// segment headers).
const FLIPPED: u32 = 1 << LAT_HI | 1 << LON_HI | 1 << LINK_HI | 1 << LINK_FLAGS;

/// Bits of the feature byte besides the feature code.
const CAPITAL: u8 = 0x80;
const NO_COORDS: u8 = 0x40;

/// The sections of the binary, and its counts.
#[derive(Debug, Default, Clone, Copy)]
struct Columns {
    /// Coordinates are stored in steps of this many hundredths of a degree.
    unit: i32,
    /// Names (and alias keys) per block.
    block: usize,
    countries: usize,
    entries: usize,
    aliases: usize,
    /// The number of this tier's first entry: 0 for the embedded tier, the
    /// embedded tier's count for the local one.
    first: usize,
    /// Links name entries below this (every tier up to this one).
    limit: usize,
    s: [&'static [u8]; SECTIONS],
}

/// Small numbers of either sign from the small numbers zigzag coding gives them.
fn unzigzag(z: u32) -> i32 {
    (z >> 1) as i32 ^ -((z & 1) as i32)
}

fn le(b: &[u8], at: usize, n: usize) -> u32 {
    (0..n).fold(0, |v, k| v | u32::from(b.get(at + k).copied().unwrap_or(0)) << (8 * k))
}

impl Columns {
    fn byte(&self, section: usize, i: usize) -> u8 {
        let b = self.s[section].get(i).copied().unwrap_or(0);
        if FLIPPED >> section & 1 != 0 {
            b ^ 0x80
        } else {
            b
        }
    }

    /// The stored coordinates of entry `i`, in coarse steps, relative to its country's.
    fn rel(&self, i: usize) -> (i32, i32) {
        let lat = u32::from(u16::from_le_bytes([self.byte(LAT_LO, i), self.byte(LAT_HI, i)]));
        let lon = u32::from(u16::from_le_bytes([self.byte(LON_LO, i), self.byte(LON_HI, i)]));
        (unzigzag(lat), unzigzag(lon))
    }

    /// Entry `i` of this tier, decoded from its columns; `home` is the tier
    /// that holds the countries (the embedded one), whose centres the
    /// coordinates are relative to.
    fn entry(&self, i: usize, home: &Columns) -> Entry {
        let f = self.byte(FEATURE, i);
        let feature = feature(f & 0x0F);
        let c = self.byte(COUNTRY, i);
        let country = ((c as usize) < self.countries).then_some(c);
        let coords = (f & NO_COORDS == 0).then(|| {
            let (mut lat, mut lon) = self.rel(i);
            // A place in a country is stored relative to the country's centre;
            // countries themselves are stored as they are.
            if let (Some(c), false) = (country, feature == FeatureType::Country) {
                let ce = le(home.s[COUNTRY_ENTRY], c as usize * 2, 2) as usize;
                if home.byte(FEATURE, ce) & NO_COORDS == 0 {
                    let (blat, blon) = home.rel(ce);
                    lat += blat;
                    lon += blon;
                }
            }
            let u = self.unit;
            let fine = i32::from(self.byte(FINE, i));
            let lat = ((lat - 9000 / u - 1) * u).clamp(-9000, 9000) + fine / 5 - 2;
            let lon = ((lon - 18000 / u - 1) * u).clamp(-18000, 18000) + fine % 5 - 2;
            (lat, lon)
        });
        Entry {
            name: self.name(i),
            feature,
            capital: f & CAPITAL != 0,
            country,
            coords,
            population: population(self.byte(POPULATION, i)),
            region: self.byte(REGION, i),
        }
    }

    /// Where block `b` of a list starts in its key section.
    fn block_start(&self, list: List, b: usize) -> usize {
        match list {
            List::Names => le(self.s[NAME_BLOCKS], b * 4, 4) as usize,
            List::Aliases => le(self.s[ALIAS_BLOCKS], b * 8, 4) as usize,
        }
    }

    /// The keys of a list from the start of block `b`, each with its number.
    fn keys_from(&self, list: List, b: usize) -> impl Iterator<Item = (usize, &'static [u8])> {
        let (section, count) = match list {
            List::Names => (NAMES, self.entries),
            List::Aliases => (ALIAS_KEYS, self.aliases),
        };
        let text: &'static [u8] = self.s[section].get(self.block_start(list, b)..).unwrap_or(&[]);
        (b * self.block..count).zip(text.split(|&c| c == b'\n'))
    }

    /// The stored links of alias key `a`, past-the-end entries left out.
    fn alias_links(&self, a: usize) -> impl Iterator<Item = Link> + '_ {
        let block = a / self.block;
        let counts = self.s[ALIAS_COUNTS];
        // Saturating: a malformed first-link number must not overflow (the
        // reads past the end give nothing).
        let first = (le(self.s[ALIAS_BLOCKS], block * 8 + 4, 4) as usize)
            .saturating_add(counts.get(block * self.block..a).map_or(0, |s| s.iter().map(|&n| usize::from(n)).sum()));
        let n = counts.get(a).map_or(0, |&n| usize::from(n));
        (first..first.saturating_add(n))
            .map(|j| Link { entry: u32::from(self.byte(LINK_LO, j)) | u32::from(self.byte(LINK_HI, j)) << 8, flags: self.byte(LINK_FLAGS, j) })
            .filter(|l| (l.entry as usize) < self.limit)
    }

    /// The name of entry `i`.
    fn name(&self, i: usize) -> &'static str {
        let block = self.block.max(1);
        let name = self.keys_from(List::Names, i / block).nth(i % block).map_or(&[][..], |k| k.1);
        std::str::from_utf8(name).unwrap_or("")
    }
}

/// The two sorted lists a lookup searches.
#[derive(Debug, Clone, Copy)]
enum List {
    /// The entries' own names, compared folded.
    Names,
    /// The alias keys, stored folded.
    Aliases,
}

/// The entries, each decoded on first access.
///
/// The cells come in chunks of [`CHUNK`], each allocated when one of its
/// entries is first asked for: a cell per entry up front was 15,899 cells of
/// 48 bytes (745 KiB) allocated and initialised when the gazetteer opened, on
/// the first `annotate()` call, of which a news article touches a few dozen.
#[derive(Debug, Default)]
pub(crate) struct Entries {
    chunks: Box<[OnceLock<Chunk>]>,
    len: usize,
    cols: Columns,
    /// The local tier's columns: entries from `cols.entries` on.
    local: Option<Columns>,
}

/// The population from which a town of the local tier is read as a place
/// without a cue, as one of the embedded tier is: the embedded tier's
/// threshold when the cue rules were measured.
const CUE_POP: u64 = 60_000;

/// Entries per lazily allocated chunk of [`Entries`].
const CHUNK: usize = 64;

/// The cells of [`CHUNK`] entries (fewer in the last chunk).
type Chunk = Box<[OnceLock<Entry>]>;

impl Entries {
    fn new(cols: Columns, local: Option<Columns>) -> Entries {
        let len = cols.entries + local.map_or(0, |l| l.entries);
        Entries { chunks: (0..len.div_ceil(CHUNK)).map(|_| OnceLock::new()).collect(), len, cols, local }
    }

    /// True if entry `i` comes from the local tier.
    pub(crate) fn is_local(&self, i: usize) -> bool {
        i >= self.cols.entries
    }

    /// True if a reading of entry `i` stands only with a cue (see
    /// `super::local`): a local-tier place of fewer than [`CUE_POP`] people,
    /// whose name is as often a surname or a word. Which tier a city of
    /// more goes to is the generator's choice for the page's first load
    /// (`--core-pop`); how sure a reading is stays the same.
    pub(crate) fn needs_cue(&self, i: usize) -> bool {
        self.is_local(i) && self[i].population < CUE_POP
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[cfg(test)]
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Entry> {
        (0..self.len()).map(|i| &self[i])
    }
}

impl Index<usize> for Entries {
    type Output = Entry;

    /// Entry `i`; panics if out of range, as a slice does (the readings'
    /// entry numbers are checked when they are read).
    fn index(&self, i: usize) -> &Entry {
        assert!(i < self.len, "entry {i} of {}", self.len);
        let chunk = self.chunks[i / CHUNK].get_or_init(|| {
            let n = CHUNK.min(self.len - i / CHUNK * CHUNK);
            (0..n).map(|_| OnceLock::new()).collect()
        });
        chunk[i % CHUNK].get_or_init(|| match self.local {
            Some(local) if i >= self.cols.entries => local.entry(i - self.cols.entries, &self.cols),
            _ => self.cols.entry(i, &self.cols),
        })
    }
}

/// All places, and the index from folded names to them.
#[derive(Debug, Default)]
pub(crate) struct Gazetteer {
    /// For each country, the indices of the countries it shares a land border with.
    pub neighbours: Vec<&'static [u8]>,
    pub entries: Entries,
    cols: Columns,
    index: KeyIndex,
    /// The local tier, if loaded: asked first, since its readings of a key
    /// are all of the key's readings (the generator stores them so).
    local: Option<Tier>,
    /// Each country's first-level regions, in entry order: built the first
    /// time a card asks for one (a pass over the embedded tier's feature and
    /// country bytes).
    regions: OnceLock<Vec<Vec<u32>>>,
}

/// A tier after the embedded one.
#[derive(Debug)]
struct Tier {
    data: &'static [u8],
    cols: Columns,
    index: KeyIndex,
}

impl Gazetteer {
    /// Opens the embedded tier in place; `None` if it is malformed (then no
    /// place is found, rather than a panic in the user's browser).
    pub(crate) fn open(data: &'static [u8]) -> Option<Gazetteer> {
        let cols = columns(data, CORE_MAGIC, 0)?;
        let mut neighbours = Vec::with_capacity(cols.countries);
        let mut at = 0;
        for _ in 0..cols.countries {
            let k = usize::from(*cols.s[NEIGHBOURS].get(at)?);
            neighbours.push(cols.s[NEIGHBOURS].get(at + 1..at + 1 + k)?);
            at += 1 + k;
        }
        Some(Gazetteer {
            neighbours,
            entries: Entries::new(cols, None),
            cols,
            index: KeyIndex::build(&cols),
            local: None,
            regions: OnceLock::new(),
        })
    }

    /// Opens the embedded tier and a local tier made for it.
    fn open_tiers(core: &'static [u8], local: &'static [u8]) -> Result<Gazetteer, LocalTierError> {
        let g = Gazetteer::open(core).ok_or(LocalTierError::Malformed)?;
        if local.get(..4) == Some(LOCAL_MAGIC) && (le(local, 16, 4) as usize != g.cols.entries || le(local, 20, 4) != fnv1a(core)) {
            return Err(LocalTierError::OtherVersion);
        }
        let cols = columns(local, LOCAL_MAGIC, g.cols.entries).ok_or(LocalTierError::Malformed)?;
        // The same countries, in the same order, at the same entries.
        let same = |k: usize| cols.s[k] == g.cols.s[k];
        if cols.unit != g.cols.unit || !same(CODES) || !same(COUNTRY_ENTRY) || !same(NEIGHBOURS) {
            return Err(LocalTierError::Malformed);
        }
        Ok(Gazetteer {
            entries: Entries::new(g.cols, Some(cols)),
            local: Some(Tier { data: local, cols, index: KeyIndex::build(&cols) }),
            regions: OnceLock::new(),
            ..g
        })
    }

    /// The readings of a folded key.
    pub(crate) fn get(&self, key: &str) -> Option<&[Link]> {
        match &self.local {
            Some(t) => t.index.get(&t.cols, key).or_else(|| self.index.get(&self.cols, key)),
            None => self.index.get(&self.cols, key),
        }
    }

    /// The ISO code of a country index.
    pub(crate) fn code(&self, country: u8) -> Option<&str> {
        let at = usize::from(country) * 2;
        self.cols.s[CODES].get(at..at + 2).and_then(|c| std::str::from_utf8(c).ok())
    }

    /// The English name of a country index.
    pub(crate) fn country_name(&self, country: u8) -> Option<&str> {
        if usize::from(country) >= self.cols.countries {
            return None;
        }
        let entry = le(self.cols.s[COUNTRY_ENTRY], usize::from(country) * 2, 2) as usize;
        (entry < self.entries.len()).then(|| self.entries[entry].name)
    }

    /// The first-level region entry `e` lies in ("Louisiana" for
    /// Alexandria, Louisiana), if the gazetteer knows it.
    pub(crate) fn region_of(&self, e: &Entry) -> Option<&Entry> {
        let (country, ordinal) = (e.country?, usize::from(e.region.checked_sub(1)?));
        let regions = self.regions.get_or_init(|| {
            let mut by_country = vec![Vec::new(); self.cols.countries];
            for i in 0..self.cols.entries {
                let (f, c) = (self.cols.byte(FEATURE, i), self.cols.byte(COUNTRY, i));
                if feature(f & 0x0F) == FeatureType::Region {
                    if let Some(list) = by_country.get_mut(usize::from(c)) {
                        list.push(i as u32);
                    }
                }
            }
            by_country
        });
        let entry = *regions.get(usize::from(country))?.get(ordinal)?;
        Some(&self.entries[entry as usize])
    }

    /// How many countries there are.
    #[cfg(test)]
    pub(crate) fn country_count(&self) -> usize {
        self.cols.countries
    }

    /// How many alias keys the index holds.
    #[cfg(test)]
    pub(crate) fn alias_count(&self) -> usize {
        self.cols.aliases
    }
}

/// The sections of a tier, checked: its header and section table, and the
/// sizes the counts imply. `first`: the number of its first entry (0 for the
/// embedded tier, whose entries hold the countries).
fn columns(data: &'static [u8], magic: &[u8], first: usize) -> Option<Columns> {
    if data.get(..4)? != magic {
        return None;
    }
    let unit = i32::from(*data.get(4)?);
    let block = usize::from(*data.get(5)?);
    if !matches!(unit, 1 | 2 | 5) || block == 0 {
        return None;
    }
    let countries = le(data, 6, 2) as usize;
    let entries = le(data, 8, 4) as usize;
    let aliases = le(data, 12, 4) as usize;
    let limit = first.checked_add(entries)?;
    let mut cols = Columns { unit, block, countries, entries, aliases, first, limit, s: [&[]; SECTIONS] };
    // Each section's start and end: the file holds them in the order that
    // gzips best, not in index order. A local tier's header is 8 bytes longer.
    let table = if first == 0 { 16 } else { 24 };
    if data.len() < table + 8 * SECTIONS {
        return None;
    }
    for (k, section) in cols.s.iter_mut().enumerate() {
        let (a, b) = (le(data, table + 8 * k, 4) as usize, le(data, table + 8 * k + 4, 4) as usize);
        *section = data.get(a..b)?;
    }
    let blocks = |n: usize| n.div_ceil(block);
    let nlinks = cols.s[LINK_LO].len();
    // Countries are entries of the embedded tier.
    let home = if first == 0 { entries } else { first };
    let sizes_ok = cols.s[CODES].len() == countries * 2
        && cols.s[COUNTRY_ENTRY].len() == countries * 2
        && cols.s[NAME_BLOCKS].len() == blocks(entries) * 4
        && [FEATURE, COUNTRY, POPULATION, LAT_LO, LAT_HI, LON_LO, LON_HI, FINE, REGION]
            .iter()
            .all(|&s| cols.s[s].len() == entries)
        && cols.s[ALIAS_BLOCKS].len() == blocks(aliases) * 8
        && cols.s[ALIAS_COUNTS].len() == aliases
        && cols.s[LINK_HI].len() == nlinks
        && cols.s[LINK_FLAGS].len() == nlinks
        && cols.s[ALIAS_COUNTS].iter().map(|&c| usize::from(c)).sum::<usize>() == nlinks
        && (0..countries).all(|c| (le(cols.s[COUNTRY_ENTRY], c * 2, 2) as usize) < home)
        && u32::try_from(limit).is_ok();
    sizes_ok.then_some(cols)
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

/// Population from its one-byte log code (see `pop_code` in the generator):
/// 10^(code / 20) rounded to two significant digits, so that it does not
/// look like a census. Code 20q + r is 10^q times 10^(r / 20), whose two
/// digits are a table (no tie to round: 10^(r / 20) is irrational for r > 0),
/// so no `powf` is needed: libm's `pow` and `log10` were ~2.7 KB of wasm for
/// this alone. A test compares it with the float formula at every code.
fn population(code: u8) -> u64 {
    /// round(10^(r / 20)): the population below 10.
    const ONES: [u8; 20] = [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 6, 6, 7, 8, 9];
    /// round(10 * 10^(r / 20)): the two digits from 10 on.
    const TWO_DIGITS: [u8; 20] = [10, 11, 13, 14, 16, 18, 20, 22, 25, 28, 32, 35, 40, 45, 50, 56, 63, 71, 79, 89];
    let (q, r) = (u32::from(code / 20), usize::from(code % 20));
    match (code, q) {
        (0, _) => 0,
        (_, 0) => u64::from(ONES[r]),
        _ => u64::from(TWO_DIGITS[r]) * 10u64.pow(q - 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::place::fold::fold_into;

    #[test]
    fn population_codes_read_as_the_float_formula() {
        let formula = |code: u8| -> u64 {
            if code == 0 {
                return 0;
            }
            let p = 10f64.powf(f64::from(code) / 20.0);
            let scale = 10f64.powi((p.log10().floor() as i32 - 1).max(0));
            ((p / scale).round() * scale) as u64
        };
        for code in 0..=255u8 {
            assert_eq!(population(code), formula(code), "code {code}");
        }
        assert_eq!(population(114), 500_000);
        assert_eq!(population(140), 10_000_000);
    }

    /// These tests run natively; a wasm test build compiles them too.
    #[cfg(target_arch = "wasm32")]
    static LOCAL_DATA: &[u8] = include_bytes!("../data/places-local.bin");

    #[test]
    fn opens_the_shipped_gazetteer() {
        let g = gazetteer();
        assert!(g.country_count() > 240, "countries: {}", g.country_count());
        assert!(g.entries.len() > 10_000);
        assert!(g.alias_count() > 1_000);
        let az = g.get("azerbaijan").expect("Azerbaijan is a key");
        let e = &g.entries[az[0].entry as usize];
        assert_eq!(e.feature, FeatureType::Country);
        assert_eq!(g.code(e.country.unwrap()), Some("AZ"));
        assert_eq!(g.country_name(e.country.unwrap()), Some("Azerbaijan"));
        let near: Vec<&str> = g.neighbours[e.country.unwrap() as usize].iter().filter_map(|&c| g.code(c)).collect();
        assert!(near.contains(&"AM") && near.contains(&"GE"), "{near:?}");
        let baku = g.get("baku").unwrap().iter().map(|l| &g.entries[l.entry as usize]).find(|e| e.feature == FeatureType::City);
        let baku = baku.expect("Baku is a city");
        let (lat, lon) = baku.coords.unwrap();
        assert!((4030..4050).contains(&lat) && (4980..5000).contains(&lon), "{lat} {lon}");
        assert!(baku.population > 1_000_000);
        // A place in no country: North America is a continent with no country index.
        let na = g.get("north america").unwrap().iter().map(|l| &g.entries[l.entry as usize]).find(|e| e.feature == FeatureType::Continent);
        assert_eq!(na.map(|e| e.country), Some(None));
        let us = g.get("u s").unwrap();
        assert!(us.iter().any(|l| l.flags & LINK_ABBREV != 0 && g.code(g.entries[l.entry as usize].country.unwrap()) == Some("US")));
        for absent in ["", "zzzz", "a", "bakuu", "bak", "\u{ff}", "u", "u s a b"] {
            assert!(g.get(absent).is_none(), "{absent:?}");
        }
    }

    /// Every entry is found under its own folded name, which only holds if the
    /// generator sorted the entries by the same fold as the reader's; and
    /// entries of one name come the more populous first, in either tier
    /// (the resolver keeps that order among readings it scores the same).
    #[test]
    fn every_entry_is_found_under_its_own_name() {
        let g = gazetteer();
        let mut key = String::new();
        let mut prev = String::new();
        let mut prev_population = 0;
        let mut same_name_pairs = 0;
        assert!(g.local.is_some(), "native builds hold both tiers");
        for (i, e) in g.entries.iter().enumerate() {
            key.clear();
            fold_into(e.name, &mut key);
            // Each tier is sorted on its own.
            if i == CORE.entries.len() {
                prev.clear();
            }
            assert!(prev <= key, "not sorted: {prev:?} before {key:?}");
            if prev == key && !key.is_empty() {
                assert!(prev_population >= e.population, "{key:?}: {prev_population} before {}", e.population);
                same_name_pairs += 1;
            }
            prev_population = e.population;
            if !key.is_empty() {
                let links = g.get(&key).unwrap_or_else(|| panic!("{key:?}"));
                assert!(links.iter().any(|l| l.entry as usize == i), "{key:?} misses entry {i}");
            }
            prev.clone_from(&key);
        }
        assert!(same_name_pairs > 1_000, "{same_name_pairs}");
    }

    /// Prints how long opening takes (run with `--nocapture`); no timed assertion.
    #[test]
    fn open_time_is_reported() {
        let t = std::time::Instant::now();
        let g = Gazetteer::open(DATA).expect("opens");
        let opened = t.elapsed();
        let paris = g.get("paris").map(<[Link]>::len);
        eprintln!("gazetteer open: {opened:?}, with a first lookup {:?} ({paris:?} readings)", t.elapsed());
        assert_eq!(g.entries.len(), CORE.entries.len());
        let t = std::time::Instant::now();
        let full = Gazetteer::open_tiers(DATA, LOCAL_DATA).expect("opens");
        eprintln!("both tiers open: {:?}", t.elapsed());
        assert_eq!(full.entries.len(), gazetteer().entries.len());
    }

    /// The local tier adds towns and counties; its readings of a name the
    /// embedded tier also reads are all of them, the embedded ones first.
    #[test]
    fn the_local_tier_adds_small_towns_and_keeps_the_big_readings() {
        let (core, full) = (&*CORE, gazetteer());
        assert!(full.entries.len() > core.entries.len() + 20_000, "{} {}", full.entries.len(), core.entries.len());
        let readings = |g: &Gazetteer, key: &str| -> Vec<(String, Option<String>, bool)> {
            g.get(key)
                .unwrap_or(&[])
                .iter()
                .map(|l| {
                    let e = &g.entries[l.entry as usize];
                    (e.name.to_string(), e.country.and_then(|c| g.code(c)).map(str::to_string), g.entries.is_local(l.entry as usize))
                })
                .collect()
        };
        // Pineville, Louisiana (about 14,000 people): the local tier only.
        assert!(readings(core, "pineville").iter().all(|r| r.1.as_deref() != Some("US")));
        assert!(readings(full, "pineville").iter().any(|r| r.1.as_deref() == Some("US") && r.2));
        // Geneva: the Swiss city from the embedded tier, US towns from the local one.
        let geneva = readings(full, "geneva");
        assert!(geneva.iter().any(|r| r.1.as_deref() == Some("CH") && !r.2), "{geneva:?}");
        assert!(geneva.iter().any(|r| r.1.as_deref() == Some("US") && r.2), "{geneva:?}");
        for key in ["paris", "u s", "moscow", "georgia"] {
            let mut c = readings(core, key);
            c.sort();
            let mut f: Vec<_> = readings(full, key).into_iter().filter(|r| !r.2).collect();
            f.sort();
            assert_eq!(c, f, "{key}: the embedded readings are all kept");
        }
        // Counties and parishes, and the short forms of Saint, Mount, Fort.
        assert!(readings(full, "rapides parish").iter().any(|r| r.1.as_deref() == Some("US")));
        assert!(readings(full, "st petersburg").iter().any(|r| r.1.as_deref() == Some("RU")));
        assert!(readings(full, "ft worth").iter().any(|r| r.1.as_deref() == Some("US")));
        // Coordinates of a local town, relative to its country's centre in the other tier.
        let pineville = full.get("pineville").unwrap().iter().map(|l| &full.entries[l.entry as usize]);
        let la = pineville.filter_map(|e| e.coords).find(|&(lat, lon)| (3100..3140).contains(&lat) && (-9250..-9230).contains(&lon));
        assert!(la.is_some(), "Pineville, LA near 31.3, -92.4");
    }

    #[test]
    fn a_wrong_local_tier_is_refused() {
        assert_eq!(load_local(b""), Err(LocalTierError::Malformed));
        assert_eq!(load_local(DATA), Err(LocalTierError::Malformed));
        assert_eq!(load_local(&LOCAL_DATA[..LOCAL_DATA.len() / 2]), Err(LocalTierError::Malformed));
        // Made for another embedded tier: its fingerprint differs.
        let mut other = LOCAL_DATA.to_vec();
        other[20] ^= 1;
        assert_eq!(load_local(&other), Err(LocalTierError::OtherVersion));
        let other: &'static [u8] = Box::leak(other.into_boxed_slice());
        assert!(matches!(Gazetteer::open_tiers(DATA, other), Err(LocalTierError::OtherVersion)));
        // The right one: already there natively.
        assert_eq!(load_local(LOCAL_DATA), Ok(false));
    }

    #[test]
    fn big_cities_keep_hundredths_and_small_towns_are_coarse() {
        let g = gazetteer();
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
    fn malformed_data_opens_to_nothing() {
        assert!(Gazetteer::open(b"").is_none());
        assert!(Gazetteer::open(b"GAZ4\x05\x08US").is_none());
        assert!(Gazetteer::open(b"GAZ4\x07").is_none());
        assert!(Gazetteer::open(&DATA[..DATA.len() / 2]).is_none());
        assert!(Gazetteer::open(&DATA[..DATA.len() - 1]).is_none());
    }

    /// Corrupted bytes anywhere give wrong places or none, never a panic.
    #[test]
    fn corrupted_data_does_not_panic() {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for round in 0..40 {
            let mut data = DATA.to_vec();
            for _ in 0..(1 + round % 7) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // Early rounds hit the header and section table, later ones anywhere.
                let limit = if round < 20 { 120 } else { data.len() };
                let at = (state as usize) % limit;
                data[at] = (state >> 32) as u8;
            }
            let data: &'static [u8] = Box::leak(data.into_boxed_slice());
            let Some(g) = Gazetteer::open(data) else { continue };
            for key in ["paris", "u s", "baku", "kharkiv", "new york", "georgia", "zz", "\u{e9}a"] {
                for l in g.get(key).unwrap_or(&[]) {
                    let e = &g.entries[l.entry as usize];
                    let _ = (e.name, e.country.and_then(|c| g.code(c)), e.country.and_then(|c| g.country_name(c)));
                }
            }
        }
    }

    #[test]
    fn population_codes_round_trip_magnitude() {
        assert_eq!(population(0), 0);
        // Baku's 2,351,300 is stored as round(log10 * 20) = 127.
        assert_eq!(population(127), 2_200_000);
        assert_eq!(population(20), 10);
    }
}
