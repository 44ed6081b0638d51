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
        FeatureType::Street | FeatureType::Facility | FeatureType::Unknown => 0.0,
    };
    if flags & LINK_ALT != 0 {
        s -= 1.5;
    }
    s
}

/// Readings kept per name: the chosen one and the three alternatives the
/// output shows.
const MAX_READINGS: usize = 4;

/// The score a reading gains when its country is the one its partner across
/// a comma allows ("Athens, Georgia").
const PARTNER_BONUS: f32 = 5.0;

/// The score a reading gains when it is of the kind the noun after the name
/// says ("Kherson region", "Gaza city").
const HEAD_BONUS: f32 = 4.0;

/// Chooses a reading for every name with the document's country focus, and
/// emits the candidates.
pub(super) fn resolve(g: &Gazetteer, text: &str, found: &[Found], out: &mut Vec<Candidate>) {
    let names = NameKeys::of(text, found);
    let keys = names.keys();
    let votes = country_votes(g, found, &keys);
    let focus = country_focus(&votes);
    let partners = comma_partners(g, found);
    let mut work = Work::default();
    // Twice: a town read clearly only by its neighbours ("Pineville" near
    // "Natchitoches") anchors the names after it too.
    let first = anchors(g, found, &keys, &focus, &votes, &partners, &[], &mut work);
    let anchors = anchors(g, found, &keys, &focus, &votes, &partners, &first, &mut work);
    // The article's main country, found once when a name found by its form needs it.
    let mut main_country: Option<Option<u8>> = None;
    for (index, (f, &key)) in found.iter().zip(&keys).enumerate() {
        let weigh = Weigh { focus: &focus, own: votes.get(key).copied(), partner: &partners[index], key, anchors: &anchors };
        score_readings(g, f, &weigh, &mut work);
        keep_distinct_readings(g, &mut work.scored);
        if let Some(feature) = f.generic {
            // The country of its container across a comma ("Pingilikani,
            // Kenya"), else the article's.
            let main = *main_country.get_or_insert_with(|| main_country_of(&focus));
            let country = partners[index].first().copied().or(main);
            out.push(generic_candidate(g, text, f, feature, work.scored.first().map(|s| s.1), country));
        } else if let Some(country) = elsewhere_than_container(g, f, found, &partners[index], &work.scored) {
            // "Paris, Texas", "Dublin, Ohio": a town the gazetteer lacks, in
            // the region the text names; the homonyms it holds stay
            // alternatives.
            let mut c = generic_candidate(g, text, f, FeatureType::City, None, Some(country));
            if let (Some(known), Some(p)) = (place_candidate(g, f, &work.scored), c.detail.place_mut()) {
                if let Detail::Place(k) = known.detail {
                    p.alternatives = std::iter::once(PlaceCandidate {
                        name: k.name,
                        feature: k.feature,
                        country_code: k.country_code,
                        region: k.region,
                        lat: k.lat,
                        lon: k.lon,
                        population: k.population,
                    })
                    .chain(k.alternatives)
                    .take(3)
                    .collect();
                }
            }
            out.push(c);
        } else if let Some(candidate) = place_candidate(g, f, &work.scored) {
            out.push(candidate);
        }
    }
}

/// The container's country when name `f` stands before a comma and a
/// first-level region read as its container ("Paris, Texas"), and none of
/// its readings lies in that country: the text names a town the gazetteer
/// lacks, not the Paris it holds.
fn elsewhere_than_container(g: &Gazetteer, f: &Found, found: &[Found], partner: &[u8], scored: &[(f32, Link)]) -> Option<u8> {
    let container = &found[f.container?];
    let region = container.region_cue
        && container.links.iter().any(|l| g.entries[l.entry as usize].feature == FeatureType::Region);
    let towns_only = f.links.iter().all(|l| matches!(g.entries[l.entry as usize].feature, FeatureType::City | FeatureType::District));
    let &country = partner.first()?;
    let inside = scored.iter().any(|&(_, l)| g.entries[l.entry as usize].country.is_some_and(|c| partner.contains(&c)));
    (region && towns_only && !inside && partner.iter().all(|&c| c == country)).then_some(country)
}

/// The keys of the names found, in order, all in one buffer: one
/// allocation, not one per name.
struct NameKeys {
    all: String,
    ends: Vec<usize>,
}

impl NameKeys {
    fn of(text: &str, found: &[Found]) -> NameKeys {
        let mut scratch = String::new();
        let mut all = String::new();
        let mut ends = Vec::with_capacity(found.len());
        for f in found {
            scratch.clear();
            fold_name_into(text.get(f.start..f.end).unwrap_or("").as_bytes(), &mut scratch);
            all.push_str(&scratch);
            ends.push(all.len());
        }
        NameKeys { all, ends }
    }

    /// The key of each name found.
    fn keys(&self) -> Vec<&str> {
        self.ends
            .iter()
            .scan(0, |start, &end| {
                let k = self.all.get(*start..end).unwrap_or("");
                *start = end;
                Some(k)
            })
            .collect()
    }
}

/// Each distinct name's vote for a country: `(country, weight)`.
type Votes<'k> = HashMap<&'k str, (u8, f32), BuildHasherDefault<NameHasher>>;

/// The country votes of the names found, each distinct name counted once so
/// that repeating an ambiguous name does not make its own first reading win.
/// Names found by their form do not vote.
fn country_votes<'k>(g: &Gazetteer, found: &[Found], keys: &[&'k str]) -> Votes<'k> {
    let mut votes = Votes::default();
    for (f, &key) in found.iter().zip(keys) {
        if f.generic.is_some() || votes.contains_key(key) {
            continue;
        }
        if let Some(vote) = vote_of(g, f) {
            votes.insert(key, vote);
        }
    }
    votes
}

/// At most this many anchors, the first clear names of the text: the
/// proximity pull stays linear in the number of names.
const MAX_ANCHORS: usize = 48;

/// The score a reading gains at most for lying near the document's other
/// places: less than a partner or a head noun, enough to choose between
/// homonyms of one country ("Portland" in a story about Bangor and Augusta).
const NEAR_BONUS: f32 = 1.5;

/// The coordinates of the towns, districts and regions the text names whose
/// reading is clear once the country focus and the partners are weighed (a
/// margin of a full point over the runner-up), by key; each name once. A
/// pass of resolution with the proximity of the `known` anchors of an
/// earlier pass (none in the first), so "Bangor" read in Maine by "Maine"
/// pulls "Portland" there.
fn anchors<'k>(
    g: &Gazetteer,
    found: &[Found],
    keys: &[&'k str],
    focus: &[f32; 256],
    votes: &Votes<'k>,
    partners: &[Vec<u8>],
    known: &[(&'k str, (i32, i32))],
    work: &mut Work,
) -> Vec<(&'k str, (i32, i32))> {
    let mut out: Vec<(&'k str, (i32, i32))> = Vec::new();
    for (index, (f, &key)) in found.iter().zip(keys).enumerate() {
        if out.len() == MAX_ANCHORS {
            break;
        }
        if f.generic.is_some() || f.links.is_empty() || out.iter().any(|a| a.0 == key) {
            continue;
        }
        let weigh = Weigh { focus, own: votes.get(key).copied(), partner: &partners[index], key, anchors: known };
        score_readings(g, f, &weigh, work);
        let Some(&(top, l)) = work.scored.first() else { continue };
        let clear = work.scored.get(1).map_or(true, |s| top - s.0 >= 1.0);
        let e = &g.entries[l.entry as usize];
        let local = matches!(e.feature, FeatureType::City | FeatureType::District | FeatureType::Region);
        if let (true, true, Some(at)) = (local, clear, e.coords) {
            out.push((key, at));
        }
    }
    out
}

/// The cosine of a latitude given in hundredths of a degree, which shrinks
/// a degree of longitude. Its Taylor series to x^20, summed in f64, is exact
/// to f32 on the whole ±90° range (the first term left out is under 1e-16),
/// so the module needs no libm `cosf` and its large-argument reduction
/// (~5 KB of wasm) for angles that are never large.
fn cos_of_latitude(lat: i32) -> f32 {
    let x = f64::from((lat as f32 / 100.0).to_radians());
    let x2 = x * x;
    let mut sum = 1.0;
    for n in (1..=10).rev() {
        sum = 1.0 - x2 / f64::from((2 * n - 1) * (2 * n)) * sum;
    }
    sum as f32
}

/// The pull on reading `e` of the document's anchors other than the name
/// itself: full within 150 km of one, none beyond 600 km.
fn near_anchors(weigh: &Weigh, e: &Entry) -> f32 {
    let Some((lat, lon)) = e.coords else { return 0.0 };
    let cos = cos_of_latitude(lat);
    let mut nearest = f32::MAX;
    for &(key, (alat, alon)) in weigh.anchors {
        if key == weigh.key {
            continue;
        }
        let dlat = (lat - alat) as f32 / 100.0;
        let dlon = (lon - alon) as f32 / 100.0 * cos;
        nearest = nearest.min(111.0 * (dlat * dlat + dlon * dlon).sqrt());
    }
    NEAR_BONUS * ((600.0 - nearest) / 450.0).clamp(0.0, 1.0)
}

/// The pull on a small-town homonym of an embedded name: that of the
/// document's own local geography, [`NEAR_BONUS`] and the country focus's
/// worth together, when at least two of its other places lie within 150 km
/// ("Alexandria" in a story about Pineville and Natchitoches); nothing
/// otherwise.
fn local_pull(weigh: &Weigh, e: &Entry) -> f32 {
    let Some((lat, lon)) = e.coords else { return 0.0 };
    let cos = cos_of_latitude(lat);
    let near = weigh
        .anchors
        .iter()
        .filter(|&&(key, (alat, alon))| {
            let dlat = (lat - alat) as f32 / 100.0;
            let dlon = (lon - alon) as f32 / 100.0 * cos;
            key != weigh.key && 111.0 * (dlat * dlat + dlon * dlon).sqrt() <= 150.0
        })
        .count();
    if near >= 2 { NEAR_BONUS + 3.5 } else { 0.0 }
}

/// The country a name votes for and how strongly: a country fully, a clear
/// reading of another name less, a region more than a town (a region names
/// its country's map); a name whose best readings are close does not vote.
fn vote_of(g: &Gazetteer, f: &Found) -> Option<(u8, f32)> {
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
    let (top, e) = best?;
    let w = match e.feature {
        FeatureType::Country => 1.0,
        FeatureType::Region if top - second >= 0.5 => 0.75,
        _ if top - second >= 1.0 => 0.5,
        _ => 0.0,
    };
    e.country.filter(|_| w > 0.0).map(|c| (c, w))
}

/// The votes summed by country index: looked up for every reading and every
/// neighbour.
fn country_focus(votes: &Votes) -> [f32; 256] {
    let mut focus = [0f32; 256];
    for &(c, w) in votes.values() {
        focus[c as usize] += w;
    }
    focus
}

/// For each name, the countries its partner across a comma allows: "Geneva,
/// Illinois", "Athens, Georgia" pull each other's readings to a shared
/// country. The inner name takes the countries of the outer one's countries
/// and regions; the outer one those of every inner reading.
fn comma_partners(g: &Gazetteer, found: &[Found]) -> Vec<Vec<u8>> {
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
    let mut partners: Vec<Vec<u8>> = vec![Vec::new(); found.len()];
    for (k, f) in found.iter().enumerate() {
        // A name that can be a country is more likely in a list of countries
        // ("Nigeria, Niger, Chad") than inside the next one.
        let Some(c) = f.container.filter(|_| !can_be_country(f)) else { continue };
        let outer = countries_of(c, true);
        if outer.is_empty() {
            continue;
        }
        partners[k] = outer;
        partners[c] = countries_of(k, false);
    }
    partners
}

/// What one name's readings are weighed against.
struct Weigh<'a> {
    focus: &'a [f32; 256],
    /// The name's own vote, which must not pull its own readings.
    own: Option<(u8, f32)>,
    /// The countries its partner across a comma allows (see [`comma_partners`]).
    partner: &'a [u8],
    /// The name's key.
    key: &'a str,
    /// Where the document's clearly read towns and regions lie (see [`anchors`]).
    anchors: &'a [(&'a str, (i32, i32))],
}

impl Weigh<'_> {
    /// The focus on country `c`, less this name's own vote for it.
    fn weight(&self, c: u8) -> f32 {
        let w = self.focus[c as usize];
        match self.own {
            Some((oc, ow)) if oc == c => w - ow,
            _ => w,
        }
    }
}

/// Buffers reused from name to name.
#[derive(Default)]
struct Work {
    /// The readings of the current name with their scores, best first.
    scored: Vec<(f32, Link)>,
    /// The best prior of a city reading per country.
    city_priors: Vec<(u8, f32)>,
    /// A region's name, folded.
    full: String,
}

/// Scores every reading of `f` into `work.scored`, best first: its prior,
/// then what the text and the document say for it, in this order.
fn score_readings(g: &Gazetteer, f: &Found, weigh: &Weigh, work: &mut Work) {
    work.scored.clear();
    // A city and a first-level region of one country that share this name
    // ("Porto", "Washington"): without a region cue the reader means the
    // city (its card and map dot), and the region stays an alternative.
    let region_read = f.region_cue || f.head == Some(FeatureType::Region);
    best_city_priors(g, f, &mut work.city_priors);
    let has_embedded = f.links.iter().any(|l| !g.entries.needs_cue(l.entry as usize));
    for &l in &f.links {
        let e = &g.entries[l.entry as usize];
        let mut s = prior(e, l.flags);
        if e.feature == FeatureType::Region && !region_read {
            if let Some(cp) = city_prior_in(&work.city_priors, e.country) {
                s = s.min(cp - 0.5);
            }
        }
        if e.feature == FeatureType::Region && is_short_form(e, weigh.key, &mut work.full) {
            s -= 1.5;
        }
        // A small town that shares its name with a place the embedded tier
        // holds ("Alexandria", Louisiana) is not pulled by the country the
        // article is about (a US story's "Geneva" is still in Switzerland),
        // only by two of the document's places nearby; one read with its
        // container ("Hammond, Louisiana") is weighed like any reading.
        let homonym = has_embedded && weigh.partner.is_empty() && g.entries.needs_cue(l.entry as usize);
        if homonym {
            s += local_pull(weigh, e);
        } else if let Some(c) = e.country {
            s += focus_pull(weigh, c);
            if e.feature == FeatureType::Country {
                s += neighbour_pull(g, weigh, c);
            }
        }
        if e.country.is_some_and(|c| weigh.partner.contains(&c)) {
            s += PARTNER_BONUS;
        }
        if head_agrees(f.head, e.feature) {
            s += HEAD_BONUS;
        }
        if f.links.len() > 1 && !homonym {
            s += near_anchors(weigh, e);
        }
        work.scored.push((s, l));
    }
    best_first(&mut work.scored);
}

/// Sorts readings by score, best first, keeping the order of equal scores:
/// what `sort_by(|a, b| b.0.total_cmp(&a.0))` does, by insertion. A name
/// has at most a few dozen readings (the gazetteer bounds them, not the
/// text), and this spares the wasm a third instance of the standard
/// library's stable sort (~6 KB).
fn best_first(scored: &mut [(f32, Link)]) {
    for i in 1..scored.len() {
        let mut j = i;
        while j > 0 && scored[j - 1].0.total_cmp(&scored[j].0).is_lt() {
            scored.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The best prior of a city reading of `f` per country, into `out`.
fn best_city_priors(g: &Gazetteer, f: &Found, out: &mut Vec<(u8, f32)>) {
    out.clear();
    for l in &f.links {
        let e = &g.entries[l.entry as usize];
        if let (FeatureType::City, Some(c)) = (e.feature, e.country) {
            let p = prior(e, l.flags);
            match out.iter_mut().find(|cp| cp.0 == c) {
                Some(cp) => cp.1 = cp.1.max(p),
                None => out.push((c, p)),
            }
        }
    }
}

/// The best city prior in `country`, if the name has a city reading there.
fn city_prior_in(city_priors: &[(u8, f32)], country: Option<u8>) -> Option<f32> {
    city_priors.iter().find(|cp| Some(cp.0) == country).map(|cp| cp.1)
}

/// True if a region was found under a short form of its name ("Kharkiv" for
/// Kharkiv Oblast): it yields to the town of that name.
fn is_short_form(e: &Entry, key: &str, full: &mut String) -> bool {
    full.clear();
    fold_name_into(e.name.as_bytes(), full);
    full != key
}

/// The pull of the document's focus on a reading in country `c`.
fn focus_pull(weigh: &Weigh, c: u8) -> f32 {
    3.5 * weigh.weight(c).clamp(0.0, 1.0)
}

/// The pull on a country next to one the article is about ("Niger" beside
/// Nigeria): the focus on its most focused neighbour.
fn neighbour_pull(g: &Gazetteer, weigh: &Weigh, c: u8) -> f32 {
    let near = g.neighbours.get(c as usize).map_or(0.0, |ns| ns.iter().map(|&n| weigh.weight(n)).fold(0.0, f32::max));
    1.5 * near.clamp(0.0, 1.0)
}

/// True if the noun after the name says the reading's kind ("X province"
/// for a region or district, "X city" for a city).
fn head_agrees(head: Option<FeatureType>, feature: FeatureType) -> bool {
    matches!(
        (head, feature),
        (Some(FeatureType::Region), FeatureType::Region | FeatureType::District) | (Some(FeatureType::City), FeatureType::City)
    )
}

/// Keeps one reading per entry name, kind and country (the best-scored one,
/// as `scored` is sorted), and no more than [`MAX_READINGS`].
fn keep_distinct_readings(g: &Gazetteer, scored: &mut Vec<(f32, Link)>) {
    let mut kept = 0;
    for k in 0..scored.len() {
        if kept == MAX_READINGS {
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
}

/// The candidate of a gazetteer name: its best reading, the runners-up as
/// alternatives; `None` if it has no reading.
fn place_candidate(g: &Gazetteer, f: &Found, scored: &[(f32, Link)]) -> Option<Candidate> {
    let &(_, link) = scored.first()?;
    let e = &g.entries[link.entry as usize];
    let mut detail = detail_of(g, e);
    detail.alternatives = scored[1..]
        .iter()
        .take(3)
        .map(|&(_, l)| {
            let d = detail_of(g, &g.entries[l.entry as usize]);
            PlaceCandidate {
                name: d.name,
                feature: d.feature,
                country_code: d.country_code,
                region: d.region,
                lat: d.lat,
                lon: d.lon,
                population: d.population,
            }
        })
        .collect();
    Some(Candidate::new(f.start, f.end, Kind::Place, confidence(f, scored, link).clamp(0.05, 0.99), detail.into()))
}

/// How sure the choice of `link` is: the margin over the runner-up, more
/// with a place cue, less for a common word or an alternate spelling.
fn confidence(f: &Found, scored: &[(f32, Link)], link: Link) -> f32 {
    let top = scored.first().map_or(0.0, |s| s.0);
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
    confidence
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
    Candidate::new(f.start, f.end, Kind::Place, if f.cue { 0.6 } else { 0.5 }, detail.into())
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
        // Not "Moscow, Moscow": a city that is its own region says it once.
        region: g.region_of(e).map(|r| r.name.trim()).filter(|r| *r != e.name.trim()).map(str::to_string),
        lat: e.coords.map(|c| f64::from(c.0) / 100.0),
        lon: e.coords.map(|c| f64::from(c.1) / 100.0),
        population: (e.population > 0).then_some(e.population),
        alternatives: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{best_first, cos_of_latitude};
    use crate::place::gazetteer::Link;

    #[test]
    fn best_first_is_the_stable_sort_by_score() {
        // Scores with many ties (a few distinct values), in every order a
        // small generator makes; the entry says where each started.
        let mut seed = 7u32;
        for len in 0..40u32 {
            for _ in 0..20 {
                let mut v: Vec<(f32, Link)> = (0..len)
                    .map(|entry| {
                        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                        (f32::from((seed >> 16) as u8 % 5) * 0.5 - 1.0, Link { entry, flags: 0 })
                    })
                    .collect();
                let mut expected = v.clone();
                expected.sort_by(|a, b| b.0.total_cmp(&a.0));
                best_first(&mut v);
                let order = |v: &[(f32, Link)]| v.iter().map(|&(s, l)| (s.to_bits(), l.entry)).collect::<Vec<_>>();
                assert_eq!(order(&v), order(&expected));
            }
        }
    }

    /// The series gives the correctly rounded cosine (the f64 cosine
    /// rounded to f32), which a platform's `cosf` misses by an ulp at a
    /// few hundred of the 18,001 latitudes: a distance moves by under 1e-7
    /// of itself, and the same on every target.
    #[test]
    fn latitude_cosine_is_the_correctly_rounded_cosine() {
        for lat in -9000..=9000 {
            let x = (lat as f32 / 100.0).to_radians();
            let ours = cos_of_latitude(lat);
            assert_eq!(ours, f64::from(x).cos() as f32, "{lat}");
            assert!((ours - x.cos()).abs() <= f32::EPSILON, "{lat}");
        }
        assert_eq!(cos_of_latitude(0), 1.0);
        assert!((cos_of_latitude(6000) - 0.5).abs() < 1e-7);
        assert!(cos_of_latitude(9000).abs() < 1e-7);
    }
}
