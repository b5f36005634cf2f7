//! Employment periods in a letter's words: "from June 1, 2020 to the present", "March 2018 -
//! May 2020", "since 2019", "joined us on May 2, 2019". A date is read as precisely as it is
//! written (a day, a month or only a year); one that cannot be read without guessing (no
//! year, 03/04/2020) is reported so the letter can say it plainly.

use std::sync::OnceLock;

use regex::{Captures, Regex};

use super::date::{Date, MONTHS};
use crate::pattern::regex;

/// A date as the letter writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Written {
    Day(Date),
    /// Year and month.
    Month(i32, u8),
    Year(i32),
    /// "to the present", "until now".
    Present,
}

/// A date the letter gives that cannot be counted, with what to write instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unclear {
    pub text: String,
    pub fix: &'static str,
}

/// A period of employment found in a text, with its byte range there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Period {
    pub start: Option<Written>,
    /// `Some(Present)` for a current job, `None` when the letter does not say.
    pub end: Option<Written>,
    /// The words as written: "June 1, 2020 to the present".
    pub text: String,
    pub range: std::ops::Range<usize>,
}

const MONTH: &str = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

fn mention() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    CELL.get_or_init(|| {
        let pattern = format!(
            r"(?ix)
            \b(?P<m1>{MONTH})\.?\s+(?:(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?\b,?\s*(?P<y1a>(?:19|20)[0-9]{{2}})?|(?P<y1>(?:19|20)[0-9]{{2}}))\b
            | \b(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH})\.?,?\s+(?P<y2>(?:19|20)[0-9]{{2}})\b
            | \b(?P<y5>(?:19|20)[0-9]{{2}}),?\s+(?P<m5>{MONTH})\.?(?:\s+(?P<d5>[0-9]{{1,2}})(?:st|nd|rd|th)?\b)?
            | \b(?P<y3>(?:19|20)[0-9]{{2}})[-/.](?P<m3>[0-9]{{1,2}})[-/.](?P<d3>[0-9]{{1,2}})\b
            | \b(?P<a>[0-9]{{1,2}})[/.-](?P<b>[0-9]{{1,2}})[/.-](?P<y4>(?:19|20)[0-9]{{2}})\b
            | \b(?P<m6>[0-9]{{1,2}})[/-](?P<y6>(?:19|20)[0-9]{{2}})\b
            | \b(?P<year>(?:19|20)[0-9]{{2}})\b
            | \b(?P<present>(?:the\s+)?(?:present(?:\s+(?:day|date))?|now|today|date|this\s+day))\b"
        );
        Regex::new(&pattern).expect("the date pattern is valid")
    })
}

/// Words between two dates that make them a period: "to", "-", "until", "and" (after
/// "between").
fn connector() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)^\s*,?\s*(?:-+|–|—|to|until|till|til|through|thru|up\s+to|and)\s*$",
    )
}

/// Words before a lone date that make it the start of the employment.
fn start_cue() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\b(?:since|from|starting|started|start\s+date|hire\s+date|date\s+of\s+(?:hire|joining)|began|beginning|joined|hired|commenced|effective|as\s+of|employed|engaged|appointed|with\s+us)\b[^.;]{0,40}$",
    )
}

/// Words before a lone date that make it the end of the employment started before it.
fn end_cue() -> &'static Regex {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"(?i)\b(?:end\s+date|last\s+day|left|ended|resigned|terminated|termination|until|till)\b[^.;]{0,30}$",
    )
}

fn month_number(name: &str) -> Option<u8> {
    let name = name.to_lowercase();
    MONTHS
        .iter()
        .position(|month| month.to_lowercase().starts_with(&name[..name.len().min(3)]))
        .and_then(|index| u8::try_from(index + 1).ok())
}

fn number<T: std::str::FromStr>(found: &Captures, name: &str) -> Option<T> {
    found.name(name).and_then(|m| m.as_str().parse().ok())
}

/// One date mention: what it says, or why it cannot be counted.
fn read(found: &Captures) -> Result<Written, Unclear> {
    let text = found
        .get(0)
        .map_or("", |m| m.as_str())
        .trim_end_matches([' ', ',', '\t'])
        .to_owned();
    let unclear = |fix| Unclear {
        text: text.clone(),
        fix,
    };
    let invalid = || unclear("this date does not exist; check it");
    let month_of = |name: &str| found.name(name).and_then(|m| month_number(m.as_str()));
    let day = |year: i32, month: u8, day: u8| {
        Date::new(year, month, day)
            .map(Written::Day)
            .ok_or_else(invalid)
    };
    for (month, day_group, years) in [
        ("m1", "d1", ["y1a", "y1"]),
        ("m2", "d2", ["y2", "y2"]),
        ("m5", "d5", ["y5", "y5"]),
    ] {
        let Some(month) = month_of(month) else {
            continue;
        };
        let year = years.iter().find_map(|name| number::<i32>(found, name));
        return match (year, number::<u8>(found, day_group)) {
            (Some(year), Some(d)) => day(year, month, d),
            (Some(year), None) => Ok(Written::Month(year, month)),
            (None, _) => Err(unclear("add the year")),
        };
    }
    if let (Some(year), Some(month), Some(d)) = (
        number::<i32>(found, "y3"),
        number::<u8>(found, "m3"),
        number::<u8>(found, "d3"),
    ) {
        return day(year, month, d);
    }
    if let (Some(a), Some(b), Some(year)) = (
        number::<u8>(found, "a"),
        number::<u8>(found, "b"),
        number::<i32>(found, "y4"),
    ) {
        return match (a > 12, b > 12) {
            (true, false) => day(year, b, a),
            (false, true) => day(year, a, b),
            _ if a == b => day(year, a, b),
            _ => Err(unclear(
                "it can be read day-first or month-first; write the month in words (June 1, 2020)",
            )),
        };
    }
    if let (Some(month), Some(year)) = (number::<u8>(found, "m6"), number::<i32>(found, "y6")) {
        return if (1..=12).contains(&month) {
            Ok(Written::Month(year, month))
        } else {
            Err(invalid())
        };
    }
    if let Some(year) = number::<i32>(found, "year") {
        return Ok(Written::Year(year));
    }
    Ok(Written::Present)
}

/// The periods of employment a text states, and the dates in it that cannot be counted.
pub(crate) fn periods(text: &str, current: bool) -> (Vec<Period>, Vec<Unclear>) {
    let mentions: Vec<(std::ops::Range<usize>, Result<Written, Unclear>)> = mention()
        .captures_iter(text)
        .filter_map(|found| {
            let whole = found.get(0)?;
            let written = whole.as_str().trim_end_matches([' ', ',', '\t']);
            Some((whole.start()..whole.start() + written.len(), read(&found)))
        })
        .collect();
    let mut periods = Vec::new();
    let mut unclear = Vec::new();
    let mut index = 0;
    while index < mentions.len() {
        let (range, written) = &mentions[index];
        let next = mentions.get(index + 1);
        let joined =
            next.filter(|(next_range, _)| connector().is_match(&text[range.end..next_range.start]));
        let mut from = range.start.saturating_sub(60);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..range.start];
        match (written, joined) {
            (Ok(Written::Present), _) => index += 1,
            (start, Some((end_range, end))) => {
                for part in [start, end] {
                    if let Err(why) = part {
                        unclear.push(why.clone());
                    }
                }
                if let (Ok(start), Ok(end)) = (start, end) {
                    periods.push(Period {
                        start: Some(*start),
                        end: Some(*end),
                        text: text[range.start..end_range.end].to_owned(),
                        range: range.start..end_range.end,
                    });
                }
                index += 2;
            }
            (start, None) if start_cue().is_match(before) => {
                match start {
                    Ok(start) => {
                        let since = before.to_lowercase().contains("since");
                        periods.push(Period {
                            start: Some(*start),
                            end: (since || current).then_some(Written::Present),
                            text: text[range.clone()].to_owned(),
                            range: range.clone(),
                        });
                    }
                    Err(why) => unclear.push(why.clone()),
                }
                index += 1;
            }
            (end, None) if end_cue().is_match(before) => {
                let open = periods
                    .last_mut()
                    .filter(|period: &&mut Period| period.end.is_none());
                match (end, open) {
                    (Ok(end), Some(period)) => {
                        period.end = Some(*end);
                        period.text = format!("{} to {}", period.text, &text[range.clone()]);
                        period.range = period.range.start..range.end;
                    }
                    (Err(why), Some(_)) => unclear.push(why.clone()),
                    _ => {}
                }
                index += 1;
            }
            _ => index += 1,
        }
    }
    (periods, unclear)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u8, d: u8) -> Option<Written> {
        Date::new(y, m, d).map(Written::Day)
    }

    fn found(text: &str) -> Vec<(Option<Written>, Option<Written>)> {
        periods(text, false)
            .0
            .into_iter()
            .map(|p| (p.start, p.end))
            .collect()
    }

    #[test]
    fn periods_in_the_forms_employers_write() {
        assert_eq!(
            found("employed as a Bookkeeper from June 1, 2020 to the present."),
            [(day(2020, 6, 1), Some(Written::Present))]
        );
        assert_eq!(
            found("Period of employment: March 2019 - February 2023"),
            [(Some(Written::Month(2019, 3)), Some(Written::Month(2023, 2)))]
        );
        assert_eq!(
            found("He works for us from 2020 October 1 until now."),
            [(day(2020, 10, 1), Some(Written::Present))]
        );
        assert_eq!(
            found("She has been with us since 2019."),
            [(Some(Written::Year(2019)), Some(Written::Present))]
        );
        assert_eq!(
            found("worked between 2018-03-05 and 15/06/2020 as a cook"),
            [(day(2018, 3, 5), day(2020, 6, 15))]
        );
        assert_eq!(
            found(
                "as Cook from 1st of March 2018 to May 2020 and as Kitchen Supervisor from June 2020 to date"
            ),
            [
                (day(2018, 3, 1), Some(Written::Month(2020, 5))),
                (Some(Written::Month(2020, 6)), Some(Written::Present))
            ]
        );
        assert_eq!(
            found("She joined us on May 2, 2019."),
            [(day(2019, 5, 2), None)]
        );
        assert_eq!(
            found("Hire date: March 1, 2019. End date: June 30, 2021."),
            [(day(2019, 3, 1), day(2021, 6, 30))]
        );
    }

    #[test]
    fn dates_that_are_no_period_are_left_alone() {
        assert!(found("March 3, 2025").is_empty());
        assert!(found("She may 5 times a day check the till.").is_empty());
        assert!(found("Our firm was founded in 1998.").is_empty());
    }

    #[test]
    fn dates_that_need_a_guess_are_reported() {
        let (found, unclear) = periods("She worked with us from June 1 to August 30, 2021.", false);
        assert!(found.is_empty());
        assert_eq!(unclear[0].text, "June 1");
        assert_eq!(unclear[0].fix, "add the year");
        let (_, unclear) = periods("employed from 03/04/2020 to 05/06/2021", false);
        assert_eq!(unclear.len(), 2);
    }
}
