"""Stances in the product: evidence for agreement and the source x cluster matrix, with a fake model."""
import datetime as dt

from verify.records import Article, Claim, ClaimPair, Cluster, ScoredDossier
from verify.stance_product import add_stances, stance_evidence, stance_matrix


class FakeModel:
    """Agrees when the body contains the claim's first word, else says unrelated."""

    def predict(self, claims, bodies):
        out = []
        for claim, body in zip(claims, bodies):
            agree = claim.split()[0] in body
            label = "agree" if agree else "unrelated"
            out.append((label, {"agree": 0.9 if agree else 0.0, "disagree": 0.0, "discuss": 0.1,
                                "unrelated": 0.0 if agree else 0.9}))
        return out


def dossier():
    day = dt.date(2026, 1, 5)
    arts = (Article("a", "a.txt", "A", "Outlet A", "", day, "Paying users only: X limited Grok.", (0,)),
            Article("b", "b.txt", "B", "Outlet B", "", day, "Subscribers keep access to Grok images.", (0,)),
            Article("c", "c.txt", "C", "Outlet C", "", day, "Weather news.", (0,)))
    claims = (Claim("1", "a", "Subscribers keep access", "s", (0, 1), None, 1, published=day),
              Claim("2", "b", "Paying users only", "s", (0, 1), None, 1, published=day))
    pair = ClaimPair("1", "2", 0.5, 30, "related", "", 0.25, ("related wording",))
    clusters = (Cluster("k1", ("1",), "Subscribers keep access", "1", 1, 1, 1, day, day, "single-source"),
                Cluster("k2", ("2",), "Paying users only", "2", 1, 1, 1, day, day, "single-source"))
    return ScoredDossier(arts, claims, (pair,), clusters)


def test_stance_agreement_upgrades_a_related_pair_and_regroups():
    result = stance_evidence(dossier(), FakeModel())
    [pair] = result.pairs
    assert pair.relation == "agree" and pair.kind == "stance" and "stance model" in pair.reasons[0]
    assert len(result.clusters) == 1 and result.clusters[0].suggested_verdict == "corroborated"


def test_each_source_gets_a_stance_on_multi_claim_clusters():
    result = add_stances(stance_evidence(dossier(), FakeModel()), FakeModel(), other_articles=1)
    [cluster] = result.clusters
    stances = dict(cluster.stances)
    assert set(stances) == {"a", "b", "c"}
    rows, cols, grid = stance_matrix(result)
    assert rows == [cluster.id] and cols == ["a", "b", "c"] and grid[0, 2] == stances["c"]
