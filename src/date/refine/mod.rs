//! The refiners: what the words around an expression change in it, once a
//! parser has found it.
//!
//! - `modifiers`: the words before it ("more than", "about", "early",
//!   "mid", "the end of", "the morning of").
//! - `extend`: the words next to it (a clock time after a day, a year written
//!   once after two months, "of that year", "or so", a second duration).

pub(crate) mod extend;
pub(crate) mod modifiers;
