//! `nocfit show CODE`: an occupation's profile, a NOC 2016 code's successors, or a group's
//! children.

use std::io::Write;

use super::show_json::{ShowJson, successors};
use super::{CliError, Format, Paint};
use crate::noc::{
    Catalog, Child, Group, Level, Lookup, Noc2016Code, UnitGroup, describe_change,
    express_entry_standing,
};
use crate::rules::{is_skilled_trade, skilled_trades_standing};

pub fn run(
    catalog: &Catalog,
    code: &str,
    format: Format,
    out: &mut dyn Write,
    paint: Paint,
) -> Result<(), CliError> {
    let lookup = catalog.lookup(code)?;
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &ShowJson::new(catalog, lookup))
                .map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        Format::Text => out.write_all(render_text(catalog, lookup, paint).as_bytes())?,
    }
    Ok(())
}

/// The text form of any lookup.
pub fn render_text(catalog: &Catalog, lookup: Lookup<'_>, paint: Paint) -> String {
    let mut text = Text::new(paint);
    match lookup {
        Lookup::UnitGroup(unit) => text.profile(unit),
        Lookup::Noc2016 { code, also_group } => {
            text.noc2016_header(code);
            if let Some(group) = also_group {
                text.also_group(catalog, group);
            }
            for unit in successors(catalog, code) {
                text.blank();
                text.profile(unit);
            }
        }
        Lookup::Group {
            group,
            also_noc2016,
        } => {
            text.group(catalog, group);
            if let Some(old) = also_noc2016 {
                text.blank();
                text.line(&paint.dim(&format!(
                    "{} is also NOC 2016 {} {}, now {}.",
                    group.code,
                    old.code,
                    old.title,
                    successor_codes(old)
                )));
            }
        }
    }
    text.out
}

fn successor_codes(code: &Noc2016Code) -> String {
    code.successors
        .iter()
        .map(|s| s.code.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Builds indented, wrapped text.
struct Text {
    paint: Paint,
    out: String,
}

const INDENT: &str = "  ";

impl Text {
    fn new(paint: Paint) -> Text {
        Text {
            paint,
            out: String::new(),
        }
    }

    fn line(&mut self, line: &str) {
        self.out.push_str(line);
        self.out.push('\n');
    }

    fn blank(&mut self) {
        self.out.push('\n');
    }

    fn heading(&mut self, title: &str) {
        self.blank();
        let heading = self.paint.bold(title);
        self.line(&heading);
    }

    /// A paragraph wrapped with `first` before its first line and `rest` before the others.
    fn wrapped(&mut self, text: &str, first: &str, rest: &str) {
        let options = textwrap::Options::new(self.paint.width)
            .initial_indent(first)
            .subsequent_indent(rest);
        for line in textwrap::wrap(text, options) {
            self.line(&line);
        }
    }

    fn bullets(&mut self, items: &[String], indent: &str) {
        let first = format!("{indent}• ");
        let rest = format!("{indent}  ");
        for item in items {
            self.wrapped(item, &first, &rest);
        }
    }

    fn section(&mut self, title: &str, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.heading(title);
        self.bullets(items, INDENT);
    }

    fn profile(&mut self, unit: &UnitGroup) {
        let paint = self.paint;
        self.line(&format!(
            "{}  {}",
            paint.bold(&paint.cyan(&unit.code)),
            paint.bold(&unit.title)
        ));
        let standing = express_entry_standing(unit.teer);
        let standing = if unit.is_skilled() {
            paint.green(standing)
        } else {
            paint.amber(standing)
        };
        self.line(&format!("TEER {} · {standing}", unit.teer));
        let trades = skilled_trades_standing(&unit.code);
        let trades = if is_skilled_trade(&unit.code) {
            paint.green(trades)
        } else {
            paint.dim(trades)
        };
        self.line(&trades);

        self.heading("Hierarchy");
        for (depth, (level, group)) in unit.hierarchy.path().into_iter().enumerate() {
            let indent = format!("{INDENT}{}", "  ".repeat(depth));
            let label = paint.dim(&format!("({})", level.label()));
            self.wrapped(
                &format!("{} {} {label}", group.code, group.title),
                &indent,
                &format!("{indent}{}", " ".repeat(group.code.len() + 1)),
            );
        }

        self.heading("Lead statement");
        self.wrapped(&unit.lead_statement, INDENT, INDENT);

        self.heading(&format!("Main duties ({})", unit.duty_count()));
        for group in &unit.main_duties {
            let indent = match &group.role {
                Some(role) => {
                    self.line(&format!("{INDENT}{}", paint.bold(role)));
                    "    "
                }
                None => INDENT,
            };
            self.bullets(&group.duties, indent);
            for context in &group.context {
                let first = format!("{indent}  ");
                self.wrapped(&paint.dim(context), &first, &first);
            }
        }

        self.section("Employment requirements", &unit.employment_requirements);
        self.section("Additional information", &unit.additional_information);
        if !unit.example_titles.is_empty() {
            self.heading(&format!("Example titles ({})", unit.example_titles.len()));
            self.wrapped(&unit.example_titles.join("; "), INDENT, INDENT);
        }
        self.section("Inclusions", &unit.inclusions);
        if !unit.exclusions.is_empty() {
            self.heading("Exclusions");
            let items: Vec<String> = unit
                .exclusions
                .iter()
                .map(|exclusion| format!("{} → see {}", exclusion.title, exclusion.code))
                .collect();
            self.bullets(&items, INDENT);
        }
        if !unit.noc2016.is_empty() {
            self.heading("NOC 2016");
            let items: Vec<String> = unit
                .noc2016
                .iter()
                .map(|old| {
                    format!(
                        "{} {} ({})",
                        old.code,
                        old.title,
                        describe_change(&old.change)
                    )
                })
                .collect();
            self.bullets(&items, INDENT);
        }
    }

    fn noc2016_header(&mut self, code: &Noc2016Code) {
        let paint = self.paint;
        match code.successors.as_slice() {
            [only] => self.wrapped(
                &format!(
                    "NOC 2016 {} {} is now NOC 2021 {} {} ({}).",
                    code.code,
                    code.title,
                    paint.bold(&only.code),
                    only.title,
                    describe_change(&only.change)
                ),
                "",
                "",
            ),
            successors => {
                self.wrapped(
                    &format!(
                        "NOC 2016 {} {} was split among {} NOC 2021 unit groups:",
                        code.code,
                        code.title,
                        successors.len()
                    ),
                    "",
                    "",
                );
                let items: Vec<String> = successors
                    .iter()
                    .map(|s| {
                        format!(
                            "{} {} ({})",
                            paint.bold(&s.code),
                            s.title,
                            describe_change(&s.change)
                        )
                    })
                    .collect();
                self.bullets(&items, INDENT);
            }
        }
        if let Some(notes) = code.successors.iter().find_map(|s| s.notes.as_deref()) {
            self.wrapped(&paint.dim(notes), INDENT, INDENT);
        }
    }

    fn also_group(&mut self, catalog: &Catalog, group: &Group) {
        let children: Vec<String> = catalog
            .children(&group.code)
            .iter()
            .map(|child| child.code.to_owned())
            .collect();
        let note = format!(
            "{} is also the NOC 2021 {} {} (unit groups {}).",
            group.code,
            group.level.label(),
            group.title,
            children.join(", ")
        );
        self.wrapped(&self.paint.dim(&note), "", "");
    }

    fn group(&mut self, catalog: &Catalog, group: &Group) {
        let paint = self.paint;
        self.line(&format!(
            "{}  {}",
            paint.bold(&paint.cyan(&group.code)),
            paint.bold(&group.title)
        ));
        self.line(&format!("NOC 2021 {}", group.level.label()));
        if !group.definition.is_empty() {
            self.blank();
            self.wrapped(&group.definition, "", "");
        }
        let children = catalog.children(&group.code);
        if let Some(first) = children.first() {
            self.heading(&format!(
                "{}s ({})",
                capitalise(first.level.label()),
                children.len()
            ));
            for Child { code, title, level } in children {
                let teer = if level == Level::UnitGroup {
                    paint.dim(&format!("  TEER {}", &code[1..2]))
                } else {
                    String::new()
                };
                self.wrapped(
                    &format!("{} {title}{teer}", paint.bold(code)),
                    INDENT,
                    &format!("{INDENT}{}", " ".repeat(code.len() + 1)),
                );
            }
        }
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
