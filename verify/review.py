"""The reviewer's workbench without Streamlit: queue order, filters, views and the report.

Pure functions on pipeline records, so the app stays a thin adapter and this logic is
tested with hand-built dossiers.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import StoreError, VerifyError
from .records import RELATIONS, Adjudication, Article, Claim, Cluster, ScoredDossier
from .relate import firm_agreement
from .score import corroboration

logger = logging.getLogger(__name__)

# Conflicts need a human most; corroborated clusters least.
REVIEW_PRIORITY = {"conflicting": 0, "single-source": 1, "corroborated": 2}
STATUSES = ("all", "unreviewed", "reviewed")
# Every ASCII character Markdown (or Streamlit's :directive[...]) could give meaning to.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'^])")


@dataclass(frozen=True)
class QueueFilters:
    """What the reviewer narrowed the queue to; empty means no restriction."""

    verdicts: tuple[str, ...] = ()  # machine suggestion or reviewer verdict
    outlets: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    start: dt.date | None = None
    end: dt.date | None = None
    status: str = "all"
    search: str = ""
    corroboration: tuple[str, ...] = ()  # "firm", "weak", "none" (see score.corroboration)


@dataclass(frozen=True)
class FilterOptions:
    outlets: tuple[str, ...]
    speakers: tuple[str, ...]
    first: dt.date | None
    last: dt.date | None


class _Index:
    """Look-ups by id for one dossier."""

    def __init__(self, dossier: ScoredDossier):
        self.claims: dict[str, Claim] = {claim.id: claim for claim in dossier.claims}
        self.articles: dict[str, Article] = {article.id: article for article in dossier.articles}

    def outlet(self, claim: Claim) -> str:
        article = self.articles.get(claim.article_id)
        return claim.outlet or (article.outlet if article else "") or "unknown"

    def published(self, claim: Claim) -> dt.date | None:
        article = self.articles.get(claim.article_id)
        return claim.published or (article.published if article else None)

    def members(self, cluster: Cluster) -> list[Claim]:
        return [self.claims[claim_id] for claim_id in cluster.claim_ids if claim_id in self.claims]


# -- queue ------------------------------------------------------------------------------

def review_order(clusters: tuple[Cluster, ...] | list[Cluster]) -> list[Cluster]:
    """Conflicting first, then single-source, then corroborated (weak corroboration before firm);
    wider stories first."""
    return sorted(clusters, key=lambda c: (REVIEW_PRIORITY.get(c.suggested_verdict, 3),
                                           c.suggested_verdict == "corroborated" and corroboration(c) == "firm",
                                           -c.n_outlets, -len(c.claim_ids), c.summary, c.id))


def filter_options(dossier: ScoredDossier) -> FilterOptions:
    index = _Index(dossier)
    clustered = [index.claims[c] for cl in dossier.clusters for c in cl.claim_ids
                 if c in index.claims]
    dates = [d for d in map(index.published, clustered) if d]
    return FilterOptions(outlets=tuple(sorted({index.outlet(c) for c in clustered})),
                         speakers=tuple(sorted({c.speaker for c in clustered if c.speaker})),
                         first=min(dates, default=None), last=max(dates, default=None))


def filter_queue(dossier: ScoredDossier, decisions: dict[str, Adjudication],
                 filters: QueueFilters) -> list[Cluster]:
    """The dossier's clusters in review order, keeping those that match every filter.

    A cluster with no dated claim is kept by a date range: it cannot be ruled out by it.
    """
    if filters.status not in STATUSES:
        raise VerifyError(f"unknown review status {filters.status!r}; expected one of "
                          f"{', '.join(STATUSES)}")
    index = _Index(dossier)
    needle = filters.search.strip().lower()
    kept = []
    for cluster in review_order(dossier.clusters):
        members = index.members(cluster)
        decision = decisions.get(cluster.id)
        if filters.status == "reviewed" and decision is None:
            continue
        if filters.status == "unreviewed" and decision is not None:
            continue
        if filters.verdicts and not ({cluster.suggested_verdict, decision and decision.verdict}
                                     & set(filters.verdicts)):
            continue
        if filters.corroboration and corroboration(cluster) not in filters.corroboration:
            continue
        if filters.outlets and not {index.outlet(c) for c in members} & set(filters.outlets):
            continue
        if filters.speakers and not {c.speaker for c in members} & set(filters.speakers):
            continue
        dates = [d for d in map(index.published, members) if d]
        if dates and (filters.start or filters.end) and not any(
                (filters.start is None or d >= filters.start)
                and (filters.end is None or d <= filters.end) for d in dates):
            continue
        if needle and needle not in _haystack(cluster, members, index, decision):
            continue
        kept.append(cluster)
    return kept


def _haystack(cluster: Cluster, members: list[Claim], index: _Index,
              decision: Adjudication | None) -> str:
    parts = [cluster.summary, cluster.representative]
    for claim in members:
        article = index.articles.get(claim.article_id)
        parts += [claim.text, claim.sentence, claim.speaker or "", index.outlet(claim),
                  article.title if article else ""]
    if decision:
        parts += [decision.canonical_text, decision.note, decision.reviewer]
    return "\n".join(parts).lower()


def review_progress(dossier: ScoredDossier, decisions: dict[str, Adjudication]) -> tuple[int, int]:
    """(clusters with a decision, all clusters)."""
    return sum(c.id in decisions for c in dossier.clusters), len(dossier.clusters)


def next_unreviewed(queue: list[Cluster], decisions: dict[str, Adjudication],
                    current: str | None = None) -> str | None:
    """The first unreviewed cluster after `current` in queue order, wrapping round."""
    ids = [c.id for c in queue]
    start = ids.index(current) + 1 if current in ids else 0
    for cluster_id in ids[start:] + ids[:start]:
        if cluster_id not in decisions and cluster_id != current:
            return cluster_id
    return None


def queue_frame(queue: list[Cluster], decisions: dict[str, Adjudication]) -> pd.DataFrame:
    rows = [{"claim": c.summary, "suggested": c.suggested_verdict,
             "reviewed": decisions[c.id].verdict if c.id in decisions else "",
             "outlets": c.n_outlets, "independent sources": c.n_independent_sources,
             "corroboration": corroboration(c),
             "claims": len(c.claim_ids), "first": c.first_published, "last": c.last_published}
            for c in queue]
    return pd.DataFrame(rows, columns=["claim", "suggested", "reviewed", "outlets",
                                       "independent sources", "corroboration", "claims", "first", "last"])


# -- one cluster ------------------------------------------------------------------------

def escape_markdown(text: str) -> str:
    """Article text made literal for st.markdown: no HTML, links, emphasis or directives."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def highlighted_sentence(claim: Claim) -> str:
    """The claim's source sentence as safe Markdown with the claim itself highlighted.

    Streamlit's background directive is used rather than **bold**, whose flanking rules
    fail when the claim ends in punctuation right before a letter.
    """
    sentence = " ".join(claim.sentence.split()) or claim.text
    text = " ".join(claim.text.split())
    at = sentence.lower().find(text.lower()) if text else -1
    if at < 0:
        return escape_markdown(sentence)
    before, match, after = sentence[:at], sentence[at:at + len(text)], sentence[at + len(text):]
    return (f"{escape_markdown(before)}:orange-background[{escape_markdown(match)}]"
            f"{escape_markdown(after)}")


def safe_url(url: str) -> str:
    """Only web links are offered to click; anything else (javascript:, file:) is dropped."""
    return url if re.match(r"(?i)^https?://[^\s]+$", url or "") else ""


def claims_frame(dossier: ScoredDossier, cluster: Cluster) -> pd.DataFrame:
    index = _Index(dossier)
    rows = []
    for claim in sorted(index.members(cluster), key=lambda c: (index.published(c) or dt.date.max,
                                                               index.outlet(c), c.id)):
        article = index.articles.get(claim.article_id)
        rows.append({"id": claim.id, "claim": claim.text, "outlet": index.outlet(claim),
                     "published": index.published(claim), "speaker": claim.speaker or "",
                     "sentence": claim.sentence,
                     "title": article.title if article else claim.article_id,
                     "link": safe_url(article.url) if article else ""})
    return pd.DataFrame(rows, columns=["id", "claim", "outlet", "published", "speaker",
                                       "sentence", "title", "link"])


def cluster_pairs(dossier: ScoredDossier, cluster: Cluster) -> list:
    members = set(cluster.claim_ids)
    return [p for p in dossier.pairs if p.a in members and p.b in members]


def pairs_frame(dossier: ScoredDossier, cluster: Cluster) -> pd.DataFrame:
    index = _Index(dossier)

    def label(claim_id: str) -> str:
        claim = index.claims.get(claim_id)
        return f"{index.outlet(claim)}: {claim.text}" if claim else claim_id

    rows = [{"claim A": label(p.a), "claim B": label(p.b), "relation": p.relation,
             "kind": p.kind, "score": round(p.score, 3), "similarity": round(p.similarity, 3),
             "reasons": "; ".join(p.reasons)}
            for p in sorted(cluster_pairs(dossier, cluster),
                            key=lambda p: (RELATIONS.index(p.relation)
                                           if p.relation in RELATIONS else 9, -p.score))]
    return pd.DataFrame(rows, columns=["claim A", "claim B", "relation", "kind", "score",
                                       "similarity", "reasons"])


def timeline_frame(dossier: ScoredDossier, cluster: Cluster) -> pd.DataFrame:
    """The cluster's claims by publication date; `mark` makes reversals and conflicts stand out."""
    index = _Index(dossier)
    marks: dict[str, str] = {}
    rank = {"reversal": 3, "conflict": 2, "agree": 1}
    for pair in cluster_pairs(dossier, cluster):
        mark = ("reversal" if pair.kind == "reversal" else pair.relation
                if pair.relation in ("conflict", "agree") else "")
        for claim_id in (pair.a, pair.b):
            if rank.get(mark, 0) > rank.get(marks.get(claim_id, ""), 0):
                marks[claim_id] = mark
    rows = [{"published": index.published(c), "outlet": index.outlet(c), "claim": c.text,
             "speaker": c.speaker or "", "mark": marks.get(c.id, "reported")}
            for c in index.members(cluster)]
    frame = pd.DataFrame(rows, columns=["published", "outlet", "claim", "speaker", "mark"])
    return frame.sort_values(["published", "outlet"], na_position="last", kind="stable",
                             ignore_index=True)


def stances_frame(dossier: ScoredDossier, cluster: Cluster) -> pd.DataFrame:
    articles = {a.id: a for a in dossier.articles}
    rows = [{"outlet": articles[a].outlet if a in articles else a,
             "article": articles[a].title if a in articles else a, "stance": stance}
            for a, stance in cluster.stances]
    return pd.DataFrame(rows, columns=["outlet", "article", "stance"])


def split_groups(cluster: Cluster, moved: list[str]) -> list[list[str]]:
    """A cluster split in two: the claims the reviewer moved out, and the rest."""
    moved_set = set(moved)
    if not moved_set or moved_set >= set(cluster.claim_ids):
        raise VerifyError("choose some, but not all, of the cluster's claims to split off")
    if moved_set - set(cluster.claim_ids):
        raise VerifyError("only claims of this cluster can be split off")
    return [sorted(moved_set), sorted(set(cluster.claim_ids) - moved_set)]


def merge_groups(first: Cluster, second: Cluster) -> list[list[str]]:
    if first.id == second.id:
        raise VerifyError("choose another cluster to merge with")
    return [sorted(set(first.claim_ids) | set(second.claim_ids))]


def cluster_with_claim(dossier: ScoredDossier, claim_id: str) -> Cluster | None:
    return next((c for c in dossier.clusters if claim_id in c.claim_ids), None)


def form_values(cluster: Cluster, latest: Adjudication | None) -> dict:
    """What the decision form shows when a cluster is opened: its latest decision, or a
    blank verdict with the machine's summary as the canonical wording."""
    if latest is None:
        return {"verdict": None, "canonical": cluster.summary, "evidence": [], "note": ""}
    return {"verdict": latest.verdict, "canonical": latest.canonical_text, "note": latest.note,
            "evidence": [c for c in latest.evidence_claim_ids if c in cluster.claim_ids]}


def history_frame(history: list[Adjudication], claims: dict[str, Claim]) -> pd.DataFrame:
    """Decisions newest first, for the cluster's history table."""
    rows = [{"at": adj.at, "reviewer": adj.reviewer, "verdict": adj.verdict,
             "canonical claim": adj.canonical_text, "note": adj.note,
             "evidence": "; ".join(claims[c].text if c in claims else c
                                   for c in adj.evidence_claim_ids)}
            for adj in reversed(history)]
    return pd.DataFrame(rows, columns=["at", "reviewer", "verdict", "canonical claim", "note",
                                       "evidence"])


# -- overview ---------------------------------------------------------------------------

def verdict_counts(dossier: ScoredDossier, decisions: dict[str, Adjudication]) -> pd.DataFrame:
    """Clusters per machine suggestion, and per reviewer verdict ('not reviewed' included)."""
    machine = Counter(c.suggested_verdict for c in dossier.clusters)
    human = Counter(decisions[c.id].verdict if c.id in decisions else "not reviewed"
                    for c in dossier.clusters)
    return pd.DataFrame(
        [{"kind": "suggested", "verdict": v, "clusters": n} for v, n in sorted(machine.items())]
        + [{"kind": "reviewer", "verdict": v, "clusters": n} for v, n in sorted(human.items())],
        columns=["kind", "verdict", "clusters"])


def source_cluster_matrix(dossier: ScoredDossier) -> pd.DataFrame:
    """Outlet x cluster: whether the outlet's claims conflict with, agree with, or only
    report the cluster's fact ('' when the outlet is silent on it)."""
    index = _Index(dossier)
    cells: dict[tuple[str, str], str] = {}
    rank = {"reports": 1, "agrees": 2, "conflicts": 3}
    for number, cluster in enumerate(review_order(dossier.clusters), start=1):
        column = f"{number}. {cluster.summary[:40]}"
        outlet_of = {c.id: index.outlet(c) for c in index.members(cluster)}
        for outlet in outlet_of.values():
            cells.setdefault((outlet, column), "reports")
        for pair in cluster_pairs(dossier, cluster):
            role = {"agree": "agrees", "conflict": "conflicts"}.get(pair.relation)
            for claim_id in (pair.a, pair.b):
                key = (outlet_of[claim_id], column)
                if role and rank[role] > rank[cells[key]]:
                    cells[key] = role
    if not cells:
        return pd.DataFrame()
    frame = pd.Series(cells).unstack(fill_value="")
    return frame.reindex(columns=sorted(frame.columns, key=lambda c: int(c.split(".")[0])))


def outlet_relation_matrix(dossier: ScoredDossier, relation: str, firm_only: bool = False) -> pd.DataFrame:
    """Outlet x outlet: how many claim pairs of this relation link them (symmetric); with
    `firm_only`, agreements only of the firm kinds (see relate.firm_agreement)."""
    if relation not in RELATIONS:
        raise VerifyError(f"unknown relation {relation!r}; expected one of {', '.join(RELATIONS)}")
    index = _Index(dossier)
    counts: Counter[tuple[str, str]] = Counter()
    for pair in dossier.pairs:
        if pair.relation != relation or pair.a not in index.claims or pair.b not in index.claims:
            continue
        if firm_only and not firm_agreement(pair):
            continue
        first, second = index.outlet(index.claims[pair.a]), index.outlet(index.claims[pair.b])
        counts[(first, second)] += 1
        if first != second:
            counts[(second, first)] += 1
    outlets = sorted({index.outlet(c) for c in dossier.claims})
    return pd.DataFrame([[counts[(row, col)] for col in outlets] for row in outlets],
                        index=pd.Index(outlets, name="outlet"), columns=outlets)


def conflict_ranking(dossier: ScoredDossier) -> pd.DataFrame:
    """Outlets by how many conflicting pairs they are part of, most first."""
    conflicts = outlet_relation_matrix(dossier, "conflict")
    agreements = outlet_relation_matrix(dossier, "agree")
    frame = pd.DataFrame({"conflicts": conflicts.sum(axis=1), "agreements": agreements.sum(axis=1)})
    return frame.sort_values(["conflicts", "agreements"], ascending=[False, True], kind="stable")


def claims_over_time(dossier: ScoredDossier) -> pd.DataFrame:
    """Clustered claims per publication date (rows) and outlet (columns)."""
    index = _Index(dossier)
    rows = [{"published": pd.Timestamp(index.published(c)), "outlet": index.outlet(c)}
            for cluster in dossier.clusters for c in index.members(cluster) if index.published(c)]
    if not rows:
        return pd.DataFrame()
    return pd.DataFrame(rows).groupby(["published", "outlet"]).size().unstack(fill_value=0)


# -- dossiers and the report --------------------------------------------------------------

def content_key(files: list[tuple[str, bytes]]) -> str:
    """A hash of (file name, content) pairs: the cache key of a dossier's pipeline run."""
    digest = hashlib.sha256()
    for name, data in sorted(files):
        digest.update(name.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def folder_key(folder: str | Path) -> str:
    """content_key of a dossier folder's article files (raises IngestError like the pipeline)."""
    from .ingest import _candidates  # the same file selection the pipeline reads

    return content_key([(p.name, p.read_bytes()) for p in _candidates(Path(folder))])


def with_reviewer_groups(dossier: ScoredDossier, store) -> ScoredDossier:
    """The dossier regrouped by every split and merge reviewers saved for its claims."""
    groups = store.groups_for(dossier)
    if groups is None:
        return dossier
    from .score import regroup

    return regroup(dossier, groups)


def report_table(dossier: ScoredDossier, decisions: dict[str, Adjudication]) -> pd.DataFrame:
    """The verification report, every cell neutralised for spreadsheets."""
    from .export import report_frame, safe_cell

    return report_frame(dossier, decisions).map(safe_cell)


def report_csv(dossier: ScoredDossier, decisions: dict[str, Adjudication]) -> bytes:
    """The verification report as spreadsheet-safe CSV bytes (UTF-8)."""
    return report_table(dossier, decisions).to_csv(index=False).encode("utf-8")


def report_command(dossier_dir: str | Path, db_path: str | Path | None, out_csv: str | Path) -> int:
    """Score a dossier, apply the reviewers' groupings and decisions, write the CSV report.

    Returns the number of clusters written. A missing database is an error, not an empty
    review, so a mistyped --db path cannot pass for "nothing reviewed".
    """
    if db_path is not None and not Path(db_path).is_file():
        raise StoreError(f"{db_path}: no decisions database here; review the dossier in "
                         "the app first or give the right --db path")
    from .pipeline import score_dossier
    from .store import Store

    decisions: dict[str, Adjudication] = {}
    dossier = score_dossier(dossier_dir)
    if db_path is not None:
        store = Store(db_path)
        dossier = with_reviewer_groups(dossier, store)
        decisions = store.latest_decisions(dossier)
    out = Path(out_csv)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(report_csv(dossier, decisions))
    except OSError as exc:
        raise VerifyError(f"{out}: cannot write the report ({exc.strerror or exc})") from exc
    return len(dossier.clusters)
