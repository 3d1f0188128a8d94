#!/usr/bin/env python3
"""Two ways of using CheckThat! 2019's own training debates, tried in
scikit-learn on features close to Tandem's claim model (word 1–2-grams with
figures as one token, character 2–5-grams within words, class-balanced
logistic regression, C = 1; the hand cues left out). Each choice is judged on
CT19's training debates (grouped by debate, never on the test debates); the
test MAP and the CT24 dev-test F1 are printed after, for the record.

  merge    fit on CT24 train + dev plus CT19 training, its rows weighted w;
           w chosen by 5-fold cross-validation over the training debates
  rerank   a small logistic regression over the CT24 model's score and dense
           cues (length, question, digits, first person, place in the debate),
           fitted on the training debates; chosen by leave-one-debate-out

  ceiling  a diagnostic, not a model: each test debate scored by a model that
           also learnt from the other six test debates (weights 1 and 4), to
           see how far the same features go with labels from the test period

Usage: scripts/ct19_adaptation.py BENCH/claims {merge|rerank|ceiling}   (needs scikit-learn; 5–15 min)
Results are in BENCHMARKS.md (Claims, "CT19's training debates")."""
import csv, math, re, sys
import numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

root, mode = sys.argv[1].rstrip("/") + "/", sys.argv[2]

def ct24(name):
    rows = [l.rstrip("\n").split("\t") for l in open(f"{root}ct24_english/CT24_checkworthy_english_{name}.tsv", encoding="utf-8")][1:]
    rows = [r for r in rows if len(r) >= 3]
    return [r[1] for r in rows], [r[2].strip() == "Yes" for r in rows]

def ct19(name):
    rows = list(csv.reader(open(f"{root}ct19_task1/CT19-T1-{name}.csv", encoding="utf-8")))[1:]
    return [r[2] for r in rows], np.array([r[3] == "1" for r in rows]), np.array([r[4] for r in rows])

FIGURE = re.compile(r"\d[\d,.]*")

def fit(texts, labels, weights=None):
    words = TfidfVectorizer(preprocessor=lambda s: FIGURE.sub(" NUM ", s.lower()), ngram_range=(1, 2), min_df=2, token_pattern=r"(?u)\b\w+\b")
    characters = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3, sublinear_tf=True)
    words.fit(texts); characters.fit(texts)
    features = lambda t: sp.hstack([words.transform(t), characters.transform(t)]).tocsr()
    y = np.array(labels)
    w = np.ones(len(y)) if weights is None else np.array(weights, float)
    w = w * np.where(y, w.sum() / (2 * w[y].sum()), w.sum() / (2 * w[~y].sum()))  # balanced over the weighted rows
    model = LogisticRegression(C=1.0, max_iter=2000).fit(features(texts), y, sample_weight=w)
    return lambda t: model.decision_function(features(t))

def average_precision(scores, labels):
    order = np.argsort(-scores, kind="stable")
    hits = labels[order]
    return (np.cumsum(hits)[hits] / (np.nonzero(hits)[0] + 1)).mean() if hits.any() else 0.0

def mean_average_precision(scores, labels, debates):
    return np.mean([average_precision(scores[debates == d], labels[debates == d]) for d in sorted(set(debates))])

def f1(scores, labels, threshold):
    guess, y = scores >= threshold, np.array(labels)
    tp, fp, fn = (guess & y).sum(), (guess & ~y).sum(), (~guess & y).sum()
    return 2 * tp / (2 * tp + fp + fn)

train, dev, devtest = ct24("train"), ct24("dev"), ct24("dev-test")
base_texts, base_labels = train[0] + dev[0], train[1] + dev[1]
ct19_train, ct19_test = ct19("Training"), ct19("Test")
train_debates = sorted(set(ct19_train[2]))

def report(name, score):
    s = score(devtest[0])
    print(f"{name}: CT19 test MAP {mean_average_precision(score(ct19_test[0]), ct19_test[1], ct19_test[2]):.4f}, "
          f"CT24 dev-test F1 {f1(s, devtest[1], 0):.3f} at 0.5, {f1(s, devtest[1], math.log(0.4 / 0.6)):.3f} at 0.4", flush=True)

if mode == "merge":
    texts, labels, debates = ct19_train
    folds = [train_debates[i::5] for i in range(5)]
    best = None
    for w in [0, 0.5, 1, 2, 4, 8]:
        scores = np.zeros(len(texts))
        for fold in folds:
            held = np.isin(debates, fold)
            kept = [t for t, h in zip(texts, held) if not h] if w else []
            score = fit(base_texts + kept, base_labels + list(labels[~held]) if w else base_labels,
                        [1] * len(base_texts) + [w] * len(kept))
            scores[held] = score([t for t, h in zip(texts, held) if h])
        cv = mean_average_precision(scores, labels, debates)
        print(f"w {w}: cross-validated MAP on CT19 training {cv:.4f}", flush=True)
        best = max(best or (cv, w), (cv, w))
    report("CT24 alone", fit(base_texts, base_labels))
    report(f"merged, w {best[1]}", fit(base_texts + texts, base_labels + list(labels), [1] * len(base_texts) + [best[1]] * len(texts)))
elif mode == "rerank":
    score = fit(base_texts, base_labels)
    first_person = re.compile(r"\b(i|i'm|i've|my|me|we|we're|our|us)\b", re.I)
    def dense(texts, debates):
        place = np.zeros(len(texts))
        for d in set(debates):
            rows = np.nonzero(debates == d)[0]
            place[rows] = np.arange(len(rows)) / len(rows)
        return np.array([[s, math.log1p(len(t.split())), "?" in t, bool(re.search(r"\d", t)), bool(first_person.search(t)), p]
                         for t, s, p in zip(texts, score(texts), place)], float)
    x, y, debates = dense(ct19_train[0], ct19_train[2]), ct19_train[1], ct19_train[2]
    x_test = dense(ct19_test[0], ct19_test[2])
    mean, sd = x.mean(0), x.std(0) + 1e-9
    x, x_test = (x - mean) / sd, (x_test - mean) / sd
    for columns in [[0], [0, 1], [0, 1, 2], [0, 1, 2, 3], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4, 5]]:
        held_out = np.zeros(len(y))
        for d in train_debates:
            m = debates == d
            held_out[m] = LogisticRegression(class_weight="balanced").fit(x[~m][:, columns], y[~m]).decision_function(x[m][:, columns])
        model = LogisticRegression(class_weight="balanced").fit(x[:, columns], y)
        test = mean_average_precision(model.decision_function(x_test[:, columns]), ct19_test[1], ct19_test[2])
        print(f"columns {columns}: leave-one-debate-out MAP {mean_average_precision(held_out, y, debates):.4f}; CT19 test MAP {test:.4f}", flush=True)
elif mode == "ceiling":
    texts, labels, debates = ct19_test
    for w in [1.0, 4.0]:
        scores = np.zeros(len(texts))
        for d in sorted(set(debates)):
            held = debates == d
            others = [t for t, h in zip(texts, held) if not h]
            score = fit(base_texts + ct19_train[0] + others, base_labels + list(ct19_train[1]) + list(labels[~held]),
                        [1] * len(base_texts) + [w] * (len(ct19_train[0]) + len(others)))
            scores[held] = score([t for t, h in zip(texts, held) if h])
        print(f"other test debates weighted {w}: CT19 test MAP {mean_average_precision(scores, labels, debates):.4f}", flush=True)
