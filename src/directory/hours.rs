//! Opening hours in OpenStreetMap `opening_hours` syntax, parsed by `opening-hours-syntax`,
//! described in words in the reader's language, and turned into schema.org specifications.

use opening_hours_syntax::rules::day::{HolidayKind, WeekDayRange, Weekday};
use opening_hours_syntax::rules::time::Time;
use opening_hours_syntax::rules::{OpeningHoursExpression, RuleKind, RuleOperator, RuleSequence};

/// A parse error with the 1-based column in the hours text where it was found.
#[derive(Debug, Clone)]
pub struct HoursError {
    pub column: usize,
    pub message: String,
}

pub fn parse(text: &str) -> Result<OpeningHoursExpression, HoursError> {
    opening_hours_syntax::parse(text).map_err(|error| {
        let column = match &error {
            opening_hours_syntax::Error::Syntax(pest) => match pest.line_col {
                pest::error::LineColLocation::Pos((_, column)) | pest::error::LineColLocation::Span((_, column), _) => {
                    column
                }
            },
            _ => 1,
        };
        let message = match &error {
            opening_hours_syntax::Error::Syntax(_) => "these opening hours cannot be read".to_owned(),
            other => format!("these opening hours cannot be read: {other}"),
        };
        HoursError { column, message }
    })
}

/// The words a description is made of, in one language (from the UI strings).
pub trait HoursWords {
    /// Monday = 1 … Sunday = 7.
    fn weekday(&self, day: u32) -> String;
    fn day_range(&self, from: &str, to: &str) -> String;
    fn public_holidays(&self) -> String;
    /// "{days}, {times}".
    fn open(&self, days: &str, times: &str) -> String;
    /// "closed on {days}".
    fn closed(&self, days: &str) -> String;
    fn every_day(&self) -> String;
    fn all_day(&self) -> String;
    /// Joins a list: "a, b and c".
    fn list(&self, items: &[String]) -> String;
    /// Separates rules: "; ".
    fn rule_separator(&self) -> String;
}

/// Describes the hours in words, or `None` for constructs it does not describe (months,
/// weeks, sunrise, …): the caller then shows the hours as written.
pub fn describe(expression: &OpeningHoursExpression, words: &dyn HoursWords) -> Option<String> {
    let mut parts = Vec::new();
    for rule in &expression.rules {
        if !matches!(rule.operator, RuleOperator::Normal | RuleOperator::Additional) || !rule.comment.is_empty() {
            return None;
        }
        let day_selector = &rule.day_selector;
        if !day_selector.year.is_empty() || !day_selector.monthday.is_empty() || !day_selector.week.is_empty() {
            return None;
        }
        let days = if day_selector.weekday.is_empty() {
            words.every_day()
        } else {
            let ranges: Option<Vec<String>> =
                day_selector.weekday.iter().map(|range| describe_days(range, words)).collect();
            words.list(&ranges?)
        };
        let part = match rule.kind {
            RuleKind::Closed => words.closed(&days),
            RuleKind::Open | RuleKind::Unknown => words.open(&days, &describe_times(rule, words)?),
        };
        parts.push(part);
    }
    Some(parts.join(&words.rule_separator()))
}

fn describe_days(range: &WeekDayRange, words: &dyn HoursWords) -> Option<String> {
    match range {
        WeekDayRange::Fixed { range, offset: 0, nth_from_start, nth_from_end }
            if !nth_from_start.contains(&false) && !nth_from_end.contains(&false) =>
        {
            let (from, to) = (number(*range.start()), number(*range.end()));
            Some(if from == to {
                words.weekday(from)
            } else {
                words.day_range(&words.weekday(from), &words.weekday(to))
            })
        }
        WeekDayRange::Holiday { kind: HolidayKind::Public, offset: 0 } => Some(words.public_holidays()),
        _ => None,
    }
}

fn describe_times(rule: &RuleSequence, words: &dyn HoursWords) -> Option<String> {
    let spans = fixed_spans(rule)?;
    if spans.is_empty() || spans == [(0, 0, 24, 0)] {
        return Some(words.all_day());
    }
    let times: Vec<String> = spans.iter().map(|(h1, m1, h2, m2)| format!("{h1}:{m1:02}–{h2}:{m2:02}")).collect();
    Some(words.list(&times))
}

/// The rule's time spans as (hour, minute, hour, minute), when all are fixed times.
fn fixed_spans(rule: &RuleSequence) -> Option<Vec<(u8, u8, u8, u8)>> {
    rule.time_selector
        .spans
        .iter()
        .map(|span| match (&span.range.start, &span.range.end, span.repeats, span.open_end) {
            (Time::Fixed(start), Time::Fixed(end), None, false) => {
                Some((start.hour(), start.minute(), end.hour(), end.minute()))
            }
            _ => None,
        })
        .collect()
}

fn number(day: Weekday) -> u32 {
    day.number_from_monday()
}

/// schema.org `OpeningHoursSpecification`s for the regular weekly hours (holidays and
/// constructs schema.org cannot express are left out).
pub fn specifications(expression: &OpeningHoursExpression) -> Vec<serde_json::Value> {
    const NAMES: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    let mut specs = Vec::new();
    for rule in expression.rules.iter().filter(|r| r.kind == RuleKind::Open) {
        let Some(spans) = fixed_spans(rule) else {
            continue;
        };
        let mut days = Vec::new();
        for range in &rule.day_selector.weekday {
            if let WeekDayRange::Fixed { range, offset: 0, .. } = range {
                let (from, to) = (number(*range.start()), number(*range.end()));
                let mut day = from;
                loop {
                    days.push(format!("https://schema.org/{}", NAMES[(day - 1) as usize]));
                    if day == to {
                        break;
                    }
                    day = day % 7 + 1;
                }
            }
        }
        if rule.day_selector.weekday.is_empty() {
            days.extend(NAMES.iter().map(|name| format!("https://schema.org/{name}")));
        }
        if days.is_empty() {
            continue;
        }
        let spans = if spans.is_empty() { vec![(0, 0, 24, 0)] } else { spans };
        for (h1, m1, h2, m2) in spans {
            specs.push(serde_json::json!({
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": days,
                "opens": format!("{h1:02}:{m1:02}"),
                "closes": if h2 >= 24 { "23:59".to_owned() } else { format!("{h2:02}:{m2:02}") },
            }));
        }
    }
    specs
}

#[cfg(test)]
mod tests {
    use super::*;

    struct English;

    impl HoursWords for English {
        fn weekday(&self, day: u32) -> String {
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][day as usize - 1].to_owned()
        }
        fn day_range(&self, from: &str, to: &str) -> String {
            format!("{from} to {to}")
        }
        fn public_holidays(&self) -> String {
            "public holidays".to_owned()
        }
        fn open(&self, days: &str, times: &str) -> String {
            format!("{days}, {times}")
        }
        fn closed(&self, days: &str) -> String {
            format!("closed on {days}")
        }
        fn every_day(&self) -> String {
            "every day".to_owned()
        }
        fn all_day(&self) -> String {
            "24 hours".to_owned()
        }
        fn list(&self, items: &[String]) -> String {
            match items {
                [] => String::new(),
                [one] => one.clone(),
                [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
            }
        }
        fn rule_separator(&self) -> String {
            "; ".to_owned()
        }
    }

    #[test]
    fn describes_common_hours_in_words() {
        let hours = parse("Mo-Fr 09:00-12:00,14:00-18:00; PH off").unwrap();
        assert_eq!(
            describe(&hours, &English).unwrap(),
            "Monday to Friday, 9:00–12:00 and 14:00–18:00; closed on public holidays"
        );
        let hours = parse("Mo,We,Fr 08:30-17:00; Sa 09:00-12:00").unwrap();
        assert_eq!(
            describe(&hours, &English).unwrap(),
            "Monday, Wednesday and Friday, 8:30–17:00; Saturday, 9:00–12:00"
        );
        assert_eq!(describe(&parse("24/7").unwrap(), &English).unwrap(), "every day, 24 hours");
        assert_eq!(describe(&parse("Jan-Mar Mo 10:00-12:00").unwrap(), &English), None);
    }

    #[test]
    fn errors_have_a_column() {
        let error = parse("Mo-Fr 09:00-12:00; Xy off").unwrap_err();
        assert!(error.column > 1, "{error:?}");
    }

    #[test]
    fn schema_org_specifications() {
        let specs = specifications(&parse("Mo-Fr 09:00-12:00,14:00-18:00; PH off").unwrap());
        assert_eq!(specs.len(), 2);
        assert_eq!(specs[0]["dayOfWeek"][4], "https://schema.org/Friday");
        assert_eq!(specs[1]["opens"], "14:00");
        assert_eq!(specs[1]["closes"], "18:00");
    }
}
