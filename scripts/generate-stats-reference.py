#!/usr/bin/env python3
"""Writes test/fixtures/stats/reference.json: the values the statistics library (src/stats/) is tested against.

Run with the Debian Python that has SciPy 1.10.1, NumPy and scikit-learn 1.2.1:

    /usr/bin/python3 scripts/generate-stats-reference.py

Deterministic: every random draw comes from a seeded numpy RandomState (a frozen stream).

Sources of truth
  mcnemar    scipy.stats.binomtest(b, b + c, 0.5, alternative='two-sided').pvalue, checked against an
             mpmath sum at 50 digits.
  delong     DeLong, DeLong & Clarke-Pearson (1988) written out the classic, quadratic way below: the kernel
             psi(x, y) for every positive x negative pair, structural components V10 / V01 per curve, their
             covariance matrices S10 / S01, S = S10/m + S01/n. Validated here before anything is written:
             each AUC equals U/(m*n) from scipy.stats.mannwhitneyu and sklearn's roc_auc_score; the O(n log n)
             midrank form (Sun & Xu 2014, via scipy.stats.rankdata) gives the same components; and over 400
             simulated replicates the mean DeLong variance of the AUC difference matches the empirical variance.
  holm       the step-down rule written out here (statsmodels is not installed), and cross-checked against a
             brute-force definition: p_(i) * (m - i + 1), running maximum, capped at 1.
  normal     scipy.special.ndtr / ndtri, and 2 * scipy.stats.norm.sf(|z|) for two-sided p-values.
  percentile numpy.percentile (method 'linear').
  z_test     the difference of two independent estimates with known standard errors, scipy.stats.norm.
"""

import json
import math
from pathlib import Path

import mpmath
import numpy as np
import scipy
import sklearn
from scipy import special, stats
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "test" / "fixtures" / "stats" / "reference.json"
SEED = 20240611

mpmath.mp.dps = 50


# ---------------------------------------------------------------------------------------------------------------
# McNemar

MCNEMAR_PAIRS = [
    (5, 5), (1, 0), (0, 1), (0, 40), (40, 0), (3, 12), (12, 3), (7, 8), (2, 9), (0, 5), (20, 35), (100, 130),
    (250, 310), (1, 30), (10, 1000), (0, 1000), (12000, 11800), (60000, 61000), (500000, 501500),
    (4999000, 5001000), (4990000, 5010000),
]


def mcnemar_mpmath(b, c):
    n, k = b + c, min(b, c)
    if b == c:
        return mpmath.mpf(1)
    total = mpmath.mpf(0)
    term = mpmath.binomial(n, k) / mpmath.mpf(2) ** n
    j = k
    while True:
        total += term
        if j == 0 or term < total * mpmath.mpf(10) ** -40:
            break
        term = term * j / (n - j + 1)
        j -= 1
    return min(mpmath.mpf(1), 2 * total)


def mcnemar_cases():
    cases = []
    for b, c in MCNEMAR_PAIRS:
        p = float(stats.binomtest(b, b + c, 0.5, alternative="two-sided").pvalue)
        exact = mcnemar_mpmath(b, c)
        assert abs(mpmath.mpf(p) - exact) <= exact * mpmath.mpf("1e-11") + mpmath.mpf("1e-300"), (b, c, p, exact)
        cases.append({"b": b, "c": c, "pValue": p})
    return cases


# ---------------------------------------------------------------------------------------------------------------
# DeLong, the classic way

def psi_matrix(pos, neg):
    """psi(x, y) = 1 if x > y, 1/2 if x == y, 0 otherwise, for every positive x (rows) and negative y (columns)."""
    x = pos[:, None]
    y = neg[None, :]
    return (x > y).astype(np.float64) + 0.5 * (x == y)


def delong_classic(labels, scores_list):
    """AUCs, structural components and S = S10/m + S01/n (DeLong et al. 1988) for k curves on the same rows."""
    pos_mask = labels == 1
    m, n = int(pos_mask.sum()), int((~pos_mask).sum())
    aucs, v10, v01 = [], [], []
    for scores in scores_list:
        psi = psi_matrix(scores[pos_mask], scores[~pos_mask])
        aucs.append(psi.mean())
        v10.append(psi.mean(axis=1))
        v01.append(psi.mean(axis=0))
    s10 = np.cov(np.vstack(v10))
    s01 = np.cov(np.vstack(v01))
    return np.array(aucs), np.vstack(v10), np.vstack(v01), s10 / m + s01 / n


def delong_midrank(labels, scores):
    """Sun & Xu (2014): the same components from midranks, an independent formulation to cross-check."""
    pos, neg = scores[labels == 1], scores[labels == 0]
    m, n = len(pos), len(neg)
    tz = stats.rankdata(np.concatenate([pos, neg]))
    tx, ty = stats.rankdata(pos), stats.rankdata(neg)
    auc = (tz[:m].sum() - m * (m + 1) / 2) / (m * n)
    return auc, (tz[:m] - tx) / n, 1 - (tz[m:] - ty) / m


def validate_delong(labels, a, b, aucs, v10, v01):
    for scores, auc, c10, c01 in ((a, aucs[0], v10[0], v01[0]), (b, aucs[1], v10[1], v01[1])):
        pos, neg = scores[labels == 1], scores[labels == 0]
        u = stats.mannwhitneyu(pos, neg, alternative="two-sided", method="asymptotic").statistic
        assert abs(auc - u / (len(pos) * len(neg))) < 1e-12, (auc, u)
        assert abs(auc - roc_auc_score(labels, scores)) < 1e-12
        auc_r, r10, r01 = delong_midrank(labels, scores)
        assert abs(auc - auc_r) < 1e-12
        assert np.allclose(c10, r10, rtol=0, atol=1e-12) and np.allclose(c01, r01, rtol=0, atol=1e-12)


def delong_case(name, labels, a, b, decimals=None):
    if decimals is not None:
        a, b = np.round(a, decimals), np.round(b, decimals)
    labels = labels.astype(np.int64)
    aucs, v10, v01, s = delong_classic(labels, [a, b])
    validate_delong(labels, a, b, aucs, v10, v01)
    var = s[0, 0] + s[1, 1] - 2 * s[0, 1]
    delta = aucs[1] - aucs[0]
    se = math.sqrt(var)
    z = delta / se
    return {
        "name": name,
        "isPositive": labels.tolist(),
        "scoreA": a.tolist(),
        "scoreB": b.tolist(),
        "aucA": aucs[0], "aucB": aucs[1], "varA": s[0, 0], "varB": s[1, 1], "covAB": s[0, 1],
        "delta": delta, "se": se, "z": z, "pValue": float(2 * stats.norm.sf(abs(z))),
    }


def binormal(rs, n, prevalence, shift_a, shift_b, rho):
    """Labels and two scores: score = shift * label + noise, the two noises correlated by rho."""
    labels = (rs.random_sample(n) < prevalence).astype(np.int64)
    e1 = rs.standard_normal(n)
    e2 = rho * e1 + math.sqrt(1 - rho * rho) * rs.standard_normal(n)
    return labels, shift_a * labels + e1, shift_b * labels + e2


def delong_cases():
    rs = np.random.RandomState(SEED)
    cases = []
    y, a, b = binormal(rs, 20, 0.5, 1.0, 1.2, 0.6)
    y[:2] = [0, 1]
    cases.append(delong_case("n=20, correlated, ties (1 decimal)", y, a, b, decimals=1))
    y, a, b = binormal(rs, 50, 0.4, 0.8, 1.3, 0.0)
    cases.append(delong_case("n=50, independent", y, a, b))
    y, a, b = binormal(rs, 200, 0.3, 1.0, 0.7, 0.8)
    cases.append(delong_case("n=200, correlated 0.8, ties (2 decimals)", y, a, b, decimals=2))
    y, a, b = binormal(rs, 1000, 0.5, 1.0, 1.1, 0.5)
    cases.append(delong_case("n=1000, correlated 0.5", y, a, b, decimals=4))
    y, a, b = binormal(rs, 5000, 0.35, 1.2, 1.15, 0.9)
    cases.append(delong_case("n=5000, correlated 0.9", y, a, b, decimals=4))
    y, a, b = binormal(rs, 5000, 0.5, 0.6, 0.9, 0.0)
    cases.append(delong_case("n=5000, independent, integer scores (heavy ties)", y,
                             np.clip(np.round(2 * a + 5), 0, 10), np.clip(np.round(2 * b + 5), 0, 10)))
    y, a, b = binormal(rs, 2000, 0.05, 1.5, 1.3, 0.7)
    cases.append(delong_case("n=2000, 5% positives", y, a, b, decimals=4))
    y, a, _ = binormal(rs, 300, 0.5, 1.0, 1.0, 0.0)
    cases.append(delong_case("n=300, B = A + small noise", y, a, a + 0.05 * rs.standard_normal(300), decimals=4))
    y, a, b = binormal(rs, 500, 0.4, 1.5, 1.2, 0.5)
    cases.append(delong_case("n=500, binary predictions as scores", y, (a > 0.75).astype(float),
                             (b > 0.6).astype(float)))
    y = np.array([1, 0, 1, 0, 0])
    cases.append(delong_case("n=5, two positives", y, np.array([0.9, 0.3, 0.4, 0.5, 0.1]),
                             np.array([0.8, 0.2, 0.7, 0.7, 0.6])))
    y, _, b = binormal(rs, 400, 0.5, 1.0, 1.0, 0.0)
    cases.append(delong_case("n=400, A perfectly separates", y, y + 0.1 * rs.random_sample(400), b, decimals=4))
    y, a, b = binormal(rs, 800, 0.6, -0.3, 0.4, 0.3)
    cases.append(delong_case("n=800, A below chance", y, a, b, decimals=4))
    y, a, b = binormal(rs, 3000, 0.5, 0.2, 0.25, 0.95)
    cases.append(delong_case("n=3000, weak models, correlated 0.95", y, a, b, decimals=4))
    return cases


def validate_delong_variance_by_simulation():
    """The mean DeLong variance of the AUC difference matches its spread over replicates (within 10%)."""
    rs = np.random.RandomState(SEED + 1)
    deltas, variances = [], []
    for _ in range(400):
        y, a, b = binormal(rs, 1000, 0.4, 1.0, 1.2, 0.6)
        auc_a, c10a, c01a = delong_midrank(y, a)
        auc_b, c10b, c01b = delong_midrank(y, b)
        m, n = int(y.sum()), int((1 - y).sum())
        deltas.append(auc_b - auc_a)
        variances.append(np.var(c10b - c10a, ddof=1) / m + np.var(c01b - c01a, ddof=1) / n)
    ratio = np.mean(variances) / np.var(deltas, ddof=1)
    assert 0.85 < ratio < 1.15, ratio
    return float(ratio)


# ---------------------------------------------------------------------------------------------------------------
# Holm, normal, percentile, z-test

def holm(pvalues):
    p = np.asarray(pvalues, dtype=np.float64)
    order = np.argsort(p, kind="mergesort")
    m = len(p)
    adjusted_sorted = np.minimum(1.0, np.maximum.accumulate((m - np.arange(m)) * p[order]))
    out = np.empty(m)
    out[order] = adjusted_sorted
    return out


def holm_brute(pvalues):
    m = len(pvalues)
    ranked = sorted(range(m), key=lambda i: (pvalues[i], i))
    out = [0.0] * m
    for position, i in enumerate(ranked):
        out[i] = min(1.0, max((m - r) * pvalues[ranked[r]] for r in range(position + 1)))
    return out


def holm_cases():
    rs = np.random.RandomState(SEED + 2)
    vectors = [
        [0.01, 0.04, 0.03, 0.005],
        [0.5],
        [0.001, 0.001, 0.2, 0.9, 0.049],
        [0.04, 0.03, 0.02, 0.01, 0.6, 1.0],
        [1e-12, 0.3, 0.3, 0.0, 0.02],
        rs.random_sample(12).round(6).tolist(),
        (rs.random_sample(20) ** 4).tolist(),
    ]
    cases = []
    for v in vectors:
        adjusted = holm(v)
        assert np.allclose(adjusted, holm_brute(v), rtol=0, atol=1e-15)
        cases.append({"pValues": v, "adjusted": adjusted.tolist()})
    return cases


def normal_cases():
    xs = [-40.0, -38.0, -37.5, -20.0, -10.0, -8.3, -5.7, -3.0, -1.96, -1.0, -0.6744, -0.1, 0.0, 1e-10, 0.3, 0.67,
          0.7, 1.0, 1.6448536269514722, 2.5, 4.0, 5.6, 5.7, 8.0, 8.3, 10.0]
    ps = [1e-300, 1e-100, 1e-20, 1e-10, 1.3e-11, 1e-5, 0.001, 0.025, 0.05, 0.075, 0.1, 0.3, 0.5, 0.7, 0.9, 0.925,
          0.95, 0.975, 0.999, 1 - 1e-10]
    zs = [0.0, 0.5, -1.0, 1.959963984540054, -2.5, 3.0, 6.0, -9.0, 12.0, 30.0]
    return {
        "cdf": [{"x": x, "value": float(special.ndtr(x))} for x in xs],
        "quantile": [{"p": p, "value": float(special.ndtri(p))} for p in ps],
        "twoSided": [{"z": z, "value": float(2 * stats.norm.sf(abs(z)))} for z in zs],
    }


def percentile_cases():
    rs = np.random.RandomState(SEED + 3)
    cases = []
    for samples, level in [(rs.standard_normal(1000), 0.95), (rs.random_sample(7), 0.9), (np.array([3.0]), 0.95),
                           (rs.standard_normal(10000).round(2), 0.99), (rs.exponential(size=2001), 0.8)]:
        q = (1 - level) / 2
        low, high = np.percentile(samples, [100 * q, 100 * (1 - q)])
        cases.append({"samples": samples.tolist(), "level": level, "low": float(low), "high": float(high)})
    return cases


def z_test_cases():
    cases = []
    for a, se_a, b, se_b, level in [(0.712, 0.012, 0.689, 0.013, 0.95), (0.5, 0.02, 0.5, 0.02, 0.95),
                                    (0.31, 0.004, 0.35, 0.0045, 0.9), (12.5, 0.0, 12.0, 0.3, 0.99)]:
        delta = b - a
        se = math.sqrt(se_a ** 2 + se_b ** 2)
        z = delta / se
        half = float(stats.norm.ppf(1 - (1 - level) / 2)) * se
        cases.append({"a": a, "seA": se_a, "b": b, "seB": se_b, "level": level, "delta": delta, "se": se, "z": z,
                      "pValue": float(2 * stats.norm.sf(abs(z))), "low": delta - half, "high": delta + half})
    return cases


def main():
    simulation_ratio = validate_delong_variance_by_simulation()
    reference = {
        "generator": "/usr/bin/python3 scripts/generate-stats-reference.py",
        "versions": {"scipy": scipy.__version__, "numpy": np.__version__, "sklearn": sklearn.__version__},
        "delongVarianceSimulationRatio": simulation_ratio,
        "mcnemar": mcnemar_cases(),
        "delong": delong_cases(),
        "holm": holm_cases(),
        "normal": normal_cases(),
        "percentile": percentile_cases(),
        "zTest": z_test_cases(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(reference, separators=(",", ":"), allow_nan=False) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(reference['mcnemar'])} McNemar, {len(reference['delong'])} DeLong, "
          f"{len(reference['holm'])} Holm cases; simulated/mean DeLong variance ratio {simulation_ratio:.3f}")


if __name__ == "__main__":
    main()
