"""The decisions store: appended history, concurrent reviewers, decisions that survive re-scoring."""
from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from verify.errors import StoreError
from verify.records import Adjudication, Cluster, ScoredDossier
from verify.store import MIGRATIONS, Store


def cluster(*claim_ids: str) -> Cluster:
    cluster_id = hashlib.sha1("|".join(sorted(claim_ids)).encode()).hexdigest()
    return Cluster(id=cluster_id, claim_ids=tuple(claim_ids), summary=claim_ids[0],
                   representative=claim_ids[0], n_articles=len(claim_ids), n_outlets=len(claim_ids),
                   n_independent_sources=len(claim_ids), first_published=None,
                   last_published=None, suggested_verdict="corroborated")


def dossier(*clusters: Cluster) -> ScoredDossier:
    return ScoredDossier(articles=(), claims=(), pairs=(), clusters=clusters)


def decision(on: Cluster, verdict: str = "supported", reviewer: str = "ana", note: str = "",
             evidence: tuple[str, ...] = ()) -> Adjudication:
    return Adjudication(cluster_id=on.id, verdict=verdict, canonical_text=on.summary,
                        evidence_claim_ids=evidence, note=note, reviewer=reviewer, at="",
                        claim_ids=on.claim_ids)


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "annotations" / "decisions.sqlite")


def test_store_creates_wal_database_with_every_migration(store):
    assert store.migrations() == [name for name, _ in MIGRATIONS]
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    Store(store.path)  # reopening applies nothing twice
    assert store.migrations() == [name for name, _ in MIGRATIONS]


def test_history_keeps_every_save_in_order_and_latest_wins(store):
    iwf = cluster("c1", "c2")
    store.add_decision(decision(iwf, "unverified", note="waiting for the IWF"))
    store.add_decision(decision(iwf, "supported", reviewer="ben", evidence=("c2",)))
    history = store.history(iwf.id)
    assert [(adj.verdict, adj.reviewer) for adj in history] == [("unverified", "ana"),
                                                                 ("supported", "ben")]
    assert history[0].at < history[1].at and history[1].at.endswith("+00:00")
    assert history[1].evidence_claim_ids == ("c2",)
    assert store.latest_decisions(dossier(iwf))[iwf.id].verdict == "supported"


def test_two_connections_writing_at_once_lose_no_decision(tmp_path):
    path = tmp_path / "decisions.sqlite"
    Store(path)
    clusters = [cluster(f"claim{i}", f"other{i}") for i in range(40)]
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def reviewer(name: str) -> None:
        own = Store(path)  # each browser tab has its own connection
        start.wait()
        try:
            for item in clusters:
                own.add_decision(decision(item, reviewer=name, note=f"{name} on {item.id}"))
        except BaseException as exc:  # surfaced below: a lost write must fail the test
            failures.append(exc)

    threads = [threading.Thread(target=reviewer, args=(name,)) for name in ("ana", "ben")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    saved = Store(path).all_decisions()
    assert len(saved) == 80
    assert {(adj.reviewer, adj.cluster_id) for adj in saved} == {
        (name, item.id) for name in ("ana", "ben") for item in clusters}


def test_decision_follows_its_cluster_after_rescoring_adds_a_claim(store):
    before = cluster("c1", "c2", "c3")
    store.add_decision(decision(before, "contradicted", note="IWF figure is wrong"))
    after = cluster("c1", "c2", "c3", "c4")  # re-score found one more report: new cluster id
    unrelated = cluster("c9", "c8")
    latest = store.latest_decisions(dossier(after, unrelated))
    assert set(latest) == {after.id}
    assert latest[after.id].note == "IWF figure is wrong"
    assert [adj.verdict for adj in store.history(after.id, after.claim_ids)] == ["contradicted"]


def test_decision_does_not_follow_a_cluster_sharing_too_few_claims(store):
    store.add_decision(decision(cluster("c1", "c2", "c3")))
    assert store.latest_decisions(dossier(cluster("c3", "c4", "c5"))) == {}


def test_decision_on_the_current_cluster_id_beats_one_that_followed_it(store):
    old, new = cluster("c1", "c2"), cluster("c1", "c2", "c3")
    store.add_decision(decision(new, "supported"))
    store.add_decision(decision(old, "disputed"))  # a stale tab saved on the old grouping
    assert store.latest_decisions(dossier(new))[new.id].verdict == "supported"


@pytest.mark.parametrize("bad, message", [
    (dict(verdict="true"), "unknown verdict 'true'; expected one of supported"),
    (dict(reviewer="  "), "reviewer's name"),
    (dict(evidence=("elsewhere",)), "evidence claims elsewhere are not in cluster"),
])
def test_invalid_decision_is_refused_with_a_clear_message(store, bad, message):
    with pytest.raises(StoreError, match=message):
        store.add_decision(decision(cluster("c1", "c2"), **bad))
    assert store.all_decisions() == []


def test_split_and_merge_regroup_the_dossier_claims(store):
    mixed, lone, other = cluster("a1", "a2", "b1"), cluster("b2"), cluster("z1", "z2")
    current = dossier(mixed, lone, other)
    assert store.groups_for(current) is None
    store.save_grouping([["b1"], ["a1", "a2"]], "split", "ana")
    store.save_grouping([["b1", "b2"]], "merge", "ana")
    groups = store.groups_for(current)
    assert sorted(groups) == [["a1", "a2"], ["b1", "b2"], ["z1", "z2"]]
    assert store.groups_for(dossier(cluster("q1", "q2"))) is None  # another dossier's claims


@pytest.mark.parametrize("make_bad", [
    lambda path: path.write_bytes(b"this is not a database at all" * 100),
    lambda path: path.mkdir(),
])
def test_unusable_database_path_raises_store_error_naming_it(tmp_path, make_bad):
    path = tmp_path / "decisions.sqlite"
    make_bad(path)
    with pytest.raises(StoreError, match="decisions.sqlite"):
        Store(path)


def test_locked_database_raises_store_error_not_a_traceback(store, monkeypatch):
    monkeypatch.setattr("verify.store.BUSY_TIMEOUT_MS", 50)
    blocker = sqlite3.connect(store.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="locked"):
            store.add_decision(decision(cluster("c1", "c2")))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_database_from_a_newer_version_is_refused(store):
    with sqlite3.connect(store.path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('999_future', 'x')")
    with pytest.raises(StoreError, match="newer version"):
        Store(store.path)


UNRELATED_ARTICLE = """---
title: Storm closes ferry routes
url: https://example.org/storm
source: Example Wire
date: 2026-01-08
---

# Storm closes ferry routes

The coastguard said on Thursday that all ferry crossings to the islands were cancelled until Saturday.
"""


@pytest.mark.slow
def test_decision_survives_rescoring_the_sample_dossier_from_scratch(store, tmp_path):
    """Two runs from scratch (no shared caches), the second with one more article: the
    decision stays on its cluster because claim and cluster ids come from content."""
    import shutil

    from verify.pipeline import score_dossier

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    before = score_dossier(seeds, {"cache_dir": str(tmp_path / "first-cache")})
    claim = next(c for c in before.claims if "not seen any imagery" in c.text)
    decided = next(c for c in before.clusters if claim.id in c.claim_ids)
    store.add_decision(decision(decided, "disputed", note="IWF changed its account"))

    grown = tmp_path / "dossier"
    shutil.copytree(seeds, grown)
    (grown / "005_storm.txt").write_text(UNRELATED_ARTICLE, encoding="utf-8")
    after = score_dossier(grown, {"cache_dir": str(tmp_path / "second-cache")})
    follows = next(c for c in after.clusters if claim.id in c.claim_ids)
    latest = store.latest_decisions(after)
    assert list(latest) == [follows.id]
    assert latest[follows.id].note == "IWF changed its account"
