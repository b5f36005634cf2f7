//! Limited-memory BFGS with a backtracking (Armijo) line search: minimises a smooth convex
//! function from its value and gradient, as scikit-learn's `lbfgs` solver does for logistic
//! regression. Deterministic: no randomness, and the arithmetic is done in a fixed order.

/// How many past steps approximate the curvature.
const MEMORY: usize = 10;

/// Minimises `objective` (which writes the gradient into its second argument and returns the
/// value) from `x`, for at most `iterations` steps; returns the value reached.
pub fn minimize(
    x: &mut [f32],
    iterations: usize,
    mut objective: impl FnMut(&[f32], &mut [f32]) -> f64,
    mut progress: impl FnMut(usize, f64, f64),
) -> f64 {
    let n = x.len();
    let mut gradient = vec![0.0f32; n];
    let mut value = objective(x, &mut gradient);
    let mut steps: Vec<(Vec<f32>, Vec<f32>, f64)> = Vec::with_capacity(MEMORY);
    let mut direction = vec![0.0f32; n];
    let mut trial = vec![0.0f32; n];
    let mut trial_gradient = vec![0.0f32; n];
    for iteration in 0..iterations {
        // Two-loop recursion: direction = -H * gradient.
        direction.copy_from_slice(&gradient);
        let mut alphas = Vec::with_capacity(steps.len());
        for (s, y, rho) in steps.iter().rev() {
            let alpha = rho * dot(s, &direction);
            axpy(-alpha, y, &mut direction);
            alphas.push(alpha);
        }
        if let Some((s, y, _)) = steps.last() {
            let scale = dot(s, y) / dot(y, y);
            direction.iter_mut().for_each(|d| *d *= scale as f32);
        } else {
            // First step: a unit step along the gradient, whatever its size.
            let norm = dot(&gradient, &gradient).sqrt().max(1e-12);
            direction.iter_mut().for_each(|d| *d /= norm as f32);
        }
        for ((s, y, rho), alpha) in steps.iter().zip(alphas.iter().rev()) {
            let beta = rho * dot(y, &direction);
            axpy(alpha - beta, s, &mut direction);
        }
        direction.iter_mut().for_each(|d| *d = -*d);
        let slope = dot(&gradient, &direction);
        if slope >= 0.0 {
            // Not a descent direction: start the curvature estimate again.
            steps.clear();
            continue;
        }
        // Backtracking line search for sufficient decrease.
        let mut step = 1.0f64;
        let mut accepted = None;
        for _ in 0..30 {
            for ((t, &xi), &d) in trial.iter_mut().zip(x.iter()).zip(&direction) {
                *t = xi + (step as f32) * d;
            }
            let trial_value = objective(&trial, &mut trial_gradient);
            if trial_value <= value + 1e-4 * step * slope {
                accepted = Some(trial_value);
                break;
            }
            step *= 0.5;
        }
        let Some(new_value) = accepted else {
            break;
        };
        let s: Vec<f32> = trial.iter().zip(x.iter()).map(|(t, xi)| t - xi).collect();
        let y: Vec<f32> = trial_gradient
            .iter()
            .zip(&gradient)
            .map(|(a, b)| a - b)
            .collect();
        let sy = dot(&s, &y);
        if sy > 1e-12 {
            if steps.len() == MEMORY {
                steps.remove(0);
            }
            steps.push((s, y, 1.0 / sy));
        }
        x.copy_from_slice(&trial);
        gradient.copy_from_slice(&trial_gradient);
        let change = value - new_value;
        value = new_value;
        progress(iteration, value, dot(&gradient, &gradient).sqrt());
        if change.abs() < 1e-9 * value.abs().max(1.0) {
            break;
        }
    }
    value
}

fn dot(a: &[f32], b: &[f32]) -> f64 {
    // Four running sums keep the order fixed and let the compiler vectorise.
    let mut sums = [0.0f64; 4];
    let chunks = a.len() / 4 * 4;
    for i in (0..chunks).step_by(4) {
        for k in 0..4 {
            sums[k] += f64::from(a[i + k]) * f64::from(b[i + k]);
        }
    }
    let tail: f64 = a[chunks..]
        .iter()
        .zip(&b[chunks..])
        .map(|(x, y)| f64::from(*x) * f64::from(*y))
        .sum();
    sums.iter().sum::<f64>() + tail
}

fn axpy(alpha: f64, x: &[f32], y: &mut [f32]) {
    let alpha = alpha as f32;
    for (yi, xi) in y.iter_mut().zip(x) {
        *yi += alpha * xi;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_minimum_of_a_quadratic() {
        // f(x) = sum (i+1) * (x_i - i)^2
        let mut x = vec![0.0f32; 5];
        minimize(
            &mut x,
            100,
            |x, g| {
                let mut value = 0.0;
                for (i, (xi, gi)) in x.iter().zip(g.iter_mut()).enumerate() {
                    let d = f64::from(*xi) - i as f64;
                    value += (i as f64 + 1.0) * d * d;
                    *gi = (2.0 * (i as f64 + 1.0) * d) as f32;
                }
                value
            },
            |_, _, _| {},
        );
        for (i, xi) in x.iter().enumerate() {
            assert!((f64::from(*xi) - i as f64).abs() < 1e-3, "{x:?}");
        }
    }
}
