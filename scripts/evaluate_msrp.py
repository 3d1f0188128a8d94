#!/usr/bin/env python3
"""Accuracy and F1 of `tandem similarity` on an MSRP file (label, id1, id2, s1, s2).
Usage: scripts/evaluate_msrp.py [path/to/tandem] ../shared/bench/msrp/msr_paraphrase_test.txt"""
import json, subprocess, sys

tandem, path = (sys.argv[1], sys.argv[2]) if len(sys.argv) > 2 else (".build/release/tandem", sys.argv[1])
rows = []
for line in open(path, encoding="utf-8-sig"):
    fields = line.rstrip("\n").split("\t")
    if len(fields) >= 5 and fields[0] in ("0", "1"):
        rows.append((fields[0] == "1", fields[3], fields[4]))
stdin = "".join(f"{a}\t{b}\n" for _, a, b in rows)
out = subprocess.run([tandem, "similarity"], input=stdin, capture_output=True, text=True, check=True).stdout.splitlines()
predicted = [json.loads(line)["paraphrase"] for line in out]
tp = sum(p and g for p, (g, _, _) in zip(predicted, rows))
fp = sum(p and not g for p, (g, _, _) in zip(predicted, rows))
fn = sum(not p and g for p, (g, _, _) in zip(predicted, rows))
accuracy = sum(p == g for p, (g, _, _) in zip(predicted, rows)) / len(rows)
precision, recall = tp / (tp + fp), tp / (tp + fn)
print(f"{path.split('/')[-1]}: {len(rows)} pairs, accuracy {accuracy:.1%}, F1 {2 * precision * recall / (precision + recall):.1%}")
