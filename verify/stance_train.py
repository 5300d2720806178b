"""Train the stance model on FNC-1 train files and save it as LightGBM text + JSON manifest.

    python -m verify.stance_train --data ../shared/fnc1 --out verify/models/

Only the train files are read. Decision weights and the number of boosting rounds are
chosen on out-of-fold predictions from a cross-validation grouped by body, so one
story never sits on both sides of a split.
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import settings
from .errors import VerifyError
from .model import EmbeddingCache, file_sha256
from .records import STANCES
from .stance import (MANIFEST_FILE, MODEL_FILE, fnc_score, make_embed_texts, read_fnc_csv,
                     weighted_probabilities)
from .stance_features import FEATURE_NAMES, feature_matrix

logger = logging.getLogger(__name__)

# LightGBM's OpenMP threads spin while waiting; on a busy 2-core machine that made
# cross-validation several times slower. Must be set before lightgbm is first imported.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

SEED = 20170601
N_FOLDS = 5
MAX_ROUNDS = 1500
EARLY_STOPPING = 60
# Class weight = (majority count / class count) ** power: 0 ignores the imbalance, 1 fully
# balances it. On story-grouped validation 0.5 and 1.0 gave the same macro-F1 after the
# decision weights, 0.5 a higher relative score.
BALANCE_POWER = 0.5
# Decision weights may cost at most this much relative score (points) on validation.
RELATIVE_SCORE_SLACK = 0.5
WEIGHT_GRID = (0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0)
LGB_PARAMS = {
    "objective": "multiclass",
    "num_class": len(STANCES),
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_data_in_leaf": 20,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "num_threads": 2,
    "deterministic": True,
    "force_row_wise": True,
    "seed": SEED,
    "verbosity": -1,
}


@dataclass(frozen=True)
class TrainReport:
    """What training chose and how it scored on out-of-fold (validation) predictions."""

    n_pairs: int
    n_bodies: int
    rounds: int
    class_weights: dict[str, float]
    validation_unweighted: dict
    validation: dict
    seconds: float


def fnc_pairs_frame(stances_df, bodies_df):
    """Join stances with body texts; VerifyError on unknown body ids or labels."""
    text_by_id = dict(zip(bodies_df["Body ID"].astype(str).str.strip(), bodies_df["articleBody"]))
    body_ids = stances_df["Body ID"].astype(str).str.strip()
    unknown = sorted(set(body_ids) - set(text_by_id))
    if unknown:
        raise VerifyError(f"Body ID {unknown[0]} of the stances is not among the bodies")
    labels = stances_df["Stance"].astype(str).str.strip().str.lower()
    bad = sorted(set(labels) - set(STANCES))
    if bad:
        raise VerifyError(f"unknown stance {bad[0]!r}; expected one of {', '.join(STANCES)}")
    return (stances_df["Headline"].astype(str).tolist(), [text_by_id[i] for i in body_ids],
            body_ids.tolist(), np.array([STANCES.index(s) for s in labels]))


def cached_features(claims, bodies, embed_texts, cache_dir: Path | None, progress: bool):
    """feature_matrix, stored on disk by content so re-training skips the slow part."""
    if cache_dir is None:
        return feature_matrix(claims, bodies, embed_texts, progress=progress)
    source = (Path(__file__).parent / "stance_features.py").read_bytes()
    digest = hashlib.sha1(source)
    for claim, body in zip(claims, bodies):
        digest.update(f"{claim}\x00{body}\x01".encode("utf-8"))
    path = cache_dir / f"features-{digest.hexdigest()[:16]}.npy"
    if path.is_file():
        return np.load(path, allow_pickle=False)
    features = feature_matrix(claims, bodies, embed_texts, progress=progress)
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(path, features, allow_pickle=False)
    return features


def story_groups(claims: list[str], body_ids: list[str], labels: np.ndarray) -> np.ndarray:
    """A group id per pair: bodies joined through the headlines they relate to (one story).

    Grouping by body alone lets a headline sit on both sides of a split; test stories are
    new, so validation keeps a whole story (its headlines and related bodies) in one fold.
    """
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    unrelated = STANCES.index("unrelated")
    for claim, body, label in zip(claims, body_ids, labels):
        find("b:" + body)
        if label != unrelated:
            parent[find("h:" + claim)] = find("b:" + body)
    roots = [find("b:" + body) for body in body_ids]
    index = {root: i for i, root in enumerate(dict.fromkeys(roots))}
    return np.array([index[root] for root in roots])


def sample_weights(labels: np.ndarray, power: float) -> np.ndarray:
    counts = np.bincount(labels, minlength=len(STANCES)).astype(float)
    per_class = (counts.max() / np.maximum(counts, 1.0)) ** power
    return per_class[labels]


def _fit(features, labels, weights, rounds, valid=None):
    import lightgbm as lgb
    train_set = lgb.Dataset(features, labels, weight=weights, feature_name=list(FEATURE_NAMES),
                            free_raw_data=False)
    callbacks, valid_sets = [], []
    if valid is not None:
        valid_sets = [lgb.Dataset(valid[0], valid[1], weight=valid[2], reference=train_set)]
        callbacks = [lgb.early_stopping(EARLY_STOPPING, verbose=False)]
    return lgb.train(LGB_PARAMS, train_set, num_boost_round=rounds, valid_sets=valid_sets,
                     callbacks=callbacks)


def out_of_fold(features, labels, groups, power, n_folds=N_FOLDS):
    """Out-of-fold class probabilities from a by-body grouped CV, and the best round counts."""
    from sklearn.model_selection import GroupKFold
    probs = np.zeros((len(labels), len(STANCES)))
    rounds = []
    folds = GroupKFold(n_splits=min(n_folds, len(set(groups))), shuffle=True, random_state=SEED)
    for fit_idx, val_idx in folds.split(features, labels, groups):
        weights = sample_weights(labels[fit_idx], power)
        valid = (features[val_idx], labels[val_idx], sample_weights(labels[val_idx], power))
        booster = _fit(features[fit_idx], labels[fit_idx], weights, MAX_ROUNDS, valid)
        rounds.append(max(booster.best_iteration, 1))
        probs[val_idx] = booster.predict(features[val_idx], num_iteration=booster.best_iteration)
        logger.info("fold: %d rounds, validation pairs %d", rounds[-1], len(val_idx))
    return probs, rounds


def _scores_from_confusion(confusion: np.ndarray) -> tuple[float, float]:
    """(relative score %, macro-F1) from a gold x predicted confusion matrix over STANCES."""
    related = np.array([s != "unrelated" for s in STANCES])
    same_side = confusion[np.ix_(related, related)].sum() + confusion[np.ix_(~related, ~related)].sum()
    score = 0.25 * same_side + 0.75 * np.trace(confusion[np.ix_(related, related)])
    best = confusion[related].sum() + 0.25 * confusion[~related].sum()
    totals = confusion.sum(axis=0) + confusion.sum(axis=1)
    f1 = np.divide(2 * np.diag(confusion), totals, out=np.zeros(len(STANCES)), where=totals > 0)
    return 100.0 * score / best, float(f1.mean())


def tune_class_weights(probs: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Per-class decision weights maximising macro-F1 within a relative-score slack."""
    n = len(STANCES)

    def evaluate(weights):
        pred = (probs * weights).argmax(axis=1)
        return _scores_from_confusion(np.bincount(labels * n + pred, minlength=n * n).reshape(n, n))

    base = np.ones(n)
    floor = evaluate(base)[0] - RELATIVE_SCORE_SLACK
    best, best_key = base, None
    unrelated = STANCES.index("unrelated")
    for combo in itertools.product(WEIGHT_GRID, repeat=n - 1):
        weights = np.insert(np.array(combo), unrelated, 1.0)
        relative, macro_f1 = evaluate(weights)
        if relative < floor:
            continue
        key = (round(macro_f1, 4), relative)
        if best_key is None or key > best_key:
            best, best_key = weights, key
    return best


def train(stances_df, bodies_df, out_dir, embedder=None, cache_dir: str | Path | None = None,
          balance_power: float = BALANCE_POWER, n_folds: int = N_FOLDS,
          progress: bool = False) -> TrainReport:
    """Fit the stance model on FNC-1 style frames and write it to `out_dir`."""
    started = time.perf_counter()
    claims, bodies, body_ids, labels = fnc_pairs_frame(stances_df, bodies_df)
    cache = EmbeddingCache(cache_dir) if cache_dir else None
    features = cached_features(claims, bodies, make_embed_texts(embedder, cache, progress),
                               Path(cache_dir) if cache_dir else None, progress)

    groups = story_groups(claims, body_ids, labels)
    probs, fold_rounds = out_of_fold(features, labels, groups, balance_power, n_folds)
    weights = tune_class_weights(probs, labels)
    gold = [STANCES[i] for i in labels]
    unweighted = fnc_score(gold, [STANCES[i] for i in probs.argmax(axis=1)])
    weighted = fnc_score(gold, [STANCES[i] for i in
                                weighted_probabilities(probs, weights).argmax(axis=1)])
    # The final model sees all of train, a fifth more than each fold: a few more rounds.
    rounds = max(1, int(round(np.mean(fold_rounds) * 1.1)))
    booster = _fit(features, labels, sample_weights(labels, balance_power), rounds)

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model_path = out / MODEL_FILE
    booster.save_model(str(model_path))
    report = TrainReport(
        n_pairs=len(labels), n_bodies=len(set(body_ids)), rounds=rounds,
        class_weights={c: float(w) for c, w in zip(STANCES, weights)},
        validation_unweighted=unweighted, validation=weighted,
        seconds=time.perf_counter() - started)
    manifest = {
        "format": "lightgbm-text",
        "model_file": MODEL_FILE,
        "sha256": file_sha256(model_path),
        "classes": list(STANCES),
        "class_weights": report.class_weights,
        "feature_names": list(FEATURE_NAMES),
        "embedding_model_sha256": settings.default("model_sha256"),
        "trained_on": {"pairs": report.n_pairs, "bodies": report.n_bodies},
        "params": {**LGB_PARAMS, "rounds": rounds, "balance_power": balance_power,
                   "n_folds": n_folds},
        "validation": {"split": f"{n_folds}-fold CV grouped by story (bodies linked by "
                                "related headlines), out-of-fold predictions",
                       "before_class_weights": unweighted, "after_class_weights": weighted},
    }
    (out / MANIFEST_FILE).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return report


def without_stories(stances_df, body_ids: set[str]):
    """The stance rows with the given bodies' stories removed: those bodies, every headline paired
    with one of them, and every body paired with such a headline."""
    ids = stances_df["Body ID"].astype(str)
    headlines = set(stances_df.loc[ids.isin(body_ids) & (stances_df["Stance"] != "unrelated"), "Headline"])
    bodies = body_ids | set(ids[stances_df["Headline"].isin(headlines) & (stances_df["Stance"] != "unrelated")])
    return stances_df[~ids.isin(bodies) & ~stances_df["Headline"].isin(headlines)]


def _format_scores(name: str, scores: dict) -> str:
    f1 = scores["f1"]
    return (f"{name}: relative {scores['relative_score']:.2f} %  macro-F1 {scores['macro_f1']:.3f}  "
            f"F1 " + " / ".join(f"{f1[c]:.3f}" for c in STANCES))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="folder with train_stances.csv, train_bodies.csv")
    parser.add_argument("--out", default=settings.default("stance_model_dir"))
    parser.add_argument("--cache", default=str(Path(settings.default("cache_dir")) / "stance"),
                        help="embedding and feature cache folder")
    parser.add_argument("--exclude-bodies", default="",
                        help="comma-separated Body IDs whose stories (the bodies and every headline paired "
                             "with them) are left out, so the model can be evaluated on dossiers built from them")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    try:
        data = Path(args.data)
        stances = read_fnc_csv(data / "train_stances.csv", ("Headline", "Body ID", "Stance"))
        bodies = read_fnc_csv(data / "train_bodies.csv", ("Body ID", "articleBody"))
        if args.exclude_bodies:
            stances = without_stories(stances, {b.strip() for b in args.exclude_bodies.split(",") if b.strip()})
        report = train(stances, bodies, args.out, cache_dir=args.cache, progress=True)
    except VerifyError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    print(f"trained on {report.n_pairs} pairs ({report.n_bodies} bodies), {report.rounds} rounds, "
          f"{report.seconds:.0f} s; model in {args.out}")
    print("class weights: " + ", ".join(f"{c} {w:g}" for c, w in report.class_weights.items()))
    print(_format_scores("validation, plain argmax", report.validation_unweighted))
    print(_format_scores("validation, class weights", report.validation))
    return 0


if __name__ == "__main__":
    sys.exit(main())
