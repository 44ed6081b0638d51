//! What the caller controls: the reference date, the kinds to report, and
//! how to read ambiguous numeric dates.

use std::fmt;

use crate::calendar::CalendarDate;
use crate::span::Kind;

/// Options for [`crate::annotate`]. `Options::default()` reports every kind,
/// reads `10/9/2020` in US order, and finds the reference date in the text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    /// The article's publication date, used to resolve "Friday" or "last
    /// month". When `None`, a dateline at the top of the article is used if
    /// there is one; otherwise relative dates get no calendar value.
    pub reference_date: Option<CalendarDate>,
    /// Which kinds to report.
    pub kinds: Kinds,
    /// Read `10/9/2020` as 10 September (day first) instead of 9 October.
    pub day_first: bool,
}

impl Options {
    /// Sets the reference date from a `YYYY-MM-DD` string.
    pub fn with_reference_date(mut self, date: &str) -> Result<Self, Error> {
        self.reference_date = Some(date.trim().parse().map_err(|e| Error::new(ErrorKind::ReferenceDate, format!("referenceDate: {e}")))?);
        Ok(self)
    }

    /// Sets the kinds to report from names such as `["place", "date"]`.
    pub fn with_kinds<S: AsRef<str>>(mut self, names: &[S]) -> Result<Self, Error> {
        self.kinds = Kinds::parse(names)?;
        Ok(self)
    }
}

/// A set of [`Kind`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kinds {
    /// Bit `k` stands for `Kind::ALL[k]`.
    bits: u8,
}

impl Default for Kinds {
    fn default() -> Self {
        Kinds::all()
    }
}

impl Kinds {
    /// Every kind.
    pub fn all() -> Self {
        Kind::ALL.into_iter().fold(Kinds::none(), Kinds::with)
    }

    /// No kind; add some with [`Kinds::with`].
    pub fn none() -> Self {
        Kinds { bits: 0 }
    }

    fn bit(kind: Kind) -> u8 {
        1 << Kind::ALL.iter().position(|&k| k == kind).unwrap_or(0)
    }

    /// This set plus `kind`.
    pub fn with(mut self, kind: Kind) -> Self {
        self.bits |= Kinds::bit(kind);
        self
    }

    /// True if `kind` is in the set.
    pub fn contains(self, kind: Kind) -> bool {
        self.bits & Kinds::bit(kind) != 0
    }

    /// Parses kind names (`"place"`, `"date"`, `"figure"`; also their plurals
    /// and any case). An empty list is an error, since it would report nothing.
    pub fn parse<S: AsRef<str>>(names: &[S]) -> Result<Self, Error> {
        let mut kinds = Kinds::none();
        let expected = || Kind::ALL.map(|k| format!("\"{}\"", k.as_str())).join(", ");
        for name in names {
            let name = name.as_ref().trim();
            let singular = name.to_ascii_lowercase();
            let singular = singular.trim_end_matches('s');
            let Some(kind) = Kind::ALL.into_iter().find(|k| k.as_str() == singular) else {
                let shown = name.chars().take(40).collect::<String>();
                return Err(Error::new(ErrorKind::Kinds, format!("kinds: unknown kind {shown:?}; expected one of {}", expected())));
            };
            kinds = kinds.with(kind);
        }
        if kinds == Kinds::none() {
            return Err(Error::new(ErrorKind::Kinds, format!("kinds: the list is empty; name at least one of {}", expected())));
        }
        Ok(kinds)
    }
}

/// An invalid option. Its message says what is wrong and what is expected;
/// [`Error::option`] names the option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

/// Which option was wrong; private, so that new kinds of error can be added
/// without breaking callers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    ReferenceDate,
    Kinds,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into() }
    }

    /// The name of the option that was wrong, as JavaScript spells it
    /// (`"referenceDate"`, `"kinds"`).
    pub fn option(&self) -> &'static str {
        match self.kind {
            ErrorKind::ReferenceDate => "referenceDate",
            ErrorKind::Kinds => "kinds",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_kinds() {
        let k = Kinds::parse(&["Place", "dates"]).unwrap();
        assert!(k.contains(Kind::Place) && k.contains(Kind::Date) && !k.contains(Kind::Figure));
        let err = Kinds::parse(&["places", "people"]).unwrap_err();
        assert_eq!(err.option(), "kinds");
        let err = err.to_string();
        assert!(err.contains("\"people\"") && err.contains("\"figure\""), "{err}");
        assert!(Kinds::parse::<&str>(&[]).is_err());
    }

    #[test]
    fn reference_date_errors_name_the_option() {
        let err = Options::default().with_reference_date("9 Oct 2020").unwrap_err();
        assert_eq!(err.option(), "referenceDate");
        let err = err.to_string();
        assert!(err.starts_with("referenceDate:") && err.contains("YYYY-MM-DD"), "{err}");
    }
}
