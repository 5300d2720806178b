"""Typed records passed between pipeline stages (frozen dataclasses, nothing else)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

RELATIONS = ("agree", "conflict", "related")
VERDICTS = ("corroborated", "conflicting", "single-source")
REVIEW_VERDICTS = ("supported", "contradicted", "disputed", "unverified", "not a claim")
STANCES = ("agree", "disagree", "discuss", "unrelated")


@dataclass(frozen=True)
class Article:
    """One cleaned article. `offsets[i]` is the file position of `body[i]`."""

    id: str
    path: str
    title: str
    outlet: str
    url: str
    published: dt.date | None
    body: str
    offsets: tuple[int, ...] = field(repr=False)
    credits: tuple[str, ...] = ()

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a body span [start, end) to a span in the file's decoded content."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Quantity:
    """A number with its unit and, where found, the noun it counts."""

    value: float
    unit: str
    counts: str
    text: str
    approximate: bool = False
    verb: str = ""  # what happens to what is counted: "abduct" in "abducted 219 schoolgirls"
    of: str = ""  # whose figure: "castro" in "the 88-year-old Castro"; who pays or what costs a sum, "|"-joined


@dataclass(frozen=True)
class Claim:
    """One atomic, checkable statement drawn from an article."""

    id: str
    article_id: str
    text: str
    sentence: str
    span: tuple[int, int]
    speaker: str | None
    polarity: int  # +1 asserted, -1 negated
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    predicate: str = ""
    published: dt.date | None = None
    outlet: str = ""
    reporting_verb: str = ""  # "say", "post", "confirm" ... when attributed
    actor: str = ""  # who does or says it: the speaker, else the clause's subject
    actor_entities: tuple[str, ...] = ()  # named entities within the actor phrase
    speaker_entities: tuple[str, ...] = ()  # named entities within the speaker phrase
    core: tuple[str, ...] = ()  # what is done: the verb and the heads of its objects ("agree", "ceasefire")
    denied_words: str = ""  # what a denial or negation in it governs ("that Williams' version was not true"); "" if none
    people: tuple[str, ...] = ()  # the persons its sentence names (the parser's PERSON entities)


@dataclass(frozen=True)
class ClaimPair:
    """Two claims from different articles and how they relate."""

    a: str
    b: str
    similarity: float
    fuzzy: float
    relation: str = "related"
    kind: str = ""
    score: float = 0.0
    reasons: tuple[str, ...] = ()

    def row(self) -> tuple:
        """The fields in order, as plain values (`ClaimPair(*row)` rebuilds it): cheap to send
        between processes and to write as JSON."""
        return (self.a, self.b, self.similarity, self.fuzzy, self.relation, self.kind, self.score, self.reasons)


@dataclass(frozen=True)
class Cluster:
    """Claims about one fact, with a suggested verdict."""

    id: str
    claim_ids: tuple[str, ...]
    summary: str
    representative: str
    n_articles: int
    n_outlets: int
    n_independent_sources: int
    first_published: dt.date | None
    last_published: dt.date | None
    suggested_verdict: str
    stances: tuple[tuple[str, str], ...] = ()  # (article_id, stance)
    # independent sources that firm agreements (near-verbatim, one quotation, very close in meaning)
    # link; the other links of a cluster are weak corroboration
    n_firm_sources: int = 0


@dataclass(frozen=True)
class Adjudication:
    """A reviewer's decision on a cluster; appended, never updated."""

    cluster_id: str
    verdict: str
    canonical_text: str
    evidence_claim_ids: tuple[str, ...]
    note: str
    reviewer: str
    at: str  # ISO UTC timestamp
    claim_ids: tuple[str, ...] = ()  # cluster members when decided: lets a decision follow re-scoring


@dataclass(frozen=True)
class ScoredDossier:
    """Everything one pipeline run produces."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    pairs: tuple[ClaimPair, ...]
    clusters: tuple[Cluster, ...]
    warnings: tuple[str, ...] = ()
    timings: tuple[tuple[str, float], ...] = ()
