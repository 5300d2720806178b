"""Clusters: group related claims into one fact each, count independent sources, suggest a verdict."""
from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import defaultdict

from .records import Article, Claim, ClaimPair, Cluster, ScoredDossier
from .relate import firm_agreement


class _UnionFind:
    def __init__(self, items):
        self.parent = {x: x for x in items}

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x, y):
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def cluster_id(claim_ids) -> str:
    """Stable id from the sorted member claim ids."""
    return hashlib.sha1("|".join(sorted(claim_ids)).encode()).hexdigest()[:16]


UNLINKED = 0.4  # claims never proposed as neighbours are taken to be this close


def _cohesive(left: list[str], right: list[str], closeness: dict, cluster_similarity: float) -> bool:
    """Whether two groups state one fact: on average their members are close, not just the two
    ends of one link (a chain "A~B~C~D" is not one fact when A and D have nothing in common)."""
    if len(left) == 1 and len(right) == 1:
        return True
    total = sum(closeness.get((x, y) if x < y else (y, x), UNLINKED) for x in left for y in right)
    return total / (len(left) * len(right)) >= cluster_similarity - 0.15


def group_claims(claims: list[Claim], pairs: list[ClaimPair], cluster_similarity: float,
                 max_cluster_size: int = 12) -> list[list[str]]:
    """Claims joined by agree and conflict links, strongest link first, into clusters of one fact
    with its disputes. A link that would grow a cluster past `max_cluster_size` is left out, so
    a chain of loose links cannot glue a whole story into one cluster."""
    uf = _UnionFind([c.id for c in claims])
    members = {c.id: [c.id] for c in claims}
    links = [p for p in pairs if p.relation == "conflict" or (p.relation == "agree" and (
        max(p.similarity, p.fuzzy / 100) >= cluster_similarity or p.kind == "stance"))]
    linked = {p.a for p in links} | {p.b for p in links}
    closeness = {(p.a, p.b) if p.a < p.b else (p.b, p.a): max(p.similarity, p.fuzzy / 100)
                 for p in pairs if p.a in linked and p.b in linked}
    for pair in sorted(links, key=lambda p: (-p.score, p.a, p.b)):
        ra, rb = uf.find(pair.a), uf.find(pair.b)
        if ra == rb or len(members[ra]) + len(members[rb]) > max_cluster_size:
            continue
        if pair.relation == "agree" and not _cohesive(members[ra], members[rb], closeness, cluster_similarity):
            continue
        uf.union(ra, rb)
        root = uf.find(ra)
        members[root] = members.pop(ra if root == rb else rb) + members.pop(root)
    groups: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        groups[uf.find(claim.id)].append(claim.id)
    return list(groups.values())


def independent_sources(members: list[Claim], articles: dict[str, Article], pairs: list[ClaimPair],
                        wire_similarity: float) -> list[list[str]]:
    """Articles grouped into independent sources: same outlet, same wire credit or copied text."""
    ids = sorted({c.article_id for c in members})
    uf = _UnionFind(ids)
    by_outlet: dict[str, str] = {}
    by_credit: dict[str, str] = {}
    for aid in ids:
        art = articles[aid]
        if art.outlet and art.outlet != "unknown":
            uf.union(aid, by_outlet.setdefault(outlet_key(art.outlet), aid))
        for credit in art.credits:
            uf.union(aid, by_credit.setdefault(credit.lower(), aid))
    owner = {c.id: c.article_id for c in members}
    for pair in pairs:
        if pair.a in owner and pair.b in owner and (pair.fuzzy >= 97 or pair.similarity >= wire_similarity):
            uf.union(owner[pair.a], owner[pair.b])
    groups: dict[str, list[str]] = defaultdict(list)
    for aid in ids:
        groups[uf.find(aid)].append(aid)
    return list(groups.values())


def firm_sources(members: list[Claim], sources: list[list[str]], pairs: list[ClaimPair]) -> int:
    """How many of the independent sources firm agreements link into one group (the largest): two
    outlets only close in meaning, or sharing some words, are weak corroboration of each other."""
    source_of = {aid: i for i, group in enumerate(sources) for aid in group}
    owner = {c.id: source_of[c.article_id] for c in members}
    uf = _UnionFind(range(len(sources)))
    for pair in pairs:
        if pair.a in owner and pair.b in owner and firm_agreement(pair):
            uf.union(owner[pair.a], owner[pair.b])
    sizes: dict[int, int] = defaultdict(int)
    for i in range(len(sources)):
        sizes[uf.find(i)] += 1
    return max(sizes.values(), default=0)


def corroboration(cluster: Cluster) -> str:
    """"firm" when firm agreements link two independent sources or more, "weak" when only weaker
    links make the cluster's sources more than one, "none" for a single source."""
    if cluster.n_firm_sources >= 2:
        return "firm"
    return "weak" if cluster.n_independent_sources >= 2 else "none"


def outlet_key(outlet: str) -> str:
    """One outlet however a file names it: by its address ("www.theguardian.com", "therecord.media")
    or by name ("The Guardian", "The Record"), letters and digits only, case ignored."""
    name = outlet.strip().lower()
    if "." in name and " " not in name:  # an address: the name before its domain ending
        name = name.removeprefix("www.").split(".")[0]
    return re.sub(r"[^0-9a-z]+", "", name) or outlet.lower()


def _outlet_key(article: Article) -> str:
    """An article of unknown outlet counts as an outlet of its own."""
    known = article.outlet and article.outlet != "unknown"
    return outlet_key(article.outlet) if known else f"article:{article.id}"


def _representative(members: list[Claim], pairs: list[ClaimPair]) -> Claim:
    weight: dict[str, float] = defaultdict(float)
    ids = {c.id for c in members}
    for pair in pairs:
        if pair.a in ids and pair.b in ids:
            weight[pair.a] += pair.similarity
            weight[pair.b] += pair.similarity
    return max(members, key=lambda c: (weight[c.id], -len(c.text), c.id))


def build_clusters(dossier_claims: list[Claim], pairs: list[ClaimPair], articles: list[Article],
                   groups: list[list[str]], wire_similarity: float) -> list[Cluster]:
    """One Cluster record per group of claim ids, sorted by need for review."""
    by_id = {c.id: c for c in dossier_claims}
    arts = {a.id: a for a in articles}
    pairs_by_claim: dict[str, list[ClaimPair]] = defaultdict(list)
    for pair in pairs:
        pairs_by_claim[pair.a].append(pair)
        pairs_by_claim[pair.b].append(pair)
    clusters = []
    for group in groups:
        members = [by_id[i] for i in group if i in by_id]
        if not members:
            continue
        ids = {c.id for c in members}
        inner = {p for c in members for p in pairs_by_claim[c.id] if p.a in ids and p.b in ids}
        inner_list = sorted(inner, key=lambda p: (p.a, p.b))
        sources = independent_sources(members, arts, inner_list, wire_similarity)
        dates = sorted(c.published for c in members if c.published)
        n_articles = len({c.article_id for c in members})
        if any(p.relation == "conflict" for p in inner_list):
            verdict = "conflicting"
        elif len(sources) >= 2:
            verdict = "corroborated"
        else:
            verdict = "single-source"
        rep = _representative(members, inner_list)
        summary = f"{rep.speaker}: {rep.text}" if rep.speaker else rep.text
        clusters.append(Cluster(
            id=cluster_id(ids), claim_ids=tuple(sorted(ids)), summary=summary, representative=rep.id,
            n_articles=n_articles, n_outlets=len({_outlet_key(arts[c.article_id]) for c in members}),
            n_independent_sources=len(sources), first_published=dates[0] if dates else None,
            last_published=dates[-1] if dates else None, suggested_verdict=verdict,
            n_firm_sources=firm_sources(members, sources, inner_list)))
    order = {"conflicting": 0, "single-source": 1, "corroborated": 2}
    clusters.sort(key=lambda c: (order[c.suggested_verdict], -c.n_articles, c.id))
    return clusters


def regroup(dossier: ScoredDossier, groups: list[list[str]], wire_similarity: float | None = None) -> ScoredDossier:
    """Clusters recomputed for a reviewer's grouping of claim ids (split or merge)."""
    from . import settings

    covered = {i for g in groups for i in g}
    rest = [[c.id] for c in dossier.claims if c.id not in covered]
    clusters = build_clusters(list(dossier.claims), list(dossier.pairs), list(dossier.articles),
                              [list(g) for g in groups if g] + rest,
                              wire_similarity or settings.default("wire_similarity"))
    keep = {c.id: c for c in dossier.clusters}
    clusters = [dataclasses.replace(c, stances=keep[c.id].stances) if c.id in keep else c for c in clusters]
    return dataclasses.replace(dossier, clusters=tuple(clusters))
