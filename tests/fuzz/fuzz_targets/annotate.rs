//! Fuzzes `annotate` over arbitrary bytes: the first two pick the options,
//! the rest is the text, read as UTF-8 and as UTF-16. Every output must keep
//! the contract in `../contract.rs` (shared with `tests/invariants.rs`).
#![no_main]

#[path = "../contract.rs"]
mod contract;

libfuzzer_sys::fuzz_target!(|data: &[u8]| contract::fuzz_one(data));
