//! `nocfit search QUERY`: occupations by code, title or example title.

use std::io::Write;

use serde::Serialize;

use super::{CliError, Format, Paint};
use crate::noc::Catalog;
use crate::search::{Filter, MatchField, SearchIndex, clean_query};

#[derive(Serialize)]
struct HitJson<'a> {
    code: &'a str,
    title: &'a str,
    teer: u8,
    matched: &'a str,
    field: MatchField,
    /// Character positions in `matched` that the query matched.
    indices: &'a [usize],
    score: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

pub fn run(
    catalog: &Catalog,
    query: &str,
    filter: Filter,
    limit: u16,
    format: Format,
    out: &mut dyn Write,
    paint: Paint,
) -> Result<(), CliError> {
    if clean_query(query).is_empty() {
        return Err(CliError::Usage(
            "the search query is empty; give words or a code, such as `nocfit search bookkeeper`"
                .into(),
        ));
    }
    let index = SearchIndex::new(catalog);
    let hits = index.search_filtered(query, usize::from(limit), filter);
    let units = catalog.unit_groups();
    match format {
        Format::Json => {
            let json: Vec<HitJson> = hits
                .iter()
                .map(|hit| {
                    let unit = &units[hit.unit];
                    HitJson {
                        code: &unit.code,
                        title: &unit.title,
                        teer: unit.teer,
                        matched: &hit.matched,
                        field: hit.field,
                        indices: &hit.indices,
                        score: hit.score,
                        note: hit.note.as_deref(),
                    }
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &json).map_err(std::io::Error::from)?;
            writeln!(out)?;
        }
        Format::Text => {
            if hits.is_empty() {
                let among = if filter.skilled_only {
                    " among the skilled ones (TEER 0-3)"
                } else {
                    ""
                };
                writeln!(out, "No occupation{among} matches {query:?}.")?;
            }
            for (rank, hit) in hits.iter().enumerate() {
                let unit = &units[hit.unit];
                let code = match hit.field {
                    MatchField::Code => paint.highlight(&unit.code, &hit.indices),
                    _ => unit.code.clone(),
                };
                writeln!(
                    out,
                    "{:>3}. {}  {}  {}",
                    rank + 1,
                    paint.bold(&code),
                    match hit.field {
                        MatchField::Title => paint.highlight(&unit.title, &hit.indices),
                        _ => unit.title.clone(),
                    },
                    paint.dim(&format!("TEER {}", unit.teer))
                )?;
                match hit.field {
                    MatchField::Example => writeln!(
                        out,
                        "       example: {}",
                        paint.highlight(&hit.matched, &hit.indices)
                    )?,
                    MatchField::Noc2016 => {
                        if let Some(note) = &hit.note {
                            writeln!(out, "       {}", paint.dim(note))?;
                        }
                    }
                    MatchField::Code | MatchField::Title => {}
                }
            }
        }
    }
    Ok(())
}
