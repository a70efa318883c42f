#!/usr/bin/env python3
"""Writes test/fixtures/stats/items-reference.json: the values the item-by-item statistics
(src/stats/student-t.ts, src/stats/item-estimate.ts, pass@k in src/ingest/llm-logs/scored.ts) are tested against.

Run with the Debian Python that has SciPy and pandas:

    /usr/bin/python3 scripts/generate-items-reference.py

Sources of truth
  student_t    scipy.stats.t.cdf; quantiles by mpmath (40 digits) inverting the regularized incomplete beta,
               because SciPy 1.10's t.ppf is accurate only to about 1e-8 (its own cdf at its ppf(0.975, 39)
               gives 0.97499999955).
  paired_t     scipy.stats.ttest_rel (p-value) and mean ± t quantile (as above) × standard error of the mean
               paired difference of item means (pandas groupby-mean over repeats first).
  clustered    the CR1 cluster-robust standard error of a mean, written out: sqrt(G/(G-1) * sum_g (sum_{i in g}
               (d_i - dbar))^2) / n, with a t(G-1) interval from scipy.stats.t.
  pass_at_k    1 - comb(n-c, k)/comb(n, k) and comb(c, k)/comb(n, k) with Python's exact integers.
"""

import json
import math
from pathlib import Path

import mpmath
import numpy as np
import pandas as pd
from scipy import stats

out = {}
mpmath.mp.dps = 40


def t_ppf(p, df):
    """The t quantile to full double precision: the root of I_{df/(df+t^2)}(df/2, 1/2)/2 = 1 - p (p > 1/2)."""
    tail = mpmath.mpf(1) - mpmath.mpf(p)
    cdf_tail = lambda t: mpmath.betainc(mpmath.mpf(df) / 2, mpmath.mpf(1) / 2, 0, df / (df + t * t), regularized=True) / 2 - tail
    return float(mpmath.findroot(cdf_tail, float(stats.t.ppf(p, df))))


def t_interval(mean, se, df):
    q = t_ppf(0.975, df)
    return [mean - q * se, mean + q * se]


out["student_t"] = {
    "ppf": [[p, df, t_ppf(p, df)] for p, df in [(0.975, 1), (0.975, 4), (0.975, 99), (0.995, 2.5), (0.6, 30), (0.975, 10000)]],
    "cdf": [[t, df, float(stats.t.cdf(t, df))] for t, df in [(-2.5, 7), (0.3, 3), (1.96, 99), (-6.0, 12), (4.0, 1)]],
}

rng = np.random.RandomState(18)
# 40 items x 3 repeats, graded scores, in 8 clusters of 5 items.
items = 40
rows = []
for side in ("baseline", "current"):
    for i in range(items):
        for r in range(3):
            rows.append({"side": side, "id": f"q{i}", "repeat": r, "cluster": f"p{i // 5}", "score": round(float(rng.rand()) + (0.05 if side == "current" else 0), 6)})
frame = pd.DataFrame(rows)
means = frame.groupby(["side", "id"], sort=False)["score"].mean().unstack(0)
d = (means["current"] - means["baseline"]).to_numpy()
n = len(d)
mean = float(d.mean())
se = float(d.std(ddof=1) / math.sqrt(n))
clusters = frame[frame.side == "current"].groupby("id", sort=False)["cluster"].first().reindex(means.index).to_numpy()
sums = pd.Series(d - mean).groupby(clusters).sum().to_numpy()
g = len(sums)
se_cr = math.sqrt(g / (g - 1) * float((sums ** 2).sum())) / n
out["items"] = {
    "rows": rows,
    "baseline_mean": float(means["baseline"].mean()),
    "current_mean": float(means["current"].mean()),
    "paired_t": {"mean": mean, "se": se, "interval": t_interval(mean, se, n - 1), "p": float(stats.ttest_rel(means["current"], means["baseline"]).pvalue)},
    "clustered": {"clusters": g, "se": se_cr, "interval": t_interval(mean, se_cr, g - 1)},
    "correlation": float(np.corrcoef(means["baseline"], means["current"])[0, 1]),
}

out["pass_at_k"] = [
    [n, c, k, 1 - math.comb(n - c, k) / math.comb(n, k), math.comb(c, k) / math.comb(n, k)]
    for n, c, k in [(5, 0, 1), (5, 1, 1), (5, 2, 3), (10, 3, 5), (10, 9, 5), (20, 10, 10), (100, 37, 25), (4, 4, 4)]
]

path = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "stats" / "items-reference.json"
path.write_text(json.dumps(out, indent=1) + "\n")
print(f"wrote {path}")
