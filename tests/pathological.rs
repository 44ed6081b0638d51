//! Pathological inputs (issue 8): huge, repetitive or strange texts that a
//! pasted article can contain. Each test checks the output contract
//! (`tests/fuzz/contract.rs`) and a sane result, and bounds the work by SIZE,
//! never by time: the same generator runs at size n and 4n and the output may
//! grow at most linearly. A recognizer that rescans the text per token would
//! not fail an assertion here but would turn these megabyte inputs into a CI
//! timeout, which is the point of making them large.
//!
//! Debug builds are 10-30 times slower than release ones, so under
//! `debug_assertions` every size is divided by [`DEBUG_DIVISOR`] (still
//! hundreds of kilobytes: a quadratic pass would still take minutes). The
//! full sizes (10 MB on one line, a million digits...) run with
//! `cargo test --release --test pathological`, which .ci/test.sh runs.
#![cfg(not(target_arch = "wasm32"))]

#[path = "fuzz/contract.rs"]
mod contract;

use article_annotator::{Annotations, Detail, Kind, Options};
use contract::{annotate_checked, of_kind};

/// How much smaller the inputs are in a debug build.
const DEBUG_DIVISOR: usize = if cfg!(debug_assertions) { 10 } else { 1 };

/// `n` at full size, or scaled down in a debug build.
fn size(n: usize) -> usize {
    (n / DEBUG_DIVISOR).max(1)
}

/// Every kind, with a reference date so relative dates resolve.
fn all_kinds() -> Options {
    Options::default().with_reference_date("2020-10-09").unwrap()
}

/// Annotates `make(n)` and `make(4 n)`, checks the contract on both, and
/// asserts that four times the input gives at most four times the spans
/// (plus a little for the edges). Returns both results.
fn scales_linearly(make: impl Fn(usize) -> String, n: usize, options: &Options) -> (Annotations, Annotations) {
    let (small_text, big_text) = (make(n), make(4 * n));
    assert!(big_text.len() >= 3 * small_text.len(), "the generator must grow with n");
    let small = annotate_checked(&small_text, options);
    drop(small_text);
    let big = annotate_checked(&big_text, options);
    assert!(
        big.spans.len() <= 4 * small.spans.len() + 8,
        "{} spans for {} bytes but {} for a quarter of it: output grows faster than the input",
        big.spans.len(),
        big_text.len(),
        small.spans.len()
    );
    (small, big)
}

/// `unit` repeated until the text holds at least `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// A news paragraph written for these tests, with a place, dates and figures.
const SENTENCE: &str = "Officials in Geneva said on Friday that some 400 people, 12% of them children, \
                        had arrived since March 3, 2020, at a cost of $3.2 million. ";

#[test]
fn ten_megabytes_on_one_line() {
    let (small, big) = scales_linearly(|n| repeat_to(SENTENCE, n), size(10_000_000) / 4, &all_kinds());
    let sentences = size(10_000_000).div_ceil(SENTENCE.len());
    // The sentence has a handful of marks; repeating it must not invent more.
    assert!(big.spans.len() <= 8 * sentences, "{} spans for {sentences} sentences", big.spans.len());
    assert!(!of_kind(&small, Kind::Figure).is_empty() && !of_kind(&small, Kind::Date).is_empty());
    // The last repetition is read like the first: no state leaks along the line.
    let last = &big.spans[big.spans.len() - 1];
    assert_eq!(last.text, "$3.2 million", "the last sentence's last mark");
}

#[test]
fn a_million_digits() {
    let n = size(1_000_000);
    for text in [
        "7".repeat(n),
        (0..n).map(|i| char::from(b'0' + (i * 7 % 10) as u8)).collect::<String>(),
        format!("${}", "9".repeat(n)),
        format!("0.{}1%", "0".repeat(n)),
        format!("1{}", ",000".repeat(n / 4)),
        format!("{} people", "9".repeat(n)),
    ] {
        let found = annotate_checked(&text, &all_kinds());
        assert!(found.spans.len() <= 3, "{} spans in one run of {} digits", found.spans.len(), text.len());
        for span in &found.spans {
            if let Detail::Figure(f) = &span.detail {
                assert!(f.value.is_finite(), "a digit run read as {}", f.value);
            }
        }
    }
}

#[test]
fn may_may_march_repeated() {
    // 100,000 repetitions at full size: month names that are also verbs.
    let make = |n: usize| "May may March ".repeat(n);
    let (_, big) = scales_linearly(make, size(100_000) / 4, &all_kinds());
    assert!(big.spans.len() <= 3 * size(100_000), "{} spans", big.spans.len());
    assert!(big.spans.iter().all(|s| s.kind == Kind::Date), "only dates can be found here");
}

#[test]
fn fifty_thousand_capitalised_words() {
    // Capitalised words with no punctuation: a place or name matcher that
    // extends a candidate word by word must still stop after a bounded number.
    const WORDS: [&str; 16] = [
        "New", "York", "City", "United", "States", "Of", "America", "The", "Republic", "South", "Caucasus", "North",
        "Sea", "Mount", "Saint", "Paris",
    ];
    let make = |n: usize| WORDS.iter().cycle().take(n).map(|w| format!("{w} ")).collect::<String>();
    let (_, big) = scales_linearly(make, size(50_000) / 4, &all_kinds());
    assert!(big.spans.len() <= size(50_000), "{} spans for {} words", big.spans.len(), size(50_000));
    // One place name cannot swallow the run: spans stay short.
    assert!(big.spans.iter().all(|s| s.text.split(' ').count() <= 8), "a span of more than eight words");
}

#[test]
fn right_to_left_text_has_no_marks() {
    let arabic = "قال مسؤولون في المدينة إن الاجتماع انتهى دون اتفاق، وسيستأنف الحوار لاحقا؟ ";
    let hebrew = "הפגישה הסתיימה ללא הסכם והשיחות יימשכו בהמשך. ";
    let bidi = "\u{200f}\u{202b}\u{2067}שלום\u{2069}\u{202c} ";
    let make = |n: usize| repeat_to(&format!("{arabic}{hebrew}{bidi}\n"), n);
    let (small, big) = scales_linearly(make, size(2_000_000) / 4, &all_kinds());
    assert!(
        small.spans.is_empty() && big.spans.is_empty(),
        "marks in text with no name, date or number: {:?}",
        big.spans.first()
    );
    // A Latin-script sentence among right-to-left text is still read.
    let mixed = format!("{arabic}{SENTENCE}{hebrew}");
    let found = annotate_checked(&mixed, &all_kinds());
    assert!(found.spans.iter().any(|s| s.text == "$3.2 million"), "{:?}", found.spans);
}

#[test]
fn combining_marks() {
    // Zalgo: a thousand marks on one letter, then on every letter of a
    // sentence; and a long run of marks with no base letter at all.
    let zalgo: String = (0..1000).map(|i| char::from_u32(0x300 + i % 0x70).unwrap()).collect();
    let one_letter = format!("H{zalgo} said on Friday that 400 people came.");
    let found = annotate_checked(&one_letter, &all_kinds());
    assert!(found.spans.iter().any(|s| s.text == "400"), "{:?}", found.spans);

    let every_letter: String = SENTENCE.chars().flat_map(|c| [c, '\u{301}', '\u{316}']).collect();
    annotate_checked(&repeat_to(&every_letter, size(1_000_000)), &all_kinds());

    let marks_only = repeat_to(&zalgo, size(2_000_000));
    assert!(annotate_checked(&marks_only, &all_kinds()).spans.is_empty(), "marks without letters");

    // Marks on digits and currency signs must not break the number reader.
    let marked_numbers = "Some 4\u{301}00 people paid $\u{301}5 and 1\u{20e3}2\u{20e3} 12%\u{301}. ";
    scales_linearly(|n| repeat_to(marked_numbers, n), size(1_000_000) / 4, &all_kinds());
}

#[test]
fn emoji_sequences() {
    let emoji = "👨‍👩‍👧‍👦 🇫🇷🇩🇪 👍🏽👍🏿 🏳️‍🌈 1️⃣0️⃣0️⃣ #️⃣ 🧑🏿‍🚀😀\u{fe0f}\u{fe0f} ";
    let (small, _) = scales_linearly(|n| repeat_to(emoji, n), size(2_000_000) / 4, &all_kinds());
    // Keycap digits are digits; whatever is made of them, no emoji is split.
    assert!(small.spans.iter().all(|s| !s.text.contains('\u{200d}')), "a span cut into a ZWJ sequence");
    // Emoji glued to a sentence leave its marks intact.
    let glued = format!("🔥{SENTENCE}🔥");
    let found = annotate_checked(&glued, &all_kinds());
    assert!(found.spans.iter().any(|s| s.text == "$3.2 million"), "{:?}", found.spans);
}

#[test]
fn line_endings_do_not_change_the_marks() {
    let text = "GENEVA\n\nOfficials said on Friday that some 400 people had arrived.\nThe talks cost $3.2 million\nin March 2020.\n";
    let marks = |t: &str| -> Vec<(Kind, String)> {
        annotate_checked(t, &all_kinds()).spans.into_iter().map(|s| (s.kind, s.text)).collect()
    };
    let unix = marks(text);
    assert!(unix.len() >= 3, "{unix:?}");
    assert_eq!(marks(&text.replace('\n', "\r\n")), unix, "CRLF line endings");
    assert_eq!(marks(&text.replace('\n', "\r")), unix, "lone CR line endings");
    // Line breaks are whitespace: none ends up inside or at the edge of a span.
    let mixed = repeat_to("May 3\r\n2020 some\r400\r\n\r\n\rpeople ", size(1_000_000));
    let found = annotate_checked(&mixed, &all_kinds());
    assert!(found.spans.iter().all(|s| !s.text.ends_with(['\r', '\n'])));
}

#[test]
fn nul_and_control_characters() {
    let controls: String = (0u32..0x20).chain(0x7f..0xa0).filter_map(char::from_u32).collect();
    let (small, big) = scales_linearly(|n| repeat_to(&controls, n), size(2_000_000) / 4, &all_kinds());
    assert!(small.spans.is_empty() && big.spans.is_empty(), "marks in control characters");
    // NUL in place of every space, and around every word: the contract
    // holds, NUL separates words as a tab would (so a span may hold one
    // inside, as it may hold a tab), and no span begins or ends with one.
    for with_nul in [SENTENCE.replace(' ', "\0"), SENTENCE.replace(' ', " \0 ")] {
        let found = annotate_checked(&repeat_to(&with_nul, size(1_000_000)), &all_kinds());
        assert!(found.spans.iter().all(|s| !s.text.starts_with('\0') && !s.text.ends_with('\0')), "a span edged with NUL");
        let with_tab = with_nul.replace('\0', "\t");
        let tabbed = annotate_checked(&repeat_to(&with_tab, size(1_000_000)), &all_kinds());
        assert_eq!(found.spans.len(), tabbed.spans.len(), "NUL reads differently from a tab");
    }
}

#[test]
fn replacement_characters_from_lone_surrogates() {
    // A browser string with lone surrogates reaches Rust as U+FFFD.
    let mut units: Vec<u16> = SENTENCE.encode_utf16().collect();
    for at in (0..units.len()).step_by(7).rev() {
        units.insert(at, if at % 2 == 0 { 0xD800 } else { 0xDFFF });
    }
    let lossy = String::from_utf16_lossy(&units);
    assert!(lossy.contains('\u{fffd}'));
    let (small, _) = scales_linearly(|n| repeat_to(&lossy, n), size(1_000_000) / 4, &all_kinds());
    assert!(small.spans.iter().all(|s| !s.text.contains('\u{fffd}')), "a span holding a replacement character");
    let found = annotate_checked(&format!("\u{fffd}{SENTENCE}\u{fffd}"), &all_kinds());
    assert!(found.spans.iter().any(|s| s.text == "$3.2 million"), "{:?}", found.spans);
}

#[test]
fn one_long_word_and_one_long_punctuation_run() {
    // A token a megabyte long, and a megabyte of punctuation tokens.
    for unit in ["Aa", "-", "'", ".", "$", "%", "/", "–"] {
        let text = repeat_to(unit, size(1_000_000));
        let found = annotate_checked(&text, &all_kinds());
        assert!(found.spans.len() <= text.len() / 50 + 1, "{} spans in {:?}×{}", found.spans.len(), unit, text.len());
    }
}

#[test]
fn words_longer_than_a_token_are_read_whole() {
    // Past 65,535 bytes a word is cut into several tokens; nothing inside it
    // may read as a word of its own, and the marks around it stay. The
    // sizes do not shrink in debug builds: the cut is at a fixed length.
    let long = 70_000;
    for word in [
        format!("{}Paris", "x".repeat(65_535)),
        format!("{}Paris", "\u{e9}".repeat(32_767)),
        format!("{}Friday", "x".repeat(long)),
        format!("{}2020", "y".repeat(long)),
        format!("{}400", "7".repeat(long)),
        format!("{}people", "7".repeat(long)),
    ] {
        let text = format!("Officials in Geneva said on Friday that {word} and some 400 people left.");
        let found = annotate_checked(&text, &all_kinds());
        let marks: Vec<&str> = found.spans.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(marks, ["Geneva", "Friday", "some 400"], "around a word of {} bytes", word.len());
        let alone = annotate_checked(&word, &all_kinds());
        assert!(alone.spans.is_empty(), "{:?} found in a word of {} bytes", alone.spans[0].text, word.len());
    }
}

#[test]
fn many_short_numbers_and_dates() {
    // A list of numbers and dates: every one may be a mark, but no more.
    let unit = "1, 2.5, 300-400, $5, 10/9/2020, 3:30 p.m., 1990s, ";
    let (small, big) = scales_linearly(|n| repeat_to(unit, n), size(1_000_000) / 4, &all_kinds());
    assert!(!small.spans.is_empty());
    let items = unit.split(", ").filter(|s| !s.is_empty()).count();
    let repetitions = size(1_000_000).div_ceil(unit.len());
    assert!(big.spans.len() <= items * repetitions, "{} spans for {repetitions} lists of {items}", big.spans.len());
}
