//! What a figure counts: the noun phrase after the number ("400 lives",
//! "30 of their servicemen"), or, for tolls and totals, the head noun before
//! "to/at/of" ("the death toll to 350").
//!
//! There is no part-of-speech tagger here, so the mechanism leans on the
//! closed classes of English: a noun phrase after a number runs until a
//! function word, a punctuation mark or a capitalised name, and ends early
//! at its first plural noun (English plural heads end in -s, or are one of
//! a few irregular plurals). Leading adjectives are dropped by their
//! suffixes. Open-class words are never listed.

use super::WordSet;
use crate::text::{Doc, TokKind};

/// Function words: determiners, pronouns, prepositions, conjunctions,
/// auxiliaries and the adverbs that follow numbers ("so far", "each").
const STOP: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "your", "my", "some",
    "any", "each", "every", "all", "both", "no", "not", "of", "in", "on", "at", "to", "for", "from", "by", "with",
    "without", "into", "onto", "over", "under", "about", "around", "after", "before", "since", "until", "during",
    "between", "among", "against", "per", "than", "as", "via", "through", "across", "near", "and", "or", "but",
    "nor", "so", "yet", "if", "when", "while", "because", "who", "whom", "whose", "which", "what", "where", "how",
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it", "he", "she", "they", "we",
    "you", "i", "them", "him", "us", "me", "there", "here", "far", "also", "still", "now", "then", "ago", "apiece",
    "respectively", "too", "very", "even", "already", "just", "only", "more", "less", "most", "least", "out", "up",
    "down", "off", "away", "back", "again", "times", "percent", "per", "cent", "last", "next", "earlier", "later",
    "each", "plus", "minus", "including", "like", "such", "other", "another", "own", "said", "says", "say",
];

/// Plural nouns that do not end in -s.
const IRREGULAR_PLURALS: &[&str] = &[
    "people", "children", "men", "women", "police", "staff", "personnel", "troops", "cattle", "sheep", "fish",
    "feet", "teeth", "mice", "geese", "aircraft", "livestock", "deer", "data", "media", "criteria", "persons",
    "folk", "clergy", "crew", "dead", "wounded", "injured", "missing", "killed", "displaced", "homeless",
    "unemployed", "elderly", "poor", "youth",
];

/// Adjectives that often stand between a number and its noun and carry
/// no suffix to show it ("400 new jobs").
const PLAIN_ADJECTIVES: &[&str] = &[
    "new", "more", "other", "further", "extra", "additional", "several", "many", "few", "old", "young", "big",
    "small", "large", "major", "minor", "full", "total", "whole", "same", "different", "separate", "such", "main",
    "top", "high", "low", "long", "short", "key", "first", "last", "least",
];

pub(crate) fn is_stop(word: &str) -> bool {
    static SET: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| WordSet::new(STOP));
    SET.contains(word)
}

/// True when `word` ends with the lowercase ASCII `suffix`, in any case.
fn ends_with_any_case(word: &str, suffix: &str) -> bool {
    let (w, s) = (word.as_bytes(), suffix.as_bytes());
    w.len() >= s.len() && w[w.len() - s.len()..].eq_ignore_ascii_case(s)
}

/// True when `word` looks like an adjective by its suffix ("aerial",
/// "dangerous", "military") or is a suffix-less one listed above. The
/// lists are lowercase ASCII: comparing without case needs no copy.
fn adjective_like(word: &str) -> bool {
    static SET: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| WordSet::new(PLAIN_ADJECTIVES));
    if SET.contains(word) {
        return true;
    }
    word.len() > 5
        && ["al", "ous", "ive", "ful", "less", "ic", "able", "ible", "ary", "ian", "ish", "ese"]
            .iter()
            .any(|s| ends_with_any_case(word, s))
}

/// True when `word` looks like the plural head of a noun phrase.
pub(crate) fn plural_like(word: &str) -> bool {
    let w = word.as_bytes();
    let from_end = |k: usize| w.len().checked_sub(k).and_then(|j| w.get(j)).map_or(0, u8::to_ascii_lowercase);
    if w.len() > 3 && from_end(1) == b's' && !matches!(from_end(2), b's' | b'u' | b'i') {
        return true;
    }
    static SET: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| WordSet::new(IRREGULAR_PLURALS));
    SET.contains(word)
}

/// A lowercase word (or an acronym) that may be part of a counted noun
/// phrase: hyphenated compounds ("long-haul") are one word.
fn word_at(doc: &Doc, k: usize, names: bool) -> Option<(usize, usize, usize)> {
    let t = doc.tokens.get(k)?;
    if t.kind != TokKind::Alpha || (t.upper_initial() && !t.all_caps() && !names) || is_stop(doc.tok(k)) {
        return None;
    }
    let mut end = k + 1;
    // "long-haul", "mid-size": a glued hyphen between two words.
    while end + 1 < doc.tokens.len()
        && doc.tok(end) == "-"
        && doc.glued(end)
        && doc.glued(end + 1)
        && doc.tokens[end + 1].kind == TokKind::Alpha
        && end < k + 6
    {
        end += 2;
    }
    Some((t.start(), doc.tokens[end - 1].end(), end))
}

/// The counted noun phrase after token `j`, the first token after a figure.
pub(crate) fn after(doc: &Doc, j: usize, only_after_of: bool) -> Option<String> {
    after_with(doc, j, only_after_of, true)
}

/// [`after`], with or without names inside the phrase ("300 Afghan
/// refugees"); without them a capitalised word ends the phrase.
pub(crate) fn after_with(doc: &Doc, j: usize, only_after_of: bool, names: bool) -> Option<String> {
    let n = doc.tokens.len();
    let mut k = j;
    let mut saw_of = false;
    if doc.is(k, "of") && doc.tokens.get(k).is_some_and(|t| t.space_before()) {
        saw_of = true;
        k += 1;
        // "30 of their servicemen": determiners and possessives after "of".
        while k < n && k < j + 3 && ["the", "their", "its", "his", "her", "our", "your", "my", "these", "those", "all"]
            .iter()
            .any(|d| doc.is(k, d))
        {
            k += 1;
        }
    }
    if only_after_of && !saw_of {
        return None;
    }
    // Names may modify the head ("300 Afghan refugees") but not be it
    // ("20 Boeing 787s"), so trailing capitalised words are dropped below.
    // At most four words: a stack array, not a Vec, for every figure.
    let mut found = [(0usize, 0usize, false); 4];
    let mut count = 0;
    while count < found.len() {
        let Some((s, e, next)) = word_at(doc, k, names) else { break };
        if !doc.tokens[k].space_before() {
            break;
        }
        let name = doc.tokens[k].upper_initial() && !doc.tokens[k].all_caps();
        found[count] = (s, e, name);
        count += 1;
        k = next;
        let w = &doc.text[s..e];
        if !name && plural_like(w) {
            break;
        }
    }
    let mut words = &found[..count];
    while let Some((_, rest)) = words.split_last().filter(|(w, _)| w.2) {
        words = rest;
    }
    // Leading adjectives are not the counted thing ("new aerial tankers" ->
    // "tankers"), but a lone one is ("143 wounded").
    while words.len() > 1 && adjective_like(&doc.text[words[0].0..words[0].1]) {
        words = &words[1..];
    }
    // Without a plural head the phrase is a singular noun ("one poster"),
    // and what follows it is likely a verb ("one poster admitted"): keep the
    // words up to the first that is not an adjective.
    let last = *words.last()?;
    if !plural_like(&doc.text[last.0..last.1]) {
        if let Some(p) = words.iter().position(|w| !adjective_like(&doc.text[w.0..w.1])) {
            words = &words[..p + 1];
        }
    }
    let (first, last) = (words.first()?, words.last()?);
    // A lone participle in -ing is a verb ("half occurring in Texas").
    if words.len() == 1 && doc.text[first.0..first.1].ends_with("ing") {
        return None;
    }
    Some(doc.text[first.0..last.1].to_string())
}

/// True when a singular noun phrase follows token `j` and ends there, at a
/// function word or punctuation ("the 717 jet to", "iPhone 4 antenna
/// issues" is plural and does not count). Adjectives alone do not count.
pub(crate) fn singular_noun_after(doc: &Doc, j: usize) -> bool {
    if doc.is(j, "of") {
        return false;
    }
    let mut k = j;
    let mut count = 0;
    let mut last_word = None;
    while count < 3 {
        let Some((s, e, next)) = word_at(doc, k, false) else { break };
        if !doc.tokens[k].space_before() {
            break;
        }
        last_word = Some((s, e));
        count += 1;
        k = next;
    }
    let Some((s, e)) = last_word else { return false };
    // The phrase must end at a function word, punctuation or the end, not
    // run into a name ("22 new Boeing 787s") or a number.
    let clean_end = match doc.tokens.get(k) {
        None => true,
        Some(t) => t.kind == TokKind::Punct || is_stop(doc.tok(k)),
    };
    let last = &doc.text[s..e];
    clean_end
        && !plural_like(last)
        && !adjective_like(last)
        && !last.ends_with("ed")
        && !last.ends_with("ing")
        && !last.contains('-')
}

/// The head noun before "to/at/of" before token `i`, the first token of a
/// figure: "its military death toll to 350" -> "death toll". Only a phrase
/// opened by a determiner or possessive counts, so verbs ("rose to") do not.
pub(crate) fn before(doc: &Doc, i: usize) -> Option<String> {
    if i < 3 {
        return None;
    }
    let p = i - 1;
    if !["to", "at", "of"].iter().any(|w| doc.is(p, w)) {
        return None;
    }
    // Filled from the back: the words are read right to left.
    let mut found = [(0usize, 0usize); 4];
    let mut count = 0;
    let mut k = p;
    while k > 0 && count < found.len() {
        k -= 1;
        let t = doc.tokens[k];
        let w = doc.tok(k);
        if t.kind != TokKind::Alpha {
            return None;
        }
        if ["the", "its", "their", "his", "her", "our", "a", "an", "this", "that", "your", "my"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
        {
            break;
        }
        if is_stop(w) || (t.upper_initial() && !t.all_caps()) {
            return None;
        }
        count += 1;
        found[found.len() - count] = (t.start(), t.end());
    }
    let mut words = &found[found.len() - count..];
    if words.is_empty() || words.len() > 3 {
        return None;
    }
    while words.len() > 1 && adjective_like(&doc.text[words[0].0..words[0].1]) {
        words = &words[1..];
    }
    if words.len() > 2 {
        words = &words[1..];
    }
    let (first, last) = (words.first()?, words.last()?);
    Some(doc.text[first.0..last.1].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after_at(s: &str, j: usize) -> Option<String> {
        after(&Doc::new(s), j, false)
    }

    #[test]
    fn finds_the_noun_after() {
        assert_eq!(after_at("some 400 lives and", 2).as_deref(), Some("lives"));
        assert_eq!(after_at("said 30 of their soldiers were", 2).as_deref(), Some("soldiers"));
        assert_eq!(after_at("and 143 wounded since", 2).as_deref(), Some("wounded"));
        assert_eq!(after_at("buy 179 new aerial refueling tankers at", 2).as_deref(), Some("refueling tankers"));
        assert_eq!(after_at("at 15 a year", 2), None);
        assert_eq!(after_at("sold 20 of Boeing's jets", 2), None);
    }

    #[test]
    fn finds_the_head_before() {
        let d = Doc::new("bringing its military death toll to 350 so far");
        assert_eq!(before(&d, 6).as_deref(), Some("death toll"));
        let d = Doc::new("Prices rose to 350 so far");
        assert_eq!(before(&d, 3), None);
    }
}
