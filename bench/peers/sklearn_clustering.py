#!/usr/bin/env python3
"""Peer baseline for story clustering: scikit-learn TF-IDF + agglomerative clustering (average link,
cosine distance) with the distance threshold tuned on each set's dev split, scored on its test split
with the same B-cubed / pairwise definitions as tests/Triangulate.Quality/Stories/ClusteringScore.cs.
Never told the number of clusters. Usage: sklearn_clustering.py <shared/data/stories folder>"""
import glob
import json
import os
import sys
import time
from collections import defaultdict

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer


def load(folder, files, label):
    docs = []
    for f in files:
        with open(os.path.join(folder, f), encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    r = json.loads(line)
                    docs.append({"id": r["id"], "gold": r[label], "split": r["split"],
                                 "text": ((r.get("title") or "") + "\n" + (r.get("text") or ""))})
    return docs


def score(gold, pred):
    """B-cubed and pairwise P/R/F1 (textbook definitions, as in SOURCE.md)."""
    gsets, psets = defaultdict(set), defaultdict(set)
    for d in gold:
        gsets[gold[d]].add(d)
        psets[pred[d]].add(d)
    p = r = 0.0
    tp = pp = gp = 0
    for d in gold:
        g, q = gsets[gold[d]], psets[pred[d]]
        both = len(g & q)
        p += both / len(q)
        r += both / len(g)
        tp += both - 1
        pp += len(q) - 1
        gp += len(g) - 1
    n = len(gold)
    bp, br = p / n, r / n
    f = lambda a, b: 0.0 if a + b == 0 else 2 * a * b / (a + b)
    pwp = tp / pp if pp else 1.0
    pwr = tp / gp if gp else 1.0
    return {"b3p": bp, "b3r": br, "b3f1": f(bp, br), "pwp": pwp, "pwr": pwr, "pwf1": f(pwp, pwr), "k": len(psets)}


def cluster(docs, threshold):
    # IDF from the split itself, like our batch mode (the clusterer sees the run's articles before assigning).
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1).fit_transform([d["text"] for d in docs])
    model = AgglomerativeClustering(n_clusters=None, distance_threshold=threshold, metric="cosine", linkage="average")
    labels = model.fit_predict(x.toarray())
    return {d["id"]: int(l) for d, l in zip(docs, labels)}


def run(name, docs):
    dev = [d for d in docs if d["split"] == "dev"]
    test = [d for d in docs if d["split"] == "test"]
    best = None
    for t in np.arange(0.50, 0.99, 0.02):
        s = score({d["id"]: d["gold"] for d in dev}, cluster(dev, t))
        if best is None or s["b3f1"] > best[1]["b3f1"]:
            best = (t, s)
    t = best[0]
    start = time.perf_counter()
    s = score({d["id"]: d["gold"] for d in test}, cluster(test, t))
    secs = time.perf_counter() - start
    print(f"| {name} | {len(test)} | {s['b3p']*100:.2f} | {s['b3r']*100:.2f} | {s['b3f1']*100:.2f} | {s['pwf1']*100:.2f} | {s['k']} | {t:.2f} | {secs:.2f} |", flush=True)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/stories"
    parts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(folder, "allsides_neus.part*.jsonl")))
    print("| set (test split) | docs | B3 P | B3 R | B3 F1 | pairwise F1 | clusters | threshold (dev) | seconds |")
    print("|---|---|---|---|---|---|---|---|---|")
    run("ECB+ sub-topic", load(folder, ["ecbplus.jsonl"], "subtopic"))
    run("BASIL", load(folder, ["basil.jsonl"], "cluster"))
    run("AllSides", load(folder, parts, "cluster"))


if __name__ == "__main__":
    main()
