//! The analysis of a letter as JSON (for scripts) and as a Markdown report (for people).

use serde::Serialize;

use super::analysis::{LetterAnalysis, LineAnalysis};
use super::checklist::ChecklistItem;
use super::verbatim::Verbatim;
use super::wording;
use crate::classify::{Candidate, Colour, StatementKind, Weakness};
use crate::noc::UnitGroup;

/// Rounds a score for output: four decimals say all there is to say.
pub fn round(value: f32) -> f32 {
    (value * 10_000.0).round() / 10_000.0
}

/// The JSON name of a statement kind.
pub fn kind_name(kind: StatementKind) -> &'static str {
    match kind {
        StatementKind::Duty(_) => "duty",
        StatementKind::Lead => "lead_statement",
        StatementKind::Title => "title",
        StatementKind::Example(_) => "example_title",
    }
}

#[derive(Serialize)]
pub struct EvidenceJson<'a> {
    /// "duty", "lead_statement", "title" or "example_title".
    pub kind: &'static str,
    pub text: &'a str,
    pub similarity: f32,
}

#[derive(Serialize)]
pub struct CandidateJson<'a> {
    pub code: &'a str,
    pub title: &'a str,
    pub teer: u8,
    pub score: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<EvidenceJson<'a>>,
}

impl<'a> CandidateJson<'a> {
    pub fn new(candidate: &Candidate<'a>) -> CandidateJson<'a> {
        CandidateJson {
            code: &candidate.unit.code,
            title: &candidate.unit.title,
            teer: candidate.unit.teer,
            score: round(candidate.score),
            evidence: candidate.evidence.map(|evidence| EvidenceJson {
                kind: kind_name(evidence.kind),
                text: evidence.text,
                similarity: round(evidence.similarity),
            }),
        }
    }
}

#[derive(Serialize)]
struct UnitJson<'a> {
    code: &'a str,
    title: &'a str,
    teer: u8,
}

impl<'a> UnitJson<'a> {
    fn new(unit: &'a UnitGroup) -> UnitJson<'a> {
        UnitJson {
            code: &unit.code,
            title: &unit.title,
            teer: unit.teer,
        }
    }
}

#[derive(Serialize)]
struct LineJson<'a> {
    line: usize,
    text: &'a str,
    kind: super::LineKind,
    color: Option<Colour>,
    #[serde(skip_serializing_if = "Option::is_none")]
    weakness: Option<Weakness>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    advice: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rival: Option<UnitJson<'a>>,
    /// Where the target stands for the line, read in the context of the letter.
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<StandingJson<'a>>,
    /// The best occupations for the line read alone.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    top: Vec<CandidateJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    verbatim: Option<&'a Verbatim>,
}

#[derive(Serialize)]
struct StandingJson<'a> {
    code: &'a str,
    score: f32,
    rank: usize,
}

#[derive(Serialize)]
struct CoverageItemJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    text: &'a str,
    covered: bool,
    lines: &'a [usize],
}

#[derive(Serialize)]
struct CoverageJson<'a> {
    lead_statement: CoverageItemJson<'a>,
    /// The role whose duties are counted, when the profile has several.
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    main_duties: Vec<CoverageItemJson<'a>>,
    covered: usize,
    total: usize,
    summary: String,
}

#[derive(Serialize)]
struct ShareJson<'a> {
    code: &'a str,
    title: &'a str,
    teer: u8,
    share: f32,
}

#[derive(Serialize)]
struct VerdictJson<'a> {
    ranking: Vec<ShareJson<'a>>,
    summary: String,
    warning: Option<String>,
    counted_lines: usize,
}

#[derive(Serialize)]
struct VerbatimJson<'a> {
    line: usize,
    #[serde(flatten)]
    verbatim: &'a Verbatim,
}

#[derive(Serialize)]
struct AnalysisJson<'a> {
    target: Option<UnitJson<'a>>,
    lines: Vec<LineJson<'a>>,
    coverage: Option<CoverageJson<'a>>,
    verdict: VerdictJson<'a>,
    verbatim: Vec<VerbatimJson<'a>>,
    checklist: &'a [ChecklistItem],
}

fn line_json(line: &LineAnalysis) -> LineJson<'_> {
    let judgement = line.judgement.as_ref();
    LineJson {
        line: line.line.number,
        text: &line.line.text,
        kind: line.line.kind,
        color: judgement.map(|j| j.colour),
        weakness: judgement.and_then(|j| j.weakness),
        reason: judgement.map(|j| j.reason.as_str()),
        advice: judgement.and_then(|j| j.advice.as_deref()),
        rival: judgement.and_then(|j| j.rival).map(UnitJson::new),
        target: judgement.zip(line.target).map(|(j, target)| StandingJson {
            code: &target.unit.code,
            score: round(j.target_score),
            rank: j.target_rank,
        }),
        top: line.top.iter().map(CandidateJson::new).collect(),
        verbatim: line.verbatim.as_ref(),
    }
}

/// The analysis as one JSON document.
pub fn json(analysis: &LetterAnalysis) -> serde_json::Value {
    let summary = &analysis.summary;
    let coverage = summary.coverage.as_ref().map(|coverage| {
        fn item(item: &super::CoverageItem) -> CoverageItemJson<'_> {
            CoverageItemJson {
                role: item.role,
                text: item.text,
                covered: item.covered(),
                lines: &item.lines,
            }
        }
        CoverageJson {
            lead_statement: item(&coverage.lead),
            role: coverage.role,
            main_duties: coverage.duties.iter().map(item).collect(),
            covered: coverage.covered_duties(),
            total: coverage.duties.len(),
            summary: coverage.summary(),
        }
    });
    let verdict = VerdictJson {
        ranking: summary
            .verdict
            .ranking
            .iter()
            .map(|share| ShareJson {
                code: &share.unit.code,
                title: &share.unit.title,
                teer: share.unit.teer,
                share: round(share.share),
            })
            .collect(),
        summary: summary.verdict.summary(5),
        warning: summary.verdict.warning(),
        counted_lines: summary.verdict.counted_lines,
    };
    let document = AnalysisJson {
        target: analysis.target.map(UnitJson::new),
        lines: analysis.lines.iter().map(line_json).collect(),
        coverage,
        verdict,
        verbatim: analysis
            .lines
            .iter()
            .filter_map(|line| {
                line.verbatim.as_ref().map(|verbatim| VerbatimJson {
                    line: line.line.number,
                    verbatim,
                })
            })
            .collect(),
        checklist: &summary.checklist,
    };
    serde_json::to_value(document).unwrap_or(serde_json::Value::Null)
}

/// Escapes characters that Markdown would read as formatting inside a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The analysis as a Markdown report a person can keep with their application notes. Control
/// characters from the letter are shown as symbols: a report printed to a terminal must not
/// carry escape sequences.
pub fn markdown(analysis: &LetterAnalysis, source: &str) -> String {
    crate::printable::printable(&markdown_raw(analysis, source)).into_owned()
}

fn markdown_raw(analysis: &LetterAnalysis, source: &str) -> String {
    let mut out = String::new();
    let summary = &analysis.summary;
    out.push_str(&format!("# Reference letter check: {source}\n\n"));
    match analysis.target {
        Some(target) => out.push_str(&format!(
            "Target occupation: **{} {}** (TEER {}; {}).\n\n",
            target.code,
            target.title,
            target.teer,
            crate::noc::express_entry_standing(target.teer)
        )),
        None => out.push_str("No target occupation was given, so lines are not coloured.\n\n"),
    }

    out.push_str("## Verdict\n\n");
    if summary.verdict.ranking.is_empty() {
        out.push_str("No duty line supports any occupation.\n\n");
    } else {
        out.push_str(&format!(
            "Share of the {} duty lines: {}\n\n",
            summary.verdict.counted_lines,
            summary.verdict.summary(5)
        ));
    }
    if let Some(warning) = summary.verdict.warning() {
        out.push_str(&format!("> ⚠️ Warning: {warning}\n\n"));
    }

    if let Some(coverage) = &summary.coverage {
        out.push_str(&format!("## Coverage: {}\n\n", coverage.summary()));
        let tick = |covered: bool| if covered { "✅" } else { "❌" };
        let lines = wording::line_numbers;
        out.push_str("| | Statement | Lines |\n|---|---|---|\n");
        out.push_str(&format!(
            "| {} | *Lead statement:* {} | {} |\n",
            tick(coverage.lead.covered()),
            cell(coverage.lead.text),
            lines(&coverage.lead.lines)
        ));
        for duty in &coverage.duties {
            out.push_str(&format!(
                "| {} | {}{} | {} |\n",
                tick(duty.covered()),
                duty.role.map(|r| format!("*{r}:* ")).unwrap_or_default(),
                cell(duty.text),
                lines(&duty.lines)
            ));
        }
        out.push('\n');
    }

    out.push_str("## Duty lines\n\n");
    out.push_str("| Line | Text | Best match | Colour | Why |\n|---|---|---|---|---|\n");
    for line in analysis.lines.iter().filter(|l| l.is_duty()) {
        let best = line
            .top
            .first()
            .map(|c| format!("{} {}", c.unit.code, c.unit.title))
            .unwrap_or_default();
        let (colour, why) = match &line.judgement {
            Some(j) => (
                wording::colour_emoji(j.colour).to_owned(),
                wording::reason_and_fix(&j.reason, j.advice.as_deref()),
            ),
            None => (String::new(), String::new()),
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            line.line.number,
            cell(&line.line.duty_text),
            cell(&best),
            colour,
            cell(&why)
        ));
    }
    out.push('\n');

    let copies: Vec<&LineAnalysis> = analysis
        .lines
        .iter()
        .filter(|l| l.verbatim.is_some())
        .collect();
    if !copies.is_empty() {
        out.push_str("## Copied from the NOC\n\n");
        out.push_str(wording::COPIED_RED_FLAG);
        out.push_str("\n\n");
        for line in copies {
            if let Some(v) = &line.verbatim {
                out.push_str(&format!(
                    "- Line {} {}\n",
                    line.line.number,
                    wording::copy_of(v.code, v.statement)
                ));
            }
        }
        out.push('\n');
    }

    out.push_str("## Checklist\n\n");
    for item in &summary.checklist {
        let mark = if item.found { "[x]" } else { "[ ]" };
        let mut text = format!("- {mark} {}", item.label);
        text.push_str(&wording::checklist_where(item.line));
        if let Some(note) = &item.note {
            text.push_str(&wording::checklist_note(note));
        }
        out.push_str(&text);
        out.push('\n');
    }
    out
}
