//! Today's date, for the shells (`cli` and `tui`) only: the core never reads the clock, it is
//! given the "as of" date.

use crate::letter::Date;

/// Today's date in UTC (a day off near midnight at most, which counting months does not
/// notice); 1970-01-01 if the clock is before it.
pub fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    let days = i64::try_from(seconds / 86_400).unwrap_or(0);
    Date::from_days(days).unwrap_or(Date::EPOCH)
}
