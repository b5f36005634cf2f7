//! Multinomial logistic regression on sparse TF-IDF vectors with an L2 penalty, fitted by
//! L-BFGS on the whole training set: the objective scikit-learn's `LogisticRegression`
//! minimises, `0.5 |W|^2 + C * sum of weighted cross-entropies`, divided by `C * total weight`.
//!
//! Deterministic: the examples are split between threads in a fixed way and the partial
//! gradients are added in a fixed order, so the same inputs give the same weights.

use crate::lbfgs;

/// One training example: its sparse feature vector, class and weight.
pub struct Example {
    pub vector: Vec<(u32, f32)>,
    pub class: u16,
    pub weight: f32,
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Inverse strength of the L2 penalty, as scikit-learn's `C`.
    pub c: f32,
    pub iterations: usize,
    pub threads: usize,
}

/// The fitted weights: `weights[feature * classes + class]`, and a bias per class.
pub struct Fitted {
    pub weights: Vec<f32>,
    pub bias: Vec<f32>,
}

pub fn train(examples: &[Example], features: usize, classes: usize, settings: Settings) -> Fitted {
    let total_weight: f64 = examples.iter().map(|e| f64::from(e.weight)).sum();
    let penalty = 1.0 / (f64::from(settings.c) * total_weight.max(1.0));
    let size = features * classes;
    let mut parameters = vec![0.0f32; size + classes];
    let threads = settings.threads.max(1);
    let chunk = examples.len().div_ceil(threads).max(1);
    let mut partials: Vec<Vec<f32>> = vec![vec![0.0; size + classes]; threads];
    lbfgs::minimize(
        &mut parameters,
        settings.iterations,
        |parameters, gradient| {
            let losses: Vec<f64> = std::thread::scope(|scope| {
                let handles: Vec<_> = examples
                    .chunks(chunk)
                    .zip(partials.iter_mut())
                    .map(|(part, partial)| {
                        scope.spawn(move || accumulate(part, parameters, classes, partial))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or(f64::NAN))
                    .collect()
            });
            let scale = 1.0 / total_weight.max(1.0);
            gradient.fill(0.0);
            for partial in &partials {
                for (g, p) in gradient.iter_mut().zip(partial) {
                    *g += p;
                }
            }
            let mut value = losses.iter().sum::<f64>() * scale;
            for (i, (g, w)) in gradient.iter_mut().zip(parameters).enumerate() {
                *g = (f64::from(*g) * scale) as f32;
                if i < size {
                    *g += (penalty * f64::from(*w)) as f32;
                    value += 0.5 * penalty * f64::from(*w) * f64::from(*w);
                }
            }
            value
        },
        |iteration, value, norm| {
            if iteration % 25 == 0 {
                eprintln!("  iteration {iteration}: loss {value:.5}, gradient {norm:.2e}");
            }
        },
    );
    let bias = parameters.split_off(size);
    Fitted {
        weights: parameters,
        bias,
    }
}

/// Adds the weighted cross-entropy gradient of `examples` into `gradient` (cleared first) and
/// returns their weighted loss.
fn accumulate(
    examples: &[Example],
    parameters: &[f32],
    classes: usize,
    gradient: &mut [f32],
) -> f64 {
    gradient.fill(0.0);
    let size = parameters.len() - classes;
    let (weights, bias) = parameters.split_at(size);
    let mut logits = vec![0.0f32; classes];
    let mut loss = 0.0f64;
    for example in examples {
        logits.copy_from_slice(bias);
        for &(feature, value) in &example.vector {
            let row = &weights[feature as usize * classes..(feature as usize + 1) * classes];
            for (l, w) in logits.iter_mut().zip(row) {
                *l += value * w;
            }
        }
        let largest = logits.iter().copied().fold(f32::MIN, f32::max);
        let mut sum = 0.0f32;
        for l in logits.iter_mut() {
            *l = (*l - largest).exp();
            sum += *l;
        }
        let class = usize::from(example.class);
        loss -= f64::from(example.weight) * f64::from((logits[class] / sum).max(1e-30).ln());
        for l in logits.iter_mut() {
            *l = *l / sum * example.weight;
        }
        logits[class] -= example.weight;
        for &(feature, value) in &example.vector {
            let row = &mut gradient[feature as usize * classes..(feature as usize + 1) * classes];
            for (g, l) in row.iter_mut().zip(&logits) {
                *g += value * l;
            }
        }
        for (g, l) in gradient[size..].iter_mut().zip(&logits) {
            *g += l;
        }
    }
    loss
}
