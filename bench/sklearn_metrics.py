#!/usr/bin/env python3
"""Reference side of `npm run bench`: pandas + scikit-learn computing model-gate's metrics (docs/formats.md, metric ids).

    python3 bench/sklearn_metrics.py --task binary|multiclass|regression FILE [FILE...]

Reads each FILE with pandas (read_csv, compression inferred from the name; read_json(lines=True) for .jsonl),
concatenates them (shards), computes the same metrics model-gate computes for the task, exactly as model-gate
defines them, and prints {"task", "n", "metrics": {id: value|null}, "timings": {...}} as JSON on stdout.
"""
import argparse
import json
import math
import sys
import time

T0 = time.perf_counter()

try:
    import numpy as np
    import pandas as pd
    from sklearn import metrics as skm
except ImportError as error:  # pragma: no cover - reported by bench/run.mjs
    print(f"missing Python package ({error}); install with: apt-get install -y python3-sklearn python3-pandas", file=sys.stderr)
    sys.exit(3)

T_IMPORT = time.perf_counter()


def read(path):
    if path.endswith(".jsonl") or path.endswith(".jsonl.gz"):
        return pd.read_json(path, lines=True)
    return pd.read_csv(path)


def class_key(text):
    try:
        return int(text)
    except ValueError:
        return text


def binary(df):
    y_true = df["y_true"].to_numpy()
    y_pred = df["y_pred"].to_numpy()
    y_score = df["y_score"].to_numpy(dtype=np.float64)
    return {
        "accuracy": skm.accuracy_score(y_true, y_pred),
        "balanced_accuracy": skm.balanced_accuracy_score(y_true, y_pred),
        "precision": skm.precision_score(y_true, y_pred, pos_label=1, zero_division=0),
        "recall": skm.recall_score(y_true, y_pred, pos_label=1, zero_division=0),
        "f1": skm.f1_score(y_true, y_pred, pos_label=1, zero_division=0),
        "specificity": skm.recall_score(y_true, y_pred, pos_label=0, zero_division=0),
        "mcc": skm.matthews_corrcoef(y_true, y_pred),
        "cohen_kappa": skm.cohen_kappa_score(y_true, y_pred),
        "roc_auc": skm.roc_auc_score(y_true, y_score),
        "average_precision": skm.average_precision_score(y_true, y_score, pos_label=1),
        "log_loss": skm.log_loss(y_true, y_score, labels=[0, 1]),
        "brier_score": skm.brier_score_loss(y_true, y_score, pos_label=1),
    }


def multiclass(df):
    prob_columns = [c for c in df.columns if c.startswith("prob_") or c.startswith("y_score_")]
    prob_columns.sort(key=lambda c: class_key(c.split("_")[-1]))
    classes = [class_key(c.split("_")[-1]) for c in prob_columns]
    y_true = df["y_true"].to_numpy()
    y_pred = df["y_pred"].to_numpy()
    proba = df[prob_columns].to_numpy(dtype=np.float64)
    out = {"accuracy": skm.accuracy_score(y_true, y_pred), "balanced_accuracy": skm.balanced_accuracy_score(y_true, y_pred)}
    for average in ("macro", "micro", "weighted"):
        out[f"precision_{average}"] = skm.precision_score(y_true, y_pred, average=average, zero_division=0)
        out[f"recall_{average}"] = skm.recall_score(y_true, y_pred, average=average, zero_division=0)
        out[f"f1_{average}"] = skm.f1_score(y_true, y_pred, average=average, zero_division=0)
    out["mcc"] = skm.matthews_corrcoef(y_true, y_pred)
    out["cohen_kappa"] = skm.cohen_kappa_score(y_true, y_pred)
    out["roc_auc_ovr"] = skm.roc_auc_score(y_true, proba, multi_class="ovr", average="macro", labels=classes)
    out["log_loss"] = skm.log_loss(y_true, proba, labels=classes)
    out["top2_accuracy"] = skm.top_k_accuracy_score(y_true, proba, k=2, labels=classes)
    return out


def regression(df):
    y_true = df["y_true"].to_numpy(dtype=np.float64)
    y_pred = df["y_pred"].to_numpy(dtype=np.float64)
    return {
        "mae": skm.mean_absolute_error(y_true, y_pred),
        "mse": skm.mean_squared_error(y_true, y_pred),
        "rmse": skm.mean_squared_error(y_true, y_pred, squared=False),
        "r2": skm.r2_score(y_true, y_pred),
        "mape": skm.mean_absolute_percentage_error(y_true, y_pred),
        "median_ae": skm.median_absolute_error(y_true, y_pred),
        "explained_variance": skm.explained_variance_score(y_true, y_pred),
        "max_error": skm.max_error(y_true, y_pred),
    }


def plain(value):
    value = float(value)
    return value if math.isfinite(value) else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--task", required=True, choices=["binary", "multiclass", "regression"])
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    frames = [read(path) for path in args.files]
    df = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    t_read = time.perf_counter()
    metrics = {"binary": binary, "multiclass": multiclass, "regression": regression}[args.task](df)
    t_metrics = time.perf_counter()
    json.dump(
        {
            "task": args.task,
            "n": int(len(df)),
            "metrics": {key: plain(value) for key, value in metrics.items()},
            "timings": {
                "import_s": T_IMPORT - T0,
                "read_s": t_read - T_IMPORT,
                "metrics_s": t_metrics - t_read,
            },
        },
        sys.stdout,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
