//! Counting experience by IRCC's rules (from [`crate::rules`]): whole months worked, hours a
//! week capped at full time (hours above 30 a week do not count), so many weeks at so many
//! hours, and each program's minimum within its window of years before the "as of" date.
//! Months are counted per calendar month, so two jobs held at once never count for more than
//! full time.

use std::collections::BTreeMap;

use serde::Serialize;

use super::date::Date;
use crate::rules::{Program, Rules};

/// Weeks in a month on average: 52 weeks a year.
const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// Whole months from `start` to `end`, both days worked: June 1, 2020 to November 30, 2024
/// is 54.
pub(crate) fn months(start: Date, end: Date) -> u32 {
    let Some(after) = Date::from_days(end.to_days() + 1) else {
        return 0;
    };
    let whole = after.month_index() - start.month_index() - i64::from(after.day() < start.day());
    u32::try_from(whole.max(0)).unwrap_or(0)
}

/// The first of the whole months counted for a period of `months` ending on `end`: the
/// months are counted back from the end, so a period that ends on August 31 and one that
/// starts on September 1 follow each other without a gap, whatever day the first started.
pub(crate) fn first_month(end: Date, months: u32) -> i64 {
    let after = Date::from_days(end.to_days() + 1).unwrap_or(end);
    after.month_index() - i64::from(months)
}

/// A period that can be counted: from its first month, so many months, at so many hours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Counted {
    pub first_month: i64,
    pub months: u32,
    pub hours_per_week: f64,
}

/// Qualifying hours in a number of months at `hours_per_week`, capped at full time.
pub(crate) fn qualifying(months: u32, hours_per_week: f64, rules: &Rules) -> f64 {
    f64::from(months)
        * hours_per_week.min(rules.experience.full_time_hours_per_week)
        * WEEKS_PER_MONTH
}

/// Capped hours a week for each calendar month worked.
fn by_month(periods: &[Counted], rules: &Rules) -> BTreeMap<i64, f64> {
    let mut months: BTreeMap<i64, f64> = BTreeMap::new();
    for period in periods {
        for offset in 0..i64::from(period.months) {
            *months.entry(period.first_month + offset).or_default() += period.hours_per_week;
        }
    }
    let cap = rules.experience.full_time_hours_per_week;
    for hours in months.values_mut() {
        *hours = hours.min(cap);
    }
    months
}

/// Rounds hours down, forgiving the float error of 130.0000001.
pub(crate) fn whole(hours: f64) -> u32 {
    let rounded = (hours + 1e-6).floor();
    if rounded <= 0.0 {
        0
    } else if rounded >= f64::from(u32::MAX) {
        u32::MAX
    } else {
        rounded as u32
    }
}

/// All qualifying hours, two jobs in one month counting at most full time.
pub(crate) fn total(periods: &[Counted], rules: &Rules) -> f64 {
    by_month(periods, rules)
        .values()
        .map(|hours| hours * WEEKS_PER_MONTH)
        .sum()
}

/// How a program's minimum is met.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgramCheck {
    /// "FSW", "CEC" or "FST".
    pub key: String,
    pub name: String,
    /// Hours the program needs.
    pub needed_hours: u32,
    /// Hours that count towards it: within its window, in one continuous stretch for FSW.
    pub hours: u32,
    /// Whether the minimum is met; `None` when the letter cannot tell (CEC without a Canadian
    /// address).
    pub meets: Option<bool>,
    /// The rule, as the program states it.
    pub rule: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Whether the work was in Canada, and whether the occupation is a skilled trade, when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Context {
    pub as_of: Date,
    pub in_canada: bool,
    pub trade: Option<bool>,
}

/// Checks one program's minimum against the periods.
pub(crate) fn check_program(
    program: &Program,
    periods: &[Counted],
    context: Context,
    rules: &Rules,
) -> ProgramCheck {
    let last = context.as_of.month_index();
    let first = last - i64::from(program.within_years) * 12;
    let months = by_month(periods, rules);
    let window: Vec<(i64, f64)> = months
        .range(first..last)
        .map(|(month, hours)| (*month, *hours))
        .collect();
    let hours = if program.continuous {
        // The best unbroken stretch of months.
        let mut best = 0.0_f64;
        let mut run = 0.0;
        let mut previous: Option<i64> = None;
        for (month, hours) in &window {
            run = if previous == Some(month - 1) {
                run + hours
            } else {
                *hours
            };
            best = best.max(run);
            previous = Some(*month);
        }
        best * WEEKS_PER_MONTH
    } else {
        window
            .iter()
            .map(|(_, hours)| hours * WEEKS_PER_MONTH)
            .sum()
    };
    let needed = f64::from(program.years) * rules.experience.hours_per_year;
    let enough = whole(hours) >= whole(needed);
    let (meets, note) = if program.in_canada && !context.in_canada {
        (
            None,
            Some(format!(
                "{} counts only work in Canada: the letter shows no Canadian address; give the address where the work was done",
                program.key
            )),
        )
    } else if program.key == "FST" && context.trade == Some(false) {
        (
            Some(false),
            Some("the target occupation is not a skilled trade under FST".to_owned()),
        )
    } else {
        (Some(enough), None)
    };
    ProgramCheck {
        key: program.key.clone(),
        name: program.name.clone(),
        needed_hours: whole(needed),
        hours: whole(hours),
        meets,
        rule: program.rule.clone(),
        note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rules;

    fn date(text: &str) -> Date {
        text.parse().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn whole_months_between_days_worked() {
        assert_eq!(months(date("2020-06-01"), date("2024-11-30")), 54);
        assert_eq!(months(date("2020-06-01"), date("2024-12-01")), 54);
        assert_eq!(months(date("2018-03-01"), date("2020-05-31")), 27);
        assert_eq!(months(date("2020-06-15"), date("2020-07-13")), 0);
        assert_eq!(months(date("2021-01-01"), date("2020-01-01")), 0);
    }

    #[test]
    fn months_are_counted_back_from_the_end() {
        // September 15, 2021 to August 31, 2023: 23 whole months, October to August.
        let end = date("2023-08-31");
        assert_eq!(first_month(end, 23), date("2021-10-01").month_index());
        assert_eq!(
            first_month(date("2024-12-01"), 54),
            date("2020-06-01").month_index()
        );
    }

    #[test]
    fn hours_above_full_time_do_not_count_and_part_time_adds_up() {
        let rules = rules();
        assert_eq!(whole(qualifying(54, 40.0, rules)), 7020);
        assert_eq!(whole(qualifying(12, 30.0, rules)), 1560);
        assert_eq!(whole(qualifying(24, 15.0, rules)), 1560);
        // Two part-time jobs at once count at most full time.
        let two = [
            Counted {
                first_month: 0,
                months: 12,
                hours_per_week: 20.0,
            },
            Counted {
                first_month: 0,
                months: 12,
                hours_per_week: 20.0,
            },
        ];
        assert_eq!(whole(total(&two, rules)), 1560);
    }

    #[test]
    fn programs_look_back_from_the_as_of_date() {
        let rules = rules();
        let as_of = date("2024-12-01");
        // 15 h/week from June 2020 (54 months): 3,510 hours, 2,340 of them in the last 3 years.
        let periods = [Counted {
            first_month: date("2020-06-01").month_index(),
            months: 54,
            hours_per_week: 15.0,
        }];
        let context = Context {
            as_of,
            in_canada: true,
            trade: None,
        };
        let checks: Vec<(u32, Option<bool>)> = rules
            .programs
            .iter()
            .map(|program| {
                let check = check_program(program, &periods, context, rules);
                (check.hours, check.meets)
            })
            .collect();
        assert_eq!(
            checks,
            [(3510, Some(true)), (2340, Some(true)), (3510, Some(true))]
        );
        let abroad = Context {
            in_canada: false,
            ..context
        };
        let cec = check_program(&rules.programs[1], &periods, abroad, rules);
        assert_eq!(cec.meets, None);
    }
}
