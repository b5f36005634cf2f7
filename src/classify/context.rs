//! The rest of the letter, as the judge reads each line in its light: each group's probability
//! for a line is multiplied by how much the other duty lines support the group.

/// How the rest of the letter weighs on a line: each group's probability is multiplied by
/// `(support + CONTEXT_FLOOR) ^ CONTEXT_POWER`, where support is the group's mean probability
/// over the other duty lines.
const CONTEXT_FLOOR: f32 = 0.02;
const CONTEXT_POWER: f32 = 1.5;

/// The letter's duty lines as the judge reads each of them against the others.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    /// Each group's probability summed over the counted lines.
    total: Vec<f32>,
    lines: usize,
}

impl Context {
    /// The context of the counted (non-generic) duty lines' scores.
    pub fn new<'a>(lines: impl IntoIterator<Item = &'a [f32]>) -> Context {
        let mut total: Vec<f32> = Vec::new();
        let mut count = 0;
        for scores in lines {
            if total.is_empty() {
                total = vec![0.0; scores.len()];
            }
            for (t, s) in total.iter_mut().zip(scores) {
                *t += s;
            }
            count += 1;
        }
        Context {
            total,
            lines: count,
        }
    }

    /// Each group's mean probability over the counted lines other than this one: `counted`
    /// is what the context counted for the line (`None` when it is not one of them).
    pub fn support(&self, counted: Option<&[f32]>) -> Vec<f32> {
        let others = self.lines - usize::from(counted.is_some() && self.lines > 0);
        if others == 0 || counted.is_some_and(|own| own.len() != self.total.len()) {
            return vec![0.0; self.total.len()];
        }
        let own = counted.unwrap_or_default();
        self.total
            .iter()
            .enumerate()
            .map(|(i, t)| ((t - own.get(i).unwrap_or(&0.0)) / others as f32).max(0.0))
            .collect()
    }

    /// The line's probabilities read in the light of the other lines, summing to 1 (`counted`
    /// as for [`Context::support`]).
    pub fn reading(&self, scores: &[f32], counted: Option<&[f32]>) -> Vec<f32> {
        let support = self.support(counted);
        if support.len() != scores.len() {
            return scores.to_vec();
        }
        let weighed: Vec<f32> = scores
            .iter()
            .zip(&support)
            .map(|(p, s)| p * (s + CONTEXT_FLOOR).powf(CONTEXT_POWER))
            .collect();
        let sum: f32 = weighed.iter().sum();
        if sum > 0.0 {
            weighed.iter().map(|w| w / sum).collect()
        } else {
            scores.to_vec()
        }
    }
}
