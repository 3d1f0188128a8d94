#!/usr/bin/env python3
"""5-fold cross-validation on MSRP train of the paraphrase model's features, as
`tandem train-similarity` fits them (standardized, L2 = 30, the threshold that
maximises training accuracy), with all features and with each one left out.
Needs scikit-learn. Usage:
  scripts/msrp_cv.py path/to/tandem ../shared/bench/msrp/msr_paraphrase_train.txt [--seeds N]"""
import json, subprocess, sys
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.preprocessing import StandardScaler

tandem, path = sys.argv[1], sys.argv[2]
seeds = int(sys.argv[sys.argv.index("--seeds") + 1]) if "--seeds" in sys.argv else 10
rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8-sig")]
rows = [r for r in rows if len(r) >= 5 and r[0] in ("0", "1")]
stdin = "".join(f"{r[3]}\t{r[4]}\n" for r in rows)
out = subprocess.run([tandem, "similarity", "--features"], input=stdin, capture_output=True, text=True, check=True)
records = [json.loads(line)["features"] for line in out.stdout.splitlines()]
names = list(records[0])
X = np.array([[r[n] for n in names] for r in records])
y = np.array([r[0] == "1" for r in rows])


def threshold(p, labels):
    """The cut between two sorted scores that classifies the most examples right."""
    order = np.argsort(p)
    correct, best = labels.sum(), (labels.sum(), 0.0)
    for i, k in enumerate(order):
        correct += -1 if labels[k] else 1
        following = p[order[i + 1]] if i + 1 < len(order) else 1.0
        if correct > best[0]:
            best = (correct, (p[k] + following) / 2)
    return best[1]


def accuracy(columns):
    scores = []
    for seed in range(seeds):
        for train, test in KFold(5, shuffle=True, random_state=seed).split(X):
            scaler = StandardScaler().fit(X[train][:, columns])
            model = LogisticRegression(C=1 / 30, max_iter=2000).fit(scaler.transform(X[train][:, columns]), y[train])
            cut = threshold(model.predict_proba(scaler.transform(X[train][:, columns]))[:, 1], y[train])
            predicted = model.predict_proba(scaler.transform(X[test][:, columns]))[:, 1] >= cut
            scores.append((predicted == y[test]).mean())
    return np.mean(scores), np.std(scores)


everything = list(range(len(names)))
mean, spread = accuracy(everything)
print(f"all {len(names)} features: CV accuracy {mean:.2%} (± {spread:.2%} per fold, {seeds} × 5 folds)")
for k, name in enumerate(names):
    print(f"  without {name:18s} {accuracy([c for c in everything if c != k])[0]:.2%}")
