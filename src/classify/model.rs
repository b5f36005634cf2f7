//! The learned line model: multinomial logistic regression over a line's TF-IDF features,
//! trained by `tools/train-model` on letter-style duty lines and the NOC text, shipped as
//! `data/model/model.bin`.
//!
//! Each feature keeps only the classes it says something about (weights too small to move a
//! score are dropped when the model is written), quantised to one byte with a scale per
//! feature, so the model is small and a line costs a few thousand additions.
//!
//! Format (little-endian): `NOCFITM1`, u32 class count, u32 feature count; per class its code
//! (u8 length, bytes) and f32 bias; per feature its name (u8 length, bytes), f32 idf, f32
//! scale, u16 entry count and that many (u16 class, i8 weight) entries.

use std::borrow::Cow;
use std::hash::BuildHasher;

use thiserror::Error;

use super::features::{LineFeatures, dense_name};

const MAGIC: &[u8] = b"NOCFITM1";

/// A free slot in the table of feature names.
const EMPTY: u32 = u32::MAX;

/// The code of the model's last class: a line that supports no occupation ("other duties as
/// assigned", praise of the worker).
pub const GENERIC_CLASS: &str = "-";

/// A model file that cannot be read.
#[derive(Debug, Error, PartialEq)]
pub enum ModelError {
    #[error("not a nocfit model file")]
    Magic,
    #[error("the model file ends early")]
    Truncated,
    #[error("the model file has a feature or class name that is not UTF-8")]
    Name,
}

/// One feature's weights: the classes it speaks for or against.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureWeights {
    pub name: String,
    pub idf: f32,
    /// (class, weight) pairs.
    pub weights: Vec<(u16, f32)>,
}

/// The linear model, quantised, as the classifier uses it: read in place from the bytes of
/// its file (compiled into the binary, so the weights are never copied), with a table of where
/// each feature's name and weights are.
#[derive(Debug, Clone, PartialEq)]
pub struct LinearModel {
    /// Class codes (NOC 2021 unit groups), in the model's order.
    pub classes: Vec<String>,
    pub bias: Vec<f32>,
    /// The model file.
    bytes: Cow<'static, [u8]>,
    /// Where each feature's record (name length byte, name, idf, scale, entries) starts.
    records: Vec<u32>,
    /// An open-addressing table of feature ids by the hash of their names ([`EMPTY`] marks a
    /// free slot); its length is a power of two.
    slots: Vec<u32>,
    /// The ids of the dense dimensions, in order.
    dense: Vec<u32>,
    /// The dense dimensions' quantised weights unpacked, one row of every class per dimension
    /// (zero where the file has no entry), by feature id from `dense_start`: every line has
    /// all of them, and a row is added faster than its entries are read.
    dense_rows: Vec<f32>,
    dense_start: u32,
}

impl LinearModel {
    /// Builds the quantised model from full-precision weights.
    pub fn new(classes: Vec<String>, bias: Vec<f32>, features: &[FeatureWeights]) -> LinearModel {
        let mut out = MAGIC.to_vec();
        out.extend((classes.len() as u32).to_le_bytes());
        out.extend((features.len() as u32).to_le_bytes());
        for (class, bias) in classes.iter().zip(&bias) {
            push_name(&mut out, class);
            out.extend(bias.to_le_bytes());
        }
        for feature in features {
            let largest = feature
                .weights
                .iter()
                .map(|(_, w)| w.abs())
                .fold(0.0f32, f32::max);
            let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
            let entries: Vec<(u16, i8)> = feature
                .weights
                .iter()
                .filter_map(|&(class, w)| {
                    let q = (w / scale).round().clamp(-127.0, 127.0) as i8;
                    (q != 0).then_some((class, q))
                })
                .collect();
            push_name(&mut out, &feature.name);
            out.extend(feature.idf.to_le_bytes());
            out.extend(scale.to_le_bytes());
            out.extend((entries.len() as u16).to_le_bytes());
            for (class, weight) in entries {
                out.extend(class.to_le_bytes());
                out.push(weight as u8);
            }
        }
        LinearModel::read(Cow::Owned(out)).expect("a model reads back as written")
    }

    /// Reads a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<LinearModel, ModelError> {
        LinearModel::read(Cow::Owned(bytes.to_vec()))
    }

    /// Reads a model file compiled into the binary, in place.
    pub fn from_static(bytes: &'static [u8]) -> Result<LinearModel, ModelError> {
        LinearModel::read(Cow::Borrowed(bytes))
    }

    fn read(bytes: Cow<'static, [u8]>) -> Result<LinearModel, ModelError> {
        let mut reader = Reader {
            bytes: &bytes,
            at: 0,
        };
        if reader.take(MAGIC.len())? != MAGIC {
            return Err(ModelError::Magic);
        }
        let class_count = reader.u32()? as usize;
        let feature_count = reader.u32()? as usize;
        let mut classes = Vec::with_capacity(class_count.min(1 << 16));
        let mut bias = Vec::with_capacity(class_count.min(1 << 16));
        for _ in 0..class_count {
            classes.push(reader.name()?.to_owned());
            bias.push(reader.f32()?);
        }
        let mut records = Vec::with_capacity(feature_count.min(1 << 20));
        for _ in 0..feature_count {
            records.push(u32::try_from(reader.at).map_err(|_| ModelError::Truncated)?);
            reader.name()?;
            reader.take(8)?;
            let count = usize::from(reader.u16()?);
            reader.take(3 * count)?;
        }
        if reader.at != bytes.len() {
            return Err(ModelError::Truncated);
        }
        let mut model = LinearModel {
            classes,
            bias,
            records,
            slots: vec![EMPTY; (2 * feature_count).next_power_of_two().max(1)],
            dense: Vec::new(),
            dense_rows: Vec::new(),
            dense_start: 0,
            bytes,
        };
        for id in 0..feature_count as u32 {
            let mut slot = model.slot_of(model.name(id));
            while model.slots[slot] != EMPTY {
                slot = (slot + 1) & (model.slots.len() - 1);
            }
            model.slots[slot] = id;
        }
        model.dense = (0..).map_while(|i| model.id(&dense_name(i))).collect();
        model.unpack_dense_rows();
        Ok(model)
    }

    /// The model file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.bytes.to_vec()
    }

    /// Feature `id`'s name, as bytes (checked to be UTF-8 when the model was read).
    fn name(&self, id: u32) -> &[u8] {
        let at = self.records[id as usize] as usize;
        let length = usize::from(self.bytes[at]);
        &self.bytes[at + 1..at + 1 + length]
    }

    /// Unpacks the dense dimensions' rows when their ids are one run (they are named "d 0",
    /// "d 1", ... and written in name order, so they are).
    fn unpack_dense_rows(&mut self) {
        let (Some(&start), Some(&end)) = (self.dense.iter().min(), self.dense.iter().max()) else {
            return;
        };
        if (end - start) as usize + 1 != self.dense.len() {
            return;
        }
        let classes = self.classes.len();
        if classes == 0 {
            return;
        }
        let mut rows = vec![0.0f32; self.dense.len() * classes];
        for (row, id) in rows.chunks_exact_mut(classes).zip(start..=end) {
            for (class, weight) in self.feature(id).2 {
                if let Some(cell) = row.get_mut(usize::from(class)) {
                    *cell = f32::from(weight);
                }
            }
        }
        self.dense_rows = rows;
        self.dense_start = start;
    }

    /// Where a name's search starts in the table of slots.
    fn slot_of(&self, name: &[u8]) -> usize {
        let hash = foldhash::fast::FixedState::with_seed(0).hash_one(name);
        hash as usize & (self.slots.len() - 1)
    }

    /// A feature's id, by name.
    fn id(&self, name: &str) -> Option<u32> {
        let mut slot = self.slot_of(name.as_bytes());
        loop {
            let id = self.slots[slot];
            if id == EMPTY {
                return None;
            }
            if self.name(id) == name.as_bytes() {
                return Some(id);
            }
            slot = (slot + 1) & (self.slots.len() - 1);
        }
    }

    /// Feature `id`'s idf and scale, and its (class, weight) entries.
    fn feature(&self, id: u32) -> (f32, f32, impl Iterator<Item = (u16, i8)> + '_) {
        let at = self.records[id as usize] as usize;
        let at = at + 1 + usize::from(self.bytes[at]);
        let field = |at: usize| {
            let b = &self.bytes[at..at + 4];
            f32::from_le_bytes([b[0], b[1], b[2], b[3]])
        };
        let count = usize::from(u16::from_le_bytes([self.bytes[at + 8], self.bytes[at + 9]]));
        let entries = self.bytes[at + 10..at + 10 + 3 * count]
            .chunks_exact(3)
            .map(|e| (u16::from_le_bytes([e[0], e[1]]), e[2] as i8));
        (field(at), field(at + 4), entries)
    }

    /// How many features the model knows.
    pub fn feature_count(&self) -> usize {
        self.records.len()
    }

    /// The vector the model reads for a line: the TF-IDF vector of its sparse features
    /// (sublinear term frequency, L2-normalised; unknown features are ignored) followed by its
    /// dense values, as (feature id, value).
    pub fn vector(&self, features: &LineFeatures) -> Vec<(u32, f32)> {
        let mut vector = self.sparse_vector(&features.sparse);
        vector.extend(
            features
                .dense
                .iter()
                .enumerate()
                .filter_map(|(i, &value)| Some((*self.dense.get(i)?, value))),
        );
        vector
    }

    fn sparse_vector(&self, features: &[String]) -> Vec<(u32, f32)> {
        let mut ids: Vec<u32> = features.iter().filter_map(|f| self.id(f)).collect();
        ids.sort_unstable();
        let mut vector: Vec<(u32, f32)> = Vec::with_capacity(ids.len());
        for id in ids {
            match vector.last_mut() {
                Some((last, count)) if *last == id => *count += 1.0,
                _ => vector.push((id, 1.0)),
            }
        }
        for (id, value) in &mut vector {
            *value = (1.0 + value.ln()) * self.feature(*id).0;
        }
        let norm = vector.iter().map(|(_, v)| v * v).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, value) in &mut vector {
                *value /= norm;
            }
        }
        vector
    }

    /// The class scores (logits) of a feature vector, one per class.
    pub fn logits(&self, vector: &[(u32, f32)]) -> Vec<f32> {
        let mut logits = self.bias.clone();
        let classes = logits.len();
        for &(id, value) in vector {
            if id as usize >= self.records.len() {
                continue;
            }
            let (_, scale, entries) = self.feature(id);
            let factor = value * scale;
            let row = (id.wrapping_sub(self.dense_start) as usize).checked_mul(classes);
            if let Some(row) = row.and_then(|at| self.dense_rows.get(at..at + classes)) {
                // Adding zero where the file has no entry leaves those classes as they were.
                for (logit, weight) in logits.iter_mut().zip(row) {
                    *logit += factor * weight;
                }
                continue;
            }
            for (class, weight) in entries {
                if let Some(logit) = logits.get_mut(usize::from(class)) {
                    *logit += factor * f32::from(weight);
                }
            }
        }
        logits
    }
}

fn push_name(out: &mut Vec<u8>, name: &str) {
    let bytes = &name.as_bytes()[..name.len().min(255)];
    out.push(bytes.len() as u8);
    out.extend(bytes);
}

/// Reads little-endian fields from a byte slice.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.at.checked_add(n).ok_or(ModelError::Truncated)?;
        let slice = self.bytes.get(self.at..end).ok_or(ModelError::Truncated)?;
        self.at = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        self.take(N)?.try_into().map_err(|_| ModelError::Truncated)
    }

    fn u16(&mut self) -> Result<u16, ModelError> {
        self.array().map(u16::from_le_bytes)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        self.array().map(u32::from_le_bytes)
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        self.array().map(f32::from_le_bytes)
    }

    fn name(&mut self) -> Result<&'a str, ModelError> {
        let length = usize::from(self.take(1)?[0]);
        let bytes = self.take(length)?;
        std::str::from_utf8(bytes).map_err(|_| ModelError::Name)
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
