//! The little-endian arrays the packed term index is made of, read in place from the bytes
//! compiled into the binary: nothing is parsed or copied when the classifier starts.

/// `u32` values stored little-endian.
#[derive(Clone, Copy)]
pub struct U32s(pub &'static [u8]);

impl U32s {
    pub fn len(self) -> usize {
        self.0.len() / 4
    }

    /// The value at `i`; 0 past the end (the index is checked whole when it is loaded).
    pub fn get(self, i: usize) -> u32 {
        self.0
            .get(4 * i..4 * i + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// The range `self[i]..self[i + 1]`, for offset tables.
    pub fn range(self, i: usize) -> std::ops::Range<usize> {
        self.get(i) as usize..self.get(i + 1) as usize
    }
}

/// `f32` values stored little-endian.
#[derive(Clone, Copy)]
pub struct F32s(pub &'static [u8]);

impl F32s {
    pub fn get(self, i: usize) -> f32 {
        f32::from_bits(U32s(self.0).get(i))
    }
}

/// `(u32, f32)` pairs stored little-endian: sparse vector entries and postings.
#[derive(Clone, Copy)]
pub struct Entries(pub &'static [u8]);

impl Entries {
    /// The entries in `range`.
    pub fn slice(self, range: std::ops::Range<usize>) -> impl Iterator<Item = (u32, f32)> {
        let bytes = self.0.get(8 * range.start..8 * range.end).unwrap_or(&[]);
        bytes.chunks_exact(8).map(|b| {
            (
                u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
                f32::from_le_bytes([b[4], b[5], b[6], b[7]]),
            )
        })
    }
}

/// Splits the packed bytes into their sections, front to back.
pub struct Reader {
    bytes: &'static [u8],
}

impl Reader {
    pub fn new(bytes: &'static [u8]) -> Reader {
        Reader { bytes }
    }

    /// The next `len` bytes.
    pub fn take(&mut self, len: usize) -> Option<&'static [u8]> {
        if self.bytes.len() < len {
            return None;
        }
        let (head, rest) = self.bytes.split_at(len);
        self.bytes = rest;
        Some(head)
    }

    pub fn u32(&mut self) -> Option<u32> {
        self.take(4).map(|b| U32s(b).get(0))
    }

    pub fn u32s(&mut self, count: usize) -> Option<U32s> {
        self.take(count.checked_mul(4)?).map(U32s)
    }

    pub fn entries(&mut self, count: usize) -> Option<Entries> {
        self.take(count.checked_mul(8)?).map(Entries)
    }

    /// Whether every byte was read.
    pub fn is_done(&self) -> bool {
        self.bytes.is_empty()
    }
}

/// Writes the sections.
#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn u32(&mut self, value: u32) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    pub fn f32(&mut self, value: f32) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    pub fn entry(&mut self, (id, weight): (u32, f32)) {
        self.u32(id);
        self.f32(weight);
    }
}
