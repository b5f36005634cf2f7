#!/usr/bin/env python3
"""Writes letters that mix an occupation's duties with a lower-TEER rival's, from the training
lines a held-out model never saw, to measure the verdict honestly (the dev letters are few
and must not be fitted on).

For each unit group of TEER 0-3 and each lower-TEER group its profile excludes (the
occupations officers fall back to), two letters of five held-out duty lines and one generic
line, shuffled: three of the target's lines and two of the rival's (the verdict should be the
target), and two of the target's and three of the rival's (it should be the rival).

    cargo run --release -p train-model -- --holdout-train 4:0 --out /tmp/held-out
    python3 tools/mixed-letters.py --holdout 4:0 > /tmp/mixed.tsv
    cargo run --release --example eval -- /tmp/mixed.tsv --model /tmp/held-out/model.bin

The output has eval's letter columns: id (target-rival-kind), labels (the expected verdict),
lines joined by " || ", and each line's occupation ("-" for the generic line) in the same
order, so that eval also measures the colours with the first occupation as the target.
Deterministic: the same inputs give the same letters.
"""
import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", default="4:0", help="K:k, the training rows n with n % K == k (as train-model's --holdout-train)")
    parser.add_argument("--train", default=str(ROOT / "../shared/train/letter-lines-train.tsv"))
    args = parser.parse_args()
    modulus, remainder = (int(part) for part in args.holdout.split(":"))
    rows = [line.rstrip("\n").split("\t") for line in open(args.train, encoding="utf-8")][1:]
    held = [row for n, row in enumerate(rows) if n % modulus == remainder and len(row) == 4]
    lines, generic = {}, []
    for _, labels, kind, text in held:
        if kind == "generic":
            generic.append(text)
        elif kind == "strict":
            lines.setdefault(labels, []).append(text)
    units = json.load(open(ROOT / "data/noc.json", encoding="utf-8"))["unit_groups"]
    teer = {unit["code"]: int(unit["teer"]) for unit in units}
    shuffle = random.Random(2021)
    print("id\tlabels\tlines\tline_labels")
    for unit in units:
        target = unit["code"]
        if teer[target] > 3 or len(lines.get(target, [])) < 3:
            continue
        rivals = sorted({e["code"] for e in unit["exclusions"] if e.get("code") in teer and teer[e["code"]] > teer[target]})
        for rival in rivals:
            if len(lines.get(rival, [])) < 3:
                continue
            mine, theirs = lines[target][:3], lines[rival][:3]
            extra = shuffle.choice(generic)
            for name, expected, letter in [
                ("more-target", target, [(t, target) for t in mine[:3]] + [(t, rival) for t in theirs[:2]]),
                ("more-rival", rival, [(t, target) for t in mine[:2]] + [(t, rival) for t in theirs[:3]]),
            ]:
                letter = letter + [(extra, "-")]
                shuffle.shuffle(letter)
                texts = " || ".join(text for text, _ in letter)
                owners = " || ".join(owner for _, owner in letter)
                print(f"{target}-{rival}-{name}\t{expected}\t{texts}\t{owners}")


if __name__ == "__main__":
    main()
