#!/usr/bin/env python3
"""Writes the scikit-learn reference fixtures that the TypeScript test suite compares against.

Run with a Python that has scikit-learn 1.2.1 (Debian: /usr/bin/python3):

    /usr/bin/python3 scripts/generate-reference.py

Outputs (both deterministic; every random draw comes from a seeded numpy RandomState):
  test/fixtures/reference/cases/*        one or more prediction files per case
  test/fixtures/reference/expected.json  per case: the options to run with and the scikit-learn values

Floats are written into the input files with Python's repr (shortest round-trip), so JavaScript's
Number(text) yields the identical double. The generator resolves each file the way model-gate does
(column detection, class kinds, task, positive class, scores, thresholds) and then calls scikit-learn
exactly as the metric table in the brief says; every written file is read back and checked against the
values the metrics were computed from.
"""

import csv
import gzip
import io
import json
import math
import os
import re
import shutil
import sys
import warnings
from collections import OrderedDict
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn import metrics as skm

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "test" / "fixtures" / "reference"
CASES_DIR = OUT_DIR / "cases"
GENERATOR = "scripts/generate-reference.py"
SKLEARN_VERSION = "1.2.1"

BINARY_METRICS = [
    "accuracy", "balanced_accuracy", "precision", "recall", "f1", "specificity", "mcc", "cohen_kappa",
    "roc_auc", "average_precision", "log_loss", "brier_score",
]
MULTICLASS_METRICS = [
    "accuracy", "balanced_accuracy",
    "precision_macro", "recall_macro", "f1_macro",
    "precision_micro", "recall_micro", "f1_micro",
    "precision_weighted", "recall_weighted", "f1_weighted",
    "mcc", "cohen_kappa", "roc_auc_ovr", "log_loss", "top2_accuracy",
]
REGRESSION_METRICS = ["mae", "mse", "rmse", "r2", "mape", "median_ae", "explained_variance", "max_error"]

CANDIDATES = {
    "label": ["y_true", "label", "target", "labels", "actual", "true_label", "gold_label", "gold", "ground_truth"],
    "prediction": ["y_pred", "prediction", "predictions", "pred", "predicted", "predicted_label", "pred_label"],
    "score": ["y_score", "score", "probability", "prob", "proba"],
    "id": ["id", "example_id", "uid"],
}
CLASS_SCORE = re.compile(r"^(?:y_score_|prob_)(.+)$", re.IGNORECASE)
BOOLEAN = re.compile(r"^(true|false)$", re.IGNORECASE)


# --------------------------------------------------------------------------------------------------------
# Cell text: what a value looks like in a delimited file (and what the tool's class logic sees)
# --------------------------------------------------------------------------------------------------------

def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("non-finite value in an input file")
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value
    raise TypeError(f"cannot write {type(value).__name__} {value!r} into a delimited file")


def py(value):
    """numpy scalars -> Python scalars (so repr/json see plain floats and ints)."""
    if isinstance(value, (np.floating,)):
        return float(value)
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    return value


def col(values):
    return [py(v) for v in values]


# --------------------------------------------------------------------------------------------------------
# Writers (each followed by a read-back check)
# --------------------------------------------------------------------------------------------------------

def _open_out(path, gz):
    raw = open(path, "wb")
    if gz:
        # mtime=0 and no file name in the header keep the bytes deterministic.
        return gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0), raw
    return raw, None


def _write_bytes(path, data, gz):
    f, raw = _open_out(path, gz)
    f.write(data)
    f.close()
    if raw is not None:
        raw.close()


def _read_bytes(path):
    data = Path(path).read_bytes()
    if str(path).endswith(".gz"):
        data = gzip.decompress(data)
    return data


def write_delimited(path, table, delimiter=",", lineterminator="\n", bom=False, quoting=csv.QUOTE_MINIMAL,
                    header=None):
    names = list(table.keys())
    n = len(next(iter(table.values())))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator, quoting=quoting)
    w.writerow(header if header is not None else names)
    for i in range(n):
        w.writerow([cell_text(table[c][i]) for c in names])
    text = ("\ufeff" if bom else "") + buf.getvalue()
    _write_bytes(path, text.encode("utf-8"), str(path).endswith(".gz"))
    # read back
    back = _read_bytes(path).decode("utf-8")
    if bom:
        assert back.startswith("\ufeff")
        back = back[1:]
    rows = list(csv.reader(io.StringIO(back, newline=""), delimiter=delimiter))
    assert rows[0] == (header if header is not None else names), (path, rows[0])
    assert len(rows) == n + 1, (path, len(rows), n)
    for i in range(n):
        for j, c in enumerate(names):
            _check_cell(rows[i + 1][j], table[c][i], path)


def _check_cell(text, value, path):
    if isinstance(value, float):
        assert float(text) == value and repr(float(text)) == repr(value), (path, text, value)
    else:
        assert text == cell_text(value), (path, text, value)


def write_jsonl(path, table):
    names = list(table.keys())
    n = len(next(iter(table.values())))
    lines = [json.dumps({c: table[c][i] for c in names}, allow_nan=False) for i in range(n)]
    _write_bytes(path, ("\n".join(lines) + "\n").encode("utf-8"), str(path).endswith(".gz"))
    back = [json.loads(line) for line in _read_bytes(path).decode("utf-8").splitlines()]
    assert back == [{c: table[c][i] for c in names} for i in range(n)], path


def write_json_records(path, table):
    names = list(table.keys())
    n = len(next(iter(table.values())))
    records = [{c: table[c][i] for c in names} for i in range(n)]
    text = json.dumps(records, indent=1, allow_nan=False) + "\n"
    _write_bytes(path, text.encode("utf-8"), False)
    assert json.loads(Path(path).read_text("utf-8")) == records


def write_json_columns(path, table):
    obj = {c: list(v) for c, v in table.items()}
    _write_bytes(path, (json.dumps(obj, allow_nan=False) + "\n").encode("utf-8"), False)
    assert json.loads(Path(path).read_text("utf-8")) == obj


def write_pandas_to_json(path, table):
    """pandas DataFrame.to_json() default layout: {column: {row index: value}}, written by pandas itself."""
    df = pd.DataFrame(OrderedDict(table))
    df.to_json(path)
    back = json.loads(Path(path).read_text("utf-8"))
    assert list(back.keys()) == list(table.keys())
    for c, values in table.items():
        assert list(back[c].keys()) == [str(i) for i in range(len(values))]
        got = list(back[c].values())
        assert got == values and all(repr(a) == repr(b) for a, b in zip(got, values)), (path, c)


def write_pandas_to_csv(path, table):
    """pandas DataFrame.to_csv() with its default index column (empty header cell)."""
    df = pd.DataFrame(OrderedDict(table))
    df.to_csv(path)
    rows = list(csv.reader(io.StringIO(Path(path).read_text("utf-8"), newline="")))
    assert rows[0] == [""] + list(table.keys()), rows[0]
    for i, row in enumerate(rows[1:]):
        assert row[0] == str(i)
        for j, c in enumerate(table.keys()):
            _check_cell(row[j + 1], table[c][i], path)


WRITERS = {
    "csv": write_delimited,
    "tsv": lambda p, t, **kw: write_delimited(p, t, delimiter="\t", **kw),
    "jsonl": write_jsonl,
    "json-records": write_json_records,
    "json-columns": write_json_columns,
    "pandas-json": write_pandas_to_json,
    "pandas-csv": write_pandas_to_csv,
}


# --------------------------------------------------------------------------------------------------------
# Resolution: what model-gate makes of a table (mirrors the brief)
# --------------------------------------------------------------------------------------------------------

def find_column(names, role, overrides):
    wanted = overrides.get(role)
    if wanted is not None:
        hits = [n for n in names if n == wanted] or [n for n in names if n.strip().lower() == wanted.lower()]
        assert len(hits) == 1, (role, wanted, names)
        return hits[0]
    if role == "weight":
        return None
    for cand in CANDIDATES[role]:
        hits = [n for n in names if n.strip().lower() == cand]
        if hits:
            assert len(hits) == 1
            return hits[0]
    return None


def class_kind(raws):
    all_bool = True
    for r in raws:
        if BOOLEAN.match(r):
            continue
        all_bool = False
        if not is_numeric(r):
            return "string"
    return "boolean" if raws and all_bool else "number"


def is_numeric(raw):
    if raw.strip() == "":
        return False
    try:
        return math.isfinite(float(raw))
    except ValueError:
        return False


def class_value(raw, kind):
    """The canonical Python value of a class label for scikit-learn."""
    if kind == "string":
        return raw
    if BOOLEAN.match(raw):
        truth = raw.lower() == "true"
        return truth if kind == "boolean" else float(truth)
    assert kind == "number", (raw, kind)
    return float(raw)


def class_sort_key(kind):
    if kind == "string":
        return lambda s: [ord(ch) for ch in s]  # code point order, like numpy
    return lambda v: v


def resolve(table, options):
    names = [n for n in table.keys() if n.strip() != ""]
    cols = options.get("columns") or {}
    label_col = find_column(names, "label", cols)
    pred_col = find_column(names, "prediction", cols)
    score_col = find_column(names, "score", cols)
    weight_col = find_column(names, "weight", cols)
    slice_cols = list(cols.get("slices") or [])
    n = len(table[label_col])

    label_raw = [cell_text(v) for v in table[label_col]]
    pred_raw = [cell_text(v) for v in table[pred_col]] if pred_col else []
    kind = class_kind(label_raw + pred_raw)

    # per-class scores: y_score_<c>/prob_<c> columns, or JSON arrays/objects in the score column
    class_scores = None  # (names or None for arrays, list of columns)
    used = {label_col, pred_col, score_col, weight_col, *slice_cols}
    named = [(m.group(1), c) for c in names if c not in used for m in [CLASS_SCORE.match(c)] if m]
    if named:
        class_scores = ([k for k, _ in named], [[float(v) for v in table[c]] for _, c in named])
    elif score_col and isinstance(table[score_col][0], list):
        k = len(table[score_col][0])
        class_scores = (None, [[float(row[j]) for row in table[score_col]] for j in range(k)])
        score_col = None
    elif score_col and isinstance(table[score_col][0], dict):
        keys = list(table[score_col][0].keys())
        class_scores = (keys, [[float(row[key]) for row in table[score_col]] for key in keys])
        score_col = None

    task = options.get("task") or "auto"
    score_names = [class_value(k, kind) for k in class_scores[0]] if class_scores and class_scores[0] else []
    if task == "auto":
        if kind == "number" and any(not float(r).is_integer() for r in label_raw):
            task = "regression"
        else:
            keys = {class_value(r, kind) for r in label_raw + pred_raw} | set(score_names)
            task = "binary" if len(keys) <= 2 else "multiclass"

    weights = np.array([float(v) for v in table[weight_col]]) if weight_col else None
    slices = OrderedDict((s, ["" if v is None else cell_text(v) for v in table[s]]) for s in slice_cols)

    if task == "regression":
        y = np.array([float(r) for r in label_raw])
        yp = np.array([float(cell_text(v)) for v in table[pred_col]])
        return dict(task=task, n=n, y=y, yp=yp, w=weights, slices=slices)

    y_vals = [class_value(r, kind) for r in label_raw]
    yp_vals = [class_value(r, kind) for r in pred_raw] if pred_col else None
    keys = set(y_vals) | set(yp_vals or []) | set(score_names)
    sort_key = class_sort_key(kind)

    out = dict(task=task, n=n, w=weights, slices=slices, kind=kind)
    if task == "binary":
        wanted = options.get("positiveLabel")
        if wanted is not None:
            P = class_value(wanted, kind)
        elif kind == "boolean":
            P = True
        elif kind == "number" and (1.0 in keys or len(keys) < 2):
            P = 1.0
        else:
            P = sorted(keys, key=sort_key)[-1]
        keys.add(P)
        if yp_vals is None and len(keys) == 1 and kind != "string":
            keys.add(False if kind == "boolean" else (1.0 if P == 0.0 else 0.0))
        assert len(keys) == 2, keys
        classes = sorted(keys, key=sort_key)
        N = [c for c in classes if c != P][0]

        s = None
        if score_col:
            s = np.array([float(v) for v in table[score_col]])
        elif class_scores:
            assert class_scores[0] is not None
            s = np.array(class_scores[1][score_names.index(P)])
        is_prob = s is not None and bool(np.all((s >= 0) & (s <= 1)))
        if yp_vals is None:
            thr = options.get("decisionThreshold")
            if not is_prob:
                assert thr is not None, "decision scores without predictions need a threshold"
            thr = 0.5 if thr is None else thr
            yp_vals = [P if v >= thr else N for v in s]
        if s is None:
            s = np.array([1.0 if v == P else 0.0 for v in yp_vals])
            is_prob = True
        out.update(P=P, N=N, classes=classes, s=s, is_prob=is_prob)
    else:
        classes = sorted(keys, key=sort_key)
        proba = None
        if class_scores:
            if class_scores[0] is None:
                assert len(class_scores[1]) == len(classes), "score arrays must have one entry per class"
                proba = np.array(class_scores[1]).T
            else:
                by = dict(zip(score_names, class_scores[1]))
                assert len(by) == len(score_names)
                proba = np.array([by[c] for c in classes]).T
        if yp_vals is None:
            assert proba is not None
            yp_vals = [classes[int(np.argmax(row))] for row in proba]
        is_prob = proba is not None and bool(np.all((proba >= 0) & (proba <= 1)))
        out.update(classes=classes, proba=proba, is_prob=is_prob)

    out["y"] = np.array(y_vals)
    out["yp"] = np.array(yp_vals)
    return out


# --------------------------------------------------------------------------------------------------------
# scikit-learn calls
# --------------------------------------------------------------------------------------------------------

def safe(fn):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            v = fn()
        except ValueError:
            return None
    v = float(v)
    if not math.isfinite(v):
        return None
    return 0.0 if v == 0 else v  # -0.0 (e.g. average_precision without positives) is written as 0.0


def binary_metrics(r, m):
    y, yp, s, w, P, N = r["y"][m], r["yp"][m], r["s"][m], _w(r, m), r["P"], r["N"]
    yb = y == P
    prob = r["is_prob"]
    return OrderedDict([
        ("accuracy", safe(lambda: skm.accuracy_score(y, yp, sample_weight=w))),
        ("balanced_accuracy", safe(lambda: skm.balanced_accuracy_score(y, yp, sample_weight=w))),
        ("precision", safe(lambda: skm.precision_score(y, yp, pos_label=P, average="binary", zero_division=0,
                                                        sample_weight=w))),
        ("recall", safe(lambda: skm.recall_score(y, yp, pos_label=P, average="binary", zero_division=0,
                                                  sample_weight=w))),
        ("f1", safe(lambda: skm.f1_score(y, yp, pos_label=P, average="binary", zero_division=0, sample_weight=w))),
        ("specificity", safe(lambda: skm.recall_score(y, yp, pos_label=N, average="binary", zero_division=0,
                                                       sample_weight=w))),
        ("mcc", safe(lambda: skm.matthews_corrcoef(y, yp, sample_weight=w))),
        ("cohen_kappa", safe(lambda: skm.cohen_kappa_score(y, yp, sample_weight=w))),
        ("roc_auc", safe(lambda: skm.roc_auc_score(yb, s, sample_weight=w))),
        ("average_precision", safe(lambda: skm.average_precision_score(yb, s, sample_weight=w))),
        ("log_loss", safe(lambda: skm.log_loss(yb.astype(int), s, labels=[0, 1], sample_weight=w))
            if prob else None),
        ("brier_score", safe(lambda: skm.brier_score_loss(yb.astype(int), s, pos_label=1, sample_weight=w))
            if prob else None),
    ])


def multiclass_metrics(r, m):
    y, yp, w = r["y"][m], r["yp"][m], _w(r, m)
    proba = r["proba"][m] if r["proba"] is not None else None
    C = np.array(r["classes"])
    prob = r["is_prob"]
    out = OrderedDict([
        ("accuracy", safe(lambda: skm.accuracy_score(y, yp, sample_weight=w))),
        ("balanced_accuracy", safe(lambda: skm.balanced_accuracy_score(y, yp, sample_weight=w))),
    ])
    for avg in ("macro", "micro", "weighted"):
        out[f"precision_{avg}"] = safe(lambda: skm.precision_score(y, yp, average=avg, zero_division=0,
                                                                    sample_weight=w))
        out[f"recall_{avg}"] = safe(lambda: skm.recall_score(y, yp, average=avg, zero_division=0, sample_weight=w))
        out[f"f1_{avg}"] = safe(lambda: skm.f1_score(y, yp, average=avg, zero_division=0, sample_weight=w))
    order = ["accuracy", "balanced_accuracy"] + [f"{k}_{a}" for a in ("macro", "micro", "weighted")
                                                for k in ("precision", "recall", "f1")]
    out = OrderedDict((k, out[k]) for k in order)
    out["mcc"] = safe(lambda: skm.matthews_corrcoef(y, yp, sample_weight=w))
    out["cohen_kappa"] = safe(lambda: skm.cohen_kappa_score(y, yp, sample_weight=w))
    has = proba is not None
    out["roc_auc_ovr"] = safe(lambda: skm.roc_auc_score(y, proba, multi_class="ovr", average="macro", labels=C,
                                                        sample_weight=w)) if has and prob else None
    out["log_loss"] = safe(lambda: skm.log_loss(y, proba, labels=C, sample_weight=w)) if has and prob else None
    out["top2_accuracy"] = safe(lambda: skm.top_k_accuracy_score(y, proba, k=2, labels=C, sample_weight=w)) \
        if has else None
    assert list(out.keys()) == MULTICLASS_METRICS
    return out


def regression_metrics(r, m):
    y, yp, w = r["y"][m], r["yp"][m], _w(r, m)
    return OrderedDict([
        ("mae", safe(lambda: skm.mean_absolute_error(y, yp, sample_weight=w))),
        ("mse", safe(lambda: skm.mean_squared_error(y, yp, sample_weight=w))),
        ("rmse", safe(lambda: skm.mean_squared_error(y, yp, sample_weight=w, squared=False))),
        ("r2", safe(lambda: skm.r2_score(y, yp, sample_weight=w))),
        ("mape", safe(lambda: skm.mean_absolute_percentage_error(y, yp, sample_weight=w))),
        ("median_ae", safe(lambda: skm.median_absolute_error(y, yp, sample_weight=w))),
        ("explained_variance", safe(lambda: skm.explained_variance_score(y, yp, sample_weight=w))),
        ("max_error", safe(lambda: skm.max_error(y, yp))),
    ])


def _w(r, m):
    return r["w"][m] if r["w"] is not None else None


METRIC_FNS = {"binary": binary_metrics, "multiclass": multiclass_metrics, "regression": regression_metrics}
METRIC_IDS = {"binary": BINARY_METRICS, "multiclass": MULTICLASS_METRICS, "regression": REGRESSION_METRICS}


def code_points(s):
    return [ord(ch) for ch in s]


def expected_for(r):
    fn = METRIC_FNS[r["task"]]
    everything = np.ones(r["n"], dtype=bool)
    metrics = fn(r, everything)
    assert list(metrics.keys()) == METRIC_IDS[r["task"]]
    metrics["n"] = r["n"]
    for s, values in r["slices"].items():
        arr = np.array(values, dtype=object)
        for v in sorted(set(values), key=code_points):
            m = arr == v
            for k, val in fn(r, m).items():
                metrics[f"{k}[{s}={v}]"] = val
            metrics[f"n[{s}={v}]"] = int(m.sum())
    return OrderedDict([("task", r["task"]), ("n", r["n"]), ("metrics", metrics)])


# --------------------------------------------------------------------------------------------------------
# Data helpers
# --------------------------------------------------------------------------------------------------------

def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def rnd(values, decimals):
    return [float(round(float(v), decimals)) for v in values]


def binary_data(seed, n, pos_rate=0.3, sep=1.8, decimals=None, threshold=0.5):
    """Labels 0/1, a probability score from a noisy logit, and predictions score >= threshold."""
    rng = np.random.RandomState(seed)
    y = (rng.rand(n) < pos_rate).astype(int)
    logit = -0.9 + sep * (y - 0.5) * 2 * 0.6 + rng.normal(0, 1.1, n)
    p = sigmoid(logit)
    p = rnd(p, decimals) if decimals is not None else col(p)
    yp = [int(v >= threshold) for v in p]
    return rng, col(y), yp, p


def softmax_rows(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def multiclass_data(seed, n, k, sep=1.5, probs=True):
    """Labels 0..k-1 (as ints), per-class scores (softmax probabilities, or raw logits), argmax predictions."""
    rng = np.random.RandomState(seed)
    y = rng.randint(0, k, n)
    z = rng.normal(0, 1.0, (n, k))
    z[np.arange(n), y] += sep
    scores = softmax_rows(z) if probs else z
    yp = scores.argmax(axis=1)
    return rng, col(y), col(yp), scores


def regression_data(seed, n, scale=10.0, offset=50.0, noise=3.0):
    rng = np.random.RandomState(seed)
    y = rng.normal(offset, scale, n)
    yp = y + rng.normal(0, noise, n)
    return rng, col(y), col(yp)


def ids(n, prefix="ex"):
    return [f"{prefix}{i:04d}" for i in range(n)]


def choice(rng, options, n, p=None):
    return [options[i] for i in rng.choice(len(options), size=n, p=p)]


def weights(rng, n, lo=0.25, hi=3.0, decimals=3):
    return rnd(rng.uniform(lo, hi, n), decimals)


# --------------------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------------------

CASES = []


def case(name, description, files, task="auto", positive=None, threshold=None, columns=None):
    """files: list of (file name, format, table, writer kwargs)."""
    CASES.append(dict(name=name, description=description, files=files,
                      options=OrderedDict([("task", task), ("positiveLabel", positive),
                                           ("decisionThreshold", threshold), ("columns", columns)])))


def T(**columns):
    return OrderedDict((k, list(v)) for k, v in columns.items())


def one(name, table, fmt="csv", **kw):
    return [(name, fmt, table, kw)]


# ---------- binary ----------

def binary_cases():
    _, y, yp, p = binary_data(101, 120, decimals=1)
    case("binary-score-ties", "probabilities rounded to one decimal, so many rows share a score (ROC/PR tie groups)",
         one("binary-score-ties.csv", T(id=ids(120), y_true=y, y_pred=yp, y_score=p)))

    rng, y, _, _ = binary_data(102, 60)
    yp = col(rng.randint(0, 2, 60))
    case("binary-all-scores-tied", "every score is 0.5: ROC AUC 0.5, average precision = weighted positive rate",
         one("binary-all-scores-tied.csv", T(y_true=y, y_pred=yp, y_score=[0.5] * 60)))

    rng = np.random.RandomState(103)
    p = col(rng.uniform(0, 1, 50))
    case("binary-one-class-in-y", "every label is 1 while predictions vary: roc_auc undefined (null)",
         one("binary-one-class-in-y.csv", T(y_true=[1] * 50, y_pred=[int(v >= 0.5) for v in p], y_score=p)))

    _, y, _, p = binary_data(104, 80)
    case("binary-all-predictions-negative",
         "y_pred is 0 everywhere: precision/f1 hit zero_division=0, mcc is 0 (not NaN)",
         one("binary-all-predictions-negative.csv", T(y_true=y, y_pred=[0] * 80, y_score=p)))

    rng = np.random.RandomState(105)
    p = rnd(rng.beta(1.5, 4, 70), 3)
    case("binary-all-labels-negative",
         "every label is 0: recall zero_division, roc_auc null, average_precision with no positives",
         one("binary-all-labels-negative.csv", T(y_true=[0] * 70, y_pred=[int(v >= 0.5) for v in p], y_score=p)))

    _, y, yp, p = binary_data(106, 90)
    case("binary-string-labels", "labels ham/spam; the positive class defaults to the larger label, spam",
         one("binary-string-labels.csv", T(id=ids(90), label=["spam" if v else "ham" for v in y],
                                            prediction=["spam" if v else "ham" for v in yp], score=p)))

    _, y, yp, p = binary_data(107, 75)
    case("binary-boolean-labels", "labels and predictions written True/False; positive class is True",
         one("binary-boolean-labels.csv", T(y_true=[bool(v) for v in y], y_pred=[bool(v) for v in yp],
                                             y_score=p)))

    _, y, yp, p = binary_data(108, 64)
    case("binary-bool-mixed-with-numbers", "labels written 1/0, predictions written true/false (one kind: 1/0)",
         one("binary-bool-mixed-with-numbers.csv", T(y_true=y, y_pred=["true" if v else "false" for v in yp],
                                                      y_score=p)))

    _, y, yp, p = binary_data(109, 100, pos_rate=0.6)
    case("binary-positive-label-zero",
         "positiveLabel 0: the score column is read as the probability of class 0",
         one("binary-positive-label-zero.csv", T(y_true=[1 - v for v in y], y_pred=[1 - v for v in yp], y_score=p)),
         positive="0")

    _, y, yp, p = binary_data(110, 85)
    case("binary-positive-label-string",
         "labels Yes/no; by code point 'no' > 'Yes', so the default positive would be 'no'; positiveLabel is 'Yes'",
         one("binary-positive-label-string.csv", T(y_true=["Yes" if v else "no" for v in y],
                                                    y_pred=["Yes" if v else "no" for v in yp], y_score=p)),
         positive="Yes")

    _, y, yp, p = binary_data(111, 70)
    case("binary-string-default-positive-code-point",
         "labels Yes/no without positiveLabel: positive is 'no' (code-point order, not case-insensitive)",
         one("binary-string-default-positive-code-point.csv", T(y_true=["Yes" if v else "no" for v in y],
                                                                 y_pred=["Yes" if v else "no" for v in yp],
                                                                 y_score=[float(1 - v) for v in p])))

    rng, y, yp, p = binary_data(112, 150, decimals=2)
    w = weights(rng, 150)
    case("binary-weights", "non-integer sample weights on every metric, scores with ties",
         one("binary-weights.csv", T(id=ids(150), y_true=y, y_pred=yp, y_score=p, w=w)),
         columns={"weight": "w"})

    rng, y, yp, p = binary_data(113, 60)
    case("binary-weight-column-not-named", "a column called weight that columns.weight does not name: ignored",
         one("binary-weight-column-not-named.csv",
             T(y_true=y, y_pred=yp, y_score=p, weight=weights(rng, 60))))

    rng = np.random.RandomState(114)
    y = col((rng.rand(110) < 0.35).astype(int))
    logit = col(np.round(rng.normal(-1.0, 1.5, 110) + 2.2 * np.array(y), 4))
    yp = [int(v >= -0.3) for v in logit]
    case("binary-decision-scores",
         "logits (mostly negative) as y_score with a prediction column: log_loss and brier null",
         one("binary-decision-scores.csv", T(y_true=y, y_pred=yp, y_score=logit)))

    _, y, _, p = binary_data(115, 80, decimals=2)
    p[:4] = [0.5, 0.5, 0.49, 0.51]
    case("binary-no-prediction-probabilities",
         "no prediction column: y_pred = score >= 0.5 (scores of exactly 0.5 are positive)",
         one("binary-no-prediction-probabilities.csv", T(id=ids(80), y_true=y, y_score=p)))

    _, y, _, p = binary_data(116, 80, decimals=2)
    case("binary-no-prediction-threshold-0.3", "no prediction column, probabilities, decisionThreshold 0.3",
         one("binary-no-prediction-threshold-0.3.csv", T(y_true=y, y_score=p)), threshold=0.3)

    rng = np.random.RandomState(117)
    y = col((rng.rand(90) < 0.4).astype(int))
    logit = col(np.round(rng.normal(-0.8, 1.4, 90) + 1.9 * np.array(y), 3))
    logit[:3] = [0.0, 0.0, -0.001]
    case("binary-no-prediction-decision-threshold-0",
         "decision scores, no prediction column, decisionThreshold 0 (score 0 counts as positive)",
         one("binary-no-prediction-decision-threshold-0.csv", T(y_true=y, score=logit)), threshold=0)

    _, y, yp, _ = binary_data(118, 95)
    case("binary-no-scores",
         "hard predictions only: ranking metrics use s = (y_pred == P); log_loss clips 0/1 with eps",
         one("binary-no-scores.csv", T(id=ids(95), y_true=y, y_pred=yp)))

    _, y, yp, p = binary_data(119, 66)
    case("binary-float-labels-int-predictions", "labels written 0.0/1.0, predictions 0/1: the same two classes",
         one("binary-float-labels-int-predictions.csv", T(y_true=[float(v) for v in y], y_pred=yp, y_score=p)))

    rng = np.random.RandomState(120)
    y = col((rng.rand(40) < 0.5).astype(int))
    p = [float(round(0.55 + 0.4 * rng.rand(), 3)) if v else float(round(0.45 * rng.rand(), 3)) for v in y]
    case("binary-perfect", "perfect predictions and perfectly separating scores",
         one("binary-perfect.csv", T(y_true=y, y_pred=y, y_score=p)))

    case("binary-all-wrong", "every prediction wrong, scores inverted: roc_auc 0, mcc -1, kappa negative",
         one("binary-all-wrong.csv", T(y_true=y, y_pred=[1 - v for v in y], y_score=[float(1 - v) for v in p])))

    rng = np.random.RandomState(121)
    p = rnd(rng.uniform(0, 0.4, 30), 3)
    case("binary-single-class-everywhere",
         "labels and predictions are all 0: cohen_kappa NaN (null), roc_auc null, mcc 0",
         one("binary-single-class-everywhere.csv", T(y_true=[0] * 30, y_pred=[0] * 30, y_score=p)))

    _, y, yp, p = binary_data(122, 400, pos_rate=0.22, sep=1.6)
    case("binary-random-400", "400 random rows, unrounded probabilities",
         one("binary-random-400.csv", T(id=ids(400), y_true=y, y_pred=yp, y_score=p)))

    rng, y, yp, p = binary_data(123, 240, decimals=3)
    region = choice(rng, ["eu", "us", "apac"], 240, p=[0.5, 0.3, 0.2])
    channel = choice(rng, ["web", "app"], 240)
    # one region where every label is positive: roc_auc null there
    for i in range(240):
        if region[i] == "apac":
            y[i] = 1
    # a region with few rows, one of them with an empty slice value
    for i in range(0, 240, 37):
        region[i] = "latam"
    region[5] = ""
    case("binary-slices",
         "two slice columns; region apac has only positives (roc_auc null); one empty region cell",
         one("binary-slices.csv", T(id=ids(240), region=region, channel=channel, y_true=y, y_pred=yp, y_score=p)),
         columns={"slices": ["region", "channel"]})

    rng, y, yp, p = binary_data(124, 200, decimals=2)
    region = choice(rng, ["eu", "us"], 200)
    case("binary-slices-weights", "weights and a slice column together",
         one("binary-slices-weights.csv", T(region=region, y_true=y, y_pred=yp, y_score=p,
                                             sample_weight=weights(rng, 200))),
         columns={"slices": ["region"], "weight": "sample_weight"})

    _, y, yp, p = binary_data(125, 90)
    case("binary-class-score-columns", "only y_score_0 and y_score_1: the score is y_score_1",
         one("binary-class-score-columns.csv",
             T(y_true=y, y_pred=yp, y_score_0=[1.0 - v for v in p], y_score_1=p)))

    _, y, yp, p = binary_data(126, 90)
    case("binary-class-score-columns-positive-0", "y_score_0/y_score_1 with positiveLabel 0: the score is y_score_0",
         one("binary-class-score-columns-positive-0.csv",
             T(y_true=y, y_pred=yp, y_score_0=[1.0 - v for v in p], y_score_1=p)), positive="0")

    _, y, yp, p = binary_data(127, 70)
    case("binary-labels-1-2", "labels 1/2 with a score: positiveLabel 1 says the score is for class 1 (without it model-gate asks)",
         one("binary-labels-1-2.csv", T(y_true=[2 - v for v in y], y_pred=[2 - v for v in yp], y_score=p)), positive="1")

    _, y, yp, p = binary_data(128, 60)
    case("binary-custom-columns", "column names set through options.columns; task binary set explicitly",
         one("binary-custom-columns.csv", T(key=ids(60), truth=y, guess=yp, confidence=p)),
         task="binary", columns={"label": "truth", "prediction": "guess", "score": "confidence", "id": "key"})


# ---------- multiclass ----------

def multiclass_cases():
    _, y, yp, P = multiclass_data(201, 160, 4)
    case("mc-prob-columns-numeric", "classes 0..3 with prob_0..prob_3 probability columns",
         one("mc-prob-columns-numeric.csv",
             T(id=ids(160), y_true=y, y_pred=yp, **{f"prob_{k}": col(P[:, k]) for k in range(4)})))

    rng, y, yp, P = multiclass_data(202, 140, 4)
    names = ["ant", "Bird", "cat", "dog"]  # code-point order: Bird < ant < cat < dog
    case("mc-score-columns-string-classes",
         "string classes with y_score_<class> columns; 'Bird' sorts before 'ant' (code point order)",
         one("mc-score-columns-string-classes.csv",
             T(label=[names[v] for v in y], prediction=[names[v] for v in yp],
               **{f"y_score_{names[k]}": col(P[:, k]) for k in range(4)})))

    _, y, yp, P = multiclass_data(203, 120, 3)
    names = ["low", "medium", "high"]
    C = sorted(names)  # high, low, medium: arrays follow the sorted class order
    order = [names.index(c) for c in C]
    case("mc-jsonl-score-arrays",
         "JSONL with y_score arrays in sorted class order (high, low, medium)",
         one("mc-jsonl-score-arrays.jsonl",
             T(id=ids(120), y_true=[names[v] for v in y], y_pred=[names[v] for v in yp],
               y_score=[[float(P[i, j]) for j in order] for i in range(120)]), fmt="jsonl"))

    _, y, yp, P = multiclass_data(204, 120, 3)
    case("mc-jsonl-score-objects", "JSONL with y_score objects {class: probability}, numeric classes",
         one("mc-jsonl-score-objects.jsonl",
             T(y_true=y, y_pred=yp, y_score=[{str(k): float(P[i, k]) for k in (2, 0, 1)} for i in range(120)]),
             fmt="jsonl"))

    rng, y, yp, P = multiclass_data(205, 130, 3)
    extra = rnd(rng.uniform(0.0, 0.05, 130), 4)
    P4 = np.column_stack([P * (1 - np.array(extra))[:, None], extra])
    case("mc-class-only-in-scores",
         "prob_3 exists but class 3 never occurs in y or y_pred: roc_auc_ovr null; macro averages skip class 3",
         one("mc-class-only-in-scores.csv",
             T(y_true=y, y_pred=yp, **{f"prob_{k}": col(P4[:, k]) for k in range(4)})))

    rng, y, _, P = multiclass_data(206, 120, 4)
    yp = [v if v != 2 else (3 if rng.rand() < 0.5 else 0) for v in y]
    yp = [v if rng.rand() < 0.8 else int(rng.randint(0, 2)) for v in yp]
    case("mc-class-never-predicted", "class 2 is never predicted: its precision hits zero_division=0",
         one("mc-class-never-predicted.csv",
             T(y_true=y, y_pred=yp, **{f"prob_{k}": col(P[:, k]) for k in range(4)})))

    rng = np.random.RandomState(207)
    pool = [
        (0.4, 0.3, 0.3, 0.0), (0.5, 0.2, 0.2, 0.1), (0.2, 0.2, 0.5, 0.1), (0.25, 0.25, 0.25, 0.25),
        (0.6, 0.1, 0.1, 0.2), (0.1, 0.45, 0.0, 0.45), (0.3, 0.3, 0.2, 0.2), (0.7, 0.1, 0.1, 0.1),
        (0.2, 0.6, 0.1, 0.1), (0.1, 0.1, 0.1, 0.7), (0.4, 0.1, 0.4, 0.1), (0.0, 0.5, 0.25, 0.25),
    ]
    rows = [pool[i] for i in rng.randint(0, len(pool), 150)]
    y = col(rng.randint(0, 4, 150))
    yp = [int(np.argmax(r)) if rng.rand() < 0.85 else int(rng.randint(0, 4)) for r in rows]
    case("mc-probability-ties",
         "probabilities with exact ties (2nd and 3rd, and all four equal): top-2 breaks ties toward higher class index",
         one("mc-probability-ties.csv",
             T(y_true=y, y_pred=yp, **{f"prob_{k}": [float(r[k]) for r in rows] for k in range(4)})))

    rows2 = [pool[i] for i in rng.randint(0, len(pool), 100)]
    y2 = col(rng.randint(0, 4, 100))
    case("mc-no-prediction-argmax",
         "no prediction column: y_pred = first class with the highest score (ties go to the lower index)",
         one("mc-no-prediction-argmax.csv",
             T(id=ids(100), y_true=y2, **{f"prob_{k}": [float(r[k]) for r in rows2] for k in range(4)})))

    rng, y, yp, P = multiclass_data(208, 160, 3)
    case("mc-weights", "non-integer weights on every multiclass metric",
         one("mc-weights.csv", T(y_true=y, y_pred=yp, **{f"prob_{k}": col(P[:, k]) for k in range(3)},
                                 weight=weights(rng, 160))),
         columns={"weight": "weight"})

    rng, y, yp, Z = multiclass_data(209, 140, 4, probs=False)
    Z = np.round(Z, 3)
    case("mc-decision-scores", "per-class logits (outside [0, 1]): top2 only; roc_auc_ovr and log_loss null",
         one("mc-decision-scores.csv", T(y_true=y, y_pred=yp, **{f"y_score_{k}": col(Z[:, k]) for k in range(4)})))

    rng, y, _, P = multiclass_data(210, 110, 3)
    yp = [v if rng.rand() < 0.7 else int(rng.randint(0, 3)) for v in y]
    names = ["north", "south", "west"]
    case("mc-no-scores", "labels and predictions only: score metrics null",
         one("mc-no-scores.csv", T(y_true=[names[v] for v in y], y_pred=[names[v] for v in yp])))

    rng, y, yp, P = multiclass_data(211, 300, 3, sep=1.8)
    region = choice(rng, ["eu", "us", "apac"], 300, p=[0.5, 0.35, 0.15])
    tier = choice(rng, ["free", "pro"], 300)
    for i in range(300):  # tiny slice with a single class: roc_auc_ovr null and kappa NaN there
        if i % 50 == 7:
            tier[i] = "enterprise"
            y[i] = 1
            yp[i] = 1
    case("mc-slices", "two slice columns; tier=enterprise holds one class only",
         one("mc-slices.csv", T(id=ids(300), region=region, tier=tier, y_true=y, y_pred=yp,
                                **{f"prob_{k}": col(P[:, k]) for k in range(3)})),
         columns={"slices": ["region", "tier"]})

    rng = np.random.RandomState(212)
    y = col(rng.randint(0, 3, 120))
    S = rng.uniform(0, 0.6, (120, 3))
    S[np.arange(120), y] += 0.4
    S = np.round(S, 3)
    yp = col(S.argmax(axis=1))
    case("mc-probabilities-not-summing-to-1",
         "one-vs-rest probabilities that do not sum to 1: roc_auc_ovr null, log_loss renormalises each row",
         one("mc-probabilities-not-summing-to-1.csv",
             T(y_true=y, y_pred=yp, **{f"prob_{k}": col(S[:, k]) for k in range(3)})))

    _, y, yp, P = multiclass_data(213, 90, 3)
    case("mc-explicit-task", "task multiclass set explicitly; JSONL with target/predicted names and score arrays",
         one("mc-explicit-task.jsonl",
             T(target=y, predicted=yp, y_score=[col(P[i]) for i in range(90)]), fmt="jsonl"),
         task="multiclass")

    rng, y, yp, P = multiclass_data(214, 60, 3)
    yp = [v if v != 0 else 1 for v in yp]
    case("mc-no-prediction-for-class-0-weights-slices",
         "class 0 never predicted, weights and a slice where one class is missing",
         one("mc-no-prediction-for-class-0-weights-slices.csv",
             T(y_true=y, y_pred=yp, **{f"prob_{k}": col(P[:, k]) for k in range(3)},
               fold=["a" if i < 30 else "b" for i in range(60)], w=weights(rng, 60))),
         columns={"weight": "w", "slices": ["fold"]})


# ---------- regression ----------

def regression_cases():
    _, y, yp = regression_data(301, 150)
    case("reg-random", "150 random rows, unrounded values",
         one("reg-random.csv", T(id=ids(150), y_true=y, y_pred=yp)))

    rng, y, yp = regression_data(302, 120)
    case("reg-weights", "non-integer sample weights (median_ae uses sklearn's weighted percentile)",
         one("reg-weights.csv", T(y_true=y, y_pred=yp, w=weights(rng, 120))), columns={"weight": "w"})

    rng = np.random.RandomState(303)
    case("reg-constant-y", "every label 3.5: r2 and explained_variance are 0.0 (force_finite), not NaN",
         one("reg-constant-y.csv", T(y_true=[3.5] * 40, y_pred=rnd(rng.normal(3.5, 0.5, 40), 3))))

    case("reg-constant-y-exact", "constant labels predicted exactly: r2 and explained_variance are 1.0",
         one("reg-constant-y-exact.csv", T(y_true=[2.25] * 12, y_pred=[2.25] * 12)))

    _, y, _ = regression_data(304, 50)
    case("reg-perfect", "predictions equal labels", one("reg-perfect.csv", T(y_true=y, y_pred=y)))

    rng = np.random.RandomState(305)
    y = rnd(rng.normal(5, 3, 60), 2)
    for i in (0, 7, 19, 33):
        y[i] = 0.0
    yp = rnd(np.array(y) + rng.normal(0, 1, 60), 2)
    yp[7] = 0.0
    case("reg-y-contains-zero", "labels with zeros: mape divides by max(|y|, float64 eps) (a huge value)",
         one("reg-y-contains-zero.csv", T(y_true=y, y_pred=yp)))

    rng = np.random.RandomState(306)
    y = rnd(rng.normal(10, 4, 10), 2)
    yp = rnd(np.array(y) + rng.normal(0, 2, 10), 2)
    case("reg-even-n-median", "n = 10 without weights: median_ae averages the two middle errors (np.median)",
         one("reg-even-n-median.csv", T(y_true=y, y_pred=yp)))

    case("reg-unit-weights-even-n",
         "same rows as reg-even-n-median with weights all 1.0: median_ae is the LOWER middle error",
         one("reg-unit-weights-even-n.csv", T(y_true=y, y_pred=yp, w=[1.0] * 10)), columns={"weight": "w"})

    # errors 0.5, 1.5, 2.5, 3.5, 4.5, 5.5 with weights 1, 2, 1, 1, 3, 0 (half the total weight, 4, is reached
    # exactly at 2.5: the weighted median is 2.5, not between 2.5 and 3.5)
    err = [2.5, 0.5, 5.5, 3.5, 1.5, 4.5]
    wts = [1.0, 1.0, 0.0, 1.0, 2.0, 3.0]
    y = [1.25, 2.75, -3.5, 10.125, 0.5, 7.75]
    case("reg-weighted-median", "weighted median where the cumulative weight hits exactly half (lower value wins)",
         one("reg-weighted-median.csv", T(y_true=y, y_pred=[a + e for a, e in zip(y, err)], w=wts)),
         columns={"weight": "w"})

    rng = np.random.RandomState(307)
    y = col(rng.normal(-20, 8, 80))
    yp = col(np.array(y) * 0.9 + rng.normal(0, 4, 80))
    case("reg-negative", "negative and mixed-sign values", one("reg-negative.csv", T(y_true=y, y_pred=yp)))

    rng, y, yp = regression_data(308, 200, scale=30, offset=100, noise=12)
    region = choice(rng, ["eu", "us", "apac"], 200, p=[0.5, 0.3, 0.2])
    for i in range(0, 200, 40):
        region[i] = "solo"  # five rows; a constant-label slice is below
    store = ["s1" if i % 2 else "s2" for i in range(200)]
    w = weights(rng, 200)
    for k, i in enumerate(range(0, 200, 40)):
        y[i] = 42.5
        # dyadic weights keep the weighted mean of the constant slice exactly 42.5, so the r2 denominator is
        # exactly 0 and force_finite applies (3-decimal weights leave ~1e-15 of noise and r2 of about -1e31)
        w[i] = [0.5, 1.0, 1.25, 2.0, 0.75][k]
    case("reg-slices", "slices with weights; region=solo has a constant label (r2 force_finite inside a slice)",
         one("reg-slices.csv", T(id=ids(200), region=region, store=store, y_true=y, y_pred=yp, weight=w)),
         columns={"slices": ["region", "store"], "weight": "weight"})

    # Past 16,384 rows model-gate selects the median error in one pass steered by a sample (select.ts); odd and
    # even counts, ties from rounding, and weights (a sort, then sklearn's weighted percentile).
    rng, y, yp = regression_data(310, 20001)
    y, yp = rnd(y, 3), rnd(yp, 4)
    case("reg-large-odd", "20,001 rows: the sampled median_ae path, odd count",
         one("reg-large-odd.csv.gz", T(y_true=y, y_pred=yp)))
    rng, y, yp = regression_data(311, 20000)
    y, yp = rnd(y, 2), rnd(yp, 1)
    case("reg-large-even-ties", "20,000 rows, predictions rounded to 0.1 (many tied errors): even count",
         one("reg-large-even-ties.csv.gz", T(y_true=y, y_pred=yp)))
    rng, y, yp = regression_data(312, 18000)
    y, yp = rnd(y, 3), rnd(yp, 3)
    case("reg-large-weights", "18,000 weighted rows: sklearn's weighted percentile for median_ae",
         one("reg-large-weights.csv.gz", T(y_true=y, y_pred=yp, w=weights(rng, 18000))), columns={"weight": "w"})

    rng = np.random.RandomState(309)
    y = col(rng.poisson(3, 90))
    yp = col(np.clip(np.array(y) + rng.randint(-2, 3, 90), 0, None))
    case("reg-integer-labels-explicit-task", "integer counts with task regression set explicitly (zeros in y too)",
         one("reg-integer-labels-explicit-task.csv", T(y_true=y, y_pred=yp)), task="regression")


# ---------- file dialects ----------

def dialect_cases():
    def base(seed, n=60, decimals=None):
        rng, y, yp, p = binary_data(seed, n, decimals=decimals)
        return rng, ids(n), y, yp, p

    rng, i_, y, yp, p = base(401)
    notes = ['plain', 'has, commas', 'say "hi"', 'line one\nline two', 'both, "quoted"\nand multi-line', '',
             'trailing space ', 'crlf inside\r\nfield']
    comment = [notes[k % len(notes)] for k in range(60)]
    case("dialect-quoted-fields", "an extra text column with embedded commas, double quotes and newlines",
         one("dialect-quoted-fields.csv", T(id=i_, comment=comment, y_true=y, y_pred=yp, y_score=p)))

    rng, i_, y, yp, p = base(402)
    case("dialect-quote-all", "every field quoted, numbers included",
         one("dialect-quote-all.csv", T(id=i_, y_true=y, y_pred=yp, y_score=p), quoting=csv.QUOTE_ALL))

    rng, i_, y, yp, p = base(403)
    case("dialect-crlf", "CRLF line endings",
         one("dialect-crlf.csv", T(id=i_, y_true=y, y_pred=yp, y_score=p), lineterminator="\r\n"))

    rng, i_, y, yp, p = base(404)
    case("dialect-utf8-bom", "UTF-8 byte order mark before the header",
         one("dialect-utf8-bom.csv", T(y_true=y, y_pred=yp, y_score=p), bom=True))

    rng, i_, y, yp, p = base(405)
    region = choice(rng, ["eu", "us"], 60)
    case("dialect-tsv", "tab-separated, with a slice column",
         one("dialect-tsv.tsv", T(id=i_, region=region, target=y, pred=yp, prob=p), fmt="tsv"),
         columns={"slices": ["region"]})

    rng, i_, y, yp, p = base(406)
    region = choice(rng, ["eu", "us"], 60)
    case("dialect-jsonl", "JSON lines with label/prediction/score names and a slice",
         one("dialect-jsonl.jsonl", T(example_id=i_, region=region, label=y, prediction=yp, score=p), fmt="jsonl"),
         columns={"slices": ["region"]})

    rng, i_, y, yp, p = base(407)
    case("dialect-json-records", "a JSON array of records; boolean labels as JSON true/false",
         one("dialect-json-records.json",
             T(uid=i_, actual=[bool(v) for v in y], predicted=[bool(v) for v in yp], proba=p), fmt="json-records"))

    rng, i_, y, yp, p = base(408)
    case("dialect-json-columns", "a JSON object of equal-length column arrays, with weights",
         one("dialect-json-columns.json", T(id=i_, gold=y, predictions=yp, probability=p, w=weights(rng, 60)),
             fmt="json-columns"),
         columns={"weight": "w"})

    rng, i_, y, yp, p = base(409, decimals=4)
    case("dialect-pandas-to-json", "pandas DataFrame.to_json() default layout {column: {index: value}}",
         one("dialect-pandas-to-json.json", T(id=i_, y_true=y, y_pred=yp, y_score=p), fmt="pandas-json"))

    rng, i_, y, yp, p = base(410)
    case("dialect-csv-gz", "gzip-compressed CSV",
         one("dialect-csv-gz.csv.gz", T(id=i_, y_true=y, y_pred=yp, y_score=p)))

    _, y, yp, P = multiclass_data(411, 80, 3)
    case("dialect-jsonl-gz", "gzip-compressed JSONL, multiclass with y_score arrays",
         one("dialect-jsonl-gz.jsonl.gz",
             T(id=ids(80), y_true=y, y_pred=yp, y_score=[col(P[i]) for i in range(80)]), fmt="jsonl"))

    rng, i_, y, yp, p = base(412, n=130)
    region = choice(rng, ["eu", "us", "apac"], 130)
    t1 = T(id=i_[:70], region=region[:70], y_true=y[:70], y_pred=yp[:70], y_score=p[:70])
    t2 = T(id=i_[70:], region=region[70:], y_true=y[70:], y_pred=yp[70:], y_score=p[70:])
    case("dialect-shards", "two shard files concatenated in order, with a slice column",
         [("dialect-shards-part-1.csv", "csv", t1, {}), ("dialect-shards-part-2.csv", "csv", t2, {})],
         columns={"slices": ["region"]})

    rng, i_, y, yp, p = base(413)
    case("dialect-pandas-index", "pandas to_csv output with its unnamed index column (empty header cell)",
         one("dialect-pandas-index.csv", T(y_true=y, y_pred=yp, y_score=p), fmt="pandas-csv"))

    rng, i_, y, yp, p = base(414)
    case("dialect-uppercase-headers", "header names in upper case: ID, Y_TRUE, Y_PRED, Y_SCORE",
         one("dialect-uppercase-headers.csv", T(ID=i_, Y_TRUE=y, Y_PRED=yp, Y_SCORE=p)))

    _, y, yp = regression_data(415, 70)
    case("dialect-tsv-regression-crlf", "regression in a TSV with CRLF line endings and a BOM",
         one("dialect-tsv-regression-crlf.tsv", T(actual=y, prediction=yp), fmt="tsv", lineterminator="\r\n",
             bom=True))


# --------------------------------------------------------------------------------------------------------

def concat(tables):
    out = OrderedDict()
    for t in tables:
        for k, v in t.items():
            out.setdefault(k, []).extend(v)
    return out


def main():
    if sklearn.__version__ != SKLEARN_VERSION:
        sys.exit(f"scikit-learn {SKLEARN_VERSION} is required (found {sklearn.__version__}); use /usr/bin/python3")
    binary_cases()
    multiclass_cases()
    regression_cases()
    dialect_cases()

    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "case names must be unique"
    if CASES_DIR.exists():
        shutil.rmtree(CASES_DIR)
    CASES_DIR.mkdir(parents=True)

    out_cases = []
    for c in CASES:
        file_names = []
        for fname, fmt, table, kw in c["files"]:
            lens = {len(v) for v in table.values()}
            # Small files, so that a failing case can be read; the few large ones (past sampling thresholds) gzipped.
            assert len(lens) == 1 and max(lens) <= (20001 if fname.endswith(".gz") else 400), (c["name"], lens)
            WRITERS[fmt](CASES_DIR / fname, table, **kw)
            file_names.append(fname)
        table = concat([t for _, _, t, _ in c["files"]])
        opts = OrderedDict((k, v) for k, v in c["options"].items())
        r = resolve(table, opts)
        exp = expected_for(r)
        out_cases.append(OrderedDict([("name", c["name"]), ("description", c["description"]),
                                      ("files", file_names), ("options", opts), ("expected", exp)]))

    doc = OrderedDict([("generator", GENERATOR), ("sklearn", sklearn.__version__), ("cases", out_cases)])
    text = json.dumps(doc, indent=2, allow_nan=False, ensure_ascii=False) + "\n"
    (OUT_DIR / "expected.json").write_text(text, "utf-8")
    total = sum(f.stat().st_size for f in OUT_DIR.rglob("*") if f.is_file())
    print(f"{len(out_cases)} cases, {total} bytes under {OUT_DIR.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
