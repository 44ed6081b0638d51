//! The bindings, tested where they run: in Node and in headless Chromium
//! (`wasm-pack test --node`, `wasm-pack test --headless --chrome`).
//!
//! They check that what JavaScript receives equals the native output, and
//! that the offsets index the JavaScript string itself.

use js_sys::{JsString, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

use crate::wasm::annotate_js;
use crate::Options;

/// An article written for these tests: several paragraphs, every kind.
const ARTICLE: &str = "GENEVA, Oct. 9, 2020 — Diplomats from Armenia and Azerbaijan met in Moscow on Friday.\n\n\
Some 400 people have been killed since fighting began on September 27, officials said. \
Nearly 1.2 million residents of Nagorno-Karabakh and the surrounding districts lost power for three days.\n\n\
The talks, hosted by Russia's foreign minister, lasted more than 10 hours, and a ceasefire took effect at noon on Saturday. \
Aid worth $5 million was pledged by the European Union, and 30 trucks left Yerevan for Stepanakert last week.";

fn js_options(reference: Option<&str>) -> JsValue {
    let o = Object::new();
    if let Some(r) = reference {
        Reflect::set(&o, &"referenceDate".into(), &r.into()).unwrap();
    }
    o.into()
}

fn native_json(text: &str, reference: Option<&str>) -> serde_json::Value {
    let mut options = Options::default();
    if let Some(r) = reference {
        options = options.with_reference_date(r).unwrap();
    }
    serde_json::to_value(crate::annotate(text, &options)).unwrap()
}

fn js_json(value: &JsValue) -> serde_json::Value {
    let s: String = JSON::stringify(value).unwrap().into();
    serde_json::from_str(&s).unwrap()
}

/// JavaScript has one number type: 400 and 400.0 are the same value, so
/// numbers are compared as f64.
fn numbers_as_f64(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => n.as_f64().and_then(serde_json::Number::from_f64).map_or(Value::Null, Value::Number),
        Value::Array(a) => Value::Array(a.into_iter().map(numbers_as_f64).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, numbers_as_f64(v))).collect()),
        other => other,
    }
}

#[wasm_bindgen_test]
fn js_objects_equal_native_output() {
    for reference in [Some("2020-10-09"), None] {
        let js = annotate_js(JsValue::from_str(ARTICLE), js_options(reference)).map_err(JsValue::from).unwrap();
        let native = native_json(ARTICLE, reference);
        assert!(native["spans"].as_array().is_some_and(|s| s.len() >= 10), "too few spans: {native}");
        assert_eq!(numbers_as_f64(js_json(&js)), numbers_as_f64(native));
    }
}

#[wasm_bindgen_test]
fn a_result_of_many_json_parts_equals_native_output() {
    // ~1.4 MB of JSON: more than twenty parts of JSON_PART_BYTES, each
    // joined in JavaScript.
    let text = [ARTICLE; 400].join("\n\n");
    let js = annotate_js(JsValue::from_str(&text), js_options(None)).map_err(JsValue::from).unwrap();
    let native = native_json(&text, None);
    assert!(serde_json::to_string(&native).unwrap().len() > 20 * 64 * 1024);
    assert_eq!(numbers_as_f64(js_json(&js)), numbers_as_f64(native));
}

/// Asserts that every span's text is the JS string's own slice.
fn assert_offsets_index_js_string(text: &str) -> usize {
    let js = annotate_js(JsValue::from_str(text), JsValue::UNDEFINED).map_err(JsValue::from).unwrap();
    let js_text = JsString::from(text);
    let spans = js_json(&js)["spans"].as_array().cloned().unwrap_or_default();
    for span in &spans {
        let (start, end) = (span["start"].as_u64().unwrap() as u32, span["end"].as_u64().unwrap() as u32);
        let slice: String = js_text.substring(start, end).into();
        assert_eq!(slice, span["text"].as_str().unwrap(), "in {text:?}");
    }
    spans.len()
}

#[wasm_bindgen_test]
fn offsets_are_utf16_around_emoji_marks_nbsp_and_crlf() {
    let cases = [
        "👍🏽👨‍👩‍👧 Troops left Moscow on September 27, 2020 with 400 tanks.",
        "Cafe\u{301} owners in Fu\u{308}zuli and Baku counted 30 wounded.",
        "More than\u{a0}25\u{a0}years later, Yerevan\u{a0}said 12% of homes were gone.",
        "Line one in Paris.\r\nLine two on 3 May 2019.\r\rLine three: 1,000 people.",
    ];
    let found: usize = cases.iter().map(|t| assert_offsets_index_js_string(t)).sum();
    assert!(found >= cases.len() * 2, "expected spans in every case, found {found}");
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_that_say_what_is_wrong() {
    let bad_date = annotate_js(JsValue::from_str("text"), js_options(Some("9 October"))).err().map(JsValue::from).unwrap();
    let msg: String = Reflect::get(&bad_date, &"message".into()).unwrap().as_string().unwrap();
    assert!(msg.contains("referenceDate") && msg.contains("YYYY-MM-DD"), "{msg}");

    let o = Object::new();
    Reflect::set(&o, &"kinds".into(), &js_sys::Array::of1(&"people".into())).unwrap();
    let bad_kind = annotate_js(JsValue::from_str("text"), o.into()).err().map(JsValue::from).unwrap();
    let msg: String = Reflect::get(&bad_kind, &"message".into()).unwrap().as_string().unwrap();
    assert!(msg.contains("people"), "{msg}");

    let message_for = |pairs: &[(&str, JsValue)]| -> Option<String> {
        let o = Object::new();
        for (key, value) in pairs {
            Reflect::set(&o, &(*key).into(), value).unwrap();
        }
        let err = annotate_js(JsValue::from_str("Rain in Oslo on Friday."), o.into()).err().map(JsValue::from)?;
        Some(Reflect::get(&err, &"message".into()).unwrap().as_string().unwrap())
    };
    let day = js_sys::Array::of1(&"date".into());
    for (pairs, words) in [
        (vec![("refDate", JsValue::from_str("2020-10-09"))], ["refDate", "referenceDate"]),
        (vec![("dayFirst", JsValue::from_str("yes"))], ["dayFirst", "boolean"]),
        (vec![("referenceDate", JsValue::from(20201009))], ["referenceDate", "string"]),
        (vec![("kinds", JsValue::from_str("place"))], ["kinds", "array"]),
        (vec![("kinds", js_sys::Array::of2(&"place".into(), &JsValue::from(5.5)).into())], ["kinds", "number"]),
    ] {
        let msg = message_for(&pairs).unwrap_or_else(|| panic!("{pairs:?} was accepted"));
        assert!(words.iter().all(|w| msg.contains(w)), "{msg}");
    }
    // Undefined and null are the same as leaving a key out; true is taken.
    let nulls = [("referenceDate", JsValue::NULL), ("kinds", JsValue::UNDEFINED), ("dayFirst", JsValue::TRUE)];
    assert_eq!(message_for(&nulls), None);
    assert_eq!(message_for(&[("kinds", day.into()), ("referenceDate", JsValue::from_str(" "))]), None);

    let not_object = annotate_js(JsValue::from_str("text"), JsValue::from(5)).err().map(JsValue::from).unwrap();
    assert!(not_object.is_instance_of::<js_sys::Error>());

    let not_text = annotate_js(JsValue::from(42), JsValue::UNDEFINED).err().map(JsValue::from).unwrap();
    let msg: String = js_sys::Reflect::get(&not_text, &"message".into()).unwrap().as_string().unwrap();
    assert!(msg.contains("text must be a string"), "{msg}");
}

#[wasm_bindgen_test]
fn a_real_lone_surrogate_in_the_js_string_keeps_offsets() {
    // Built in JS, so the surrogate really is alone when it crosses.
    let head = JsString::from_char_code(&[0xD800, 0x20, 0xDC00]);
    let text = head.concat(&JsValue::from_str(" Talks in Geneva on Friday."));
    let js = annotate_js(text.clone().into(), JsValue::UNDEFINED).map_err(JsValue::from).unwrap();
    let spans = js_json(&js)["spans"].as_array().cloned().unwrap_or_default();
    assert!(!spans.is_empty());
    for span in &spans {
        let (start, end) = (span["start"].as_u64().unwrap() as u32, span["end"].as_u64().unwrap() as u32);
        let slice: String = text.substring(start, end).into();
        assert_eq!(slice, span["text"].as_str().unwrap());
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_from_js_keep_offsets() {
    // A JS string with a lone surrogate arrives as U+FFFD, one unit either way.
    let text = String::from_utf16_lossy(&[0xD800, 0x20]) + "Talks in Geneva on Friday.";
    assert!(assert_offsets_index_js_string(&text) >= 1);
}

#[wasm_bindgen_test]
fn load_places_refuses_bad_bytes_and_then_finds_small_towns() {
    use crate::wasm::load_places_js;
    let tier: &[u8] = include_bytes!("data/places-local.bin");
    let message = |r: Result<bool, JsError>| {
        let e = JsValue::from(r.expect_err("refused"));
        Reflect::get(&e, &"message".into()).unwrap().as_string().unwrap()
    };
    assert!(message(load_places_js(b"not a tier")).contains("not one, or is damaged"));
    let mut stale = tier.to_vec();
    stale[20] ^= 0xff; // the fingerprint of the core tier it was made for
    let m = message(load_places_js(&stale));
    assert!(m.contains("another version"), "{m}");
    load_places_js(tier).map_err(JsValue::from).unwrap();
    assert!(!load_places_js(tier).map_err(JsValue::from).unwrap(), "the same tier twice is not new");
    let js = annotate_js(JsValue::from_str("Firefighters were called to a house in Pineville, Louisiana, on Friday."), js_options(None))
        .map_err(JsValue::from)
        .unwrap();
    let spans = js_json(&js)["spans"].as_array().unwrap().clone();
    assert!(spans.iter().any(|s| s["text"] == "Pineville" && s["place"]["countryCode"] == "US"), "{spans:?}");
}
