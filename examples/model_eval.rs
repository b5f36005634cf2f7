use nocfit::classify::{features::line_features, model::LinearModel, text::Analyzer, vectors::TokenVectors};
use std::io::Write;
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model = LinearModel::from_bytes(&std::fs::read(&args[0]).unwrap()).unwrap();
    let analyzer = Analyzer::default();
    let vectors = TokenVectors::embedded();
    let dump = args.get(2).cloned();
    let mut out = dump.map(|p| std::io::BufWriter::new(std::fs::File::create(p).unwrap()));
    let text = std::fs::read_to_string(&args[1]).unwrap();
    let holdout: Option<(usize, usize)> = std::env::var("HOLDOUT").ok().and_then(|h| { let (a, b) = h.split_once(':')?; Some((a.parse().ok()?, b.parse().ok()?)) });
    let (mut n, mut t1, mut t3, mut sn, mut s1, mut s3) = (0, 0, 0, 0, 0, 0);
    for (i, row) in text.lines().skip(1).enumerate() {
        if holdout.is_some_and(|(k, j)| i % k != j) { continue; }
        let f: Vec<&str> = row.split('\t').collect();
        let (labels, kind, line) = (f[1], f[2], f[f.len() - 1]);
        let logits = model.logits(&model.vector(&line_features(&analyzer, &vectors, line)));
        if let Some(out) = out.as_mut() {
            let s: Vec<String> = logits.iter().map(|v| format!("{v:.4}")).collect();
            writeln!(out, "{}\t{}", f[0], s.join("\t")).unwrap();
        }
        if labels == "-" { continue; }
        let mut order: Vec<usize> = (0..logits.len()).collect();
        order.sort_by(|&a, &b| logits[b].total_cmp(&logits[a]));
        let labels: Vec<&str> = labels.split(';').collect();
        let hit1 = labels.contains(&model.classes[order[0]].as_str());
        let hit3 = order[..3].iter().any(|&c| labels.contains(&model.classes[c].as_str()));
        n += 1; t1 += hit1 as usize; t3 += hit3 as usize;
        if kind == "strict" { sn += 1; s1 += hit1 as usize; s3 += hit3 as usize; }
    }
    println!("all n={n} top1={:.3} top3={:.3}  strict n={sn} top1={:.3} top3={:.3}", t1 as f64 / n as f64, t3 as f64 / n as f64, s1 as f64 / sn as f64, s3 as f64 / sn as f64);
}
