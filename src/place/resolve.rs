//! Resolution: choosing among a name's homonyms, and the candidates.
//!
//! Each reading is scored by a prior (countries first, then bigger places)
//! plus the document's *country focus* (Mordecai's idea: the countries the
//! article names pull ambiguous names to them; each distinct name counts
//! once, and a country's neighbours are pulled too), so "Georgia" in an
//! article about Texas is the US state and "Niger" beside Nigeria is the
//! country. A city and a first-level region of one country that share a name
//! ("Porto", "Washington") resolve to the city unless the text reads the name
//! as a region. Runner-up readings go to `alternatives`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::recognize::Candidate;
use crate::span::{Detail, FeatureType, Kind, PlaceCandidate, PlaceDetail};

use super::fold::fold_name_into;
use super::gazetteer::{Entry, Gazetteer, Link, LINK_ALT};
use super::Found;

/// FxHash's multiply-rotate, for the names of one document: their set is
/// bounded by the gazetteer, so no flooding resistance is needed, and
/// SipHash cost more than the lookups it guards.
#[derive(Default)]
struct NameHasher(u64);

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The prior of a reading: countries first, then named regions and areas,
/// then places by population.
fn prior(e: &Entry, flags: u8) -> f32 {
    let pop = (e.population as f32 + 1.0).log10();
    let mut s = match e.feature {
        FeatureType::Country => 10.0 + 0.1 * pop,
        // A named area inside one country ("Suffolk", "Siberia") competes with
        // that country's towns; one across borders ("Middle East") is a name first.
        FeatureType::Area | FeatureType::Water | FeatureType::Landform if e.country.is_some() => 7.0,
        FeatureType::Continent | FeatureType::Area | FeatureType::HistoricalState => 9.5,
        FeatureType::Water | FeatureType::Landform => 8.5,
        // A region's population is the sum of its towns: comparable to a city's.
        FeatureType::Region => pop + 1.0,
        FeatureType::District => 3.5,
        FeatureType::City => pop + if e.capital { 1.5 } else { 0.0 },
        FeatureType::Unknown => 0.0,
    };
    if flags & LINK_ALT != 0 {
        s -= 1.5;
    }
    s
}

/// Chooses a reading for every name with the document's country focus, and
/// emits the candidates.
pub(super) fn resolve(g: &Gazetteer, text: &str, found: &[Found], out: &mut Vec<Candidate>) {
    // Country focus: the countries the article names, and (more weakly) the
    // countries of names that have only one reading.
    // Each distinct name counts once, so that repeating an ambiguous name
    // does not make its own first reading win.
    // All keys in one buffer: one allocation, not one per name.
    let mut scratch = String::new();
    let mut all_keys = String::new();
    let mut key_ends = Vec::with_capacity(found.len());
    for f in found {
        scratch.clear();
        fold_name_into(text.get(f.start..f.end).unwrap_or("").as_bytes(), &mut scratch);
        all_keys.push_str(&scratch);
        key_ends.push(all_keys.len());
    }
    let keys: Vec<&str> = key_ends
        .iter()
        .scan(0, |start, &end| {
            let k = all_keys.get(*start..end).unwrap_or("");
            *start = end;
            Some(k)
        })
        .collect();
    let mut contrib: HashMap<&str, (u8, f32), BuildHasherDefault<NameHasher>> = HashMap::default();
    for (f, &key) in found.iter().zip(&keys) {
        if f.generic.is_some() || contrib.contains_key(key) {
            continue;
        }
        let (mut best, mut second): (Option<(f32, &Entry)>, f32) = (None, f32::MIN);
        for l in &f.links {
            let e = &g.entries[l.entry as usize];
            let p = prior(e, l.flags);
            match best {
                Some((b, _)) if p <= b => second = second.max(p),
                _ => {
                    second = best.map_or(second, |b| b.0.max(second));
                    best = Some((p, e));
                }
            }
        }
        let Some((top, e)) = best else { continue };
        // A country counts fully; a clear reading of another name counts less,
        // a region more than a town (a region names its country's map).
        let w = match e.feature {
            FeatureType::Country => 1.0,
            FeatureType::Region if top - second >= 0.5 => 0.75,
            _ if top - second >= 1.0 => 0.5,
            _ => 0.0,
        };
        if let (Some(c), true) = (e.country, w > 0.0) {
            contrib.insert(key, (c, w));
        }
    }
    // "Geneva, Illinois", "Athens, Georgia": a name and the region or country
    // after its comma pull each other's readings to a shared country.
    let countries_of = |k: usize, admin_only: bool| -> Vec<u8> {
        found.get(k).map_or(Vec::new(), |f| {
            f.links
                .iter()
                .map(|l| &g.entries[l.entry as usize])
                .filter(|e| !admin_only || matches!(e.feature, FeatureType::Country | FeatureType::Region))
                .filter_map(|e| e.country)
                .collect()
        })
    };
    let can_be_country =
        |f: &Found| f.links.iter().any(|l| g.entries[l.entry as usize].feature == FeatureType::Country);
    // For each name, the countries its partner across the comma allows.
    let mut partner: Vec<Vec<u8>> = vec![Vec::new(); found.len()];
    for (k, f) in found.iter().enumerate() {
        // A name that can be a country is more likely in a list of countries
        // ("Nigeria, Niger, Chad") than inside the next one.
        let Some(c) = f.container.filter(|_| !can_be_country(f)) else { continue };
        let outer = countries_of(c, true);
        if outer.is_empty() {
            continue;
        }
        partner[k] = outer;
        partner[c] = countries_of(k, false);
    }
    // Indexed by country: looked up for every reading and every neighbour.
    let mut focus = [0f32; 256];
    for &(c, w) in contrib.values() {
        focus[c as usize] += w;
    }
    let mut scored: Vec<(f32, Link)> = Vec::new();
    let mut city_priors: Vec<(u8, f32)> = Vec::new();
    let mut full = String::new();
    // The article's main country, found once when a name found by its form needs it.
    let mut main_country: Option<Option<u8>> = None;
    for (index, (f, &key)) in found.iter().zip(&keys).enumerate() {
        let own = contrib.get(key);
        let within = &partner[index];
        scored.clear();
        // A city and a first-level region of one country that share this name
        // ("Porto", "Washington"): without a region cue the reader means the
        // city (its card and map dot), and the region stays an alternative.
        let region_read = f.region_cue || f.head == Some(FeatureType::Region);
        // The best prior of a city reading per country, gathered once.
        city_priors.clear();
        for l in &f.links {
            let e = &g.entries[l.entry as usize];
            if let (FeatureType::City, Some(c)) = (e.feature, e.country) {
                let p = prior(e, l.flags);
                match city_priors.iter_mut().find(|cp| cp.0 == c) {
                    Some(cp) => cp.1 = cp.1.max(p),
                    None => city_priors.push((c, p)),
                }
            }
        }
        for &l in &f.links {
            let e = &g.entries[l.entry as usize];
            let mut s = prior(e, l.flags);
            if e.feature == FeatureType::Region && !region_read {
                if let Some(&(_, cp)) = city_priors.iter().find(|cp| Some(cp.0) == e.country) {
                    s = s.min(cp - 0.5);
                }
            }
            // A region found under its short form ("Kharkiv" for Kharkiv
            // Oblast) yields to the town of that name.
            if e.feature == FeatureType::Region {
                full.clear();
                fold_name_into(e.name.as_bytes(), &mut full);
                if full != key {
                    s -= 1.5;
                }
            }
            if let Some(c) = e.country {
                let weight = |c: u8| {
                    let w = focus[c as usize];
                    match own {
                        Some((oc, ow)) if *oc == c => w - ow,
                        _ => w,
                    }
                };
                s += 3.5 * weight(c).clamp(0.0, 1.0);
                // A country next to one the article is about ("Niger" beside Nigeria).
                if e.feature == FeatureType::Country {
                    let near = g.neighbours.get(c as usize).map_or(0.0, |ns| ns.iter().map(|&n| weight(n)).fold(0.0, f32::max));
                    s += 1.5 * near.clamp(0.0, 1.0);
                }
            }
            if e.country.is_some_and(|c| within.contains(&c)) {
                s += 5.0;
            }
            match (f.head, e.feature) {
                (Some(FeatureType::Region), FeatureType::Region | FeatureType::District) => s += 4.0,
                (Some(FeatureType::City), FeatureType::City) => s += 4.0,
                _ => {}
            }
            scored.push((s, l));
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        // Keep one reading per entry name, kind and country (the best-scored
        // one, as the list is sorted), and no more than the output shows.
        let mut kept = 0;
        for k in 0..scored.len() {
            if kept == 4 {
                break;
            }
            let ek = &g.entries[scored[k].1.entry as usize];
            let dup = scored[..kept].iter().any(|&(_, l)| {
                let e = &g.entries[l.entry as usize];
                e.country == ek.country && e.feature == ek.feature && e.name == ek.name
            });
            if !dup {
                scored.swap(kept, k);
                kept += 1;
            }
        }
        scored.truncate(kept);
        if let Some(feature) = f.generic {
            let main = *main_country.get_or_insert_with(|| main_country_of(&focus));
            out.push(generic_candidate(g, text, f, feature, scored.first().map(|s| s.1), main));
            continue;
        }
        let Some(&(top, link)) = scored.first() else { continue };
        let margin = scored.get(1).map_or(4.0, |s| top - s.0);
        let mut confidence = 0.6 + 0.1 * margin.min(3.0);
        if f.cue {
            confidence += 0.05;
        }
        if f.common {
            confidence -= 0.25;
        }
        if link.flags & LINK_ALT != 0 {
            confidence -= 0.1;
        }
        let e = &g.entries[link.entry as usize];
        let mut detail = detail_of(g, e);
        detail.alternatives = scored[1..]
            .iter()
            .take(3)
            .map(|&(_, l)| {
                let a = &g.entries[l.entry as usize];
                let d = detail_of(g, a);
                PlaceCandidate {
                    name: d.name,
                    feature: d.feature,
                    country_code: d.country_code,
                    lat: d.lat,
                    lon: d.lon,
                    population: d.population,
                }
            })
            .collect();
        out.push(Candidate {
            start: f.start,
            end: f.end,
            kind: Kind::Place,
            confidence: confidence.clamp(0.05, 0.99),
            detail: Box::new(Detail::Place(detail)),
        });
    }
}

/// A name found by its form: its country is that of its known part ("Dallas"
/// in "Dallas County"), else the article's main country if it has a clear one.
fn generic_candidate(
    g: &Gazetteer,
    text: &str,
    f: &Found,
    feature: FeatureType,
    known: Option<Link>,
    main_country: Option<u8>,
) -> Candidate {
    let name = text.get(f.start..f.end).unwrap_or("").to_string();
    let mut detail = PlaceDetail { name, feature, ..PlaceDetail::default() };
    let country = match known {
        Some(l) => {
            let e = &g.entries[l.entry as usize];
            detail.lat = e.coords.map(|c| f64::from(c.0) / 100.0);
            detail.lon = e.coords.map(|c| f64::from(c.1) / 100.0);
            e.country
        }
        None => main_country,
    };
    detail.country_code = country.and_then(|c| g.code(c)).map(str::to_string);
    detail.country = country.and_then(|c| g.country_name(c)).map(|s| s.trim().to_string());
    Candidate {
        start: f.start,
        end: f.end,
        kind: Kind::Place,
        confidence: if f.cue { 0.6 } else { 0.5 },
        detail: Box::new(Detail::Place(detail)),
    }
}

/// The country with the most focus if it has a clear one (at least one
/// full country's worth); ties go to the lower index.
fn main_country_of(focus: &[f32; 256]) -> Option<u8> {
    let mut best: Option<(u8, f32)> = None;
    for (c, &w) in (0..=255u8).zip(focus) {
        if w != 0.0 && best.map_or(true, |b| w > b.1 || w == b.1 && c < b.0) {
            best = Some((c, w));
        }
    }
    best.filter(|b| b.1 >= 1.0).map(|b| b.0)
}

/// The output detail of a gazetteer entry, without alternatives.
fn detail_of(g: &Gazetteer, e: &Entry) -> PlaceDetail {
    PlaceDetail {
        name: e.name.trim().to_string(),
        feature: e.feature,
        country_code: e.country.and_then(|c| g.code(c)).map(str::to_string),
        country: e.country.and_then(|c| g.country_name(c)).map(|s| s.trim().to_string()),
        lat: e.coords.map(|c| f64::from(c.0) / 100.0),
        lon: e.coords.map(|c| f64::from(c.1) / 100.0),
        population: (e.population > 0).then_some(e.population),
        alternatives: Vec::new(),
    }
}
