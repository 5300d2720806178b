"""Stance of an article body towards a claim (agree, disagree, discuss, unrelated).

A LightGBM model over the features in `stance_features`, trained on FNC-1 by
`stance_train`. The model ships as LightGBM's text format plus a JSON manifest that
names the features, the class order, the per-class decision weights and the model
file's sha256; loading refuses a file whose checksum does not match.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from . import settings
from .errors import ModelError, VerifyError
from .model import EmbeddingCache, embed, embed_cached, file_sha256, load_model
from .records import STANCES
from .stance_features import FEATURE_NAMES, EmbedTexts, feature_matrix

logger = logging.getLogger(__name__)

MODEL_FILE = "stance_lgbm.txt"
MANIFEST_FILE = "stance_model.json"
RELATED = ("agree", "disagree", "discuss")


def default_model_dir() -> Path:
    """The bundled model folder: settings' stance_model_dir, relative to the repository."""
    folder = Path(settings.default("stance_model_dir"))
    return folder if folder.is_absolute() else Path(__file__).resolve().parent.parent / folder


def make_embed_texts(embedder=None, cache: EmbeddingCache | None = None,
                     progress: bool = False) -> EmbedTexts:
    """A texts -> vectors function; encodes each distinct text once, via `cache` if given."""
    def loader():
        return embedder if embedder is not None else load_model()

    def embed_texts(texts: Sequence[str]) -> np.ndarray:
        unique = list(dict.fromkeys(texts))
        if cache is not None:
            vectors = embed_cached(unique, cache, loader, progress=progress)
        else:
            vectors = embed(unique, loader(), progress=progress)
        index = {text: i for i, text in enumerate(unique)}
        return vectors[[index[t] for t in texts]]
    return embed_texts


@dataclass
class StanceModel:
    """A trained stance classifier with its decision weights."""

    booster: object
    classes: tuple[str, ...]
    class_weights: np.ndarray  # probabilities are multiplied by these before the argmax
    manifest: dict
    cache: EmbeddingCache | None = None  # optional disk cache for sentence embeddings

    @classmethod
    def load(cls, model_dir: str | None = None) -> "StanceModel":
        """Load and checksum-verify the model in `model_dir` (default: the bundled one)."""
        folder = Path(model_dir) if model_dir else default_model_dir()
        manifest_path, model_path = folder / MANIFEST_FILE, folder / MODEL_FILE
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ModelError(f"{manifest_path}: stance model manifest is missing; "
                             f"train one with python -m verify.stance_train") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(f"{manifest_path}: unreadable stance model manifest ({exc})") from None
        if not isinstance(manifest, dict):
            raise ModelError(f"{manifest_path}: stance model manifest is not a JSON object")
        if not model_path.is_file():
            raise ModelError(f"{model_path}: stance model file is missing")
        expected = str(manifest.get("sha256", ""))
        actual = file_sha256(model_path)
        if actual != expected:
            raise ModelError(f"{model_path}: sha256 {actual[:12]}… does not match the manifest's "
                             f"{expected[:12] or '(none)'}…; the model file is altered")
        if tuple(manifest.get("feature_names", ())) != FEATURE_NAMES:
            raise ModelError(f"{manifest_path}: model was trained on other features than this "
                             f"code computes; retrain with python -m verify.stance_train")
        classes = tuple(manifest.get("classes", ()))
        if sorted(classes) != sorted(STANCES):
            raise ModelError(f"{manifest_path}: classes {classes} are not {STANCES}")
        import lightgbm as lgb
        try:
            booster = lgb.Booster(model_file=str(model_path))
        except lgb.basic.LightGBMError as exc:
            raise ModelError(f"{model_path}: LightGBM cannot read the model ({exc})") from None
        weights = np.asarray([manifest.get("class_weights", {}).get(c, 1.0) for c in classes],
                             dtype=np.float64)
        return cls(booster, classes, weights, manifest)

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities after the decision weights, rows summing to 1."""
        if not len(features):
            return np.zeros((0, len(self.classes)))
        raw = np.asarray(self.booster.predict(features, num_threads=2), dtype=np.float64)
        return weighted_probabilities(raw, self.class_weights)

    def features(self, claims: list[str], bodies: list[str], embedder=None,
                 progress: bool = False) -> np.ndarray:
        return feature_matrix(claims, bodies, make_embed_texts(embedder, self.cache, progress),
                              progress=progress)

    def predict(self, claims: list[str], bodies: list[str],
                embedder=None) -> list[tuple[str, dict[str, float]]]:
        """(label, class probabilities) for each aligned claim/body pair."""
        probs = self.probabilities(self.features(claims, bodies, embedder))
        return [(self.classes[int(row.argmax())],
                 {c: float(p) for c, p in zip(self.classes, row)}) for row in probs]


def weighted_probabilities(raw: np.ndarray, class_weights: np.ndarray) -> np.ndarray:
    scaled = raw * class_weights
    return scaled / scaled.sum(axis=1, keepdims=True)


def read_fnc_csv(path: str | Path, columns: Sequence[str]):
    """Read an FNC-1 CSV keeping only `columns` (all as text); VerifyError if unusable."""
    import pandas as pd
    path = Path(path)
    if not path.is_file():
        raise VerifyError(f"{path}: file not found")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError, OSError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise VerifyError(f"{path}: not a readable CSV ({reason})") from None
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise VerifyError(f"{path}: missing column(s) {', '.join(missing)}; "
                          f"expected {', '.join(columns)}")
    return frame[list(columns)]


def read_fnc_pairs(stances_csv: str | Path, bodies_csv: str | Path):
    """Headlines with their body texts, in the stances file's order (no Stance read)."""
    stances = read_fnc_csv(stances_csv, ("Headline", "Body ID"))
    bodies = read_fnc_csv(bodies_csv, ("Body ID", "articleBody"))
    text_by_id = dict(zip(bodies["Body ID"].str.strip(), bodies["articleBody"]))
    body_ids = stances["Body ID"].str.strip()
    unknown = sorted(set(body_ids) - set(text_by_id))
    if unknown:
        raise VerifyError(f"{stances_csv}: Body ID {unknown[0]} not found in {bodies_csv} "
                          f"({len(unknown)} unknown id(s))")
    return stances, [text_by_id[i] for i in body_ids]


def predict_fnc_files(stances_csv: str, bodies_csv: str, out_csv: str,
                      model_dir: str | None = None, progress: bool = False) -> int:
    """Label FNC-1 format pairs and write `Headline, Body ID, Stance`; returns the row count."""
    stances, body_texts = read_fnc_pairs(stances_csv, bodies_csv)
    model = StanceModel.load(model_dir)
    model.cache = EmbeddingCache(Path(settings.default("cache_dir")) / "stance")
    claims = stances["Headline"].tolist()
    probs = model.probabilities(model.features(claims, body_texts, progress=progress))
    out = stances.copy()
    out["Stance"] = [model.classes[int(i)] for i in probs.argmax(axis=1)] if len(out) else []
    try:
        Path(out_csv).parent.mkdir(parents=True, exist_ok=True)
        out.to_csv(out_csv, index=False)
    except OSError as exc:
        raise VerifyError(f"{out_csv}: cannot write predictions ({exc.strerror})") from None
    return len(out)


def fnc_score(gold: list[str], pred: list[str]) -> dict:
    """FNC-1 relative weighted score (%), macro-F1 and per-class F1 over STANCES."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold labels but {len(pred)} predictions")
    gold_arr, pred_arr = np.asarray(gold, dtype=object), np.asarray(pred, dtype=object)
    gold_related = np.isin(gold_arr, RELATED)
    pred_related = np.isin(pred_arr, RELATED)
    same_side = gold_related == pred_related
    score = 0.25 * same_side.sum() + 0.75 * (gold_related & (gold_arr == pred_arr)).sum()
    best = gold_related.sum() + 0.25 * (~gold_related).sum()
    per_class = {}
    for label in STANCES:
        is_gold, is_pred = gold_arr == label, pred_arr == label
        total = is_gold.sum() + is_pred.sum()
        per_class[label] = float(2 * (is_gold & is_pred).sum() / total) if total else 0.0
    return {
        "relative_score": float(100.0 * score / best) if best else 0.0,
        "macro_f1": float(sum(per_class.values()) / len(per_class)),
        "f1": per_class,
    }
