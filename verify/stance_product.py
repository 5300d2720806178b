"""Stances in the product: how each source stands on each cluster's representative claim.

A source x claim matrix for the reviewer app and the report. Scoring every cluster against
every article grows as clusters x articles, so clusters are scored against the articles that
hold one of their claims plus the `stance_other_articles` articles sharing most words with
the representative claim.
"""
from __future__ import annotations

import dataclasses
import re

import numpy as np

from . import settings
from .records import ScoredDossier


def stance_pairs(dossier: ScoredDossier, other_articles: int) -> list[tuple[str, str]]:
    """(cluster id, article id) pairs worth a stance: members plus a few other articles."""
    claims = {c.id: c for c in dossier.claims}
    vocab = {a.id: set(re.findall(r"[a-z]{4,}", a.body.lower())) for a in dossier.articles}
    out = []
    for cluster in dossier.clusters:
        if len(cluster.claim_ids) < 2 and cluster.suggested_verdict != "conflicting":
            continue  # a lone claim: its own article's stance says nothing new
        members = list(dict.fromkeys(claims[i].article_id for i in cluster.claim_ids))
        words = set(re.findall(r"[a-z]{4,}", claims[cluster.representative].text.lower()))
        ranked = sorted((a for a in vocab if a not in members), key=lambda a: (-len(words & vocab[a]), a))
        others = ranked[:other_articles]
        out.extend((cluster.id, a) for a in members + others)
    return out


def add_stances(dossier: ScoredDossier, model=None, other_articles: int | None = None) -> ScoredDossier:
    """The dossier with `Cluster.stances` filled: (article id, agree|disagree|discuss|unrelated)."""
    from .stance import StanceModel

    model = model or StanceModel.load()
    wanted = stance_pairs(dossier, settings.default("stance_other_articles")
                          if other_articles is None else other_articles)
    if not wanted:
        return dossier
    claims = {c.id: c for c in dossier.claims}
    clusters = {c.id: c for c in dossier.clusters}
    bodies = {a.id: a.body for a in dossier.articles}
    heads = [claims[clusters[cid].representative].text for cid, _ in wanted]
    labels = model.predict(heads, [bodies[aid] for _, aid in wanted])
    by_cluster: dict[str, list[tuple[str, str]]] = {}
    for (cid, aid), (label, _) in zip(wanted, labels):
        by_cluster.setdefault(cid, []).append((aid, label))
    updated = tuple(dataclasses.replace(c, stances=tuple(by_cluster.get(c.id, ()))) for c in dossier.clusters)
    return dataclasses.replace(dossier, clusters=updated)


def stance_matrix(dossier: ScoredDossier) -> tuple[list[str], list[str], np.ndarray]:
    """Rows: clusters with stances; columns: articles; cells: stance labels ('' when not scored)."""
    rows = [c for c in dossier.clusters if c.stances]
    cols = [a.id for a in dossier.articles]
    grid = np.full((len(rows), len(cols)), "", dtype=object)
    for r, cluster in enumerate(rows):
        for aid, label in cluster.stances:
            grid[r, cols.index(aid)] = label
    return [c.id for c in rows], cols, grid
