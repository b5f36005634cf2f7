//! Which lines of a letter are duties: list items, lines under a heading of duties (with or
//! without a colon, in capitals or not), and paragraphs that describe the work done. A heading
//! of another section ("Qualifications", "Skills") ends the duties; letterhead, greeting,
//! dates, pay, praise and signature lines are `Other`.

use std::collections::HashSet;

use super::headings::{Heading, heading, inline_duties_of, is_field, starts_with_work_verb};
use super::marks::{contact, marker_end, not_a_duty};
use super::parts::body;
use super::prose::{read, work_sentences};
use super::sentences::person_names;

/// What a line of a letter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// A duty the applicant performed: classified and coloured.
    Duty,
    /// Anything else (letterhead, greeting, dates, salary, signature, blank).
    Other,
}

/// One line of a letter, with its duty text (list markers removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterLine {
    /// 1-based line number.
    pub number: usize,
    /// The line as written (without its line ending).
    pub text: String,
    pub kind: LineKind,
    /// The text to classify: the line without its bullet or number (or, of a paragraph, its
    /// sentences about the work).
    pub duty_text: String,
}

/// The shape of one line before it is judged.
struct Shape<'a> {
    trimmed: &'a str,
    /// Where the list marker ends, if the line has one.
    marker: Option<usize>,
    /// The line without its marker.
    duty_text: &'a str,
}

impl<'a> Shape<'a> {
    fn of(raw: &'a str) -> Shape<'a> {
        let marker = marker_end(raw);
        let duty_text = marker.map_or(raw, |end| &raw[end..]).trim();
        Shape {
            trimmed: raw.trim(),
            marker,
            duty_text,
        }
    }

    /// Whether the line looks like one item of a list: a marker, or a verb of work first.
    fn is_item(&self) -> bool {
        self.marker.is_some() || starts_with_work_verb(self.duty_text)
    }
}

/// Which part of the letter a line is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    /// Before any heading, or after a paragraph closed a list.
    Open,
    /// Under a heading of duties.
    Duties,
    /// Under a heading of something else (qualifications, skills, pay).
    NotDuties,
}

/// Where a line stands in the letter.
#[derive(Debug, Clone, Copy)]
struct Place {
    section: Section,
    /// Items seen since the last heading.
    items: usize,
    /// Blank lines since the last line of text.
    blank_run: usize,
    /// Whether the items of the current list are separated by blank lines.
    spaced: bool,
}

/// Splits text into lines and decides which are duties. With `all_duties`, every non-empty
/// line is a duty (for lists of duties with no letter around them).
pub fn split_lines(text: &str, all_duties: bool) -> Vec<LetterLine> {
    let raws: Vec<&str> = text.lines().collect();
    let shapes: Vec<Shape> = raws.iter().map(|raw| Shape::of(raw)).collect();
    let names = person_names(text);
    let body = body(&raws);
    let mut place = Place {
        section: Section::Open,
        items: 0,
        blank_run: 0,
        spaced: false,
    };
    let mut lines = Vec::with_capacity(raws.len());
    for (index, (raw, shape)) in raws.iter().zip(&shapes).enumerate() {
        let mut duty_text = shape.duty_text;
        let mut focused = None;
        let kind = if shape.trimmed.is_empty() {
            place.blank_run += 1;
            LineKind::Other
        } else if all_duties {
            LineKind::Duty
        } else if !body.contains(&index) {
            LineKind::Other
        } else {
            if let Some(duties) = inline_duties_of(shape.duty_text) {
                duty_text = duties;
            }
            let next = shapes[index + 1..].iter().find(|s| !s.trimmed.is_empty());
            let (kind, focus) = next_line(&mut place, shape, duty_text, next, &names);
            place.blank_run = 0;
            focused = focus;
            kind
        };
        lines.push(LetterLine {
            number: index + 1,
            text: (*raw).to_owned(),
            kind,
            duty_text: focused.unwrap_or_else(|| duty_text.to_owned()),
        });
    }
    lines
}

/// Decides a line of the body and moves `place` past it; a paragraph that is a duty comes with
/// the part of it to classify, when only some of its sentences are about the work.
fn next_line(
    place: &mut Place,
    shape: &Shape,
    duty_text: &str,
    next: Option<&Shape>,
    names: &HashSet<String>,
) -> (LineKind, Option<String>) {
    if not_a_duty().is_match(shape.trimmed) {
        // A greeting or a closing is outside any list.
        place.section = Section::Open;
    }
    let next_item = next.is_some_and(Shape::is_item);
    let next_marked = next.is_some_and(|s| s.marker.is_some());
    let heading = match shape.marker {
        None => heading(shape.trimmed, next_item, next_marked),
        Some(_) => None,
    };
    if let Some(heading) = heading {
        match heading {
            Heading::Duties => place.section = Section::Duties,
            Heading::NotDuties => place.section = Section::NotDuties,
            Heading::Over if place.section == Section::NotDuties => {}
            Heading::Over => place.section = Section::Duties,
        }
        place.items = 0;
        place.spaced = false;
        return (LineKind::Other, None);
    }
    let judged = judge_line(shape, duty_text, place, names);
    if shape.marker.is_none() && place.blank_run > 0 && judged.ends_section {
        place.section = Section::Open;
    }
    if judged.kind == LineKind::Duty {
        place.spaced |= place.blank_run > 0 && place.section == Section::Duties;
        place.items += 1;
    }
    (judged.kind, judged.focus)
}

/// A line's kind, whether it closes the section it follows, and for a paragraph the part of
/// it to classify when only some of its sentences are about the work.
struct Judged {
    kind: LineKind,
    ends_section: bool,
    focus: Option<String>,
}

/// List items longer than this are about the work even when they mention the employment.
const ITEM_FACT_WORDS: usize = 12;

/// Items of a list spaced by blank lines are at most this long; a longer line is a paragraph.
const SPACED_ITEM_WORDS: usize = 15;

/// Whether a line opens with a person: "She ...", "Mr. Lee ...", "We ...".
fn opens_with_person(text: &str, names: &HashSet<String>) -> bool {
    const PEOPLE: &[&str] = &[
        "he", "she", "they", "i", "we", "our", "his", "her", "their", "mr", "ms", "mrs", "miss",
        "dr",
    ];
    super::words::words(text)
        .next()
        .is_some_and(|word| PEOPLE.contains(&word.to_lowercase().as_str()) || names.contains(word))
}

/// Decides a line that is not a heading, from its place in the letter.
fn judge_line(shape: &Shape, duty_text: &str, place: &Place, names: &HashSet<String>) -> Judged {
    let judged = |kind, ends_section| Judged {
        kind,
        ends_section,
        focus: None,
    };
    let words = duty_text.split_whitespace().count();
    let never = not_a_duty().is_match(shape.trimmed) || not_a_duty().is_match(duty_text);
    if never || words < 2 || is_field(duty_text) {
        return judged(LineKind::Other, false);
    }
    // Contact details ("Front Office: 403-555-0140", "+1 604 555 0100") are not duties.
    let contact = contact().is_match(duty_text);
    let work_first = starts_with_work_verb(duty_text);
    // A list item, whose subject is the employee even when unsaid: a duty unless it states the
    // employment or judges the person.
    let item = read(duty_text, names, true);
    // A long item that mentions the employment ("Full-time developer using Java, ...") is
    // still about the work.
    let states_employment = item.fact && words <= ITEM_FACT_WORDS;
    let plain = !(states_employment || item.judges || contact);
    let as_item = if work_first || item.work > 0 || plain {
        LineKind::Duty
    } else {
        LineKind::Other
    };
    if shape.marker.is_some() {
        // "- Kitchen:" over the items that follow is a heading of the list, not a duty.
        let subheading = duty_text.ends_with(':') && words <= 6;
        let kind = if place.section == Section::NotDuties || subheading {
            LineKind::Other
        } else {
            as_item
        };
        return judged(kind, false);
    }
    // After a blank line a list goes on with another item: a verb of work first, or a short
    // line like the others of a list spaced by blank lines; a paragraph about the person ends
    // it.
    let spaced_item =
        place.spaced && words <= SPACED_ITEM_WORDS && plain && !opens_with_person(duty_text, names);
    let continues =
        place.blank_run == 0 || place.items == 0 || work_first && !item.fact || spaced_item;
    match place.section {
        Section::Duties if continues => judged(as_item, false),
        Section::NotDuties if continues => judged(LineKind::Other, false),
        _ => {
            let reading = read(duty_text, names, false);
            let contact = contact && reading.work < 3;
            // A line that starts with a verb of work is a duty even with no list around it
            // ("Prepare the payroll every two weeks").
            let standalone = words >= 4 && work_first && !item.fact && !item.judges;
            let prose = !contact && (words >= 6 && reading.is_about_work() || standalone);
            if !prose {
                return judged(LineKind::Other, true);
            }
            Judged {
                focus: work_sentences(duty_text, names),
                ..judged(LineKind::Duty, true)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<LineKind> {
        split_lines(text, false).iter().map(|l| l.kind).collect()
    }

    #[test]
    fn bullets_and_numbers_are_duties_with_markers_removed() {
        let lines = split_lines(
            "- Posted entries\n2. Reconciled accounts\n• Filed HST returns\n",
            false,
        );
        assert!(lines.iter().all(|l| l.kind == LineKind::Duty));
        assert_eq!(lines[1].duty_text, "Reconciled accounts");
    }

    #[test]
    fn lines_under_a_duties_heading_are_duties_until_the_paragraph_ends() {
        use LineKind::*;
        let text =
            "Duties:\nPosted journal entries\nReconciled bank accounts\n\nSincerely,\nAnna Lee";
        assert_eq!(kinds(text), [Other, Duty, Duty, Other, Other, Other]);
    }

    #[test]
    fn letter_parts_are_other() {
        use LineKind::*;
        let text = "To whom it may concern,\nThis is to certify that Mr. Fong worked as a clerk from 2016 to 2019.\nTel: 604-555-0142\nRegards,";
        assert_eq!(kinds(text), [Other, Other, Other, Other]);
    }

    #[test]
    fn prose_duty_sentences_are_duties() {
        let text = "Her duties included preparing financial statements, reconciling accounts and filing tax returns.";
        assert_eq!(kinds(text), [LineKind::Duty]);
    }

    #[test]
    fn prose_about_the_work_is_a_duty_but_prose_about_the_job_is_not() {
        use LineKind::*;
        let text = "In this role, she reconciled the bank accounts and prepared the monthly statements.\nHe was responsible for the general ledger and the year-end closing.\nShe worked 40 hours per week at $25 per hour.";
        assert_eq!(kinds(text), [Duty, Duty, Other]);
    }

    #[test]
    fn all_duties_makes_every_non_empty_line_a_duty() {
        let lines = split_lines("Other duties as required.\n\nRegards", true);
        let kinds: Vec<LineKind> = lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, [LineKind::Duty, LineKind::Other, LineKind::Duty]);
    }

    #[test]
    fn bullets_may_touch_their_text_but_numbers_and_signs_are_not_bullets() {
        use LineKind::*;
        let text = "Duties:\n*Preparing doughs\n•Baking bread\n1.Cleaned ovens\no Ordered flour\n-5 degrees in the cooler\n+1 604 555 0100";
        let lines = split_lines(text, false);
        let kinds: Vec<LineKind> = lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, [Other, Duty, Duty, Duty, Duty, Duty, Other]);
        assert_eq!(lines[1].duty_text, "Preparing doughs");
        assert_eq!(lines[4].duty_text, "Ordered flour");
        assert_eq!(lines[5].duty_text, "-5 degrees in the cooler");
    }

    #[test]
    fn headings_without_a_colon_open_the_duties_and_other_sections_close_them() {
        use LineKind::*;
        let text = "KEY RESPONSIBILITIES\nCook meals to order\nClean the grill\n\nSkills\n- Knife skills\n- Food safety certificate";
        assert_eq!(kinds(text), [Other, Duty, Duty, Other, Other, Other, Other]);
    }

    #[test]
    fn blank_lines_after_a_heading_do_not_end_the_list() {
        use LineKind::*;
        let text = "Her duties were as follows:\n\nWash and cut vegetables\n\nPrepare sauces for the next day\n\nShe was a pleasure to work with.";
        assert_eq!(kinds(text), [Other, Other, Duty, Other, Duty, Other, Other]);
    }

    #[test]
    fn praise_and_sub_headings_inside_a_list_are_not_duties() {
        use LineKind::*;
        let text = "Duties:\n- Front counter:\n- Took orders and payments\nServed customers at the counter\nHe is a reliable worker and we recommend him.\nPhone customers when orders are ready";
        assert_eq!(kinds(text), [Other, Other, Duty, Duty, Other, Duty]);
    }

    #[test]
    fn the_letterhead_and_the_signature_block_are_not_duties() {
        use LineKind::*;
        let text = "Operated by Lakeside Holdings Ltd.\nTo Whom It May Concern:\nDuties:\n- Cooked meals\nSincerely,\nStore Manager, Main Street";
        assert_eq!(kinds(text), [Other, Other, Other, Duty, Other, Other]);
    }

    #[test]
    fn a_list_spaced_by_blank_lines_goes_on_until_a_paragraph_about_the_person() {
        use LineKind::*;
        let text = "Duties:\n\nInventory control and ordering\n\nCustomer service at the counter\n\nShe left us in 2023 to move to Alberta.";
        assert_eq!(kinds(text), [Other, Other, Duty, Other, Duty, Other, Other]);
    }

    #[test]
    fn without_a_greeting_the_body_starts_at_the_date() {
        use LineKind::*;
        let text = "Operated by Lakeside Holdings Ltd.\nMarch 3, 2025\nDuties:\n- Cooked meals";
        assert_eq!(kinds(text), [Other, Other, Other, Duty]);
    }
}
