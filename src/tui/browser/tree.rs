//! The hierarchy tree: broad categories down to unit groups, with expand and collapse. During a
//! search it keeps only the matches and their ancestors, all expanded, so the structure
//! survives filtering.

use std::collections::HashSet;

use crate::noc::{Catalog, Level};

/// One group or unit group of the tree.
#[derive(Debug, Clone)]
pub struct Node {
    pub code: &'static str,
    pub title: &'static str,
    /// 0 for a broad category, 4 for a unit group.
    pub depth: usize,
    /// Position in [`Catalog::unit_groups`] for a unit group.
    pub unit: Option<usize>,
    pub parent: Option<usize>,
    pub has_children: bool,
}

/// The tree's nodes in depth-first order and what is visible of them.
#[derive(Debug, Clone)]
pub struct Tree {
    pub nodes: Vec<Node>,
    /// The node of each unit group, by position in [`Catalog::unit_groups`].
    unit_nodes: Vec<usize>,
    expanded: HashSet<usize>,
    /// While searching: which nodes match or hold a match.
    filter: Option<Vec<bool>>,
    /// Nodes collapsed by hand during the current search.
    filter_collapsed: HashSet<usize>,
    /// The visible nodes, top to bottom.
    pub rows: Vec<usize>,
    pub selected: usize,
    pub offset: usize,
}

impl Tree {
    pub fn new(catalog: &'static Catalog) -> Tree {
        let mut tree = Tree {
            nodes: Vec::new(),
            unit_nodes: vec![0; catalog.unit_groups().len()],
            expanded: HashSet::new(),
            filter: None,
            filter_collapsed: HashSet::new(),
            rows: Vec::new(),
            selected: 0,
            offset: 0,
        };
        for group in catalog.groups() {
            if group.level == Level::BroadCategory {
                tree.add(catalog, &group.code, &group.title, group.level, None);
            }
        }
        tree.refresh();
        tree
    }

    fn add(
        &mut self,
        catalog: &'static Catalog,
        code: &'static str,
        title: &'static str,
        level: Level,
        parent: Option<usize>,
    ) {
        let index = self.nodes.len();
        let unit = catalog
            .unit_index(code)
            .filter(|_| level == Level::UnitGroup);
        if let Some(unit) = unit {
            self.unit_nodes[unit] = index;
        }
        let children = if level == Level::UnitGroup {
            Vec::new()
        } else {
            catalog.children(code)
        };
        self.nodes.push(Node {
            code,
            title,
            depth: parent.map_or(0, |p| self.nodes[p].depth + 1),
            unit,
            parent,
            has_children: !children.is_empty(),
        });
        for child in children {
            self.add(catalog, child.code, child.title, child.level, Some(index));
        }
    }

    fn is_expanded(&self, node: usize) -> bool {
        if self.filter.is_some() {
            !self.filter_collapsed.contains(&node)
        } else {
            self.expanded.contains(&node)
        }
    }

    /// Whether a group shows its children (for the ▸/▾ marker).
    pub fn shows_children(&self, node: usize) -> bool {
        self.nodes[node].has_children && self.is_expanded(node)
    }

    /// Recomputes the visible rows, keeping the selected node selected when it stays visible.
    fn refresh(&mut self) {
        let selected_node = self.rows.get(self.selected).copied();
        self.rows.clear();
        let mut skip_below: Option<usize> = None;
        for (index, node) in self.nodes.iter().enumerate() {
            if let Some(depth) = skip_below {
                if node.depth > depth {
                    continue;
                }
                skip_below = None;
            }
            if self.filter.as_ref().is_some_and(|keep| !keep[index]) {
                skip_below = Some(node.depth);
                continue;
            }
            self.rows.push(index);
            if node.has_children && !self.is_expanded(index) {
                skip_below = Some(node.depth);
            }
        }
        self.selected = selected_node
            .and_then(|node| self.rows.iter().position(|&row| row == node))
            .unwrap_or(0)
            .min(self.rows.len().saturating_sub(1));
    }

    /// Shows only these unit groups and their ancestors, or everything for `None`. Selects the
    /// first of them.
    pub fn filter(&mut self, units: Option<&[usize]>) {
        self.filter_collapsed.clear();
        self.offset = 0;
        self.filter = units.map(|units| {
            let mut keep = vec![false; self.nodes.len()];
            for &unit in units {
                let mut node = self.unit_nodes.get(unit).copied();
                while let Some(index) = node {
                    if keep[index] {
                        break;
                    }
                    keep[index] = true;
                    node = self.nodes[index].parent;
                }
            }
            keep
        });
        self.refresh();
        let first = units.and_then(|units| units.first().copied());
        match first {
            Some(unit) => {
                self.select_unit(unit);
            }
            None if self.filter.is_some() => self.selected = 0,
            None => {}
        }
    }

    /// The selected node.
    pub fn selected_node(&self) -> Option<&Node> {
        self.rows
            .get(self.selected)
            .map(|&index| &self.nodes[index])
    }

    /// The unit group of the selected row, if it is one.
    pub fn selected_unit(&self) -> Option<usize> {
        self.selected_node().and_then(|node| node.unit)
    }

    /// Expands the ancestors of a node and selects it.
    fn reveal(&mut self, node: usize) {
        let mut parent = self.nodes[node].parent;
        while let Some(index) = parent {
            self.expanded.insert(index);
            self.filter_collapsed.remove(&index);
            parent = self.nodes[index].parent;
        }
        self.refresh();
        if let Some(row) = self.rows.iter().position(|&row| row == node) {
            self.selected = row;
        }
    }

    /// Selects a unit group, expanding its ancestors. False if the filter hides it.
    pub fn select_unit(&mut self, unit: usize) -> bool {
        let Some(&node) = self.unit_nodes.get(unit) else {
            return false;
        };
        self.reveal(node);
        self.selected_unit() == Some(unit)
    }

    /// Expands a group by code and selects it. False if there is no such group or the filter
    /// hides it.
    pub fn open_group(&mut self, code: &str) -> bool {
        let Some(node) = self.nodes.iter().position(|node| node.code == code) else {
            return false;
        };
        self.reveal(node);
        self.expanded.insert(node);
        self.refresh();
        self.selected_node().is_some_and(|n| n.code == code)
    }

    /// Scrolls so the row of a node is at the top, when it is visible.
    pub fn scroll_to_node(&mut self, code: &str) {
        if let Some(row) = self
            .rows
            .iter()
            .position(|&row| self.nodes[row].code == code)
        {
            self.offset = row;
        }
    }

    /// Expands the selected group; false if it is a unit group or already open.
    pub fn expand(&mut self) -> bool {
        let Some(&node) = self.rows.get(self.selected) else {
            return false;
        };
        if !self.nodes[node].has_children || self.is_expanded(node) {
            return false;
        }
        self.expanded.insert(node);
        self.filter_collapsed.remove(&node);
        self.refresh();
        true
    }

    /// Collapses the selected group, or selects the parent of a collapsed group or unit group.
    pub fn collapse(&mut self) {
        let Some(&node) = self.rows.get(self.selected) else {
            return;
        };
        if self.nodes[node].has_children && self.is_expanded(node) {
            self.expanded.remove(&node);
            if self.filter.is_some() {
                self.filter_collapsed.insert(node);
            }
            self.refresh();
        } else if let Some(parent) = self.nodes[node].parent
            && let Some(row) = self.rows.iter().position(|&row| row == parent)
        {
            self.selected = row;
        }
    }

    /// Expands a collapsed group or collapses an expanded one.
    pub fn toggle(&mut self) {
        if !self.expand() {
            self.collapse();
        }
    }

    /// Moves the selection by `delta` rows.
    pub fn step(&mut self, delta: isize) {
        let last = self.rows.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Adjusts the offset so the selection is inside a viewport of `height` rows.
    pub fn scroll_into_view(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        // Never leave blank rows at the bottom while rows above are hidden.
        self.offset = self.offset.min(self.rows.len().saturating_sub(height));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_with_the_ten_broad_categories() {
        let tree = Tree::new(Catalog::embedded());
        assert_eq!(tree.rows.len(), 10);
        assert_eq!(tree.nodes.iter().filter(|n| n.unit.is_some()).count(), 516);
    }

    #[test]
    fn filtering_keeps_ancestors() {
        let catalog = Catalog::embedded();
        let mut tree = Tree::new(catalog);
        let Some(unit) = catalog.unit_index("12200") else {
            panic!("12200 is in the data");
        };
        tree.filter(Some(&[unit]));
        let codes: Vec<&str> = tree.rows.iter().map(|&r| tree.nodes[r].code).collect();
        assert_eq!(codes, ["1", "12", "122", "1220", "12200"]);
        assert_eq!(tree.selected_unit(), Some(unit));
        tree.selected = 1;
        tree.collapse();
        assert_eq!(tree.rows.len(), 2);
        tree.filter(None);
        assert!(tree.rows.len() >= 10);
    }
}
