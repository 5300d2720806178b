"""Relating: label candidate pairs agree / conflict / related, with reasons a reviewer can check.

Conflicts in real coverage rarely read "X" versus "not X": a watchdog that "will assess"
and later "launched an investigation", a body that had "not seen" imagery and then
"discovered" it, "isolated cases" against an estimate of tens of thousands. Each rule
below looks for one of these shapes and says so in plain words.
"""
from __future__ import annotations

import dataclasses
import functools
import gc
import re
from dataclasses import dataclass

from .match import COUNTRIES, LARGE, MINIMISERS, Candidate, EntityIndex, shared_wording
from .records import Claim, ClaimPair, Quantity

# Progress of an official action, lowest first: contact/assess < investigate < sanction.
STATUS = (
    (1, "preliminary", re.compile(r"(?i)\b(contact(ed|s)?|assess(ing|ment)?|seek(ing)? clarity|look(ing)? into|"
                                   r"review(ed|ing)?|weigh(ing)?|consider(ing)?|monitor(ing)?|asked .* to set out)\b")),
    (2, "investigation", re.compile(r"(?i)\b(investigat(e|es|ed|ing|ion)|probe|probing|inquiry|launched an? \w+)\b")),
    (3, "sanction", re.compile(r"(?i)\b(fined?|fines|charged?|prosecut\w+|raided|summoned|banned|convicted)\b")),
)
COMMUNICATE = {"respond", "comment", "reply", "answer", "react", "address"}
SPEAK = {"post", "say", "warn", "write", "tweet", "announce", "state", "tell", "add", "reply", "confirm"}
FIND = {"see", "find", "discover", "detect", "identify", "observe", "confirm", "uncover", "receive"}
ANTONYMS = {frozenset(p) for p in (
    ("deny", "confirm"), ("restrict", "restore"), ("block", "lift"), ("block", "unblock"), ("open", "close"),
    ("ban", "allow"), ("ban", "lift"), ("limit", "unlimit"), ("approve", "reject"), ("accept", "reject"),
    ("increase", "decrease"), ("rise", "fall"), ("win", "lose"), ("resign", "stay"), ("suspend", "resume"),
    ("arrest", "release"), ("guilty", "innocent"))}
BOILERPLATE_NO_COMMENT = re.compile(r"(?i)request(s)? for comment|immediately respond")
FOUND = re.compile(r"(?i)\b(discover|found|find|detect|identif)")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")


@functools.lru_cache(maxsize=400_000)
def _search(pattern: re.Pattern, text: str):
    """Regex search memoised per text: each claim meets many partners."""
    return pattern.search(text)


@dataclass(frozen=True)
class RelateSettings:
    agree_similarity: float
    conflict_min_similarity: float
    number_tolerance: float


def _short(text: str, words: int = 9) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


@functools.lru_cache(maxsize=100_000)
def _status_of(text: str) -> tuple[int, str]:
    found = (0, "")
    if re.search(r"(?i)\b(been|was|were|being) contacted\b", text):
        return found  # being contacted by someone is not a step the actor took
    for level, name, pattern in STATUS:
        if pattern.search(text):
            found = (level, name)
    return found


@dataclass(frozen=True)
class _Facts:
    """What the rules ask of one claim, worked out once however many partners it meets."""

    actors: frozenset[str]    # who does or says it, canonical names
    speakers: frozenset[str]  # who it is attributed to (bodies and people, not their countries)
    scope: frozenset[str]     # actors and every entity named
    places: frozenset[str]    # countries and cities named
    dated: str                # "2026-01-07 (The Guardian)"
    status: tuple[int, str]   # where an official procedure stands, 0 when none
    iso_dates: frozenset[str]


def _facts(claim: Claim, index: EntityIndex) -> _Facts:
    found = index._memo.get(claim.id)
    if found is None:
        actors = index.actor_keys(claim)
        names = frozenset(index.canonical(e) for e in claim.entities)
        found = index._memo[claim.id] = _Facts(
            actors=actors, speakers=index.speaker_keys(claim) - COUNTRIES, scope=names | actors,
            places=names & COUNTRIES,
            dated=f"{claim.published.isoformat() if claim.published else 'undated'} ({claim.outlet})",
            status=_status_of(claim.text),
            iso_dates=frozenset(d for d in claim.dates if ISO_DATE.match(d)))
    return found


MEASURE_UNITS = {"m", "s", "kg"}


def _same_quantity(x: Quantity, y: Quantity) -> bool:
    if x.unit in MEASURE_UNITS or y.unit in MEASURE_UNITS:
        return x.unit == y.unit and x.counts == y.counts  # a width is not a depth
    if x.unit or y.unit:
        return x.unit == y.unit
    return bool(x.counts) and x.counts == y.counts


def _numbers_agree(x: Quantity, y: Quantity, tolerance: float) -> bool:
    slack = tolerance * (2 if (x.approximate or y.approximate) else 1)
    return abs(x.value - y.value) <= slack * max(abs(x.value), abs(y.value))


def _number_conflict(a: Claim, b: Claim, tolerance: float) -> str | None:
    for x in a.quantities:
        same = [y for y in b.quantities if _same_quantity(x, y)]
        if same and not any(_numbers_agree(x, y, tolerance) for y in same):
            others = [q for q in a.quantities if _same_quantity(q, same[0])]
            if any(_numbers_agree(q, y, tolerance) for q in others for y in same):
                continue  # a total and a subset, not a disagreement
            what = x.counts or {"m": "length", "s": "duration", "kg": "weight"}.get(x.unit, x.unit)
            return f"numbers differ for {what}: {x.text} vs {same[0].text}"
    return None


def _numbers_shared(a: Claim, b: Claim, tolerance: float) -> str | None:
    for x in a.quantities:
        for y in b.quantities:
            if _same_quantity(x, y) and _numbers_agree(x, y, tolerance) and x.value >= 10:
                return f"same number reported: {x.text} ≈ {y.text}"
    return None


def _different_facts(a: Claim, b: Claim, index: EntityIndex) -> str | None:
    """Shared wording but different actors or places: two regulators, two countries."""
    fa, fb = _facts(a, index), _facts(b, index)
    actors_a, actors_b = fa.actors - COUNTRIES, fb.actors - COUNTRIES
    same_source = bool(fa.speakers & fb.speakers)  # one body's statement, its subject worded two ways
    if actors_a and actors_b and not actors_a & actors_b and not same_source:
        return f"different actors: {', '.join(sorted(actors_a))} vs {', '.join(sorted(actors_b))}"
    places_a, places_b = fa.places, fb.places
    if places_a and places_b and not places_a & places_b:
        return f"different places: {', '.join(sorted(places_a))} vs {', '.join(sorted(places_b))}"
    return None


WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
FUNCTION_WORDS = {"the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "by", "at", "from", "as",
                  "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "we",
                  "they", "has", "have", "had", "not", "will", "would", "any", "all", "our", "their"}


@functools.lru_cache(maxsize=100_000)
def _words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


@functools.lru_cache(maxsize=100_000)
def _grams(text: str, n: int = 4) -> dict[tuple[str, ...], int]:
    words = _words(text)
    return {tuple(words[i:i + n]): i for i in range(len(words) - n + 1)}


def _shared_run(a: str, b: str, n: int = 4) -> str | None:
    """The longest run of words both texts share in the same order, four or more with two
    content words: the trace of one quotation reported twice ("enforcement action it deems necessary")."""
    grams_b = _grams(b, n)
    best: tuple[str, ...] = ()
    words_a, words_b = _words(a), _words(b)
    for gram, i in _grams(a, n).items():
        j = grams_b.get(gram)
        if j is None or sum(w not in FUNCTION_WORDS for w in gram) < 2:
            continue
        k = n
        while i + k < len(words_a) and j + k < len(words_b) and words_a[i + k] == words_b[j + k]:
            k += 1
        if k > len(best):
            best = tuple(words_a[i:i + k])
    return " ".join(best) or None


def _compatible_actors(a: Claim, b: Claim, index: EntityIndex) -> bool:
    """Same body, or a country and a body that may act for it ("the U.K." and "the ICO")."""
    actors_a, actors_b = _facts(a, index).actors, _facts(b, index).actors
    if not actors_a or not actors_b:
        return False
    if actors_a & actors_b:
        return True
    if (actors_a <= COUNTRIES) and (actors_b <= COUNTRIES):
        return False  # two different countries
    for (country_claim, country_side), body_side in (((a, actors_a), actors_b), ((b, actors_b), actors_a)):
        countries = country_side & COUNTRIES
        if countries and country_side <= COUNTRIES:
            local = index.acting_for(country_claim.article_id, countries)
            if local:  # the article itself says which of the country's bodies is acting
                return bool(local & body_side)
            known = set().union(*(index.places.get(body, frozenset()) for body in body_side))
            return not known or bool(known & countries)  # a body may act for its own country only
    return False


def _conflict(a: Claim, b: Claim, sim: float, index: EntityIndex, cfg: RelateSettings
              ) -> tuple[str, float, list[str]] | None:
    """(kind, confidence, reasons) when the later claim `b` conflicts with the earlier `a`."""
    fa, fb = _facts(a, index), _facts(b, index)
    same_actor = bool(fa.actors & fb.actors)
    shared_scope = bool(fa.scope & fb.scope)
    order = f"{fa.dated} → {fb.dated}"
    later = bool(a.published and b.published and b.published > a.published)

    if same_actor and sim >= 0.3:
        if a.polarity < 0 and a.predicate in FIND and b.polarity > 0 and (
                b.predicate in FIND or b.reporting_verb in FIND or _search(FOUND, b.text)):
            kind = "reversal" if later else "polarity"
            return kind, 0.85, [f"{kind}: same source said it had not found it, then that it had",
                                f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]
        if a.polarity > 0 and b.polarity < 0 and b.predicate in FIND and (a.predicate in FIND or a.reporting_verb in FIND):
            return "polarity", 0.7, ["same source: found vs not found", order]
    if (a.polarity < 0 and a.predicate in COMMUNICATE and not _search(BOILERPLATE_NO_COMMENT, a.text)
            and later and ((b.reporting_verb in SPEAK and fa.actors & fb.speakers)
                           or (b.predicate in SPEAK and b.polarity > 0 and same_actor))):
        return "update", 0.75, [f"update: had not responded, later spoke ({b.reporting_verb or b.predicate})",
                                f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]

    level_a, name_a = fa.status
    level_b, name_b = fb.status
    if level_a and level_b and sim >= 0.2 and _compatible_actors(a, b, index):
        if later and (level_b > level_a or (level_b == level_a and a.polarity < 0 < b.polarity)):
            return "update", 0.7, [f"status changed: {name_a}{' (not)' if a.polarity < 0 else ''} → {name_b}",
                                   f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]
        if level_a == level_b and a.polarity != b.polarity and sim >= cfg.conflict_min_similarity:
            return "polarity", 0.7, [f"one says {name_a} happened, the other that it did not", order]

    if sim >= 0.35:
        for first, second in ((a, b), (b, a)):
            small = _search(MINIMISERS, first.text)
            big = [q for q in second.quantities if q.value >= 1000] or _search(LARGE, second.text)
            if small and big:
                size = big[0].text if isinstance(big, list) else big.group(0)
                return "scale", 0.7, [f"scale: “{small.group(0)}” vs {size}", order]

    if sim < cfg.conflict_min_similarity:
        return None
    number = _number_conflict(a, b, cfg.number_tolerance)
    if number and (shared_scope or sim >= cfg.agree_similarity):
        return "number", 0.75, [number, order]
    if frozenset((a.predicate, b.predicate)) in ANTONYMS:
        return "polarity", 0.7, [f"opposite actions: {a.predicate} vs {b.predicate}", order]
    if a.polarity != b.polarity and (a.predicate == b.predicate or sim >= 0.8) and shared_scope:
        neg, pos = (a, b) if a.polarity < 0 else (b, a)
        kind = "reversal" if later and same_actor else "polarity"
        return kind, 0.65, [f"negation: “{_short(neg.text)}” vs “{_short(pos.text)}”", order]
    iso_a, iso_b = fa.iso_dates, fb.iso_dates
    if sim >= 0.8 and iso_a and iso_b and not iso_a & iso_b:
        return "date", 0.6, [f"dates differ for the same event: {min(iso_a)} vs {min(iso_b)}", order]
    return None


def relate_pair(a: Claim, b: Claim, cand: Candidate, index: EntityIndex, cfg: RelateSettings) -> ClaimPair:
    """Label one candidate pair; `a` and `b` are put in publication order."""
    if (b.published or a.published) and a.published and b.published and b.published < a.published:
        a, b = b, a
    sim, fz = cand.similarity, cand.fuzzy
    found = _conflict(a, b, sim, index, cfg)
    base = [f"meaning similarity {sim:.2f}", f"shared wording {fz:.0f}/100"]
    if found:
        kind, confidence, reasons = found
        score = min(1.0, confidence * (0.7 + 0.3 * min(1.0, sim / 0.8)))
        return ClaimPair(a.id, b.id, sim, fz, "conflict", kind, round(score, 3), tuple(reasons + base))
    blocker = _different_facts(a, b, index)
    shared = _numbers_shared(a, b, cfg.number_tolerance)
    agree_by_text = fz >= 90 and min(len(a.text.split()), len(b.text.split())) >= 5
    fa, fb = _facts(a, index), _facts(b, index)
    quoted = _shared_run(a.text, b.text) if fa.speakers & fb.speakers and a.polarity == b.polarity else None
    if not blocker and a.polarity != b.polarity and not agree_by_text:
        blocker = "one says it, the other says it did not"
    if not blocker:
        blocker = _number_conflict(a, b, cfg.number_tolerance)
    if not blocker and (sim >= cfg.agree_similarity or agree_by_text or quoted
                        or (shared and sim >= cfg.agree_similarity - 0.15)):
        reasons = []
        if agree_by_text:
            reasons.append("near-verbatim wording")
        if quoted and not agree_by_text:
            reasons.append(f"same speaker, same words: “{quoted}”")
        if shared:
            reasons.append(shared)
        if a.speaker and b.speaker and (fa.actors & fb.actors or fa.speakers & fb.speakers):
            reasons.append(f"same speaker: {a.speaker}")
        elif bool(a.speaker) != bool(b.speaker):
            who = a.speaker or b.speaker
            reasons.append(f"one outlet attributes it to {who}, the other states it itself")
        score = max(sim, fz / 100 if agree_by_text else 0)
        return ClaimPair(a.id, b.id, sim, fz, "agree", "paraphrase", round(score, 3),
                         tuple(["same statement in different words" if not agree_by_text else "same wording"]
                               + reasons + base))
    reasons = [blocker] if blocker else ["related wording, not the same checkable statement"]
    return ClaimPair(a.id, b.id, sim, fz, "related", "", round(sim * 0.5, 3), tuple(reasons + base))


PARALLEL_PAIRS = 60_000  # candidate pairs from which relating uses two worker processes
_WORK: tuple = ()  # what forked workers relate: set just before the fork, inherited by it


def _relate_range(bounds: tuple[int, int]) -> list[ClaimPair]:
    claims, candidates, index, cfg = _WORK
    out = []
    for c in candidates[bounds[0]:bounds[1]]:
        if c.fuzzy < 0:
            c = dataclasses.replace(c, fuzzy=shared_wording(claims[c.i].text, claims[c.j].text))
        out.append(relate_pair(claims[c.i], claims[c.j], c, index, cfg))
    return out


def relate(claims: list[Claim], candidates: list[Candidate], index: EntityIndex,
           cfg: RelateSettings, workers: int = 2) -> list[ClaimPair]:
    """Label every candidate pair, measuring shared wording where matching left it out. A large
    dossier's pairs are split between forked worker processes (the work is pure Python)."""
    global _WORK
    _WORK = (claims, candidates, index, cfg)
    try:
        if workers < 2 or len(candidates) < PARALLEL_PAIRS:
            return _relate_range((0, len(candidates)))
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        for claim in claims:  # per-claim work once, here, so every worker inherits it
            _facts(claim, index)
            for pattern in (FOUND, BOILERPLATE_NO_COMMENT, MINIMISERS, LARGE):
                _search(pattern, claim.text)
            _grams(claim.text)
        step = -(-len(candidates) // workers)
        parts = [(start, min(len(candidates), start + step)) for start in range(0, len(candidates), step)]
        # No garbage collection while 200k+ pairs come back (each pass would walk every object),
        # and none in the workers over the inherited objects (it would copy their memory pages).
        gc.disable()
        gc.freeze()
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
                return [pair for part in pool.map(_relate_range, parts) for pair in part]
        except (BrokenProcessPool, OSError):
            return _relate_range((0, len(candidates)))
        finally:
            gc.unfreeze()
            gc.enable()
    finally:
        _WORK = ()
