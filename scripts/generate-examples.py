#!/usr/bin/env python3
"""Writes the demo evaluation set: examples/predictions.csv (the current model) and
examples/baseline-predictions.csv (the previous model).

A churn/fraud-like binary classifier scored on 2,000 examples from three regions (eu, us, apac; different
sizes, about 20% positives). Each model's score is the sigmoid of a noisy logit; both models share part of
their noise (they see the same features), and y_pred = score >= 0.5. The current model is slightly worse than
the baseline overall and clearly worse in apac. Same ids and labels in both files. Deterministic:

    /usr/bin/python3 scripts/generate-examples.py        (numpy only; prints a summary when sklearn is present)
"""

import csv
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "examples"
SEED = 20240611

REGIONS = [("eu", 1000, 0.19), ("us", 650, 0.20), ("apac", 350, 0.23)]  # name, rows, positive rate
# separation of the two classes on the logit scale, per model and region
SEPARATION = {
    "baseline": {"eu": 1.10, "us": 1.05, "apac": 1.05},
    "current": {"eu": 1.08, "us": 1.03, "apac": 0.62},
}
INTERCEPT = -0.95


def main():
    rng = np.random.RandomState(SEED)
    region = np.array([name for name, size, _ in REGIONS for _ in range(size)])
    rate = np.array([r for _, size, r in REGIONS for _ in range(size)])
    order = rng.permutation(len(region))  # interleave the regions
    region, rate = region[order], rate[order]
    n = len(region)
    y = (rng.rand(n) < rate).astype(int)
    shared = rng.normal(0.0, 0.9, n)  # what both models get wrong together

    scores = {}
    for model in ("baseline", "current"):
        sep = np.array([SEPARATION[model][r] for r in region])
        own = rng.normal(0.0, 0.55, n)
        logit = INTERCEPT + sep * (2 * y - 1) + shared + own
        scores[model] = np.round(1.0 / (1.0 + np.exp(-logit)), 4)

    ids = [f"txn-{i:05d}" for i in range(1, n + 1)]
    OUT.mkdir(exist_ok=True)
    for model, name in (("current", "predictions.csv"), ("baseline", "baseline-predictions.csv")):
        with open(OUT / name, "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["id", "region", "y_true", "y_pred", "y_score"])
            for i in range(n):
                s = float(scores[model][i])
                w.writerow([ids[i], region[i], int(y[i]), int(s >= 0.5), repr(s)])

    try:
        from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
    except ImportError:
        return
    print(f"{n} rows, {y.mean():.1%} positive")
    for model in ("baseline", "current"):
        s = scores[model]
        yp = (s >= 0.5).astype(int)
        parts = [f"all: auc {roc_auc_score(y, s):.4f} acc {accuracy_score(y, yp):.4f} f1 {f1_score(y, yp):.4f}"]
        for r, _, _ in REGIONS:
            m = region == r
            parts.append(f"{r}: auc {roc_auc_score(y[m], s[m]):.4f} f1 {f1_score(y[m], yp[m]):.4f}")
        print(f"{model:9s}" + " | ".join(parts))


if __name__ == "__main__":
    main()
