"""Reviewer decisions and grouping fixes in SQLite; the only module that writes SQL.

Decisions are appended, never updated, so a cluster's history can always be shown.
They are keyed by content-derived ids and carry the cluster's claim ids at decision
time, so they follow a cluster whose id changed after re-scoring.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import StoreError
from .records import REVIEW_VERDICTS, Adjudication, ScoredDossier

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000  # how long a writer waits for another reviewer's write to finish
REATTACH_MIN_JACCARD = 0.5  # share of claims an old decision needs with a new cluster to follow it
GROUPING_ACTIONS = ("split", "merge")

# Ordered, named, never edited once released: append a new entry to change the schema.
MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("001_adjudications", """
        CREATE TABLE adjudications (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            cluster_id TEXT NOT NULL,
            claim_ids TEXT NOT NULL,           -- JSON list: cluster members at decision time
            verdict TEXT NOT NULL,
            canonical_text TEXT NOT NULL,
            evidence_claim_ids TEXT NOT NULL,  -- JSON list
            note TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL                   -- ISO 8601 UTC
        );
        CREATE INDEX adjudications_cluster ON adjudications (cluster_id, id);
    """),
    ("002_grouping_overrides", """
        CREATE TABLE grouping_overrides (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            action TEXT NOT NULL,              -- split | merge
            groups TEXT NOT NULL,              -- JSON list of lists of claim ids
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL
        );
    """),
)


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")


def jaccard(first: set[str] | tuple[str, ...], second: set[str] | tuple[str, ...]) -> float:
    first, second = set(first), set(second)
    union = first | second
    return len(first & second) / len(union) if union else 0.0


class Store:
    """One decisions database. Opens a short-lived connection per call, so one Store
    may be shared by Streamlit sessions running in different threads."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the folder for the decisions "
                             f"database ({exc.strerror or exc})") from exc
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder; expected a SQLite database file")
        with self._write() as conn:
            self._migrate(conn)

    # -- connections -------------------------------------------------------------------

    def _fail(self, exc: sqlite3.Error) -> StoreError:
        text = str(exc)
        if "locked" in text or "busy" in text:
            reason = "database is locked by another writer; try again"
        elif "not a database" in text or "malformed" in text:
            reason = "not a SQLite database or corrupt; move it aside or choose another path"
        elif "readonly" in text or "unable to open" in text or "disk I/O" in text:
            reason = f"cannot write the decisions database ({text})"
        else:
            reason = text
        return StoreError(f"{self.path}: {reason}")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None)
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                logger.warning("%s: journal mode is %s, not WAL", self.path, mode)
            yield conn
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc
        finally:
            conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A transaction that takes the write lock up front, so writers queue, not fail."""
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _migrate(self, conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                     "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        applied = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
        known = {name for name, _ in MIGRATIONS}
        if applied - known:
            raise StoreError(f"{self.path}: written by a newer version (migrations "
                             f"{', '.join(sorted(applied - known))}); upgrade the tool")
        for name, sql in MIGRATIONS:
            if name in applied:
                continue
            logger.info("%s: applying migration %s", self.path, name)
            for statement in sql.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, utc_now()))

    def migrations(self) -> list[str]:
        with self._connect() as conn:
            return [row[0] for row in conn.execute(
                "SELECT name FROM schema_migrations ORDER BY name")]

    # -- decisions ---------------------------------------------------------------------

    def add_decision(self, adj: Adjudication) -> Adjudication:
        """Append one decision (timestamped now when `at` is empty) and return it as stored."""
        if adj.verdict not in REVIEW_VERDICTS:
            raise StoreError(f"unknown verdict {adj.verdict!r}; expected one of "
                             f"{', '.join(REVIEW_VERDICTS)}")
        if not adj.reviewer.strip():
            raise StoreError("a decision needs the reviewer's name")
        stray = set(adj.evidence_claim_ids) - set(adj.claim_ids) if adj.claim_ids else set()
        if stray:
            raise StoreError(f"evidence claims {', '.join(sorted(stray))} are not in "
                             f"cluster {adj.cluster_id}")
        stored = Adjudication(
            cluster_id=adj.cluster_id, verdict=adj.verdict,
            canonical_text=adj.canonical_text.strip(),
            evidence_claim_ids=tuple(adj.evidence_claim_ids), note=adj.note.strip(),
            reviewer=adj.reviewer.strip(), at=adj.at or utc_now(),
            claim_ids=tuple(sorted(adj.claim_ids)))
        with self._write() as conn:
            conn.execute(
                "INSERT INTO adjudications (cluster_id, claim_ids, verdict, canonical_text, "
                "evidence_claim_ids, note, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (stored.cluster_id, json.dumps(list(stored.claim_ids)), stored.verdict,
                 stored.canonical_text, json.dumps(list(stored.evidence_claim_ids)),
                 stored.note, stored.reviewer, stored.at))
        return stored

    def _decisions(self, where: str = "", params: tuple = ()) -> list[Adjudication]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT cluster_id, claim_ids, verdict, canonical_text, evidence_claim_ids, "
                f"note, reviewer, at FROM adjudications {where} ORDER BY id", params).fetchall()
        return [Adjudication(cluster_id=row[0], claim_ids=tuple(json.loads(row[1])),
                             verdict=row[2], canonical_text=row[3],
                             evidence_claim_ids=tuple(json.loads(row[4])), note=row[5],
                             reviewer=row[6], at=row[7]) for row in rows]

    def all_decisions(self) -> list[Adjudication]:
        """Every decision ever saved, oldest first."""
        return self._decisions()

    def history(self, cluster_id: str, claim_ids: tuple[str, ...] = ()) -> list[Adjudication]:
        """Decisions on a cluster, oldest first; with `claim_ids`, also those made on an
        earlier version of the cluster (before a re-score, split or merge) that follow it."""
        if not claim_ids:
            return self._decisions("WHERE cluster_id = ?", (cluster_id,))
        return [adj for adj in self._decisions()
                if adj.cluster_id == cluster_id
                or jaccard(adj.claim_ids, claim_ids) >= REATTACH_MIN_JACCARD]

    def latest_decisions(self, dossier: ScoredDossier) -> dict[str, Adjudication]:
        """The current decision for each cluster of the dossier that has one.

        A decision made on a cluster id that no longer exists follows the current cluster
        sharing most of its claims (Jaccard >= 0.5). A decision made on the cluster's own
        id wins over one that followed it; otherwise the newest wins.
        """
        clusters = {cluster.id: set(cluster.claim_ids) for cluster in dossier.clusters}
        newest: dict[str, tuple[int, int, Adjudication]] = {}  # cluster -> (exact, order, adj)
        for order, adj in enumerate(self._decisions()):
            if adj.cluster_id in clusters:
                target, exact = adj.cluster_id, 1
            else:
                target, exact = _best_overlap(adj.claim_ids, clusters), 0
                if target is None:
                    continue
            if target not in newest or (exact, order) >= newest[target][:2]:
                newest[target] = (exact, order, adj)
        return {cluster_id: entry[2] for cluster_id, entry in newest.items()}

    # -- grouping fixes (split / merge) ------------------------------------------------

    def save_grouping(self, groups: list[list[str]], action: str, reviewer: str) -> None:
        """Record that a reviewer put these claims together (one group each)."""
        if action not in GROUPING_ACTIONS:
            raise StoreError(f"unknown grouping action {action!r}; expected one of "
                             f"{', '.join(GROUPING_ACTIONS)}")
        if not reviewer.strip():
            raise StoreError(f"a {action} needs the reviewer's name")
        clean = [sorted(set(group)) for group in groups if group]
        if not clean:
            raise StoreError(f"a {action} needs at least one claim")
        with self._write() as conn:
            conn.execute("INSERT INTO grouping_overrides (action, groups, reviewer, at) "
                         "VALUES (?, ?, ?, ?)",
                         (action, json.dumps(clean), reviewer.strip(), utc_now()))

    def groupings(self) -> list[tuple[str, list[list[str]], str, str]]:
        """Every saved split/merge as (action, groups, reviewer, at), oldest first."""
        with self._connect() as conn:
            rows = conn.execute("SELECT action, groups, reviewer, at FROM grouping_overrides "
                                "ORDER BY id").fetchall()
        return [(row[0], json.loads(row[1]), row[2], row[3]) for row in rows]

    def groups_for(self, dossier: ScoredDossier) -> list[list[str]] | None:
        """The dossier's clusters as claim-id groups after every saved split and merge,
        in order; None when no saved fix touches this dossier's claims."""
        known = {claim_id for cluster in dossier.clusters for claim_id in cluster.claim_ids}
        groups = [list(cluster.claim_ids) for cluster in dossier.clusters]
        changed = False
        for _action, fixes, _reviewer, _at in self.groupings():
            for fix in fixes:
                members = [claim_id for claim_id in fix if claim_id in known]
                if not members:
                    continue
                taken = set(members)
                groups = [[c for c in group if c not in taken] for group in groups]
                groups = [group for group in groups if group] + [members]
                changed = True
        if not changed:
            return None
        return [sorted(group) for group in groups]


def _best_overlap(claim_ids: tuple[str, ...], clusters: dict[str, set[str]]) -> str | None:
    """The cluster sharing most claims (at least the re-attach share); ties go to the
    smallest id so the choice is stable."""
    best, best_score = None, 0.0
    for cluster_id in sorted(clusters):
        score = jaccard(claim_ids, clusters[cluster_id])
        if score >= REATTACH_MIN_JACCARD and score > best_score:
            best, best_score = cluster_id, score
    return best
