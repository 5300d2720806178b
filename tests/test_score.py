"""Clusters: grouping, independent sources (wire copy counts once), verdicts, stable ids."""
import datetime as dt

from verify.records import Article, Claim, ClaimPair
from verify.score import build_clusters, cluster_id, corroboration, group_claims


def article(aid, outlet, credits=()):
    return Article(id=aid, path=f"{aid}.txt", title=aid, outlet=outlet, url="", published=dt.date(2026, 1, 5),
                   body="x", offsets=(0,), credits=tuple(credits))


def claim(cid, aid):
    return Claim(id=cid, article_id=aid, text=f"claim {cid}", sentence="s", span=(0, 1), speaker=None,
                 polarity=1, published=dt.date(2026, 1, 5))


def test_agreeing_claims_from_independent_outlets_are_corroborated():
    arts = [article("a", "Outlet A"), article("b", "Outlet B"), article("c", "Outlet C")]
    claims = [claim("1", "a"), claim("2", "b"), claim("3", "c")]
    pairs = [ClaimPair("1", "2", 0.8, 50, "agree", "paraphrase", 0.8)]
    groups = group_claims(claims, pairs, 0.6)
    clusters = build_clusters(claims, pairs, arts, groups, 0.93)
    by_size = sorted(clusters, key=lambda c: -len(c.claim_ids))
    assert by_size[0].claim_ids == ("1", "2") and by_size[0].suggested_verdict == "corroborated"
    assert by_size[0].n_independent_sources == 2
    assert by_size[1].suggested_verdict == "single-source"


def test_wire_copy_counts_as_one_source():
    arts = [article("a", "Outlet A", ["Reuters"]), article("b", "Outlet B", ["Reuters"])]
    claims = [claim("1", "a"), claim("2", "b")]
    pairs = [ClaimPair("1", "2", 0.8, 60, "agree", "paraphrase", 0.8)]
    [cluster] = build_clusters(claims, pairs, arts, group_claims(claims, pairs, 0.6), 0.93)
    assert cluster.n_outlets == 2 and cluster.n_independent_sources == 1
    assert cluster.suggested_verdict == "single-source"


def test_near_identical_text_counts_as_one_source():
    arts = [article("a", "Outlet A"), article("b", "Outlet B")]
    claims = [claim("1", "a"), claim("2", "b")]
    pairs = [ClaimPair("1", "2", 0.99, 99, "agree", "paraphrase", 0.99)]
    [cluster] = build_clusters(claims, pairs, arts, group_claims(claims, pairs, 0.6), 0.93)
    assert cluster.n_independent_sources == 1


def test_conflict_makes_the_cluster_conflicting_and_sorts_it_first():
    arts = [article("a", "A"), article("b", "B"), article("c", "C"), article("d", "D")]
    claims = [claim("1", "a"), claim("2", "b"), claim("3", "c"), claim("4", "d")]
    pairs = [ClaimPair("1", "2", 0.5, 20, "conflict", "reversal", 0.8),
             ClaimPair("3", "4", 0.9, 80, "agree", "paraphrase", 0.9)]
    clusters = build_clusters(claims, pairs, arts, group_claims(claims, pairs, 0.6), 0.93)
    assert [c.suggested_verdict for c in clusters] == ["conflicting", "corroborated"]
    assert clusters[0].id == cluster_id(["2", "1"])  # order-independent, content-derived


def test_related_pairs_do_not_merge_clusters():
    claims = [claim("1", "a"), claim("2", "b")]
    pairs = [ClaimPair("1", "2", 0.55, 20, "related", "", 0.3)]
    assert len(group_claims(claims, pairs, 0.6)) == 2


def test_a_chain_of_links_cannot_grow_a_cluster_past_the_limit():
    claims = [claim(str(i), str(i)) for i in range(6)]
    chain = [ClaimPair(str(i), str(i + 1), 0.9, 50, "agree", "paraphrase", 0.9 - i / 100) for i in range(5)]
    groups = group_claims(claims, chain, 0.6, max_cluster_size=3)
    assert max(len(g) for g in groups) == 3
    assert sorted(len(g) for g in groups) == [3, 3]


def test_a_chain_of_loose_agreements_is_not_one_fact():
    """A~B and C~D are close paraphrases; B~C share words only. A and D have nothing in common,
    so the two facts stay two clusters however strong the B~C link looked."""
    claims = [claim(x, f"art{x}") for x in "abcd"]
    pairs = [ClaimPair("a", "b", 0.9, 40, "agree", "paraphrase", 0.9, ()),
             ClaimPair("c", "d", 0.9, 40, "agree", "paraphrase", 0.9, ()),
             ClaimPair("b", "c", 0.72, 40, "agree", "paraphrase", 0.72, ())]
    groups = sorted(sorted(g) for g in group_claims(claims, pairs, 0.7))
    assert groups == [["a", "b"], ["c", "d"]]
    pairs += [ClaimPair("a", "c", 0.8, 40, "agree", "paraphrase", 0.8, ()),
              ClaimPair("b", "d", 0.8, 40, "agree", "paraphrase", 0.8, ()),
              ClaimPair("a", "d", 0.75, 40, "agree", "paraphrase", 0.75, ())]
    assert len(group_claims(claims, pairs, 0.7)) == 1  # all close to each other: one fact


def test_cached_pairs_are_redone_when_claim_extraction_changes(monkeypatch):
    """Claim ids name text and place only; a new extraction (a polarity read differently)
    must not reuse pairs related from the old one."""
    from verify import pipeline

    claims = [claim("1", "a"), claim("2", "b")]
    before = pipeline._pairs_key(claims, {"agree_similarity": 0.6})
    monkeypatch.setattr(pipeline, "CLAIMS_VERSION", "another extraction")
    assert pipeline._pairs_key(claims, {"agree_similarity": 0.6}) != before


def test_only_firm_agreements_make_firm_corroboration():
    """Near-verbatim wording, one quotation or similarity from 0.75 link sources firmly; a pair only
    close in meaning, or sharing some words, is weak corroboration (judged the same fact half the time)."""
    arts = [article("a", "A"), article("b", "B"), article("c", "C")]
    claims = [claim("1", "a"), claim("2", "b"), claim("3", "c")]
    quoted = ("same statement in different words", "same quotation, same words: “deems necessary”")
    for pairs, firm, label in [
        ([ClaimPair("1", "2", 0.66, 50, "agree", "paraphrase", 0.66)], 1, "weak"),
        ([ClaimPair("1", "2", 0.55, 60, "agree", "paraphrase", 0.55,
                    ("same statement in different words", "mostly the same words (60/100) and close in meaning"))],
         1, "weak"),
        ([ClaimPair("1", "2", 0.80, 50, "agree", "paraphrase", 0.80)], 2, "firm"),
        ([ClaimPair("1", "2", 0.62, 50, "agree", "paraphrase", 0.62, quoted)], 2, "firm"),
        ([ClaimPair("1", "2", 0.80, 50, "agree", "paraphrase", 0.80),  # 1~2 firm, 2~3 weak: two firmly
          ClaimPair("2", "3", 0.66, 50, "agree", "paraphrase", 0.66)], 2, "firm"),
    ]:
        cluster = max(build_clusters(claims, pairs, arts, group_claims(claims, pairs, 0.6), 0.93),
                      key=lambda c: len(c.claim_ids))
        assert cluster.suggested_verdict == "corroborated"
        assert (cluster.n_firm_sources, corroboration(cluster)) == (firm, label), pairs


def test_a_firm_link_within_one_source_is_no_corroboration():
    arts = [article("a", "Outlet A", ["Reuters"]), article("b", "Outlet B", ["Reuters"])]
    claims = [claim("1", "a"), claim("2", "b")]
    pairs = [ClaimPair("1", "2", 0.9, 60, "agree", "paraphrase", 0.9)]
    [cluster] = build_clusters(claims, pairs, arts, group_claims(claims, pairs, 0.6), 0.93)
    assert (cluster.n_independent_sources, cluster.n_firm_sources, corroboration(cluster)) == (1, 1, "none")


def test_one_outlet_named_by_address_and_by_name_is_one_source():
    arts = [article("a", "www.theguardian.com"), article("b", "The Guardian"), article("c", "the-record.media"),
            article("d", "The Record")]
    claims = [claim("1", "a"), claim("2", "b"), claim("3", "c"), claim("4", "d")]
    pairs = [ClaimPair("1", "2", 0.8, 50, "agree", "paraphrase", 0.8),
             ClaimPair("3", "4", 0.8, 50, "agree", "paraphrase", 0.8)]
    clusters = build_clusters(claims, pairs, arts, group_claims(claims, pairs, 0.6), 0.93)
    assert [(c.n_outlets, c.n_independent_sources, c.suggested_verdict) for c in clusters] == [
        (1, 1, "single-source"), (1, 1, "single-source")]
    other = [article("a", "BBC News"), article("b", "bbc.co.uk")]  # not the same letters: kept apart
    [cluster] = build_clusters(claims[:2], pairs[:1], other, group_claims(claims[:2], pairs[:1], 0.6), 0.93)
    assert cluster.n_independent_sources == 2
