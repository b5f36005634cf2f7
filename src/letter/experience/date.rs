//! Calendar dates for counting experience: a plain proleptic Gregorian date, days since
//! 1970-01-01 for arithmetic, and the "as of" date given as `YYYY-MM-DD`.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// A valid calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Days in `month` of `year`.
pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl Date {
    /// 1970-01-01.
    pub const EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };

    /// The date, if it exists (years 1900 to 2200: the span a work history can have).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1900..=2200).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The last day of the date's month.
    pub(crate) fn month_end(self) -> Date {
        Date {
            day: days_in_month(self.year, self.month),
            ..self
        }
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01, if it is within [`Date::new`]'s span.
    pub fn from_days(days: i64) -> Option<Date> {
        let days = days.checked_add(719_468)?;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted + 2) / 5 + 1;
        let month = if shifted < 10 {
            shifted + 3
        } else {
            shifted - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date::new(
            i32::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// The month as a number for counting months: 12 × year + month − 1.
    pub(crate) fn month_index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    /// "June 2020".
    pub fn month_name(self) -> String {
        format!("{} {}", MONTHS[usize::from(self.month - 1)], self.year)
    }
}

/// English month names, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Why a `YYYY-MM-DD` date could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a date; write it as YYYY-MM-DD, such as 2026-12-01")]
pub struct DateError(pub String);

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Date, DateError> {
        let error = || DateError(text.to_owned());
        let mut parts = text.trim().splitn(3, '-');
        let mut next = |len: usize| {
            parts
                .next()
                .filter(|part| part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|part| part.parse::<i32>().ok())
                .ok_or_else(error)
        };
        let year = next(4)?;
        let month = next(2)?;
        let day = next(2)?;
        Date::new(year, month as u8, day as u8).ok_or_else(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_count() {
        for (text, days) in [
            ("1970-01-01", 0),
            ("2000-03-01", 11_017),
            ("2024-02-29", 19_782),
        ] {
            let date: Date = text.parse().unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(date.to_days(), days, "{text}");
            assert_eq!(Date::from_days(days), Some(date));
            assert_eq!(date.to_string(), text);
        }
    }

    #[test]
    fn bad_dates_are_refused() {
        for text in [
            "2023-02-29",
            "2024-13-01",
            "24-01-01",
            "2024-1-01",
            "today",
            "",
        ] {
            assert!(text.parse::<Date>().is_err(), "{text}");
        }
        assert_eq!(
            "soon"
                .parse::<Date>()
                .err()
                .map(|e| e.to_string())
                .as_deref(),
            Some("'soon' is not a date; write it as YYYY-MM-DD, such as 2026-12-01")
        );
    }
}
