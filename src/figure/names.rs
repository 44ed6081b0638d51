//! Model names: three-digit numbers a document uses as names ("Boeing 737",
//! "737s"), dropped wherever they stand bare.


use super::*;
use crate::recognize::Candidate;
use crate::span::Kind;
use crate::text::{Doc, TokKind};

/// Three-digit numbers the document uses as names: after a capitalised
/// word ("Boeing 737", "Trent 900") or as a plural ("737s"). At most 32.
pub(super) fn model_names<'a>(doc: &Doc<'a>) -> Vec<&'a str> {
    let mut names: Vec<&'a str> = Vec::new();
    for k in 1..doc.tokens.len() {
        if names.len() >= 32 {
            break;
        }
        let t = doc.tokens[k];
        let w = doc.tok(k);
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let name = match t.kind {
            TokKind::AlphaNum if digits == 3 && &w[3..] == "s" => Some(&w[..3]),
            TokKind::Digits if digits == 3 && t.space_before() => {
                let p = doc.tokens[k - 1];
                let prev = doc.tok(k - 1);
                let next_glued = doc.tokens.get(k + 1).is_some_and(|n| !n.space_before() && n.kind == TokKind::Punct && matches!(doc.tok(k + 1), "," | "."))
                    && doc.tokens.get(k + 2).is_some_and(|n| n.kind == TokKind::Digits && !n.space_before());
                let named = p.kind == TokKind::Alpha
                    && prev.chars().any(char::is_uppercase)
                    && !counts::is_stop(prev)
                    && modifier_at(doc, k - 1).is_none()
                    && iso_code(prev).is_none()
                    && !title_case_line(doc, k);
                (named && !next_glued && !w.starts_with('0')).then_some(w)
            }
            _ => None,
        };
        if let Some(name) = name.filter(|n| !names.contains(n)) {
            names.push(name);
        }
    }
    names
}

/// True when candidate `c` is a bare number (no unit or modifier) spelled
/// like one of the document's model names, and no plural noun shows that it
/// counts ("400 737 jets"? no: "22 737 jets" has its count before it, as
/// "five new 737 aircraft" and "20 of Boeing's larger 777 planes" do).
pub(super) fn bare_model_name(doc: &Doc, c: &Candidate, names: &[&str]) -> bool {
    let Some(f) = c.detail.figure() else { return false };
    let text = doc.text.get(c.start()..c.end()).unwrap_or("");
    let plain = f.unit.is_none() && f.currency.is_none() && f.modifier.is_none();
    if c.kind != Kind::Figure || !plain || !names.contains(&text) {
        return false;
    }
    let counted = f.counts.as_deref().is_some_and(|w| counts::plural_like(w.rsplit(' ').next().unwrap_or(w)));
    !counted || count_before(doc, doc.token_at(c.start()))
}

/// True when a number or a name's possessive stands within three words
/// before token `k`: then it, not the number at `k`, is the count.
fn count_before(doc: &Doc, k: usize) -> bool {
    (k.saturating_sub(4)..k).any(|j| {
        let t = doc.tokens[j];
        let number_word = t.kind == TokKind::Alpha && crate::numbers::small_number_word(doc.tok(j)).is_some();
        t.kind == TokKind::Digits && !doc.glued(j + 1) || number_word || doc.tok(j) == "'" && doc.is(j + 1, "s")
    })
}
