//! The one pipeline: tokens → recognizers → overlap resolution → UTF-16 spans.
//!
//! Each recognizer in [`RECOGNIZERS`] (place, date, figure: a folder each,
//! under the contract of [`crate::recognize`]) proposes candidates over byte
//! ranges. Where candidates overlap the longer one wins (chrono's refiner
//! rule), so "October 9, 2020" is one date and not a date plus the figures 9
//! and 2020. Document context that a recognizer needs (the reference date)
//! is passed in its `Context`; what it learns from the document itself (the
//! countries already mentioned) it resolves inside.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::options::Options;
use crate::recognize::{Candidate, Context, Recognizer};
use crate::span::{Annotations, Detail, Kind, ReferenceDate, ReferenceSource, Span};
use crate::text::{Doc, Utf16Cursor, MAX_DOC_BYTES};
use crate::{date, figure, place};

/// Every recognizer, in the order they run. Their candidates never meet
/// before the overlap pass, so the order changes no output; it sets the
/// peak memory of a call, which comes while the place recognizer works (its
/// names, memo and readings beside the tokens and the candidates so far):
/// run before the figures, it finds only the dates' candidates there, and
/// one call on 8x Wikinews peaked at 5.61x the input instead of 6.25x.
const RECOGNIZERS: [&Recognizer; 3] = [&date::RECOGNIZER, &place::RECOGNIZER, &figure::RECOGNIZER];

/// The kinds in the order that breaks ties in the overlap pass: between
/// candidates of equal length and confidence, a date wins over a figure
/// and a figure over a place.
const PRIORITY: [Kind; 3] = [Kind::Date, Kind::Figure, Kind::Place];

/// Finds and resolves every place, date and figure in `text`.
///
/// Never panics and never reads the clock: the result depends only on the
/// text and the options. The spans are sorted and do not overlap.
pub fn annotate(text: &str, options: &Options) -> Annotations {
    annotate_in_pieces(text, options, MAX_DOC_BYTES)
}

/// Annotates texts longer than `limit` bytes (4 GiB: token offsets are
/// `u32`) piece by piece, cutting after a whitespace character where there
/// is one, and shifts each piece's spans by the UTF-16 length before it.
/// The first piece's reference date holds for the rest.
fn annotate_in_pieces(text: &str, options: &Options, limit: usize) -> Annotations {
    if text.len() <= limit {
        return annotate_piece(text, options);
    }
    let mut result = Annotations { spans: Vec::new(), reference_date: None };
    let mut options = options.clone();
    let (mut rest, mut shift) = (text, 0usize);
    while !rest.is_empty() {
        let cut = piece_end(rest, limit);
        let (piece, next) = rest.split_at(cut);
        let found = annotate_piece(piece, &options);
        if result.reference_date.is_none() && shift == 0 {
            result.reference_date = found.reference_date;
            options.reference_date = options.reference_date.or(result.reference_date.as_ref().map(|r| r.value));
        }
        result.spans.extend(found.spans.into_iter().map(|mut s| {
            s.start += shift;
            s.end += shift;
            s
        }));
        shift += piece.encode_utf16().count();
        rest = next;
    }
    result
}

/// Where the first piece of `text` ends: just after its last whitespace
/// character within `limit` bytes, else at the last character boundary.
fn piece_end(text: &str, limit: usize) -> usize {
    if text.len() <= limit {
        return text.len();
    }
    let mut end = limit;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    match text[..end].rfind(char::is_whitespace) {
        Some(i) if i > 0 => i + text[i..].chars().next().map_or(1, char::len_utf8),
        // No whitespace (or a single character longer than the limit): cut
        // at a character boundary, or after the first character.
        _ if end > 0 => end,
        _ => text.chars().next().map_or(text.len(), char::len_utf8),
    }
}

fn annotate_piece(text: &str, options: &Options) -> Annotations {
    let (kept, reference_date, mut cursor) = find(text, options);
    let spans = kept.into_iter().map(|c| to_span(text, c, &mut cursor)).collect();
    Annotations { spans, reference_date }
}

/// The same result as `serde_json::to_string(&annotate(text, options))`,
/// written span by span: the CLI prints it (and the bindings hand it to
/// JavaScript in parts, see [`annotate_json_in_parts`]), and building it
/// from the candidates directly never holds the whole `Vec<Span>` (3.5x
/// the input with the details' strings) beside the JSON, which in wasm,
/// whose memory never shrinks, lowers the peak for good.
pub fn annotate_json(text: &str, options: &Options) -> Result<String, serde_json::Error> {
    let mut json = Vec::new();
    annotate_json_in_parts(text, options, usize::MAX, |part| json = std::mem::take(part))?;
    // serde_json writes valid UTF-8 only.
    Ok(String::from_utf8(json).unwrap_or_default())
}

/// [`annotate_json`] handed over in parts: `flush` gets the buffer each time
/// it holds `part_bytes` or more (always between two spans, so each part is
/// valid UTF-8) and once at the end, and empties it or takes it. The
/// bindings pass every part to JavaScript as it is made, so the JSON (2.4x
/// the input on news) never sits whole in wasm memory: written in one
/// piece it was the largest block of a call, and it went on top of
/// everything the recognizers had freed, since no freed gap was that large.
pub(crate) fn annotate_json_in_parts(
    text: &str,
    options: &Options,
    part_bytes: usize,
    mut flush: impl FnMut(&mut Vec<u8>),
) -> Result<(), serde_json::Error> {
    if text.len() > MAX_DOC_BYTES {
        let mut json = serde_json::to_vec(&annotate(text, options))?;
        flush(&mut json);
        return Ok(());
    }
    let (kept, reference_date, mut cursor) = find(text, options);
    // About 200 bytes of JSON per span on news; the reserve avoids the
    // doublings (each a copy) while the string grows.
    let mut out: Vec<u8> = Vec::with_capacity((kept.len() * 224 + 64).min(part_bytes.saturating_add(4096)));
    out.extend_from_slice(b"{\"spans\":[");
    for (i, c) in kept.into_iter().enumerate() {
        if out.len() >= part_bytes {
            flush(&mut out);
        }
        if i > 0 {
            out.push(b',');
        }
        serde_json::to_writer(&mut out, &to_span_json(text, c, &mut cursor))?;
    }
    out.extend_from_slice(b"],\"referenceDate\":");
    serde_json::to_writer(&mut out, &reference_date)?;
    out.push(b'}');
    flush(&mut out);
    Ok(())
}

/// The kept candidates sorted by start, the reference date used, and a
/// UTF-16 cursor at the start of the text for converting their offsets. The
/// tokens are dropped on return, before any output is built.
fn find<'t>(text: &'t str, options: &Options) -> (Vec<Candidate>, Option<ReferenceDate>, Utf16Cursor<'t>) {
    let doc = Doc::new(text);
    let dateline = match options.reference_date {
        None => RECOGNIZERS.iter().filter_map(|r| r.find_reference).find_map(|find| find(&doc)),
        Some(_) => None,
    }
    .filter(|&(_, s, e)| !doc.overlaps_giant_word(s, e));
    let reference = options.reference_date.or(dateline.map(|d| d.0));
    let ctx = Context { options, reference };

    let mut candidates = Vec::new();
    let kinds = options.kinds;
    for recognizer in RECOGNIZERS.iter().filter(|r| r.runs_for(kinds)) {
        (recognizer.recognize)(&doc, &ctx, &mut candidates);
    }
    if !doc.giant_words.is_empty() {
        candidates.retain(|c| !doc.overlaps_giant_word(c.start(), c.end()));
    }
    // The tokens (~1.5x the input) are done with: free them before the
    // overlap pass allocates its own.
    drop(doc);

    let mut kept = resolve_overlaps(text, candidates);
    kept.retain(|c| kinds.contains(c.kind));

    let mut cursor = Utf16Cursor::new(text);
    let reference_date = match (options.reference_date, dateline) {
        (Some(value), _) => Some(ReferenceDate { value, source: ReferenceSource::Option, start: None, end: None }),
        (None, Some((value, s, e))) => {
            let (start, end) = (cursor.to_utf16(s), cursor.to_utf16(e));
            cursor = Utf16Cursor::new(text);
            Some(ReferenceDate { value, source: ReferenceSource::Dateline, start: Some(start), end: Some(end) })
        }
        (None, None) => None,
    };
    (kept, reference_date, cursor)
}

/// A kept candidate as an output span (offsets in UTF-16 code units; the
/// cursor must be asked in ascending order of start).
fn to_span(text: &str, c: Candidate, cursor: &mut Utf16Cursor) -> Span {
    let s = to_span_json(text, c, cursor);
    Span { kind: s.kind, start: s.start, end: s.end, text: s.text.to_string(), confidence: s.confidence, detail: s.detail }
}

/// A kept candidate as [`annotate_json`] writes it: a [`Span`] whose text
/// is borrowed from the input, so that writing a span allocates nothing
/// (the JSON is the same: the fields are Span's, in its order; a test
/// compares the two writers).
#[derive(Serialize)]
struct SpanJson<'t> {
    kind: Kind,
    start: usize,
    end: usize,
    text: &'t str,
    confidence: f64,
    #[serde(flatten)]
    detail: Detail,
}

/// [`to_span`] with the text borrowed; the one place a candidate's offsets,
/// text and confidence (within 0..1, to two decimals) become output.
fn to_span_json<'t>(text: &'t str, c: Candidate, cursor: &mut Utf16Cursor) -> SpanJson<'t> {
    SpanJson {
        kind: c.kind,
        start: cursor.to_utf16(c.start()),
        end: cursor.to_utf16(c.end()),
        text: &text[c.start()..c.end()],
        confidence: (f64::from(c.confidence.clamp(0.0, 1.0)) * 100.0).round() / 100.0,
        detail: c.detail,
    }
}

/// Keeps a non-overlapping subset of the candidates, longest first, and
/// returns it sorted by start. Empty, reversed or out-of-text candidates and
/// ranges that do not fall on character boundaries are dropped, so a
/// recognizer bug can lose a span but never break the output contract.
fn resolve_overlaps(text: &str, mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.retain(|c| c.start() < c.end() && text.get(c.start()..c.end()).is_some());
    // Sorting and keeping small (start, end, index) keys instead of the
    // candidates themselves: a Candidate with its Detail is a few hundred
    // bytes, and moving those during the sort cost more than the annotation's
    // whole tokenizer. The sort is stable, so equal keys keep their order and
    // the result is the same as sorting the candidates.
    // The keys are plain integers in one tuple, sorted without a comparator
    // reaching into the candidates: longer first, then more confident, then
    // by kind, then earlier, and the index last, which makes the unstable
    // sort give the stable sort's order.
    let mut order: Vec<(usize, u32, u8, usize, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(x, c)| (usize::MAX - (c.end() - c.start()), !total_order_key(c.confidence), kind_priority(c.kind), c.start(), x))
        .collect();
    order.sort_unstable();
    // Kept candidates by start: their end and index.
    let mut taken: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    // The range comes from the key (end = start + length), so this loop does
    // not touch the candidates: visiting them in this order missed the cache.
    for (len, _, _, start, x) in order {
        let end = start + (usize::MAX - len);
        let clashes_before = taken.range(..end).next_back().is_some_and(|(_, &(e, _))| e > start);
        if !clashes_before {
            taken.insert(start, (end, x));
        }
    }
    let mut slots: Vec<Option<Candidate>> = candidates.into_iter().map(Some).collect();
    taken.into_values().filter_map(|(_, x)| slots.get_mut(x).and_then(Option::take)).collect()
}

/// An unsigned key whose order is `f32::total_cmp`'s: negative numbers have
/// all bits flipped, others only the sign bit.
fn total_order_key(f: f32) -> u32 {
    let bits = f.to_bits();
    if bits & 0x8000_0000 != 0 {
        !bits
    } else {
        bits | 0x8000_0000
    }
}

/// Which kind wins a tie between candidates of equal length and confidence:
/// the one that comes first in [`PRIORITY`].
fn kind_priority(kind: Kind) -> u8 {
    PRIORITY.iter().position(|&k| k == kind).map_or(u8::MAX, |p| p as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::FigureDetail;

    fn cand(start: usize, end: usize, kind: Kind) -> Candidate {
        Candidate::new(start, end, kind, 0.5, FigureDetail::default().into())
    }

    #[test]
    fn longer_candidate_wins_and_output_is_sorted() {
        let text = "October 9, 2020 and 12";
        let kept = resolve_overlaps(
            text,
            vec![cand(8, 9, Kind::Figure), cand(0, 15, Kind::Date), cand(11, 15, Kind::Figure), cand(20, 22, Kind::Figure)],
        );
        let got: Vec<(usize, usize)> = kept.iter().map(|c| (c.start(), c.end())).collect();
        assert_eq!(got, [(0, 15), (20, 22)]);
    }

    #[test]
    fn long_texts_are_annotated_in_pieces_with_the_same_spans() {
        let text = "Paris, 12 May 2020. \u{1F600} Some 400 people met in Berlin on Friday.\n";
        let options = Options::default();
        let whole = annotate(text, &options);
        let pieces = annotate_in_pieces(text, &options, 40);
        let spans = |a: &Annotations| a.spans.iter().map(|s| (s.start, s.end, s.text.clone())).collect::<Vec<_>>();
        assert_eq!(spans(&whole), spans(&pieces));
        assert_eq!(whole.reference_date.map(|r| r.value), pieces.reference_date.map(|r| r.value));
        // Each span's UTF-16 offsets still index the whole text.
        let units: Vec<u16> = text.encode_utf16().collect();
        for s in &pieces.spans {
            assert_eq!(String::from_utf16_lossy(&units[s.start..s.end]), s.text);
        }
        // No whitespace to cut after, and a limit inside a character.
        assert_eq!(piece_end("ééé", 3), 2);
        assert_eq!(piece_end("ab", 1), 1);
        assert_eq!(piece_end("😀", 1), 4);
    }

    #[test]
    fn json_written_span_by_span_equals_the_serialized_annotations() {
        let texts = [
            "",
            "GENEVA, Oct. 9 (Reuters) - Some 400 people fled Füzuli on Friday 😀.",
            "Rain in Paris.",
            "Shares fell 3.2% to $41.50 in Paris, Texas, between 2009 and 2011, \"Zürich\" 12 km.",
        ];
        for text in texts {
            for options in [Options::default(), Options::default().with_reference_date("2020-10-09").unwrap()] {
                let expected = serde_json::to_string(&annotate(text, &options)).unwrap();
                assert_eq!(annotate_json(text, &options).unwrap(), expected, "{text}");
            }
        }
        assert!(annotate_json("Some 400 people fled Füzuli.", &Options::default()).unwrap().contains("\"text\":\"Füzuli\""));
    }

    #[test]
    fn confidence_keys_order_as_total_cmp() {
        let values = [f32::NEG_INFINITY, -1.5, -0.0, 0.0, 0.25, 0.5, 1.0, f32::INFINITY, f32::NAN];
        for a in values {
            for b in values {
                assert_eq!(total_order_key(a).cmp(&total_order_key(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }

    #[test]
    fn broken_candidates_are_dropped() {
        let text = "é";
        let kept = resolve_overlaps(text, vec![cand(0, 1, Kind::Figure), cand(1, 0, Kind::Figure), cand(0, 9, Kind::Figure)]);
        assert!(kept.is_empty());
    }
}
