//! The result list: the search hits, the selection and the scroll position.

use crate::noc::Catalog;
use crate::search::{Hit, MatchField};

/// The hits of the current query, or every unit group when the query is empty.
#[derive(Debug, Clone, Default)]
pub struct Results {
    pub hits: Vec<Hit>,
    pub selected: usize,
    /// The first hit shown.
    pub offset: usize,
}

/// Whether a hit takes a second row to show the example title or note that matched.
pub fn has_detail(hit: &Hit) -> bool {
    hit.note.is_some() || hit.field == MatchField::Example
}

/// Rows a hit takes in the list.
pub fn hit_height(hit: &Hit) -> usize {
    1 + usize::from(has_detail(hit))
}

/// Every unit group in code order, as hits of an empty query.
pub fn all_units(catalog: &Catalog) -> Vec<Hit> {
    catalog
        .unit_groups()
        .iter()
        .enumerate()
        .map(|(unit, group)| Hit {
            unit,
            field: MatchField::Title,
            matched: group.title.clone(),
            indices: Vec::new(),
            score: 0,
            note: None,
        })
        .collect()
}

impl Results {
    /// Replaces the hits, selecting the first.
    pub fn set(&mut self, hits: Vec<Hit>) {
        self.hits = hits;
        self.selected = 0;
        self.offset = 0;
    }

    /// The unit group of the selected hit.
    pub fn selected_unit(&self) -> Option<usize> {
        self.hits.get(self.selected).map(|hit| hit.unit)
    }

    /// Selects the hit for a unit group, if it is in the list.
    pub fn select_unit(&mut self, unit: usize) -> bool {
        match self.hits.iter().position(|hit| hit.unit == unit) {
            Some(position) => {
                self.selected = position;
                true
            }
            None => false,
        }
    }

    /// Moves the selection by `delta` hits, staying inside the list.
    pub fn step(&mut self, delta: isize) {
        let last = self.hits.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Adjusts the offset so the selected hit is fully inside a viewport of `height` rows.
    pub fn scroll_into_view(&mut self, height: usize) {
        if self.hits.is_empty() || height == 0 {
            self.offset = 0;
            return;
        }
        self.selected = self.selected.min(self.hits.len() - 1);
        if self.selected < self.offset {
            self.offset = self.selected;
            return;
        }
        // Move the offset down until the rows from offset to the selection fit.
        let mut rows: usize = self.hits[self.offset..=self.selected]
            .iter()
            .map(hit_height)
            .sum();
        while rows > height && self.offset < self.selected {
            rows -= hit_height(&self.hits[self.offset]);
            self.offset += 1;
        }
    }

    /// How many hits fit in `height` rows from the offset (at least one).
    pub fn visible_count(&self, height: usize) -> usize {
        let mut rows = 0;
        let mut count = 0;
        for hit in self.hits.iter().skip(self.offset) {
            rows += hit_height(hit);
            if rows > height {
                break;
            }
            count += 1;
        }
        count.max(1)
    }

    /// The hit drawn at `row` rows below the top of the list, if any.
    pub fn hit_at_row(&self, row: usize) -> Option<usize> {
        let mut top = 0;
        for (index, hit) in self.hits.iter().enumerate().skip(self.offset) {
            let height = hit_height(hit);
            if row < top + height {
                return Some(index);
            }
            top += height;
        }
        None
    }
}
