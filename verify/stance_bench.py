"""Score the stance model on the FNC-1 competition test set, next to a simple baseline.

    python -m verify.stance_bench --data ../shared/fnc1 [--model verify/models] [--markdown]

The test files are read only here, for the reported figures. The baseline (logistic
regression on max sentence cosine and word overlap) is fitted on the train files.
"""
from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import numpy as np

from . import settings
from .errors import VerifyError
from .model import EmbeddingCache, load_model
from .records import STANCES
from .stance import StanceModel, fnc_score, make_embed_texts, read_fnc_csv
from .stance_features import FEATURE_NAMES
from .stance_train import cached_features, fnc_pairs_frame

logger = logging.getLogger(__name__)

BASELINE_FEATURES = ("sim_max", "stem_coverage", "stem_jaccard")
BASELINE_NAME = "baseline: logistic regression on max cosine + word overlap"
# Published rows from the FNC-1 README: (system, relative score, macro-F1, per-class F1).
PUBLISHED = (
    ("challenge baseline (hand features + gradient boosting)", "75.20 %", "—", "—"),
    ("1st place (SOLAT in the SWEN, Cisco Talos)", "82.02 %", "0.578",
     "0.537 / 0.035 / 0.760 / 0.979"),
    ("2nd place (Athene, UKP)", "81.97 % (reported)", "≈0.60", "—"),
    ("3rd place (UCL Machine Reading)", "81.72 % (reported)", "≈0.58", "—"),
)
HEADER = ("system", "relative score", "macro-F1", "F1 agree / disagree / discuss / unrelated")


def load_split(data: Path, prefix: str):
    stances = read_fnc_csv(data / f"{prefix}_stances.csv", ("Headline", "Body ID", "Stance"))
    bodies = read_fnc_csv(data / f"{prefix}_bodies.csv", ("Body ID", "articleBody"))
    return fnc_pairs_frame(stances, bodies)


def fit_baseline(features: np.ndarray, labels: np.ndarray):
    """Balanced multinomial logistic regression on the baseline's few columns."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    columns = [FEATURE_NAMES.index(name) for name in BASELINE_FEATURES]
    classifier = make_pipeline(StandardScaler(), LogisticRegression(
        class_weight="balanced", max_iter=1000, random_state=0))
    classifier.fit(features[:, columns], labels)
    return lambda rows: classifier.predict(rows[:, columns])


def row(system: str, scores: dict) -> tuple[str, str, str, str]:
    f1 = scores["f1"]
    return (system, f"{scores['relative_score']:.2f} %", f"{scores['macro_f1']:.3f}",
            " / ".join(f"{f1[c]:.3f}" for c in STANCES))


def render(rows, markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
        lines += ["| " + " | ".join(cells) + " |" for cells in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in (HEADER, *rows)) for i in range(len(HEADER))]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join([fmt.format(*HEADER), fmt.format(*("-" * w for w in widths)),
                      *(fmt.format(*cells) for cells in rows)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="folder with the FNC-1 CSV files")
    parser.add_argument("--model", default=None, help="stance model folder (default: bundled)")
    parser.add_argument("--markdown", action="store_true", help="print the table as markdown")
    parser.add_argument("--cache", default=str(Path(settings.default("cache_dir")) / "stance"),
                        help="cache for train features (the test set is always embedded afresh)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    data = Path(args.data)
    try:
        model = StanceModel.load(args.model)
        embedder = load_model()
        test_claims, test_bodies, _, test_labels = load_split(data, "competition_test")
        # Timed: everything from texts to labels, with no embedding cache (a cold run).
        started = time.perf_counter()
        test_features = model.features(test_claims, test_bodies, embedder, progress=True)
        probs = model.probabilities(test_features)
        seconds = time.perf_counter() - started
        gold = [STANCES[i] for i in test_labels]
        model_scores = fnc_score(gold, [model.classes[i] for i in probs.argmax(axis=1)])

        train_claims, train_bodies, _, train_labels = load_split(data, "train")
        embed_texts = make_embed_texts(embedder, EmbeddingCache(args.cache), progress=True)
        train_features = cached_features(train_claims, train_bodies, embed_texts,
                                         Path(args.cache), progress=True)
        baseline = fit_baseline(train_features, train_labels)
        baseline_scores = fnc_score(gold, [STANCES[i] for i in baseline(test_features)])
    except VerifyError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1

    rows = [row("this model: LightGBM on MiniLM similarity + lexical + cue features",
                model_scores),
            row(BASELINE_NAME, baseline_scores), *PUBLISHED]
    print(f"FNC-1 competition test: {len(gold)} pairs, {len(set(test_bodies))} distinct body texts")
    print(render(rows, args.markdown))
    print(f"\nscoring time (cold, no embedding cache, embedding included): {seconds:.1f} s, "
          f"{len(gold) / seconds:.0f} pairs/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
