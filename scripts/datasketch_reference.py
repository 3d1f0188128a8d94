#!/usr/bin/env python3
"""Reference for BENCHMARKS.md: near-duplicate pairs (word 5-shingle Jaccard >= 0.5)
found by a MinHash LSH (datasketch, 128 permutations), timed as a whole, against the
exact brute-force set. Usage: scripts/datasketch_reference.py ../shared/bench/bbc"""
import itertools, os, re, sys, time

start = time.time()
from datasketch import MinHash, MinHashLSH

root = sys.argv[1]
threshold = 0.5
docs = {}
for folder, _, files in sorted(os.walk(root)):
    for name in sorted(files):
        if not name.endswith(".txt"):
            continue
        raw = open(os.path.join(folder, name), "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        docs[os.path.relpath(os.path.join(folder, name), root)] = text

def shingles(text):
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 5]) for i in range(len(words) - 4)}

sets = {key: shingles(text) for key, text in docs.items()}
lsh = MinHashLSH(threshold=threshold, num_perm=128)
minhashes = {}
for key, s in sets.items():
    m = MinHash(num_perm=128)
    m.update_batch([g.encode("utf-8") for g in s])  # the fast, vectorised path
    minhashes[key] = m
    lsh.insert(key, m)
found = set()
for key, m in minhashes.items():
    for other in lsh.query(m):
        if other != key:
            a, b = sorted((key, other))
            if len(sets[a] & sets[b]) / len(sets[a] | sets[b]) >= threshold:
                found.add((a, b))
elapsed = time.time() - start

# The exact set, by brute force over pairs that share any shingle.
index = {}
for key, s in sets.items():
    for g in s:
        index.setdefault(g, []).append(key)
candidates = {tuple(sorted(p)) for keys in index.values() if 1 < len(keys) < 200 for p in itertools.combinations(keys, 2)}
exact = {p for p in candidates if len(sets[p[0]] & sets[p[1]]) / len(sets[p[0]] | sets[p[1]]) >= threshold}
print(f"datasketch MinHash LSH: {len(found)} of {len(exact)} exact pairs, missed {len(exact - found)}, in {elapsed:.2f} s (whole script, verified)")
