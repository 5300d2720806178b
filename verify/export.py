"""Export: the scored dossier as CSV files for editors and scripts (DataFrames live only here)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from .records import Adjudication, ScoredDossier
from .score import corroboration

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Neutralise spreadsheet formulas: a cell starting with = + - @ gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _safe(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.apply(lambda col: col.map(safe_cell)) if len(frame) else frame


def _iso(day) -> str:
    return day.isoformat() if day else ""


def claims_frame(dossier: ScoredDossier) -> pd.DataFrame:
    cluster_of = {cid: cl.id for cl in dossier.clusters for cid in cl.claim_ids}
    rows = [{
        "claim_id": c.id, "article_id": c.article_id, "outlet": c.outlet, "published": _iso(c.published),
        "speaker": c.speaker or "", "text": c.text, "source_start": c.span[0], "source_end": c.span[1],
        "cluster_id": cluster_of.get(c.id, ""), "polarity": "negated" if c.polarity < 0 else "asserted",
        "numbers": "; ".join(f"{q.text} ({q.counts or q.unit}{' of ' + q.of if q.of else ''})" for q in c.quantities),
        "dates": "; ".join(c.dates), "entities": "; ".join(c.entities), "predicate": c.predicate,
        "sentence": c.sentence,
    } for c in dossier.claims]
    return pd.DataFrame(rows, columns=["claim_id", "article_id", "outlet", "published", "speaker", "text",
                                       "source_start", "source_end", "cluster_id", "polarity", "numbers",
                                       "dates", "entities", "predicate", "sentence"])


def pairs_frame(dossier: ScoredDossier) -> pd.DataFrame:
    claims = {c.id: c for c in dossier.claims}
    rows = [{
        "claim_a": p.a, "claim_b": p.b, "relation": p.relation, "score": p.score, "reasons": "; ".join(p.reasons),
        "kind": p.kind, "similarity": round(p.similarity, 3), "fuzzy": round(p.fuzzy, 1),
        "article_a": claims[p.a].article_id, "article_b": claims[p.b].article_id,
        "published_a": _iso(claims[p.a].published), "published_b": _iso(claims[p.b].published),
        "text_a": claims[p.a].text, "text_b": claims[p.b].text,
    } for p in dossier.pairs]
    return pd.DataFrame(rows, columns=["claim_a", "claim_b", "relation", "score", "reasons", "kind", "similarity",
                                       "fuzzy", "article_a", "article_b", "published_a", "published_b",
                                       "text_a", "text_b"])


def clusters_frame(dossier: ScoredDossier) -> pd.DataFrame:
    rows = [{
        "cluster_id": cl.id, "summary": cl.summary, "n_claims": len(cl.claim_ids), "n_articles": cl.n_articles,
        "n_outlets": cl.n_outlets, "first_published": _iso(cl.first_published),
        "last_published": _iso(cl.last_published), "suggested_verdict": cl.suggested_verdict,
        "n_independent_sources": cl.n_independent_sources,
        "stances": "; ".join(f"{a}: {s}" for a, s in cl.stances),
        "n_firm_sources": cl.n_firm_sources, "corroboration": corroboration(cl),
    } for cl in dossier.clusters]
    return pd.DataFrame(rows, columns=["cluster_id", "summary", "n_claims", "n_articles", "n_outlets",
                                       "first_published", "last_published", "suggested_verdict",
                                       "n_independent_sources", "stances", "n_firm_sources", "corroboration"])


def report_frame(dossier: ScoredDossier, decisions: dict[str, Adjudication] | None = None) -> pd.DataFrame:
    """The verification report: one row per cluster with sources, evidence quotes and any decision."""
    claims = {c.id: c for c in dossier.claims}
    articles = {a.id: a for a in dossier.articles}
    cluster_of = {cid: cl.id for cl in dossier.clusters for cid in cl.claim_ids}
    conflicts_in: dict[str, list] = {}
    for p in dossier.pairs:
        if p.relation == "conflict" and cluster_of.get(p.a) == cluster_of.get(p.b):
            conflicts_in.setdefault(cluster_of.get(p.a), []).append(p)
    rows = []
    for cl in dossier.clusters:
        members = sorted((claims[i] for i in cl.claim_ids), key=lambda c: (c.published or dt.date.min, c.article_id))
        conflicts = conflicts_in.get(cl.id, [])
        decision = (decisions or {}).get(cl.id)
        evidence_ids = decision.evidence_claim_ids if decision and decision.evidence_claim_ids else cl.claim_ids
        evidence = [claims[i] for i in evidence_ids if i in claims]
        rows.append({
            "cluster_id": cl.id, "claim": decision.canonical_text if decision and decision.canonical_text else cl.summary,
            "suggested_verdict": cl.suggested_verdict, "n_claims": len(cl.claim_ids), "n_articles": cl.n_articles,
            "n_independent_sources": cl.n_independent_sources,
            "first_published": _iso(cl.first_published), "last_published": _iso(cl.last_published),
            "outlets": "; ".join(dict.fromkeys(c.outlet for c in members)),
            "speakers": "; ".join(dict.fromkeys(c.speaker for c in members if c.speaker)),
            "evidence_quotes": " | ".join(f"[{_iso(c.published)} {c.outlet}] “{c.sentence}”" for c in evidence),
            "evidence_urls": " | ".join(dict.fromkeys(articles[c.article_id].url or articles[c.article_id].path
                                                     for c in evidence)),
            "conflict_reasons": " | ".join("; ".join(p.reasons[:2]) for p in conflicts),
            "stances": "; ".join(f"{a}: {s}" for a, s in cl.stances),
            "reviewer_verdict": decision.verdict if decision else "",
            "reviewer_note": decision.note if decision else "",
            "reviewer": decision.reviewer if decision else "",
            "reviewed_at": decision.at if decision else "",
            "n_firm_sources": cl.n_firm_sources, "corroboration": corroboration(cl),
        })
    return pd.DataFrame(rows)



def write_csv(frame: pd.DataFrame, path: Path) -> None:
    _safe(frame).to_csv(path, index=False, encoding="utf-8")


def write_outputs(dossier: ScoredDossier, out_dir: str | Path,
                  decisions: dict[str, Adjudication] | None = None) -> list[Path]:
    """claims.csv, pairs.csv, clusters.csv and report.csv in out_dir."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in (("claims.csv", claims_frame(dossier)), ("pairs.csv", pairs_frame(dossier)),
                        ("clusters.csv", clusters_frame(dossier)), ("report.csv", report_frame(dossier, decisions))):
        write_csv(frame, folder / name)
        written.append(folder / name)
    return written
