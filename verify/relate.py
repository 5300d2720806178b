"""Relating: label candidate pairs agree / conflict / related, with reasons a reviewer can check.

Conflicts in real coverage rarely read "X" versus "not X": a watchdog that "will assess"
and later "launched an investigation", a body that had "not seen" imagery and then
"discovered" it, "isolated cases" against an estimate of tens of thousands. Each rule
below looks for one of these shapes and says so in plain words.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import functools
import gc
import re
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import JaroWinkler

from . import events, roles, settings
from .match import (COUNTRIES, DENIAL, LEFT_OPEN, MINIMISERS, NON_CONTENT, Candidate, EntityIndex, _same_name, _stem,
                    content_words, done_as, rules_out, shared_wording, undecided)
from .claims import CALLS_FALSE, NEGATORS, NUMBER_WORDS, RELAYED, WEEKDAYS_MONTHS
from .figures import (EXACT_FIGURE, MEASURE_UNITS, counted_as, counts_differ, figures, number_conflict, numbers_agree,
                      numbers_shared, same_quantity, telling_figure)
from .records import Claim, ClaimPair

# Progress of an official action, lowest first: contact/assess < investigate < sanction.
STATUS = (
    (1, "preliminary", re.compile(r"(?i)\b(contact(ed|s)?|assess(ing|ment)?|seek(ing)? clarity|look(ing)? into|"
                                   r"review(ed|ing)?|weigh(ing)?|consider(ing)?|monitor(ing)?|asked .* to set out)\b")),
    (2, "investigation", re.compile(r"(?i)\b(investigat(e|es|ed|ing|ion)|probe|probing|inquiry|launched an? \w+)\b")),
    # a penalty, not "it's fine" nor a battery's "fresh charge at night"
    (3, "sanction", re.compile(r"(?i)\b(fined|fines|(?:a|the|its|heavy|hefty|record|maximum|\d[\d.,]*\s?(?:m|bn|k|million|"
                               r"billion)?) fine|fine of|charged (?:with|over|in connection)|(?:criminal|formal|pressed|"
                               r"press|faces?|facing|brought|bring|filed?) charges?|charges (?:of|against|over)|"
                               r"prosecut\w+|raided|summoned|banned|convicted)\b")),
)
# still finding out whether something happened: "is assessing whether the strike killed him", "too soon to say"
FINDING_OUT_WORDS = (r"\b(?:assess\w*|determin\w*|check\w*|(?:try|work)\w* to (?:confirm|determine|establish|verify))"
                     r" (?:whether|if)\b|\btoo (?:soon|early) to (?:say|tell|know)\b")
FINDING_OUT = re.compile(r"(?i)" + FINDING_OUT_WORDS + r"|\bunclear (?:whether|if)\b")
COMMUNICATE = {"respond", "comment", "reply", "answer", "react", "address"}
SPEAK = {"post", "say", "warn", "write", "tweet", "announce", "state", "tell", "add", "reply", "confirm"}
FIND = {"see", "find", "discover", "detect", "identify", "observe", "confirm", "uncover", "receive"}
ANTONYMS = {frozenset(p) for p in (
    ("deny", "confirm"), ("restrict", "restore"), ("block", "lift"), ("block", "unblock"), ("open", "close"),
    ("ban", "allow"), ("ban", "lift"), ("limit", "unlimit"), ("approve", "reject"), ("accept", "reject"),
    ("increase", "decrease"), ("rise", "fall"), ("win", "lose"), ("resign", "stay"), ("suspend", "resume"),
    ("arrest", "release"), ("guilty", "innocent"))}
BOILERPLATE_NO_COMMENT = re.compile(r"(?i)request(s)? for comment|immediately respond|contacted for comment|"
                                    r"could not be reached|declined to comment")
FOUND = re.compile(r"(?i)\b(discover\w*|found|finds?|finding|detect\w*|identif\w*)\b")  # not "founder"
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
    wording_agree: float = settings.default("wording_agree")


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


# Rule constants (relative to the settings where they can be): how close two claims must be to be
# one proposition, one event, or one statement worded apart.
PROPOSITION_SIMILARITY = 0.70  # from here two claims are one proposition whatever their wording
PROPOSITION_OVERLAP = 0.5      # below it, the share of the shorter claim's content words both must use
CORRECTION_MIN_SIMILARITY = 0.35
STORY_DENIAL_SIMILARITY = 0.55  # a report called false, and a claim this close to what the report said
STORY_DENIAL_CLOSE = 0.65       # ... that does not use the report's own verb ("will release")
EVENT_MIN_SIMILARITY = 0.50
EVENT_WORD_WEIGHT = 1.5        # a word in under a fifth of the claims names a happening, not the story
TOPIC_MIN_CLAIMS = 10          # fewer claims than this tell no topic words apart
PARAPHRASE_OVERLAP = 0.5       # content words shared by a moderately similar paraphrase
STRICT_MISSING = 0.25           # share of a short bare "not" claim's words its partner may lack
# a pair agreed on by meaning alone, under AGREE_BY_MEANING, must share this weighted share of words: judged
# blind, such pairs were more often two facts of one story than one fact (session 11, tuning rounds)
AGREE_MIN_OVERLAP = 0.30
EXACT_FIGURE_SIMILARITY = 0.25  # one exact, unround figure in both is one fact even when the claims say more besides
AGREE_BY_MEANING = 0.75
QUOTE_MIN_WORDS = 6            # a run of words this long, three of them content words, is one quotation


def _different_facts(a: Claim, b: Claim, index: EntityIndex) -> str | None:
    """Shared wording but different actors or places: two regulators, two countries."""
    fa, fb = _facts(a, index), _facts(b, index)
    actors_a, actors_b = fa.actors - COUNTRIES, fb.actors - COUNTRIES
    # one body's statement, its subject worded two ways, or told once as its words and once as its act
    same_source = bool(fa.speakers & (fb.speakers | fb.actors) or fb.speakers & fa.actors)
    if actors_a and actors_b and not actors_a & actors_b and not same_source and not _part_of_name(actors_a, actors_b) \
            and not (_named_within(actors_b, a) or _named_within(actors_a, b)) \
            and not (_denies_outright(a) and _denies_outright(b)):  # "no record of O'Neal", "O'Neal is made up"
        return f"different actors: {', '.join(sorted(actors_a))} vs {', '.join(sorted(actors_b))}"
    if _places_differ(fa, fb):
        return f"different places: {', '.join(sorted(fa.places))} vs {', '.join(sorted(fb.places))}"
    years_a, years_b = _in_years(a.text), _in_years(b.text)
    if years_a and years_b and not years_a & years_b:  # "fined €1.8 million in 2023" and "in 2024 … fined €410,000"
        return f"different years: {', '.join(sorted(years_a))} vs {', '.join(sorted(years_b))}"
    days = _days_named_apart(a, b)
    if days:  # "lifted at 2 p.m. Wednesday" and "lifted at 10 a.m. Thursday"
        return "different days: {} vs {}".format(*(d.title() for d in days))
    return None


def _named_within(actors: frozenset[str], claim: Claim) -> bool:
    """A person or body the other claim names is named in this claim's own actor or speaker phrase:
    "Laurentian Skyways Chief Executive Laurent Beaulieu-Hart" is the Laurent Beaulieu-Hart of
    "Chief executive Laurent Beaulieu-Hart", however the parser split it into names."""
    phrase = f"{claim.actor} {claim.speaker or ''}".lower()
    return any(len(name) >= 6 and " " in name and re.search(rf"\b{re.escape(name)}\b", phrase) for name in actors)


def _places_differ(fa: _Facts, fb: _Facts) -> bool:
    """Two countries where the same kind of thing happens ("blocked in Indonesia", "blocked in
    Malaysia"), or two countries acting. A country that acts and one where it acts are one event:
    "U.S. forces destroyed a camp" and "missiles were dropped on the camp in Syria"."""
    if not (fa.places and fb.places) or fa.places & fb.places:
        return False
    acting_a, acting_b = fa.places & fa.actors, fb.places & fb.actors
    where_a, where_b = fa.places - acting_a, fb.places - acting_b
    return bool((acting_a and acting_b) or (where_a and where_b))


def _part_of_name(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """One name is part of the other, allowing a misspelt word: "Dylan" and "Dylan Thomas", "John
    Michael" and "John Micheal O'Neal" are one person; "Dylan Thomas" and "Dylan Maxwell" are two."""
    def within(short: list[str], long: list[str]) -> bool:
        return all(any(w == v or (len(w) >= 4 and JaroWinkler.similarity(w, v) >= 0.93) for v in long) for w in short)

    return any(within(x.split(), y.split()) or within(y.split(), x.split()) for x in xs for y in ys)


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
    grams_a, grams_b = _grams(a, n), _grams(b, n)
    if grams_a.keys().isdisjoint(grams_b):  # most pairs share no run at all: one set operation says so
        return None
    best: tuple[str, ...] = ()
    words_a, words_b = _words(a), _words(b)
    for gram, i in grams_a.items():
        j = grams_b.get(gram)
        if j is None or sum(w not in FUNCTION_WORDS for w in gram) < 2:
            continue
        k = n
        while i + k < len(words_a) and j + k < len(words_b) and words_a[i + k] == words_b[j + k]:
            k += 1
        if k > len(best):
            best = tuple(words_a[i:i + k])
    return " ".join(best) or None


# --- Same proposition, denials, corrections, times: cues that need more than a shared topic ---

# Words that carry no proposition of their own: reporting, hedging and denial words, so "NASA said it
# was unlikely the blast was a meteorite" and "the blast was a meteorite" share what they are about.
LIGHT_PREDICATES = {"be", "have", "do", "say", "make", "get", "take", "go", "come", "seem", "appear", "become",
                    "include", "tell", "report", "add", ""}
LIGHT_STEMS = frozenset(map(_stem, LIGHT_PREDICATES))
# Not knowing is not denying: "could not confirm", "it was unclear whether" can both be true beside a claim.
# "unknown" doubts only as a predicate ("remains unknown"), not as a description ("an unknown gunman")
DOUBT = re.compile(r"(?i)(?:\b(?:unclear|not (?:yet )?clear|(?<!\ban )(?<!\ba )(?<!\bby )(?<!\bthe )unknown|unconfirmed|"
                   r"uncertain|not sure|doubts?|no word|"
                   r"remains? to be seen|yet to)\b|(?:\bnot|n['’]t) (?:yet |immediately |independently )?"
                   r"(?:confirm|verif|know|determin)\w*|" + FINDING_OUT_WORDS + ")")
HEDGE = re.compile(r"(?i)\b(may|might|could|possibly|perhaps|probably|suspect\w*|believ\w+|assum\w+|appears? to|"
                   r"seems? to|likely|suggest\w*|thought to|looks? like|resembl\w+|consistent with|"
                   # what is only reported or rumoured: "was reportedly killed", "it was reported that …"
                   r"reportedly|allegedly|purportedly|rumou?r\w*|feared|it (?:was|is|has been) (?:reported|claimed|"
                   r"alleged)|as (?:claimed|reported|alleged) by)\b")
# a figure given as a forecast or a guess ("Gruber wagers it will start at around $999", "may sell
# for as much as $4,999", "Munster expects an ASP of $450"): two guesses, or a guess and a fact, are no
# dispute over a fact
FORECAST = re.compile(r"(?i)\b(?:predict\w*|expect\w*|forecast\w*|wager\w*|guess\w*|speculat\w+|anticipat\w+|"
                      r"projects?|projected|projections?|thinks?|bets?|would(?! have)|may(?! have)|might(?! have)|could(?! have)|"
                      r"is set to|are set to|is poised to|conventional wisdom|(?:widely|generally|commonly) "
                      r"(?:believed|thought|assumed|expected))\b")
# a record ("the biggest catfish ever caught was 22 stone") is another thing's figure than this one's
# a count of the badly hurt is a part of all those hurt: "two passengers were seriously hurt" and "14 hurt"
SEVERITY = re.compile(r"(?i)\b(?:seriously|critically|severely|gravely|serious(?:ly)? injur\w*|critical condition|"
                      r"life-threatening|minor)\b")
RECORD = re.compile(r"(?i)\b(?:biggest|largest|heaviest|longest|tallest|oldest|highest|fastest|greatest|most \w+)\b"
                    r"[^.;:]{0,40}\bever\b|\b(?:world|all-time|previous|national|british|us|u\.s\.) record\b|"
                    r"\brecord(?:-breaking| for| of| holder)\b")
# "not a baby, but a 21-year-old" corrects; "not just gold-plated, but solid gold" adds
# "do not subscribe to HBO but might if given the opportunity" hedges, it corrects nothing: no verb after "but"
CORRECTION = re.compile(r"(?i)\bnot (?!just\b|only\b|merely\b|simply\b|least\b)(?:a |an |the )?((?:[\w'-]+ ){0,3}[\w'-]+),? but "
                        r"(?!(?:might|may|could|would|will|can|should|must|do|does|did|is|are|was|were|have|has|had)\b)"
                        r"(?:rather )?(?:a |an |the )?"
                        r"((?:[\w'-]+[ -]){0,3}[\w'-]+)")
# "a pattern, not an isolated case": the corrected thing first
CORRECTED_AFTER = re.compile(r"(?i)\b(?:a |an |the )?((?:[\w'-]+ ){0,2}[\w'-]+),\s+not\s+(?!just\b|only\b|merely\b|yet\b|least\b)"
                             r"(?:a |an |the )?((?:[\w'-]+ ){0,2}[\w'-]+)\s*(?=[.,;:!?\"”]|$)")
CLOCK_WORDS = frozenset(_stem(w) for w in ("midnight", "noon", "midday", "dawn", "dusk", "a.m", "p.m", "night",
                                             "morning", "evening"))
CLOCK = re.compile(r"(?i)\b(?:(just |shortly |right |soon )?(before|after) )?(midnight|noon|midday|dawn|dusk|"
                   r"(?<![:.\d])(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})? ?(a\.?m\.?|p\.?m\.?))")  # "12:02:14 PM" is 12:02
# a time given in a zone ("4pm ET", "10:30PM IST") is compared only with one in the same zone; "local time" is
# the story's own, as a time given with no zone
TIME_ZONE = re.compile(r"(?i)\s*\(?((?:[ECMP][SD]?T|GMT|UTC|BST|IST|NST|CET|CEST|AEST|AEDT)\b|local time)")
APPROX_TIME = re.compile(r"(?i)\b(?:about|around|approximately|roughly|some time|sometime|circa)\s+$")
WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
WEEKDAY = re.compile(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
WEEKDAY_STEMS = frozenset(_stem(w) for w in WEEKDAY_NAMES)
ROLE = re.compile(r"(?i)^(?P<name>(?:[A-Z][\w’'.-]+ ){0,3}[A-Z][\w’'.-]+),? (?:is|was) (?:the )?"
                  r"(?P<role>(?:\w+ ){0,4}(?:director|head|chief|president|chairman|chairwoman|chair|ceo|"
                  r"founder|leader|owner|minister|secretary|governor|mayor|commissioner)\b(?: of| at| for)? ?.*)$")
LARGE_OF = re.compile(r"(?i)\b(thousands|millions|tens of thousands|hundreds of thousands|hundreds)\s+of\s+"
                      r"((?:[\w-]+\s+){0,2}[\w-]+)")
CASE_NOUNS = {_stem(w) for w in ("case", "incident", "instance", "example", "occasion", "occurrence", "report")}
# No count from this size is "a handful" or "a small number" of anything.
SCALE_MIN_COUNT = 100
FEW = re.compile(r"(?i)\b(?:a few|handful|very few)\b")
FEW_MIN_COUNT = 15  # "a handful" is not 16 passengers hurt; "isolated cases" may be dozens
TIME_NOUNS = {_stem(w) for w in ("second", "minute", "hour", "day", "week", "month", "year", "decade", "time",
                                  "moment", "ago")}


def _surface(stems: list[str], text: str) -> list[str]:
    """Folded words as the claim writes them ("releas" -> "released"), for reasons people read."""
    seen = {}
    for word in _words(text):
        seen.setdefault(_stem(word), word)
    return [seen.get(stem, stem) for stem in stems]


@functools.lru_cache(maxsize=100_000)
def _content(text: str) -> frozenset[str]:
    """Content words without weekdays and without the denial or doubt cue itself."""
    cues = {w for pattern in (DENIAL, DOUBT) for m in pattern.finditer(text) for w in _words(m.group(0))}
    return content_words(text) - WEEKDAY_NAMES - {_stem(w) for w in cues}


def _shared_content(a: Claim, b: Claim) -> frozenset[str]:
    return _content(a.text) & _content(b.text)


def _content_weight(text: str, index: EntityIndex) -> float:
    """Total weight of a claim's content words, once per text."""
    found = index._text_weights.get(text)
    if found is None:
        found = index._text_weights[text] = sum(map(index.weight, _content(text)))
    return found


def _overlap(a: Claim, b: Claim, index: EntityIndex, of_heavier: bool = False) -> float:
    """Share of the lighter claim's content (or the heavier's) that both use, each word weighted by
    how rare it is in the dossier: two claims sharing only a story's topic words ("meteorite",
    "crater") overlap little."""
    weights = (_content_weight(a.text, index), _content_weight(b.text, index))
    whole = max(weights) if of_heavier else min(weights)
    return sum(map(index.weight, _content(a.text) & _content(b.text))) / whole if whole else 0.0


def _said_alike(a: Claim, b: Claim) -> frozenset[str]:
    """Content words both use, names aside."""
    names = {w for e in a.entities + b.entities for w in _content(e)}
    return _shared_content(a, b) - names


# "X was not the wife of Y": a copula denied, and the noun it denies
COPULA_NOT = re.compile(r"(?i)\b(?:(?:is|was|are|were|be|been)\s+(?:not|never)|(?:is|was|are|were)n['’]t)\s+"
                        r"(?:yet\s+|really\s+|even\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?([a-z-]+)")


def _same_proposition(a: Claim, b: Claim, sim: float, index: EntityIndex, strict: bool = False) -> bool:
    """Whether two claims (already close in meaning) state or deny the same thing, not just share a
    topic: very close in meaning, or most of their weighted content shared. `strict` for a bare "not",
    which often negates only part of a sentence about the same topic."""
    if strict and (_light_act_denied(a, b, index) or _none_of_it(a, b, index)):
        return True
    overlap = _overlap(a, b, index)
    shared = _shared_content(a, b)
    # names alone do not make one proposition ("Abu Bakr al-Baghdadi is Isis" inside a sentence
    # about his wife's arrest): something said about them must be shared too
    said = _said_alike(a, b)
    if sim < PROPOSITION_SIMILARITY and (not said or
                                         _overlap(a, b, index, of_heavier=True) < PROPOSITION_OVERLAP / 2):
        return False  # nor does a short claim whose few words recur inside a long one about more
    if strict:
        # a bare "not" must negate the partner's own verb, about more than a name: "no amount of money
        # is enough" does not deny "he ripped up the contract", nor "he couldn't hear" "he lost contact"
        if not said:
            return False
        own = _content(a.text)
        if len(own) <= 5 and len(own - _content(b.text)) > STRICT_MISSING * len(own):
            return False  # in a short claim every word counts: "police did not name the driver" is not
            # about the street they named
        if a.predicate != b.predicate or a.predicate == "be":  # "she was not the wife" still denies
            # "they detained his wife"; "Apple isn't happy with the battery" does not deny "the battery
            # is about a day": what is negated after "is not" must be what the other says
            copula = _search(COPULA_NOT, a.text)
            if not (a.predicate == "be" and copula and _content(copula.group(1)) & _content(b.text)):
                return False
        return (sim >= PROPOSITION_SIMILARITY and overlap >= PROPOSITION_OVERLAP / 2) or (
            overlap >= PROPOSITION_OVERLAP and len(shared) >= 2 and sim >= PROPOSITION_SIMILARITY - 0.1)
    return sim >= PROPOSITION_SIMILARITY or (overlap >= PROPOSITION_OVERLAP and len(shared) >= 2)


def _light_act_denied(neg: Claim, pos: Claim, index: EntityIndex) -> str | None:
    """A light verb denied together with what it acts on ("we have not made a ceasefire with anyone",
    "did not take any hostages"), and the other claim names that thing, a word rarer than the story's
    topic words ("a ceasefire agreement has been concluded"): the denial is of what the other reports."""
    if neg.predicate not in LIGHT_PREDICATES or neg.predicate in ("be", "say", "tell", "report", "") \
            or len(neg.core) < 2 or not _verb_negated(neg) or _search(MODAL_NOT, neg.text) \
            or _search(NOVELTY, neg.text):
        return None  # "Apple couldn't get the features to work", "no one can have the name", "I have never
        # done a procedure like that": ability, permission and novelty, not a denial of what happened
    names = {_stem(w) for e in neg.entities + pos.entities for w in _words(e)}
    acted_on = _stem(neg.core[1])
    if acted_on in names or index.weight(acted_on) < EVENT_WORD_WEIGHT or acted_on not in _what_it_is_about(pos):
        return None
    return _surface([acted_on], neg.text)[0]


def _what_it_is_about(claim: Claim) -> frozenset[str]:
    """What a claim's verb acts on, and the words before its verb: what the claim does or is about
    ("Israel opened the dams", "a ceasefire agreement has been concluded")."""
    return _about(claim.text, claim.predicate, claim.core)


@functools.lru_cache(maxsize=100_000)
def _about(text: str, predicate: str, core: tuple[str, ...]) -> frozenset[str]:
    # where the verb starts; an irregular form ("made") not found: the whole text is before it
    forms = BE_FORMS if predicate == "be" else ()
    verb = _stem(predicate)[:4]
    found = next((m for m in re.finditer(r"[\w’']+", text)
                  if m.group(0).lower() in forms or (verb and not forms and _stem(m.group(0).lower()).startswith(verb))),
                 None)
    return frozenset(_stem(w) for w in core) | _content(text[:found.start() if found else len(text)])


BE_FORMS = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s", "’s", "isn't", "wasn't"})

# words that end a noun phrase: "no wife in the name of …", "no trash like Dropbox"
PHRASE_BREAKS = frozenset({"of", "from", "in", "on", "at", "for", "with", "by", "to", "and", "or", "but", "so", "that",
                           "who", "which", "as", "than", "because", "since", "when", "while", "if", "like", "yet",
                           "here", "there", "now", "has", "have", "had", "was", "were", "is", "are", "been", "be"})


# "no deal has been agreed", "there was no definite ceasefire": the noun a "no" denies, an adjective allowed
NO_NOUN = re.compile(r"(?i)\bno\s+(?:([a-z-]+)\s+)?([a-z-]+)")
NOT_DENIED_NOUNS = frozenset(_stem(w) for w in (
    "one", "longer", "more", "less", "way", "comment", "reason", "evidence", "sign", "record", "truth", "validity",
    "indication", "doubt", "idea", "word", "matter", "need", "other", "such", "plan", "intention", "choice", "option",
    "immediate", "official", "further", "mention", "details", "information", "confirmation"))


def _none_of_it(neg: Claim, pos: Claim, index: EntityIndex) -> str | None:
    """A "no" denies the thing itself ("no deal has been agreed", "there was no ceasefire"), a word
    rarer than the story's topic words, and the other claim does that thing or is about it ("a deal
    was reached on Friday")."""
    if neg.polarity >= 0 or _search(MODAL_NOT, neg.text) or _search(NOVELTY, neg.text) \
            or not (neg.predicate in ("be", "have", "exist") or neg.predicate in FIND):
        return None  # "no data will be deleted" denies the deletion, not that there is data
    about = _what_it_is_about(pos)
    names = {_stem(w) for e in neg.entities + pos.entities for w in _words(e)}
    for m in NO_NOUN.finditer(neg.text):
        first, second = m.group(1), m.group(2)
        words = [w for w in (first, second) if w]
        if first and (second.lower() in NON_CONTENT or second.lower() in PHRASE_BREAKS):
            words = [first]  # "no wife in the name of …": the noun is the first word
        if any(_stem(w.lower()) in NOT_DENIED_NOUNS for w in words):
            continue  # "no immediate comment", "no one": nothing denied
        if words[-1] != words[-1].lower():
            continue  # "no pre iOS 8 backups": a name is no head noun to go by
        head = _stem(words[-1].lower())  # "no meteorite fragments": fragments, not the meteorite
        if head not in names and index.weight(head) >= EVENT_WORD_WEIGHT and head in about:
            return words[-1].lower()
    return None


MODAL_NOT = re.compile(r"(?i)\b(?:can|could|would|should|may|might|must|will|wo)(?:\s*not|n['’]t)\b|\bcannot\b|"
                       r"\b(?:no one|nobody) (?:can|could|may|will)\b")
NOVELTY = re.compile(r"(?i)(?:\b(?:never|not)\b|n['’]t\b)[^.;]*\b(?:like (?:that|this|it)|before|such an?|expect\w*)\b")


# "this isn't the first time a man has …" says it has happened before; "I can't thank them enough" thanks
NOT_THE_FIRST = re.compile(r"(?i)(?:\bnot|n['’]t)\s+(?:the\s+)?first\s+(?:time|case|instance|incident|occasion|such)|"
                           r"\b(?:can(?:not|['’]t)|could(?:n['’]t| not))\s+(?:\w+\s+){1,4}enough\b")
NOT_RULED_OUT = re.compile(r"(?i)\b(?:not|n['’]t|cannot|never)\s+(?:be\s+|been\s+|yet\s+)?rul(?:e|ed)\s+out\b")
CONCESSION = re.compile(r"(?i)\b(?:despite|in spite of|notwithstanding|regardless of)\b[^,;:.!?]*")


@functools.lru_cache(maxsize=100_000)
def _stance(text: str, polarity: int) -> str:
    """How a claim holds what it says: "deny" (false, unlikely, hoax), "doubt" (unclear, could not
    confirm), "not" (a bare negation), "hedge" (may, appears to) or "assert". What is conceded
    ("despite the archbishop moving to rubbish the claims") is not what the claim holds."""
    text = NOT_RULED_OUT.sub(" may ", CONCESSION.sub("", text))  # "could not be ruled out" keeps it open
    if any(not _attributive(m) for m in DENIAL.finditer(text)):
        return "deny"
    if INDIRECT_QUESTION.match(text):
        return "doubt"  # "whether he may have been sidelined": asked, not said
    if DOUBT.search(text):
        return "doubt"
    if polarity < 0 and not NOT_THE_FIRST.search(text):
        return "not"
    return "hedge" if HEDGE.search(text) else "assert"


INDIRECT_QUESTION = re.compile(r"(?i)\s*(?:whether|if)\b")
# "people are saying …", "some say …": nobody in particular says it; it is hearsay, told not asserted
HEARSAY_SPEAKERS = frozenset({"people", "some", "someone", "somebody", "many", "everyone", "everybody", "folks",
                              "some people", "many people", "others", "they"})
# "a fake passport", "publishing fake stories" describe; "this fake story", "fake news" deny
ATTRIBUTIVE = re.compile(r"\s+(?!and\b|or\b|but\b|news\b|stor(?!ies)|report(?!s)|claim(?!s)|rumou?r(?!s)|"
                         r"ones (?:like|such as)\b)[a-z]", re.I)  # "even false ones like the news about …" deny


# "it's a fake account" says the account is not what it claims; "publishes fake news" describes a site
CALLED_FAKE = re.compile(r"(?i)\b(?:is|are|was|were|(?:it|that|this|he|she|what)['’]s)\s+"
                         r"(?:a |an |all |just |clearly |obviously )?$")  # "Tridevil's fake breast" is a possessive
PUBLISHES = re.compile(r"(?i)\b(?:publish\w*|spread\w*|peddl\w+|post(?:s|ed|ing)?|writ\w+|run(?:s|ning)?|produc\w+)\s+"
                       r"(?:\w+\s+)?$")


def _attributive(match: re.Match) -> bool:
    """"a fake passport", "a false name", "publishes fake news": the word describes a thing; it does
    not deny a claim. "It's a fake account" does."""
    if match.group(0).lower() not in ("fake", "false"):
        return False
    before = match.string[max(0, match.start() - 30):match.start()]
    if CALLED_FAKE.search(before):
        return False
    return bool(ATTRIBUTIVE.match(match.string, match.end())) or bool(PUBLISHES.search(before))


def _claim_stance(claim: Claim) -> str:
    """`_stance` of a claim; what a report is said to say, in a sentence calling the report false
    ("a report that he rejected the deal was rubbish"), is denied."""
    if claim.reporting_verb == CALLS_FALSE:
        return "relay"  # tells that a report was called false: neither side of the dispute itself
    if claim.reporting_verb == RELAYED or (claim.speaker or "").lower().strip() in HEARSAY_SPEAKERS:
        return "told"  # "reports that X swirled", "people are saying we launched it": relayed, not asserted
    return "deny" if claim.reporting_verb == "deny" else _stance(claim.text, claim.polarity)


RETOLD_SIMILARITY = 0.5  # a claim this close to what its own article calls false retells it
REPORTED_DENIAL = re.compile(r"(?i)^(?:den(?:y|ies|ied|ying)|dismiss\w*)")


def _debunks(claim: Claim) -> bool:
    """The outlet itself calls something false ("the bogus report", "it is a hoax"), not a
    speaker it quotes, nor someone whose denial it reports ("an Iraqi official denying …")."""
    if claim.speaker or _claim_stance(claim) not in ("deny", "relay"):
        return False
    cues = [m.group(0) for m in DENIAL.finditer(claim.text)]
    return claim.reporting_verb in ("deny", CALLS_FALSE) or any(not REPORTED_DENIAL.match(c) for c in cues)


def debunking(claims: list[Claim], vectors: np.ndarray) -> tuple[frozenset[str], frozenset[frozenset[str]]]:
    """What debunking articles do to conflicts: (claims retold only to be called false, pairs of
    articles that debunk the same thing).

    Beside "the bogus report read: …" or "it is false that NASA confirmed six days of darkness",
    the same article's "the Earth will experience 6 days of darkness" is the hoax retold, not the
    article's own assertion, so it is no side of a conflict. A claim that itself negates is the
    article's own ("streams flooded with no connection to a dam"). Two articles that both call the
    same thing false are on one side: what one says beside its debunking does not dispute the other's."""
    by_article: dict[str, list[int]] = {}
    for n, claim in enumerate(claims):
        by_article.setdefault(claim.article_id, []).append(n)
    # a sentence telling that someone denied a report ("… have now been denied by Iraq") is no debunking
    denied_by_someone = {(c.article_id, c.sentence) for c in claims if c.reporting_verb == "deny" and c.speaker}
    retold, debunks = set(), {}
    for article, rows in by_article.items():
        denials = [n for n in rows if _debunks(claims[n])
                   and (claims[n].article_id, claims[n].sentence) not in denied_by_someone]
        if not denials:
            continue
        debunks[article] = denials
        told = [n for n in rows if claims[n].polarity > 0 and _claim_stance(claims[n]) in ("assert", "hedge", "told")]
        if told:
            sims = vectors[told] @ vectors[denials].T
            retold.update(claims[n].id for n, best in zip(told, sims.max(axis=1)) if best >= RETOLD_SIMILARITY)
    names = sorted(debunks)
    same_side = {frozenset((x, y)) for i, x in enumerate(names) for y in names[i + 1:]
                 if float((vectors[debunks[x]] @ vectors[debunks[y]].T).max()) >= RETOLD_SIMILARITY}
    # what a debunking article tells in its own voice, close to what another debunker calls false, is
    # the hoax retold too ("pumpkin spice condoms would be more fun" beside "… proved to be a myth");
    # a quoted expert's statement ("the impact occurred," said Dan Brown) is his, not a retelling
    every_denial = [n for rows in debunks.values() for n in rows]
    if len(debunks) > 1:
        for article in names:
            others = [n for n in every_denial if claims[n].article_id != article]
            told = [n for n in by_article[article] if claims[n].polarity > 0 and not claims[n].speaker
                    and _claim_stance(claims[n]) in ("assert", "hedge", "told")]
            if told and others:
                sims = vectors[told] @ vectors[others].T
                retold.update(claims[n].id for n, best in zip(told, sims.max(axis=1)) if best >= RETOLD_SIMILARITY)
    return frozenset(retold), frozenset(same_side)


BOTH_TOLD_SIMILARITY = 0.85  # a claim this close to the other side, held the same way, tells it too
# kept whoever tells both sides: a change over time is news however many articles tell both ends, and
# two figures for one quantity ("48 minutes", "48 hours") are a discrepancy even where each article has both
KEPT_WHEN_BOTH_TOLD = ("reversal", "update", "number", "scale", "date")


def told_by_both(claims: list[Claim], vectors: np.ndarray, pairs: list[ClaimPair]) -> list[ClaimPair]:
    """A conflict whose two sides both articles tell is no dispute between them: two articles that
    each carry the forum post's "I have no pre iOS 8 backups" and its "I should have iOS 7 backups"
    report one post. Such a pair stays `related`, saying where each article tells the other side.
    Changes over time and discrepant figures are kept (`KEPT_WHEN_BOTH_TOLD`)."""
    row = {c.id: n for n, c in enumerate(claims)}
    by_article: dict[str, list[int]] = {}
    for n, claim in enumerate(claims):
        by_article.setdefault(claim.article_id, []).append(n)

    def also_told(side: int, home: str) -> Claim | None:
        rows = [n for n in by_article[home] if claims[n].polarity == claims[side].polarity
                and _claim_stance(claims[n]) == _claim_stance(claims[side])]
        if not rows:
            return None
        sims = vectors[rows] @ vectors[side]
        best = int(np.argmax(sims))
        return claims[rows[best]] if sims[best] >= BOTH_TOLD_SIMILARITY else None

    out = []
    for pair in pairs:
        # one person's two posts: the claims' likeness is their template's ("X is Kestrel's chief … officer")
        if pair.relation == "conflict" and pair.kind not in KEPT_WHEN_BOTH_TOLD \
                and not pair.reasons[0].startswith(roles.POST_REASON):
            a, b = claims[row[pair.a]], claims[row[pair.b]]
            told_a, told_b = also_told(row[pair.a], b.article_id), also_told(row[pair.b], a.article_id)
            if told_a and told_b:
                reason = (f"both articles tell both sides: {b.article_id} also has “{_short(told_a.text)}”, "
                          f"{a.article_id} also has “{_short(told_b.text)}”")
                pair = dataclasses.replace(pair, relation="related", kind="", score=round(pair.similarity * 0.5, 3),
                                           reasons=(reason,) + tuple(r for r in pair.reasons if r.startswith(
                                               ("meaning similarity", "shared wording"))))
        out.append(pair)
    return out


def _verb_negated(claim: Claim) -> bool:
    """Whether the claim's own verb is negated ("has not been confirmed"), not a clause hung on it:
    in "Kurdish sources denied the reports, saying that she wasn't there" the denial is not negated."""
    words = re.findall(r"[\w’']+", claim.text.lower())
    stem = claim.predicate[:max(3, len(claim.predicate) - 1)]
    for n, word in enumerate(words):
        if stem and word.startswith(stem):
            return any(w in NEGATORS or w.endswith(("n't", "n’t")) for w in words[max(0, n - 3):n])
    return claim.polarity < 0


def _forecast(claim: Claim) -> bool:
    """The claim gives its figures as a forecast or a guess, in its words or its reporting verb."""
    return bool(_search(FORECAST, claim.text)) or bool(FORECAST.fullmatch(claim.reporting_verb or ""))


def _promised(claim: Claim) -> bool:
    """The claim's only forecast word is "would": a commitment reported ("Halvern would pay a $250
    credit"), whose figure two accounts can give differently, not a guess at one."""
    found = [m.group(0).lower() for m in FORECAST.finditer(claim.text)]
    return bool(found) and set(found) == {"would"} and not FORECAST.fullmatch(claim.reporting_verb or "")


# how the claim that does not say it holds it, for the reason a reviewer reads
NEGATING = {"deny": "calls it false", "not": "says it did not", "doubt": "is not sure of it",
            "relay": "only tells that it was called false"}


def _negates(claim: Claim) -> bool:
    """The claim says something is not so, or that it is not known to be."""
    return _claim_stance(claim) in ("deny", "doubt", "not", "relay")


# Words that name only "the story", not anything said in it (claims.STORY_NOUNS are the nouns that introduce one)
STORY_WORDS = frozenset(_stem(w) for w in ("story", "thing", "report", "claim", "tale", "news", "entire", "whole"))
FIRST_PERSON = re.compile(r"(?i)\b(?:i|me|my|mine|we|us|our)\b")
# A negation inside a claim whose main verb is not negated ("and not the wife", "there is no way"):
# such a claim may deny what its partner denies, so it is not taken as the assertion.
INNER_NEGATION = re.compile(r"(?i)(?:\b(?:not|no|never|neither|nor|none)\b|n['’]t\b)")


def _counts_only(a: Claim, b: Claim) -> bool:
    """Both claims give only counts of things, or measures that do not say what they measure (no
    sums, shares, widths or depths)."""
    return all(not q.unit or (q.unit in MEASURE_UNITS and not q.counts) for q in a.quantities + b.quantities)


# what a kind of thing can reach, not what one of them did: "wels catfish can grow to be over 13 feet"
CAPACITY = re.compile(r"(?i)\b(?:can|could|may|might)\s+(?:\w+\s+){0,2}(?:grow|reach|live|weigh|measure|last|exceed|"
                      r"get|survive)\b")


def _within_capacity(a: Claim, b: Claim) -> bool:
    """One claim says what a kind of thing can reach and the other's figure stays within it ("wels
    catfish can grow to 13 feet" and "the catfish was 2.67m"); a figure beyond it ("this goldfish
    may live 20 more years" against "goldfish can live up to 10 years") still disputes it."""
    cap_a, cap_b = bool(_search(CAPACITY, a.text)), bool(_search(CAPACITY, b.text))
    if cap_a == cap_b:
        return False
    cap, one = (a, b) if cap_a else (b, a)
    return not any(y.unit == x.unit and y.counts == x.counts and y.value > x.value * 1.05
                   for x in cap.quantities for y in one.quantities)


# a year a claim is set in ("in 2010, the dams were opened"), not a name with digits ("asteroid 2014 RC")
YEAR = re.compile(r"(?i)\b(?:in|since|during|from|until|by|back in|of)\s+(?:(?:early|late|mid)[- ])?((?:19|20)\d\d)\b")


# the year a thing happened in, not one a span starts or ends at ("since 2009": an insurgency's start)
IN_YEAR = re.compile(r"(?i)\b(?:in|during)\s+(?:(?:early|late|mid)[- ])?((?:19|20)\d\d)\b")


@functools.lru_cache(maxsize=100_000)
def _in_years(text: str) -> frozenset[str]:
    return frozenset(IN_YEAR.findall(text))


def _told_of_a_past_year(later: Claim, earlier: Claim) -> bool:
    """The later claim tells of a year before the earlier claim was published: "the Central Bank fined
    Harbourline €1.8 million in 2023" is no step after "it is assessing the information" in 2026."""
    if not earlier.published:
        return False
    return any(int(year) < earlier.published.year for year in _in_years(later.text))


RELATIVE_YEAR = re.compile(r"(?i)\b(last|this|next) year\b")
YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}


def _years(claim: Claim) -> frozenset[str]:
    """The years a claim names, "last year" read from its article's date."""
    found = set(YEAR.findall(claim.text))
    if claim.published:
        found |= {str(claim.published.year + YEAR_OFFSET[m.group(1).lower()])
                  for m in RELATIVE_YEAR.finditer(claim.text)}
    return frozenset(found)


def _same_year(a: Claim, b: Claim) -> bool:
    return _years(a) == _years(b)  # "in 2025" and, written in 2026, "last year"


def _one_occasion(a: Claim, b: Claim) -> bool:
    """Whether two claims' figures can be about one occasion. Not so for "seven girls fell pregnant"
    vs "28 girls went on the trip" (another happening), "in 2010, 100 families fled" vs "80 families
    are in shelters" (another year), or "catfish can grow to 13 feet" vs "the catfish was 2.67m"
    (what a kind can reach, not what this one measured)."""
    if _counts_only(a, b) and _same_count_event(a, b) is False:
        return False
    return _same_year(a, b) and not _within_capacity(a, b)


# Verbs that count one happening however it is worded: "taken to hospitals" and "treated at hospitals",
# "forced the evacuation of 1,184 residents" and "1,800 people were evacuated"; "ran down two soldiers"
# and "killed one soldier" stay two happenings.
HAPPENINGS = {
    "hospital": ("hospitalize", "hospitalise", "treat", "admit", "take", "transport", "rush", "seek", "airlift"),
    "evacuation": ("evacuate", "force", "flee", "displace", "order", "move", "relocate"),
    "injury": ("injure", "wound", "hurt"),
    "death": ("kill", "die", "claim", "perish"),
    "data": ("affect", "expose", "steal", "copy", "compromise", "access", "take", "leak", "hit"),
    "arrest": ("arrest", "detain", "hold", "charge"),
    # cases of an illness, however each counts them: "nine babies confirmed with infections", "seven
    # infants diagnosed"
    "illness": ("confirm", "diagnose", "sicken", "infect", "link", "report", "record", "identify", "fall", "show"),
    "derailment": ("derail", "send", "leave", "jump", "come", "topple", "overturn"),
    # a spill or release, however it is worded: "9,400 pounds were released", "14,000 pounds may have escaped"
    "release": ("release", "escape", "leak", "spill", "emit", "discharge", "vent", "pour", "seep", "flow", "lose"),
}
HAPPENING_CUE = {"hospital": r"hospital|emergency[- ]room|medical (?:care|treatment)", "evacuation": r"evacu\w*|homes",
                 "injury": r"injur\w*|wound\w*|hurt", "death": r"kill\w*|died|dead|death|lives",
                 "data": r"data|records|accounts|details|information", "arrest": r"arrest\w*|custody|detain\w*",
                 "illness": r"infect\w*|ill(?:ness\w*)?|cases?|sick\w*|diagnos\w*|outbreak|bacteri\w*|virus\w*",
                 "derailment": r"derail\w*|off the (?:tracks|rails)|left the tracks|jumped the tracks",
                 "release": r"releas\w*|escap\w*|leak\w*|spill\w*|emi(?:t|ssions?|tted)|discharg\w*|vent\w*|seep\w*"}


def _happening(verb: str, text: str) -> frozenset[str]:
    """The happenings a count's verb may tell, given what its claim names ("treated" at a hospital)."""
    verb = verb.lower()
    return frozenset(name for name, verbs in HAPPENINGS.items()
                     if verb in verbs and re.search(r"(?i)\b(?:" + HAPPENING_CUE[name] + r")", text))


def _same_count_event(a: Claim, b: Claim) -> bool | None:
    """Whether both count the same thing undergoing the same happening: True for "abducted 219
    schoolgirls" and "abducted some 300 schoolgirls", False for "seven girls fell pregnant" and "28
    girls went on the trip", None when one says nothing happens to it ("a population of 1.2 million")."""
    same = [(x, y) for x in a.quantities for y in b.quantities
            if x.unit == y.unit and counted_as(x) == counted_as(y) and (x.counts or x.unit)]
    verbs = [(x.verb, y.verb) for x, y in same]
    if any(v and w and _stem(v) == _stem(w) for v, w in verbs):
        return True
    if any(v and w and _happening(v, a.text) & _happening(w, b.text) for v, w in verbs):
        return True  # "nine people were taken to hospitals" and "fourteen were treated at hospitals"
    return False if verbs and all(v and w for v, w in verbs) else None


def _does_alike(claim: Claim, other: Claim) -> bool:
    """The other claim names what this one does, its verb or the thing acted on ("ceasefire")."""
    return any(_stem(w) in _content(other.text) for w in claim.core or (claim.predicate,))


NOBODY_BY_NAME = re.compile(r"(?i)^there (?:is|was|are|were) no (?!validity|truth|basis|evidence|proof|reason|sign|record)"
                            r"(.+?)(?= in | at | of | who | whose | with | to | that | for |,|$)")


def _no_such(neg: Claim, pos: Claim) -> str | None:
    """"There is no 71-year-old Father John Michael O'Neal in Massachusetts" against a claim about
    him: one source says the person or thing named does not exist."""
    m = NOBODY_BY_NAME.match(neg.text)
    if not m or neg.polarity >= 0:
        return None
    named = [e for e in neg.entities if e in m.group(1)]
    for name in named:
        for other in pos.entities + pos.actor_entities:
            if _same_name(name.lower(), other.lower()):
                return name
    return None


# "has not reported any heat-related deaths", "there had been no deaths", "zero arrests"
NONE_OF = re.compile(r"(?i)\b(?:no|zero|not\s+(?:[a-z]+\s+){0,3}?any)\s+(?P<phrase>(?:[a-z-]+\s+){0,2}[a-z-]+)")
BEYOND_FIRST = frozenset({"second", "third", "other", "another", "further", "more", "new", "additional", "fresh",
                          "extra", "separate", "later"})
PHRASE_ENDS = frozenset({"has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "would", "could",
                         "in", "on", "at", "of", "from", "to", "by", "for", "with", "since", "among", "that", "which"})


def _none_against_count(neg: Claim, pos: Claim) -> str | None:
    """One claim says there were none of a thing, the other counts some of that very thing, about the
    same place or body ("Orrin County has not reported any heat-related deaths" / "two more deaths were
    recorded in neighboring Orrin County")."""
    if neg.polarity >= 0 or _search(INNER_NEGATION, pos.text) or _search(MODAL_NOT, neg.text) or _forecast(pos):
        return None
    counted = {_stem(q.counts): q for q in pos.quantities if q.counts and q.value > 0 and not q.unit}
    for m in NONE_OF.finditer(neg.text):
        words = m.group("phrase").lower().split()
        cut = next((i for i, w in enumerate(words) if w in PHRASE_ENDS), len(words))
        if not cut:
            continue
        if set(words[:cut]) & BEYOND_FIRST:
            continue  # "there is no second case" denies another one, which a count of all does not dispute
        noun = words[cut - 1]  # the head: "no customer data has left" denies data, not customers
        q = counted.get(_stem(noun))
        if q is None or _stem(noun) in NOT_DENIED_NOUNS:
            continue
        named = [e for e in neg.entities if e in neg.text]
        if named and not all(any(_same_name(e.lower(), o.lower()) for o in pos.entities + pos.actor_entities)
                             for e in named):
            continue  # none in one county against a count for another
        return f"one says no {noun}, the other counts {q.text}: “{_short(neg.text)}” vs “{_short(pos.text)}”"
    return None


def _who(claim: Claim) -> str:
    """Whose statement a claim is, for a reason: its speaker, else the outlet stating it itself."""
    return f"said by {claim.speaker}" if claim.speaker else f"{claim.outlet or 'the outlet'} itself"


REPORTED = re.compile(r"(?i)\b(?:reportedly|allegedly|purportedly)\b")  # not "it was reported that": that a report
# exists is no side


def _only_reported(claim: Claim) -> bool:
    """Told as reported, and hedged no other way: "the king reportedly flew the sorties" is a side
    a denial disputes; "the king may fly sorties", or "it was reported that he flew", is not."""
    return bool(_search(REPORTED, claim.text)) and not HEDGE.search(REPORTED.sub("", claim.text))


def _denial_conflict(a: Claim, b: Claim, sim: float, index: EntityIndex, tolerance: float) -> str | None:
    """One source denies or calls false what the other asserts, about the same proposition. Doubt
    ("could not confirm") beside a firm claim is no conflict: both can be true."""
    if frozenset((a.article_id, b.article_id)) in index.co_debunkers:
        return None  # both articles call the same thing false: they are on one side
    for neg, pos in ((a, b), (b, a)):
        stance_neg, stance_pos = _claim_stance(neg), _claim_stance(pos)
        if not (stance_pos == "assert" or (stance_pos == "hedge" and _only_reported(pos))) \
                or stance_neg not in ("deny", "not"):
            continue
        if _search(INNER_NEGATION, pos.text):  # "… is an Iraqi national and not the wife": it denies too
            continue
        if _search(BOILERPLATE_NO_COMMENT, neg.text) or _search(BOILERPLATE_NO_COMMENT, pos.text):
            continue  # "did not immediately respond to a request for comment" denies nothing
        if _about_someone_of(pos, neg):
            continue  # "Baghdadi's aide had been killed" is not what "no validity to the rumour that we killed Baghdadi" denies
        if stance_neg == "not" and _denies_another_figure(neg, pos, tolerance):
            continue  # "doesn't weigh 21 grams more" denies another figure than "weighs 0.8 grams more": both
            # hold; a story called false ("three days of darkness") is denied whatever its figure
        missing = _no_such(neg, pos)
        if missing:
            return (f"one says there is no {missing}, the other reports on {missing}: "
                    f"“{_short(pos.text)}” vs “{_short(neg.text)}”")
        # a report called false is matched on what it is said to do, never on names alone: close in
        # meaning, something besides names in common, and the other claim says what the report is
        # said to do ("it is false that it will release the girls" vs "the girls will be released")
        # or is very close to it
        told = neg.reporting_verb == "deny" and sim >= STORY_DENIAL_SIMILARITY and bool(_said_alike(neg, pos)) and (
            _does_alike(neg, pos) or sim >= STORY_DENIAL_CLOSE)
        if (told or (neg.reporting_verb != "deny" and _same_proposition(neg, pos, sim, index, strict=stance_neg == "not"))) \
                and _shares_happening(neg, pos, index):
            cue = DENIAL.search(neg.text)
            thing = None if cue or neg.reporting_verb == "deny" or stance_neg != "not" else (
                _light_act_denied(neg, pos, index) or _none_of_it(neg, pos, index))
            how = f"“{cue.group(0)}”" if cue else "the report of it called false" if neg.reporting_verb == "deny" \
                else f"a negation of the “{thing}” the other reports" if thing else "a negation"
            return (f"one asserts it, the other denies it ({how}): “{_short(pos.text)}” ({_who(pos)}) vs "
                    f"“{_short(neg.text)}” ({_who(neg)})")
    return None


def _denies_another_figure(neg: Claim, pos: Claim, tolerance: float) -> bool:
    """The denial gives a figure for something the assertion also measures, and no figure of the
    assertion matches it: "doesn't weigh 21 grams more" against "weighs 0.8 grams more"."""
    same = [(x, y) for x in figures(neg) for y in figures(pos) if same_quantity(x.q, y.q)]
    return bool(same) and not any(numbers_agree(x.q, y.q, tolerance) for x, y in same)


def _possessed_only(name: str, text: str) -> bool | None:
    """Whether every mention of `name` in `text` is a possessor ("Baghdadi's aide"); None if none."""
    found = [m.end() for m in re.finditer(re.escape(name), text)]
    if not found:
        return None
    return all(re.match(r"['’]s\s+\w", text[end:]) for end in found)


def _about_someone_of(pos: Claim, neg: Claim) -> bool:
    """The assertion names the denial's person only as someone's possessor: it is about the aide,
    the lawyer or the son, not about the person the denial is about."""
    shared = [e for e in dict.fromkeys(neg.entities) if e in pos.text and len(e) > 2]
    return bool(shared) and all(_possessed_only(e, pos.text) and _possessed_only(e, neg.text) is False
                                for e in shared)


def _shares_happening(neg: Claim, pos: Claim, index: EntityIndex) -> bool:
    """Besides names, what the denial governs and the assertion share a word rarer than the story's
    topic words: a denial that "a gold watch could cost under $10,000" shares only "gold" and "watch"
    with a price guess, "sources denied Rosenberg was in Kobane" nothing but her name with "Rosenberg
    fights with the Kurds", and "Capus knew that Williams' version was not true" nothing with "Capus
    has been uncomfortable with it" (his title, "former NBC News president", is outside the denial)."""
    if index.n_claims < TOPIC_MIN_CLAIMS:
        return True  # too few claims to tell a story's topic words from the rest
    names = {_stem(w) for e in neg.entities + pos.entities + neg.actor_entities + pos.actor_entities
             for w in _words(e)}
    shared = _content(neg.denied_words or neg.text) & _content(pos.text)
    return any(index.weight(w) >= EVENT_WORD_WEIGHT for w in shared - names)


SETTLING = re.compile(r"(?i)\b(?:confirm\w*|verif(?:y|ied|ies)|established|announc\w+|acknowledg\w+)\b")


def _settles(asking: Claim, answer: Claim, index: EntityIndex) -> bool:
    """The answer says what the asking claim is still finding out: it shares two words of the
    question besides names ("whether an airstrike killed the leader" and "confirmed the death of the
    leader in an airstrike"), or confirms something the question names. "The U.S. has carried out
    several airstrikes in Somalia" and "a strike in January killed an intelligence officer" answer
    nothing."""
    asked = _search(FINDING_OUT, asking.text)
    question = _content(asking.text[asked.end():]) if asked else frozenset()
    names = {_stem(w) for e in asking.entities + answer.entities for w in _words(e)}
    shared = (question & _content(answer.text)) - names
    return len(shared) >= 2 or (bool(shared) and bool(_search(SETTLING, answer.text))
                                and any(index.weight(w) >= EVENT_WORD_WEIGHT for w in shared))


# what one account says was taken back or contradicted: "Halvern withdrew its first explanation — that a
# transformer had been overwhelmed by demand", "contradicting Brenner's statement on March 10 that …",
# "abandoning an earlier goal of having most customers back by late Wednesday"
TAKEN_BACK = re.compile(
    r"(?i)\b(?P<verb>withdr[ae]w\w*|retract\w*|abandon\w*|dropp\w*|scrapp\w*|walk\w* back|back\w* away from|"
    r"disavow\w*|recant\w*|revers\w*|contradict\w*|refut\w*|disput\w*|at odds with|contrary to|correct\w*)\s+"
    r"(?:(?:its|his|her|their|the|an|a|(?-i:[A-Z][\w-]*)['’]s)\s+)?(?:(?:earlier|first|initial|original|previous|prior|own)\s+)?"
    r"(?:public\s+)?(?:explanation|goal|target|estimate|claim|statement|account|timeline|figure|forecast|assessment|"
    r"projection|finding|conclusion|version|assurance|description|position|promise|pledge|suggestion)s?\b"
    r"(?:\s+(?:on|of|in)\s+[^,;—–:]{1,30}?)??\s*(?:[—–:,-]\s*)?(?:that|of)\s+(?P<what>.+)")
# "… a server change on February 17, not an app update on February 26 as first stated"
AS_FIRST_STATED = re.compile(r"(?i)\bnot\s+(?P<what>[^,;]+?)\s+as\s+(?:first|initially|originally|previously|earlier)\s+"
                             r"(?:stated|said|reported|claimed|announced|described|thought|believed)")
SOURCE_TAKES_BACK = re.compile(r"(?i)^(?:withdr|retract|abandon|dropp|scrapp|walk|back|disavow|recant|revers)")
TAKEN_BACK_SHARE = 0.5  # of the words taken back, the share the other claim must say


def _taken_back(a: Claim, b: Claim) -> tuple[str, str] | None:
    """(kind, reason) when one claim says the other's statement was withdrawn, contradicted or first
    stated wrongly: the other claim must say half of what was taken back, two words at least ("its
    earlier position that no customer information had been taken in a cyber attack" takes back nothing
    of "it had been hit by a cyber attack")."""
    for back, other in ((a, b), (b, a)):
        m = _search(TAKEN_BACK, back.text) or _search(AS_FIRST_STATED, back.text)
        if not m or _search(TAKEN_BACK, other.text) or _search(AS_FIRST_STATED, other.text):
            continue
        first = re.split(r"\band that\b|;", m.group("what"))[0]  # what it took back first, of a list
        other_first = re.split(r",\s|;|\s[—–]\s", other.text)[0]
        if bool(_search(INNER_NEGATION, first)) != bool(_search(INNER_NEGATION, other_first)):
            continue  # "its earlier position that no customer information had been taken" vs a claim of an attack
        what, said = _content(m.group("what")) - DATE_WORDS, _content(other.text)
        shared = what & said
        if len(shared) < 2 or len(shared) < TAKEN_BACK_SHARE * len(what):
            continue
        own = m.re is AS_FIRST_STATED or bool(SOURCE_TAKES_BACK.match(m.group("verb")))
        return ("reversal" if own else "correction"), \
            f"{'taken back' if own else 'contradicted'}: “{_short(m.group(0), 14)}” against “{_short(other.text)}”"
    return None


LAW = re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]*\s+){1,6}(?:Act|Law|Code|Regulations?|Directive))(?:\s+of)?,?\s+"
                 r"(?P<year>(?:19|20)\d\d)\b")


# the law an act is done under: "under the General Data Protection Regulation", "under the federal Clean Water Act"
UNDER_LAW = re.compile(r"\bunder\s+(?:the\s+)?(?:(?:federal|state|new|EU|UK|US)\s+)?(?:[a-z]+['’]s\s+)?"
                       r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,6}(?:Act|Law|Code|Regulations?|Directive))\b")
UNDER_LAW_SIMILARITY = 0.45


@functools.lru_cache(maxsize=100_000)
def _laws(text: str) -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """(the law's last two name words, its year, its words) for each law named with a year."""
    return tuple((tuple(m.group("name").split()[-2:]), m.group("year"), m.group(0)) for m in LAW.finditer(text))


@functools.lru_cache(maxsize=100_000)
def _under_laws(text: str) -> frozenset[str]:
    return frozenset(" ".join(m.group("name").split()) for m in UNDER_LAW.finditer(text))


def _law_apart(a: Claim, b: Claim, sim: float) -> str | None:
    """One law named with two years ("the Anti-Doping Act 2019" / "the Anti-Doping Act of 2021"), or,
    for claims this close, the act done under two different laws ("opened a formal investigation under
    the Digital Services Act" / "the inquiry, under the General Data Protection Regulation")."""
    for name_a, year_a, told_a in _laws(a.text):
        for name_b, year_b, told_b in _laws(b.text):
            if name_a == name_b and year_a != year_b:
                return f"different laws named: {told_a} vs {told_b}"
    if sim < UNDER_LAW_SIMILARITY:
        return None
    under_a, under_b = _under_laws(a.text), _under_laws(b.text)
    if under_a and under_b and not under_a & under_b:
        return f"under different laws: {', '.join(sorted(under_a))} vs {', '.join(sorted(under_b))}"
    return None


ORDINAL_OF = re.compile(r"(?i)\b(first|second|third|fourth|fifth|sixth)\s+((?:[a-z-]+\s+)?[a-z-]+)")


@functools.lru_cache(maxsize=100_000)
def _ordinals(text: str) -> tuple[tuple[str, str, str], ...]:
    """(ordinal, the noun it numbers, its words) for each "second styrene car" of a text (memoised: the
    check runs on every candidate pair)."""
    return tuple((m.group(1).lower(), m.group(2).lower().split()[-1], m.group(0)) for m in ORDINAL_OF.finditer(text))


def _ordinals_differ(a: Claim, b: Claim) -> str | None:
    """"a second styrene car" and "the third styrene car": two of a kind, not one told twice."""
    seen = {noun: (nth, told) for nth, noun, told in _ordinals(a.text)}
    for nth, noun, told in _ordinals(b.text):
        if noun in seen and seen[noun][0] != nth:
            return f"different ones: {seen[noun][1]} vs {told}"
    return None


NOWHERE = re.compile(r"(?i)\b(?:nowhere|nobody|nothing)\b")  # negations INNER_NEGATION does not read
HOLDS_AS = r"(?i)\b(?:is|are|was|were|be|been|being|remains?|called|calls?|described as|describes? \w+ as|made (?:of|from))\s+"


def _holds_as(text: str, phrase: str) -> bool:
    """The text says something is the phrase ("This is an isolated case", "a frame made from solid 18-karat
    gold"): what "a pattern, not an isolated case" corrects, not a mere mention of it."""
    words = [re.escape(w) for w in phrase.split() if w.lower() not in FUNCTION_WORDS][-3:]
    if not words:
        return False
    return bool(re.search(HOLDS_AS + r"(?:[\w'’\"“-]+\s+){0,3}?[\"“]?" + r"\s+".join(words) + r"\b", text))


def _correction_conflict(a: Claim, b: Claim, sim: float) -> str | None:
    """"not a baby, but a 21-year-old" (or "a pattern, not an isolated case") against a claim stating
    the corrected thing."""
    for fix, other in ((a, b), (b, a)):
        m = _search(CORRECTION, fix.text)
        # the other must hold the corrected thing: "Nobody in this club believes he is a cheat" does not
        after = None if m or other.polarity < 0 or _search(INNER_NEGATION, other.text) or _search(NOWHERE, other.text) \
            else _search(CORRECTED_AFTER, fix.text)
        if not (m or after) or _search(CORRECTION, other.text) or _search(CORRECTED_AFTER, other.text):
            continue
        wrong_text, right_text = (m.group(1), m.group(2)) if m else (after.group(2), after.group(1))
        wrong, right = _content(wrong_text), _content(right_text)
        m = m or after
        said = _content(other.text)
        if not wrong or not wrong <= said or (right and right <= said):
            continue
        if after and not _holds_as(other.text, wrong_text):
            continue  # "solid gold is very expensive" does not call the frame gold
        about = _content(fix.text) - wrong - right
        # "not for Tiger Woods, but for my part" corrects a name: the other claim must say what was done
        # for whom ("owned by Tiger Woods"), not merely name him ("Tiger Woods is the golfer")
        names_only = all(w[:1].isupper() for w in wrong_text.split() if w.lower() not in FUNCTION_WORDS)
        if sim >= CORRECTION_MIN_SIMILARITY and (about & said or (sim >= EVENT_MIN_SIMILARITY and not names_only)):
            return f"correction: “{m.group(0)}” against “{_short(other.text)}”"
    return None


@dataclass(frozen=True)
class _Clock:
    """A time of day as a claim gives it: a point, or "before"/"after" one; its zone if it says."""

    side: str  # "", "before" or "after"
    point: str  # "23:00", "midnight", "noon", "dawn"
    minutes: int | None  # minutes after midnight for a clock reading, None for "midnight", "dawn" …
    zone: str
    approximate: bool

    def __str__(self) -> str:
        return f"{self.side} {self.point}" if self.side else self.point


# a live page's time stamp ("Update at 2:11 p.m.: the patient walked out …") dates the update, not the event
UPDATE_STAMP = re.compile(r"(?i)^\W*(?:update[ds]?|updated|edit(?:ed)?|correction)\b(?:[^:]|:(?=\d)){0,30}:\s+")


def _clock_match(text: str) -> tuple[str, re.Match | None]:
    """The claim's text without a live page's "Update at 2:11 p.m.:" stamp, and its first time of day."""
    text = UPDATE_STAMP.sub("", text, count=1)
    return text, _search(CLOCK, text)


def _clock(text: str) -> _Clock | None:
    """The first time of day a claim gives ("before midnight", "11 pm", "around 12.30pm"), or None;
    a live page's "Update at 2:11 p.m.:" is not one."""
    text, m = _clock_match(text)
    if not m:
        return None
    if m.group(4):
        hour = int(m.group(4)) % 12 + (12 if m.group(6).lower().startswith("p") else 0)
        point = f"{hour:02d}:{m.group(5) or '00'}"
        minutes = hour * 60 + int(m.group(5) or 0)
    else:
        point = m.group(3).lower().replace("midday", "noon")
        side = (m.group(2) or "").lower()
        minutes = 12 * 60 if point == "noon" else (24 * 60 if side == "before" else 0) if point == "midnight" else None
    zone = TIME_ZONE.match(text, m.end())
    named = zone.group(1).upper() if zone and zone.group(1).lower() != "local time" else ""  # local: as unsaid
    return _Clock((m.group(2) or "").lower(), point, minutes, named,
                  bool(m.group(1) or APPROX_TIME.search(text[:m.start()])))


def _clocks_differ(x: _Clock, y: _Clock) -> bool:
    """Two times that cannot be the same moment: "just before midnight" and "just after midnight",
    3 p.m. and 4.30 p.m.; not "around 12.30pm" and 12:32, nor "shortly before 5 p.m." and 4:30pm,
    nor 10 a.m. PT and 10:30 p.m. IST (zones apart), nor a time with a zone and one without."""
    if x.zone != y.zone:
        return False
    if str(x) == str(y):
        return False
    if x.minutes is None or y.minutes is None or (x.side and y.side):
        return True  # "before midnight" vs "after midnight", "dawn" vs 11 pm: compared as said
    slack = 20 if x.approximate or y.approximate else 0
    for bound, other in ((x, y), (y, x)):
        if bound.side == "before" and not other.side:
            return other.minutes > bound.minutes + slack
        if bound.side == "after" and not other.side:
            if bound.point == "midnight":  # "just after midnight" and 11:50 p.m. are two days' times
                return other.minutes >= 12 * 60
            return other.minutes < bound.minutes - slack
    gap = abs(x.minutes - y.minutes)
    return min(gap, 24 * 60 - gap) > slack  # midnight and 11:55 p.m. are five minutes apart


@functools.lru_cache(maxsize=100_000)
def _weekday(text: str) -> str | None:
    found = {d.lower() for d in WEEKDAY.findall(text)}
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=100_000)
def _around_clock(text: str) -> frozenset[str]:
    """The content words next to a claim's time of day (five words either side): what happened then."""
    text, m = _clock_match(text)
    if not m:
        return frozenset()
    before, after = text[:m.start()].split()[-5:], text[m.end():].split()[:5]
    return _content(" ".join(before + after)) - CLOCK_WORDS - WEEKDAY_STEMS


# "… as much as 13,600 pounds, up from the 9,400 pounds it cited": the figure after "from" is superseded
SUPERSEDED = re.compile(r"(?i)\b(?:up|down|revised|raised|lowered|increased|decreased|rising|falling|climbing|"
                        r"jumping|rose|fell|climbed|jumped|(?:revis|rais|lower|increas|decreas|cut|expand|widen|"
                        r"doubl)\w*(?:\s+[\w'’-]+){1,5}?)\s+from\s+(?:the\s+|an?\s+|its\s+|about\s+|around\s+|"
                        r"nearly\s+|some\s+)*[$€£]?(\d[\d,.]*)")
# a count said to be revised, without the old figure: "raised their count of fish killed to more than 4,500"
RAISED_TO = re.compile(r"(?i)\b(?:raised|revised|increased|lowered|updated|put up)\s+(?:its|their|the|his|her)\s+"
                       r"(?:count|estimate|tally|toll|figure|number)\b[^.;:\d]{0,60}?\bto\s")


def _revised(a: Claim, b: Claim, tolerance: float) -> str | None:
    """One claim gives a figure that the other says was revised: "about 9,400 pounds were
    released" against "as much as 13,600 pounds …, up from the 9,400 pounds it cited"."""
    for old, new in ((a, b), (b, a)):
        m = _search(SUPERSEDED, new.text)
        if not m:
            continue
        digits = m.group(1).rstrip(".,")
        was = [q for q in new.quantities if (q.text.split() or [""])[0].lstrip("$€£").rstrip(".,") == digits]
        now = [q for q in new.quantities if q not in was]
        for x in was:
            for y in now:
                if not same_quantity(x, y) or numbers_agree(x, y, tolerance):
                    continue
                if any(same_quantity(y, z) and numbers_agree(y, z, tolerance) for z in old.quantities):
                    continue  # both tell the same change ("grow from 4.6 million to 28.1 million")
                if any(same_quantity(x, z) and numbers_agree(x, z, tolerance) for z in old.quantities):
                    return f"figure revised: {x.text} → {y.text} (“{_short(new.text, 12)}”)"
    if a.published and b.published and b.published > a.published and _search(RAISED_TO, b.text):
        for y in b.quantities:
            for z in a.quantities:
                if same_quantity(y, z) and not numbers_agree(y, z, tolerance):  # one count, whatever verb each uses
                    return f"count revised: {z.text} → {y.text} (“{_short(b.text, 12)}”)"
    return None


FIGURE_WORDS = {"zero": 0, "one": 1, **NUMBER_WORDS}  # "One remained in hospital" / "Two remained …"
TOKEN = re.compile(r"\d[\d,.]*\d|\d|[A-Za-z’']+")


def _number_value(token: str) -> float | None:
    word = token.lower()
    if word in FIGURE_WORDS:
        return float(FIGURE_WORDS[word])
    if token[:1].isdigit():
        try:
            value = float(token.replace(",", ""))
        except ValueError:
            return None
        return None if re.fullmatch(r"(?:19|20)\d\d", token) else value  # a year dates, it does not count
    return None


@functools.lru_cache(maxsize=100_000)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(text))


@functools.lru_cache(maxsize=100_000)
def _figure_changed(a: str, b: str) -> tuple[str, str] | None:
    """One sentence told twice with a figure changed: "Four remained hospitalized Thursday" and
    "Five remained hospitalized", an agency's copy updated between two editions. The two figures as
    written, when every other difference is at most three words and most words are shared."""
    ta, tb = _tokens(a), _tokens(b)
    if min(len(ta), len(tb)) < 3 or len({t.lower() for t in ta} ^ {t.lower() for t in tb}) > 8:
        return None  # too short, or too many words apart for one sentence with one figure changed
    ops = difflib.SequenceMatcher(a=[t.lower() for t in ta], b=[t.lower() for t in tb], autojunk=False).get_opcodes()
    same = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    if same < 0.7 * min(len(ta), len(tb)):
        return None
    changed, other = None, 0
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1:
            x, y = _number_value(ta[i1]), _number_value(tb[j1])
            if x is not None and y is not None and x != y:
                changed = changed or (ta[i1], tb[j1])
                continue
        other += max(i2 - i1, j2 - j1)
    return changed if changed and other <= 3 else None


def _same_act(a: Claim, b: Claim) -> bool:
    """Both times of day are told of one act: the words next to them share one ("heard a blast just
    before midnight", "reported the blast just after midnight"). An order "issued" at 1:15 a.m. and
    one "lifted" at about 6 p.m. are two acts."""
    return bool(_around_clock(a.text) & _around_clock(b.text))


def _days_named_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The two weekdays when each claim names one and they differ."""
    day_a, day_b = _weekday(a.text), _weekday(b.text)
    return (day_a, day_b) if day_a and day_b and day_a != day_b else None


def _days_apart(a: Claim, b: Claim, fa: "_Facts", fb: "_Facts") -> bool:
    """The claims name different days or dates, so their times of day are of different days."""
    return bool(_days_named_apart(a, b) or (fa.iso_dates and fb.iso_dates and not fa.iso_dates & fb.iso_dates))


def _when_conflict(a: Claim, b: Claim, sim: float, fa: "_Facts", fb: "_Facts", index: EntityIndex) -> str | None:
    """Different dates, weekdays or times of day for the same event. A time of day is given for one
    happening ("heard a blast just before midnight"), so one shared rare word and the same act on the
    same day are enough there; a day often dates different things in one story, so days need the
    same proposition."""
    clock_a, clock_b = _clock(a.text), _clock(b.text)
    if clock_a and clock_b and _same_act(a, b) and not _days_apart(a, b, fa, fb) \
            and _clocks_differ(clock_a, clock_b) and _same_event(a, b, sim, index) \
            and not _scopes_disjoint(a, b, index) and not _actors_apart(a, b, index):
        return f"times differ for the same event: {clock_a} vs {clock_b}"
    gaps = _intervals_differ(a, b)
    if gaps and _same_proposition(a, b, sim, index):
        return "intervals differ for the same event: {} vs {}".format(*gaps)
    dated_apart = bool(fa.iso_dates and fb.iso_dates and not fa.iso_dates & fb.iso_dates)
    if not dated_apart and (fa.iso_dates or fb.iso_dates or not (_weekday(a.text) and _weekday(b.text))):
        return None  # no two dates or days to compare: the costlier proposition test is not needed
    if not (_same_proposition(a, b, sim, index, strict=True) or (dated_apart and _one_dated_act(a, b, sim, fa, fb, index))):
        return None
    if dated_apart:
        return f"dates differ for the same event: {min(fa.iso_dates)} vs {min(fb.iso_dates)}"
    if not (fa.iso_dates or fb.iso_dates):
        day_a, day_b = _weekday(a.text), _weekday(b.text)
        if day_a and day_b and day_a != day_b:
            return f"days differ for the same event: {day_a.title()} vs {day_b.title()}"
    return None


# verbs that tell one dated act however each outlet words it: a board "announced" or "opened" its
# investigation, a school "reopened" or "resumed" classes
DATED_ACTS = (frozenset({"open", "launch", "announce", "begin", "start", "initiate"}),
              frozenset({"reopen", "resume", "restore", "restart"}),
              frozenset({"pause", "suspend", "halt", "stop", "shut", "disable", "close", "withdraw"}))
DATED_ACT_STEMS = tuple(frozenset(map(_stem, group)) for group in DATED_ACTS)
SWITCHED_ON = re.compile(r"(?i)\b(?:switch|turn)\w*\s+(?:\w+\s+){0,3}?(?:back\s+)?on\b")


def _act(claim: Claim) -> str:
    """The claim's verb, with "switched off" read as a stop and "switched back on" as a restart."""
    if claim.predicate in ("switch", "turn"):
        return "restart" if _search(SWITCHED_ON, claim.text) else "stop"
    return claim.predicate
DATE_WORDS = frozenset(_stem(w) for w in WEEKDAYS_MONTHS)
# the verb a date is given for: "until the order was lifted on March 7", "was lifted on March 8"
DATED_VERB = re.compile(rf"\b([a-z]+(?:ed|en|ne|un))\s+(?:on|until|from)\s+{events.DATE}")


@functools.lru_cache(maxsize=100_000)
def _dated_verbs(text: str) -> frozenset[str]:
    """The folded past forms right before a date ("lifted on March 7" -> lift)."""
    return frozenset(_stem(m.group(1)) for m in DATED_VERB.finditer(text))
RULE_OUT_SIMILARITY = 0.30
DATED_ACT_DAYS = 10  # dates further apart than this are more likely two acts than one misdated


def _one_dated_act(a: Claim, b: Claim, sim: float, fa: "_Facts", fb: "_Facts", index: EntityIndex) -> bool:
    """Each claim dates one act, the same act by its verb, of one subject and one thing, a few days
    apart: "the board announced its investigation on Wednesday, Oct. 14" and "the board, which opened
    its investigation Oct. 15". "did not reopen until Oct. 19" dates the reopening too."""
    if len(fa.iso_dates) != 1 or len(fb.iso_dates) != 1 or sim < PROPOSITION_SIMILARITY - 0.1:
        return False
    acts_a, acts_b = {_stem(_act(a))} | _dated_verbs(a.text), {_stem(_act(b))} | _dated_verbs(b.text)
    same_verb = any((x == y and x not in LIGHT_STEMS) or any(x in group and y in group for group in DATED_ACT_STEMS)
                    for x in acts_a for y in acts_b)
    if not same_verb or _scopes_disjoint(a, b, index) or _actors_apart(a, b, index):
        return False
    day_a, day_b = (dt.date.fromisoformat(next(iter(f.iso_dates))) for f in (fa, fb))
    said = _shared_content(a, b) - {_stem(a.predicate), _stem(b.predicate)} - DATE_WORDS
    return abs((day_a - day_b).days) <= DATED_ACT_DAYS and len(said) >= 1


def _dated_apart(a: Claim, b: Claim, fa: "_Facts", fb: "_Facts") -> str | None:
    """Each claim gives one day and no other time, a few days from the other's: whatever else they
    share, they do not tell one dated fact alike ("switched off its Recap feature on Thursday, March 5" /
    "Recap had been off since March 4"). A claim with two times ("revised on Friday the figure cited
    on Oct. 12") may date another thing than its partner does."""
    if len(a.dates) != 1 or len(b.dates) != 1 or len(fa.iso_dates) != 1 or len(fb.iso_dates) != 1 \
            or fa.iso_dates == fb.iso_dates:
        return None
    day_a, day_b = (dt.date.fromisoformat(next(iter(f.iso_dates))) for f in (fa, fb))
    if abs((day_a - day_b).days) > DATED_ACT_DAYS:
        return None
    return f"dated apart: {day_a:%-d %B} vs {day_b:%-d %B}"


# "just a day after police killed …", "two days after two soldiers were run down": how long after or before
INTERVAL = re.compile(r"(?i)\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(day|week|month|year|"
                      r"hour)s?\s+(after|before|earlier|later|ago)\b")
SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}


@functools.lru_cache(maxsize=100_000)
def _interval(text: str) -> tuple[int, str, str, str] | None:
    """(how many, unit, direction, as written) of the one interval a claim gives, None if none or several."""
    found = list(INTERVAL.finditer(text))
    if len(found) != 1:
        return None
    count, unit, direction = found[0].groups()
    n = SMALL_NUMBERS.get(count.lower()) or int(count)
    direction = {"earlier": "before", "later": "after", "ago": "before"}.get(direction.lower(), direction.lower())
    return n, unit.lower(), direction, found[0].group(0)


def _intervals_differ(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The two intervals as written when both claims give one of the same unit and direction, of
    different lengths ("a day after" and "two days after")."""
    gap_a, gap_b = _interval(a.text), _interval(b.text)
    if gap_a and gap_b and gap_a[1:3] == gap_b[1:3] and gap_a[0] != gap_b[0]:
        return gap_a[3], gap_b[3]
    return None


def _actors_apart(a: Claim, b: Claim, index: EntityIndex) -> bool:
    """Both name who acts, and not the same: the CDC's 3 p.m. press conference and Dallas County's
    3:30 one. "Locals" and "Managua residents" name nobody in particular."""
    actors_a, actors_b = _facts(a, index).actors, _facts(b, index).actors
    return bool(actors_a and actors_b and not actors_a & actors_b)


def _same_event(a: Claim, b: Claim, sim: float, index: EntityIndex) -> bool:
    """Same happening: close in meaning and sharing a word rarer than the story's topic words."""
    shared = _shared_content(a, b) - CLOCK_WORDS
    return sim >= EVENT_MIN_SIMILARITY and any(index.weight(w) >= EVENT_WORD_WEIGHT for w in shared)


@functools.lru_cache(maxsize=100_000)
def _role_of(text: str) -> tuple[str, str] | None:
    m = ROLE.match(text.strip().rstrip("."))
    return (m.group("name"), m.group("role").lower()) if m else None


def _role_conflict(a: Claim, b: Claim, index: EntityIndex) -> str | None:
    """Two different people named as holder of one single post ("X is the director of Y")."""
    role_a, role_b = _role_of(a.text), _role_of(b.text)
    if not role_a or not role_b:
        return None
    (name_a, post_a), (name_b, post_b) = role_a, role_b
    if _content(post_a) != _content(post_b) or index.canonical(name_a) == index.canonical(name_b):
        return None
    if roles.bare_post(post_a):
        return None  # "James Murren is CEO" and "Shane Smith is CEO": of which company, neither says
    if _same_name(index.canonical(name_a), index.canonical(name_b)):
        return None
    return f"different holders of one post ({post_a}): {name_a} vs {name_b}"


# what a source is said not to have commented on: "has not commented on whether the cases are connected"
SILENT_ON = re.compile(r"(?i)\b(?:on|about|to questions about|regarding)\s+whether\s+(.+)$")


# a silence ended, however the act is worded: "apologized to residents in his first public comments"
FIRST_WORDS = re.compile(r"(?i)\bfirst (?:public )?(?:comments?|remarks?|statements?|interview)\b|\bbr(?:oke|eaking) "
                         r"(?:his|her|its|their) silence\b")
# "tied to", "linked to", "connected to", "traced to": one question of cause however each words it
LINK_WORDS = frozenset(_stem(w) for w in ("connected", "linked", "tied", "traced", "caused", "related"))


def _speaks_to(silent: Claim, spoke: Claim, index: EntityIndex) -> bool:
    """The later statement can end the silence: made by the person who had not commented (not by his
    company's spokeswoman), and, where the silence was on one question ("had not commented on whether
    the cases are connected to the formula"), about that question."""
    people = frozenset(index.canonical(p) for p in silent.people) & _facts(silent, index).actors
    if people and not people & (_facts(spoke, index).speakers | _facts(spoke, index).actors):
        return False
    question = _search(SILENT_ON, silent.text)
    if question:
        def said(text: str) -> frozenset[str]:
            words = _content(text) - STORY_WORDS
            return (words - LINK_WORDS) | ({"link"} if words & LINK_WORDS else frozenset())
        return bool(said(question.group(1)) & said(spoke.text))
    return True


# where the acting body's own name ends in an actor phrase: "Ireland's Data Protection Commission (DPC),
# Kestrel's lead regulator", "Dutch Data Protection Authority, which wrote to Kestrel"
ACTOR_HEAD_END = re.compile(r",|\(|\s(?:which|who|whose|that)\s|['’]s\s+(?:lead|main|own|chief|top)\b")


def _acting(claim: Claim, index: EntityIndex) -> frozenset[str]:
    """The body that acts, without the others its description names: {data protection commission,
    ireland} for "Ireland's Data Protection Commission (DPC), Kestrel's lead regulator", not Kestrel."""
    key = ("acting", claim.id)
    if key not in index._memo:
        actors = _facts(claim, index).actors
        head = index.keys(ACTOR_HEAD_END.split(claim.actor or "", maxsplit=1)[0]) & actors if claim.actor else frozenset()
        index._memo[key] = head or actors
    return index._memo[key]


def _compatible_actors(a: Claim, b: Claim, index: EntityIndex) -> bool:
    """Same body, or a country and a body that may act for it ("the U.K." and "the ICO")."""
    actors_a, actors_b = _acting(a, index), _acting(b, index)
    if not actors_a or not actors_b:
        return False
    if actors_a & actors_b:
        # one country, two of its bodies: "the Central Bank of Ireland directed …" and "Ireland's Data
        # Protection Commission has opened an inquiry" are two bodies' steps
        bodies_a, bodies_b = actors_a - COUNTRIES, actors_b - COUNTRIES
        return not (bodies_a and bodies_b and not bodies_a & bodies_b and not _part_of_name(bodies_a, bodies_b))
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


# A restriction in force, then lifted: "the restriction on opening new accounts remains in place" and, later,
# "the Central Bank lifted the ban on signing up new customers"; "the regulator suspended export certification"
# and "the regulator lifted its suspension"; "the factory has been closed" and "the plant resumed production".
# Each kind: the words that name it, in force or lifted alike.
RESTRICTION_KINDS = {
    "ban": r"bans?|banned|restrict\w*|embargo\w*|moratori\w+",
    "order": r"orders?",
    "notice": r"notices?|advisor(?:y|ies)",
    "curfew": r"curfews?",
    "lockdown": r"lockdowns?",
    "suspension": r"suspen\w+",
    "limit": r"limits?|limited|caps?|capped|rationing",
    "zone": r"zones?",
    "closure": r"clos(?:ed|ure|ures|ing)|shut(?:s|down)?|halt(?:s|ed)?|stopped|reopen\w*|resum\w+|restart\w*",
}
RESTRICTION = {kind: re.compile(r"(?i)\b(?:" + words + r")\b") for kind, words in RESTRICTION_KINDS.items()}
IN_FORCE = re.compile(r"(?i)\b(?:remain(?:s|ed|ing)?|(?:is|was|are|were) still|stays?|stayed)\s+(?:in\s+)?(?:place|force|"
                      r"effect)\b|\b(?:imposed|introduced|put in place|suspended|banned|closed|shut|halted|stopped)\b")
LIFTED = re.compile(r"(?i)\b(?:lift(?:s|ed|ing)?|rescind(?:s|ed)?|revok(?:es|ed)|withdr[ae]w(?:n)?|scrapp(?:ed)|"
                    r"end(?:s|ed)|remov(?:es|ed)|eased|reopen(?:s|ed)?|resum(?:es|ed)|restart(?:s|ed))\b")
LIFTED_MIN_SIMILARITY = 0.40


def _lifted(a: Claim, b: Claim) -> str | None:
    """The restriction the earlier claim says is in force and the later one says was lifted, or None."""
    if not (_search(IN_FORCE, a.text) and _search(LIFTED, b.text)) or _search(LIFTED, a.text) or _search(IN_FORCE, b.text):
        return None
    if a.polarity < 0 or b.polarity < 0:
        return None  # "has not been lifted" keeps it in force
    both = [kind for kind, pattern in RESTRICTION.items() if _search(pattern, a.text) and _search(pattern, b.text)]
    return both[0] if both else None


# a patient's condition, then its change: "remained in critical condition at a burn center" / "died at
# a burn center"; "one remains in intensive care at Christchurch Hospital" / "has since gone home"
IN_CARE = re.compile(r"(?i)\b(?:remain(?:s|ed|ing)?|still|is|was|were|are)\s+(?:\w+\s+){0,2}?(?:in\s+)?"
                     r"(?:critical|serious|stable|intensive care|hospital|a coma)\b|\bin critical condition\b")
LEFT_CARE = re.compile(r"(?i)\b(?P<what>died|has died|passed away|discharged|released from (?:the )?hospital|"
                       r"(?:has|have|had) (?:since )?gone home|went home|sent home)\b")
CARE_PLACE = re.compile(r"(?i)\b(?:burn (?:center|centre|unit)|intensive care|hospital|icu)\b")


HOSPITAL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+(?:Hospital|Medical Center|Centre)\b")


def _care_places(text: str) -> tuple[set[str], set[str]]:
    """The kinds of place of care a text names ("burn center", "intensive care") and the hospitals by name."""
    return {w.lower() for w in CARE_PLACE.findall(text)}, set(HOSPITAL_NAME.findall(text))


def _left_care(a: Claim, b: Claim) -> str | None:
    """An earlier claim has someone in hospital or in a critical condition, a later one says that
    person died or went home: both name the same place of care. "died" / "went home", or None."""
    if not _search(IN_CARE, a.text) or _search(LEFT_CARE, a.text) or a.polarity < 0 or b.polarity < 0:
        return None
    m = _search(LEFT_CARE, b.text)
    if not m:
        return None
    (where_a, names_a), (where_b, names_b) = _care_places(a.text), _care_places(b.text)
    if not where_a & where_b or (names_a and names_b and not names_a & names_b):
        return None
    return f"in care → {m.group('what').lower()}"


TURN_SIMILARITY = 0.45  # how close one source's two statements must be for the later to take back the earlier


def _turned(a: Claim, b: Claim, sim: float, index: EntityIndex) -> str | None:
    """One speaker says a thing is not so, and on a later day that it is (or the other way round):
    "we have no indication that any material left the facility" then "some of that material moved
    beyond our property line"; "the sirens were activated" then "three of the seven sirens did not
    sound". Both must be said firmly (no doubt, forecast or hedge) and share what happened, a word
    rarer than the story's topic words besides names."""
    fa, fb = _facts(a, index), _facts(b, index)
    if sim < TURN_SIMILARITY or not (fa.speakers & fb.speakers):
        return None
    stances = (_claim_stance(a), _claim_stance(b))
    if set(stances) - {"assert", "not"} or stances[0] == stances[1] or _forecast(a) or _forecast(b):
        return None
    neg, pos = (a, b) if stances[0] == "not" else (b, a)
    if _search(INNER_NEGATION, pos.text):
        return None  # 'said at a press briefing that "no customer data has left our systems"' takes nothing back
    if not _said_alike(a, b) - STORY_WORDS or not _shares_happening(neg, pos, index):
        return None
    first, then = ("not so", "so") if neg is a else ("so", "not so")
    return f"reversal: {a.speaker or b.speaker} first said it was {first}, later that it was {then}"


def _conflict(a: Claim, b: Claim, sim: float, index: EntityIndex, cfg: RelateSettings, posts: bool = False
              ) -> tuple[str, float, list[str]] | None:
    """(kind, confidence, reasons) when the later claim `b` conflicts with the earlier `a`; `posts`
    when the pair was proposed for giving one person two posts (one claim of each sentence is)."""
    if a.id in index.retold or b.id in index.retold:
        return None  # a hoax retold by the article debunking it is not that article's claim
    fa, fb = _facts(a, index), _facts(b, index)
    same_actor = bool(fa.actors & fb.actors)
    shared_scope = bool(fa.scope & fb.scope)
    order = f"{fa.dated} → {fb.dated}"
    later = bool(a.published and b.published and b.published > a.published)

    if same_actor and sim >= 0.3 and "doubt" not in (_claim_stance(a), _claim_stance(b)):  # "would not confirm"
        # receiving is finding only against not receiving: "Kim was receiving visits" finds nothing that
        # "Kim hadn't been seen in public" did not
        if a.polarity < 0 and a.predicate in FIND and b.polarity > 0 and (
                (b.predicate in FIND and (b.predicate != "receive" or a.predicate == "receive"))
                or (b.reporting_verb in FIND and b.reporting_verb != "receive") or _search(FOUND, b.text)):
            kind = "reversal" if later else "polarity"
            return kind, 0.85, [f"{kind}: same source said it had not found it, then that it had",
                                f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]
        if a.polarity > 0 and b.polarity < 0 and b.predicate in FIND and (a.predicate in FIND or a.reporting_verb in FIND):
            return "polarity", 0.7, ["same source: found vs not found", order]
    open_ = _ruled_out_or_open(a, b, sim, index)
    if open_:
        kind = "reversal" if later and same_actor else "polarity"
        return kind, 0.7, [open_, f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]
    back = _taken_back(a, b) if sim >= CORRECTION_MIN_SIMILARITY else None
    if back:
        return back[0], 0.75, [back[1], f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]
    law = _law_apart(a, b, sim) if sim >= CORRECTION_MIN_SIMILARITY and not _places_differ(fa, fb) else None
    if law:
        return "role", 0.7, [law, order]
    decided = _decided_later(a, b, index) if later else None
    if decided:
        return "update", 0.7, [decided, f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]
    # proposed for it, or both claims name someone's post ("Harold Nkemelu is Corvane's chief operating officer")
    post = roles.post_conflict(a, b) if posts or (roles.posts(a.text) and roles.posts(b.text)) else None
    if post:
        return "role", 0.7, [post, order]
    dated = events.dated_apart(a, b)
    if dated:
        return "date", 0.65, ["dates differ for the {}: {} vs {}".format(*dated), order]
    turned = _turned(a, b, sim, index) if later else None
    if turned:
        return "reversal", 0.7, [turned, f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]
    if (a.polarity < 0 and a.predicate in COMMUNICATE and not _search(BOILERPLATE_NO_COMMENT, a.text)
            and later and ((b.reporting_verb in SPEAK and fa.actors & fb.speakers)
                           or ((b.predicate in SPEAK or _search(FIRST_WORDS, b.text)) and b.polarity > 0 and same_actor))
            and _speaks_to(a, b, index)):
        return "update", 0.75, [f"update: had not responded, later spoke ({b.reporting_verb or b.predicate})",
                                f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]

    # still finding out, then said to be so; without two dates to order them, either may be first
    unordered = not (a.published and b.published) or a.published == b.published
    orders = ((a, b), (b, a)) if unordered else ((a, b),) if later else ()
    for x, y in orders:
        if _search(FINDING_OUT, x.text) and not _search(FINDING_OUT, y.text) and y.polarity > 0 \
                and _claim_stance(y) == "assert" and (same_actor or _compatible_actors(x, y, index)) \
                and sim >= cfg.conflict_min_similarity and _shares_happening(x, y, index) and _settles(x, y, index):
            if unordered:
                return "update", 0.6, ["update: one still finding out, the other says it is so (order unknown: "
                                       "not dated apart)", f"“{_short(x.text)}” / “{_short(y.text)}”"]
            return "update", 0.7, ["update: still finding out, later said to be so",
                                   f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]
    if later and sim >= LIFTED_MIN_SIMILARITY:
        left = _left_care(a, b)
        if left:
            return "update", 0.7, [f"status changed: {left}", f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]
    if later:
        lifted = _lifted(a, b) if sim >= LIFTED_MIN_SIMILARITY else None
        # the same body, or one not named ("the restriction remains in place", "the regulator lifted its suspension")
        if lifted and not _places_differ(fa, fb) and (_compatible_actors(a, b, index) or (
                not (fa.actors and fb.actors) and bool(_said_alike(a, b) - STORY_WORDS))):
            change = "closed → reopened" if lifted == "closure" else f"{lifted} in force → lifted"
            return "update", 0.7, [f"status changed: {change}",
                                   f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]
    level_a, name_a = fa.status
    level_b, name_b = fb.status
    if level_a and level_b and sim >= 0.2 and _compatible_actors(a, b, index):
        if later and (level_b > level_a or (level_b == level_a and a.polarity < 0 < b.polarity)) \
                and not _told_of_a_past_year(b, a):
            return "update", 0.7, [f"status changed: {name_a}{' (not)' if a.polarity < 0 else ''} → {name_b}",
                                   f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]
        if level_a == level_b and a.polarity != b.polarity and sim >= cfg.conflict_min_similarity:
            return "polarity", 0.7, [f"one says {name_a} happened, the other that it did not", order]

    places_differ = _places_differ(fa, fb)
    if sim >= 0.35 and not places_differ:
        scale = None if _own_counts_apart(a, b, fa, fb) else _scale_conflict(a, b)
        if scale:
            return "scale", 0.7, [scale, order]
        correction = _correction_conflict(a, b, sim)
        if correction:
            return "correction", 0.7, [correction, order]
        none = _none_against_count(a, b) or _none_against_count(b, a)
        if none:
            kind = "update" if later and a.polarity < 0 else "number"
            return kind, 0.7, [none, f"{order}: “{_short(a.text)}” then “{_short(b.text)}”"]

    if sim < cfg.conflict_min_similarity or places_differ:
        return None
    # what a report called false says is not asserted: its figures dispute nothing
    number = None if "deny" in (a.reporting_verb, b.reporting_verb) or {_claim_stance(a), _claim_stance(b)} & {
        "deny", "relay"} or ((_forecast(a) or _forecast(b)) and not (_promised(a) and _promised(b))) \
        else number_conflict(a, b, cfg.number_tolerance)
    if number and (not _one_occasion(a, b) or bool(_search(RECORD, a.text)) != bool(_search(RECORD, b.text))
                   or bool(_search(SEVERITY, a.text)) != bool(_search(SEVERITY, b.text))
                   or _counted_apart(a, b, index)):
        number = None  # a record, another occasion, or the figures of two differently named things
        # ("the most expensive Apple Watch … around $10,000" and "the MacPro starts at around $3,000")
    if number and (sim >= cfg.agree_similarity or (shared_scope and _shared_content(a, b))
                   or _overlap(a, b, index) >= PROPOSITION_OVERLAP / 2):
        return "number", 0.75, [number, order]
    revised = _revised(a, b, cfg.number_tolerance)
    if revised:
        return "update", 0.75, [revised, order]
    changed = None if number or _counted_apart(a, b, index) else _figure_changed(a.text, b.text)
    if changed and not (_forecast(a) or _forecast(b)) and {_claim_stance(a), _claim_stance(b)} <= {"assert", "hedge"}:
        return "number", 0.8, [f"the same sentence with another figure: {changed[0]} vs {changed[1]}", order]
    if frozenset((a.predicate, b.predicate)) in ANTONYMS and _verb_negated(a) == _verb_negated(b) and (
            shared_scope or _shared_content(a, b)):  # "has not confirmed" and "denied" point one way
        return "polarity", 0.7, [f"opposite actions: {a.predicate} vs {b.predicate}", order]
    denial = _denial_conflict(a, b, sim, index, cfg.number_tolerance)
    if denial:
        kind = "reversal" if later and same_actor and _negates(b) else "polarity"
        return kind, 0.65, [denial, order]
    when = _when_conflict(a, b, sim, fa, fb, index)
    if when:
        return "date", 0.6, [when, order]
    role = _role_conflict(a, b, index)
    if role:
        return "role", 0.6, [role, order]
    contrast = _contrast(a, b)
    same_action = a.predicate == b.predicate and a.predicate not in LIGHT_PREDICATES
    if contrast and _same_year(a, b) and _kin_of_one(a, b, contrast) and (
            _same_proposition(a, b, sim, index) or (same_action and sim >= cfg.agree_similarity)):
        return "role", 0.6, [f"the same account names a different person: {contrast[0]} vs {contrast[1]}", order]
    return None


# Words that cannot name the same person: "detained his wife and son" vs "… his wife and daughter".
CONTRASTS = tuple(frozenset(map(_stem, p)) for p in (
    ("son", "daughter"), ("boy", "girl"), ("son", "girl"), ("daughter", "boy"), ("brother", "sister"),
    ("father", "mother"), ("man", "woman"), ("men", "women"), ("male", "female")))


CONTRAST_WORDS = frozenset().union(*CONTRASTS)


@functools.lru_cache(maxsize=100_000)
def _contrast_words(text: str) -> frozenset[str]:
    return _content(text) & CONTRAST_WORDS


def _contrast(a: Claim, b: Claim) -> tuple[str, str] | None:
    """A word one claim uses where the other uses its contrary, each missing from the other side."""
    words_a, words_b = _contrast_words(a.text), _contrast_words(b.text)
    if not words_a or not words_b:
        return None
    only_a, only_b = words_a - words_b, words_b - words_a
    for pair in CONTRASTS:
        x, y = sorted(pair)
        for one, other in ((x, y), (y, x)):
            if one in only_a and other in only_b:
                return _surface([one], a.text)[0], _surface([other], b.text)[0]
    return None


def _kin_of_someone(claim: Claim, word: str) -> bool:
    """The word names a given person's child or kin: "Baghdadi's son", "the son of Islamic State
    leader …", "a daughter of the group's leader", "the girl was Baghdadi's child"; not "a baby boy",
    "her daughter" or "having a girl"."""
    w = f"(?i:{re.escape(word)})"
    return bool(re.search(rf"\b[\w-]+['’]s\s+(?:\w+\s+)?{w}\b|"
                          rf"\b{w}s?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}(?:[A-Z]|[\w-]+['’]s\b)|"
                          rf"\b{w}\s+(?:is|was)\s+(?:the\s+)?[\w-]+['’]s\b", claim.text))


def _kin_of_one(a: Claim, b: Claim, contrast: tuple[str, str]) -> bool:
    """Both contrasting words name a given person's child ("the wife and son of Abu Bakr
    al-Baghdadi" vs "a wife and daughter of Baghdadi's"): one person's child named two ways. A nun's baby boy and a daughter given up for adoption, or "she was having a girl"
    and "a boy", name nobody's child."""
    return _kin_of_someone(a, contrast[0]) and _kin_of_someone(b, contrast[1])


OWN = re.compile(r"(?i)^(?:it|we)\s+(?:has|have|had)\b")


def _own_counts_apart(a: Claim, b: Claim, fa: "_Facts", fb: "_Facts") -> bool:
    """Two sources each telling what they themselves have received ("it had received 'a handful' of
    complaints", said by the ombudsman; "it had received more than 2,300", said by the regulator):
    two counts, not one thing sized two ways."""
    return bool(fa.speakers and fb.speakers and not fa.speakers & fb.speakers
                and _search(OWN, a.text) and _search(OWN, b.text))


def _few_against_many(a: Claim, b: Claim) -> str | None:
    """One claim calls something few ("a handful of customers … had called"), the other counts many
    ("about 1,900 customers … lost power"): whatever else they share, not one fact told alike."""
    for few, many in ((a, b), (b, a)):
        small = _search(MINIMISERS, few.text)
        if not small or _search(MINIMISERS, many.text):
            continue
        big = next((q for q in many.quantities if not q.unit and q.value >= FEW_MIN_COUNT), None)
        if big is not None:
            return f"“{small.group(0)}” against a count of {big.text}"
    return None


def _stems_close(x: str, y: str) -> bool:
    """One word folded two ways ("injur" from injured, "injury" from injuries)."""
    return x == y or (min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x)))


def _scale_conflict(a: Claim, b: Claim) -> str | None:
    """A minimiser ("isolated cases", "a handful of users") against a large count of the same
    countable thing; "a few months ago" against $20,000 is not one."""
    for first, second in ((a, b), (b, a)):
        small = _search(MINIMISERS, first.text)
        if not small:
            continue
        # what is called few: the words of its phrase ("a handful of odor complaints had been filed",
        # "a handful of people have called about …"), not those it is from or about
        phrase = re.split(r"[,;:.!?]|\b(?:from|to|in|by|with|since|at|on|for|about|over|after|among)\b",
                          first.text[small.end():], maxsplit=1)[0]
        things = {_stem(w) for w in _words(small.group(0)) + _words(phrase)[:4]} - NON_CONTENT
        if things & TIME_NOUNS:
            continue
        # "a handful of customers who rely on home medical equipment", "a handful of such customers":
        # a few of some kind of them, against a count of all of them only where that count tells of
        # the same act ("had called")
        rest = first.text[small.end():]
        qualified = bool(re.match(r"(?i)[\"”]?\s*(?:of\s+)?such\b", rest)
                         or re.match(r"(?i)[\"”]?\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:who|that|which)\b", rest))
        if qualified and _stem(first.predicate) not in {_stem(q.verb) for q in second.quantities if q.verb} \
                | {_stem(second.predicate)}:
            continue
        about = _content(first.text)
        least = FEW_MIN_COUNT if _search(FEW, small.group(0)) else SCALE_MIN_COUNT
        acted = _stem(first.predicate) if first.predicate not in LIGHT_PREDICATES else ""
        counted = []
        for q in second.quantities:
            if q.value < least or q.unit:
                continue
            if q.counts:
                counted.append((q.text, q.counts))
            if q.verb and (any(_stems_close(_stem(q.verb), t) for t in things) or (not q.counts and _stem(q.verb) == acted)):
                # "a handful of minor injuries" vs "16 passengers were injured"; "received a handful of
                # complaints" vs "has received more than 300"
                return f"scale: “{small.group(0)}” vs {q.text} ({q.verb})"
        large = _search(LARGE_OF, second.text)
        if large:
            counted += [(large.group(1), w) for w in _words(large.group(2))]
        for size, noun in counted:
            if _stem(noun) in things or (things & CASE_NOUNS and _stem(noun) in about):
                return f"scale: “{small.group(0)}” vs {size} ({noun})"
    return None


def _paraphrase(a: Claim, b: Claim, sim: float, index: EntityIndex, cfg: RelateSettings) -> str | None:
    """Moderately similar claims that name the same things and say the same about them: shared
    entities and most content words, or a shared figure or the same (non-light) action."""
    if sim < cfg.agree_similarity - 0.15:
        return None
    fa, fb = _facts(a, index), _facts(b, index)
    if not fa.scope & fb.scope:
        return None
    named = {_stem(w) for e in a.entities + b.entities + a.actor_entities + b.actor_entities for w in _words(e)}
    shared = _shared_content(a, b) - named
    shorter = min(len(_content(a.text)), len(_content(b.text))) or 1
    same_action = a.predicate == b.predicate and a.predicate not in LIGHT_PREDICATES
    if len(shared) >= 3 and len(shared) >= PARAPHRASE_OVERLAP * shorter and (same_action or sim >= cfg.agree_similarity - 0.1):
        return f"same things named, same words: {', '.join(_surface(sorted(shared)[:5], a.text))}"
    return None


def _quoted_twice(a: Claim, b: Claim, index: EntityIndex) -> str | None:
    """One quotation reported twice: a long run of the same words, by the same speaker or by one
    outlet that does not say who spoke (two named speakers are two statements)."""
    fa, fb = _facts(a, index), _facts(b, index)
    one_unnamed = not (fa.speakers and fb.speakers)
    if a.polarity != b.polarity or not (one_unnamed or fa.speakers & fb.speakers):
        return None
    run = _shared_run(a.text, b.text)
    if not run:
        return None
    if fa.speakers & fb.speakers:
        return run
    # names alone ("Jimmy Page and John Paul Jones") are not a quotation: three other content words are
    name_words = {w for e in a.entities + b.entities for w in _words(e)}
    said = [w for w in run.split() if w not in NON_CONTENT and w not in name_words]
    long_enough = len(run.split()) >= QUOTE_MIN_WORDS and len(said) >= 3
    return run if one_unnamed and long_enough else None


# what a figure measures rather than counts: a "12-inch" model, a "66-year-old" singer, a "19 stone" fish
NOT_TALLIES = frozenset({"age", "inch", "foot", "feet", "mile", "metre", "meter", "pound", "stone", "ton", "tonne",
                         "degree", "percent", "point", "yard", "acre", "gram", "litre", "liter", "gallon"})


def _counted_alike(a: Claim, b: Claim, tolerance: float) -> bool:
    """The same tally or sum in both: the same figure of ten or more for the same things counted ("35
    dates" and "35 dates"; not years), or the same sum of a thousand or more ("$55,000" and "close to
    $56,000"). Few different facts of one story share one, whatever else each claim names."""
    def alike(x, y) -> bool:
        if x.unit or y.unit:
            return x.unit == y.unit and x.unit not in MEASURE_UNITS and x.unit != "%" and x.value >= 1000 \
                and (x.counts == y.counts or not x.counts or not y.counts)
        return bool(x.counts) and x.counts == y.counts and x.value >= 10 and not x.text.isalpha() \
            and _stem(x.counts) not in TIME_NOUNS and x.counts not in NOT_TALLIES
    return any(alike(x.q, y.q) and numbers_agree(x.q, y.q, tolerance) for x in figures(a) for y in figures(b))


def _one_exact_figure(a: Claim, b: Claim) -> str | None:
    """The same exact figure, too exact to recur by chance: "47,860 people" and "47,860 customers",
    "$61,500" and "$61,500", "168 passengers" and "all 168 passengers" (not "2,000 people" twice)."""
    for x in figures(a):
        for y in figures(b):
            if x.q.value != y.q.value or x.bound != y.bound or x.q.approximate or y.q.approximate:
                continue
            telling = telling_figure(x.q) and x.q.unit == y.q.unit
            counted = bool(x.q.counts) and not x.q.unit and counted_as(x.q) == counted_as(y.q) \
                and x.q.value >= 10 and x.q.value % 10 != 0 and not x.q.text.isalpha() and x.q.counts != "age"
            if telling or counted:
                return f"{EXACT_FIGURE}{x.q.text} = {y.q.text}"
    return None


def _denies_outright(claim: Claim) -> bool:
    """Calls something false or made up ("is a hoax", "no record of O'Neal being a priest"), or says
    the person named does not exist ("There is no Father John Michael O'Neal in Massachusetts")."""
    return _claim_stance(claim) == "deny" or (claim.polarity < 0 and bool(_search(NOBODY_BY_NAME, claim.text)))


def _both_deny(a: Claim, b: Claim, index: EntityIndex) -> str | None:
    """Both sources call the same thing false: their articles debunk the same story, or the two
    denials name the same person or thing. Corroboration of the debunking, however each words it."""
    if not (_denies_outright(a) and _denies_outright(b)):
        return None
    fa, fb = _facts(a, index), _facts(b, index)
    if frozenset((a.article_id, b.article_id)) in index.co_debunkers or fa.scope & fb.scope \
            or _part_of_name(fa.scope, fb.scope):
        return "both call it false"
    return None


# ruling something out, or saying it will not happen, against not ruling it out: "the bank would not
# pay" / "the bank did not rule out making a payment"; "had ruled out any connection to a power outage" /
# "we have not ruled out that a loss of electrical power played a role"
RULE_WORDS = frozenset(_stem(w) for w in ("rule", "ruled", "out", "exclude", "excluded", "possibility", "option"))


def _decided_later(a: Claim, b: Claim, index: EntityIndex) -> str | None:
    """The earlier claim says an act is not yet decided ("had not yet decided whether to send
    investigators"), the later one reports it done to the same thing ("sent a team of nine
    investigators"), by the same body or one not named."""
    pending = undecided(a)
    if not pending or not done_as(pending[0], b) or _claim_stance(b) != "assert":
        return None
    fa, fb = _facts(a, index), _facts(b, index)
    if fa.actors and fb.actors and not (fa.actors & fb.actors or _compatible_actors(a, b, index)):
        return None
    shared = pending[1] & _content(b.text) - STORY_WORDS
    if not shared:
        return None
    return f"update: undecided, later done ({', '.join(_surface(sorted(shared), b.text))})"


def _ruled_out_or_open(a: Claim, b: Claim, sim: float, index: EntityIndex) -> str | None:
    """One source rules something out (or says it will not happen), the other does not rule it out:
    both cannot stand as the source's position. The same body or an unnamed one, about the same thing."""
    if sim < RULE_OUT_SIMILARITY:
        return None
    for shut, open_ in ((a, b), (b, a)):
        if not _search(LEFT_OPEN, open_.text) or not rules_out(shut):
            continue
        fs, fo = _facts(shut, index), _facts(open_, index)
        if fs.actors and fo.actors and not (_compatible_actors(shut, open_, index) or fs.actors & fo.actors):
            continue
        topic_s = {w[:5] for w in _content(shut.text) - RULE_WORDS}
        topic_o = {w[:5] for w in _content(open_.text) - RULE_WORDS}
        if topic_s & topic_o - {w[:5] for w in STORY_WORDS}:
            return f"one rules it out, the other does not: “{_short(shut.text)}” vs “{_short(open_.text)}”"
    return None


def _counted_apart(a: Claim, b: Claim, index: EntityIndex) -> bool:
    """Two claims' figures are of differently named things: their names have none in common, leaving
    out the places of a breakdown after a colon ("Nine babies have been confirmed …: six in Canterbury,
    two in Waikato and one in Otago" is a national count)."""
    def named(claim: Claim) -> frozenset[str]:
        scope = _facts(claim, index).scope
        head, colon, _ = claim.text.partition(":")
        if not colon:
            return scope
        return scope - frozenset(index.canonical(e) for e in claim.entities if e not in head)
    scope_a, scope_b = named(a), named(b)
    return bool(scope_a and scope_b and not scope_a & scope_b)


def _scopes_disjoint(a: Claim, b: Claim, index: EntityIndex) -> bool:
    """Both name things and none in common: the 2014 RC asteroid and the Chelyabinsk meteor."""
    fa, fb = _facts(a, index), _facts(b, index)
    return bool(fa.scope and fb.scope and not fa.scope & fb.scope)


def relate_pair(a: Claim, b: Claim, cand: Candidate, index: EntityIndex, cfg: RelateSettings) -> ClaimPair:
    """Label one candidate pair; `a` and `b` are put in publication order."""
    if (b.published or a.published) and a.published and b.published and b.published < a.published:
        a, b = b, a
    sim, fz = cand.similarity, cand.fuzzy
    # the same words, held the same way, cannot conflict (a fifth of a large dossier's pairs are such copies)
    copy = a.text == b.text and a.polarity == b.polarity and a.reporting_verb == b.reporting_verb
    found = None if copy else _conflict(a, b, sim, index, cfg, posts="post" in cand.channels)
    base = [f"meaning similarity {sim:.2f}", f"shared wording {fz:.0f}/100"]
    if found:
        kind, confidence, reasons = found
        score = min(1.0, confidence * (0.7 + 0.3 * min(1.0, sim / 0.8)))
        return ClaimPair(a.id, b.id, sim, fz, "conflict", kind, round(score, 3), tuple(reasons + base))
    blocker = _different_facts(a, b, index)
    shared = numbers_shared(a, b, cfg.number_tolerance)
    counted = shared and _counted_alike(a, b, cfg.number_tolerance)
    if shared and sim < cfg.agree_similarity and _scopes_disjoint(a, b, index) and not counted \
            and not shared.startswith(EXACT_FIGURE):
        shared = None  # one figure for two different things (but "212,400 people" and "212,400 customers" is one)
    shortest = min(len(a.text.split()), len(b.text.split()))
    agree_by_text = fz >= 90 and shortest >= 5
    fa, fb = _facts(a, index), _facts(b, index)
    renamed = None
    verbatim = agree_by_text or (fz >= 99 and sim >= 0.98 and shortest >= 3)
    if blocker and blocker.startswith("different actors") and verbatim and sim >= 0.9 \
            and _search(FIRST_PERSON, a.text) and _search(FIRST_PERSON, b.text):
        # one quotation ("… living inside me for the last three days") whose speaker two outlets name apart
        renamed, blocker = f"the same words, attributed to {a.speaker or a.actor} and to {b.speaker or b.actor}", None
    if not blocker and _negates(a) != _negates(b) and not agree_by_text:
        blocker = "one says it, the other " + NEGATING[_claim_stance(a if _negates(a) else b)]
    contrast = None if blocker else _contrast(a, b)
    if contrast:
        blocker = "different people named: {} vs {}".format(*contrast)
    if not blocker:
        blocker = roles.holders_differ(a, b)
    if not blocker:
        blocker = number_conflict(a, b, cfg.number_tolerance)
    if not blocker:
        gaps = _intervals_differ(a, b)
        if gaps:
            blocker = "different intervals: {} vs {}".format(*gaps)  # "a day after" and "two days after"
    if not blocker and not agree_by_text:
        blocker = counts_differ(a, b, cfg.number_tolerance)
    if not blocker and not agree_by_text:
        blocker = _dated_apart(a, b, fa, fb) or _ordinals_differ(a, b) or _few_against_many(a, b)
    both_deny = None if blocker or agree_by_text else _both_deny(a, b, index)
    exact = bool(shared and shared.startswith(EXACT_FIGURE))  # an exact figure in common is something said alike
    if not blocker and not agree_by_text and not counted and not both_deny and not exact \
            and sim < PROPOSITION_SIMILARITY and not _said_alike(a, b) - STORY_WORDS:
        blocker = "nothing said in common but names"  # "the entire thing is a hoax" vs "this could be a hoax story"
    # a shared quotation only matters for a pair that may agree and is not worded alike already
    quoted = None if blocker or agree_by_text else _quoted_twice(a, b, index)
    paraphrase = None if blocker or sim >= cfg.agree_similarity else _paraphrase(a, b, sim, index, cfg)
    worded_alike = fz >= cfg.wording_agree and sim >= cfg.agree_similarity - 0.15
    backed = agree_by_text or quoted or paraphrase or worded_alike or shared or both_deny
    if not blocker and not backed and cfg.agree_similarity <= sim < AGREE_BY_MEANING \
            and _overlap(a, b, index) < AGREE_MIN_OVERLAP:
        # close in meaning on one story, little said alike: "militants attacked a patrol in Ras Baalbek"
        # and "militants briefly overran Arsal"
        blocker = "close in meaning but few of the same words"
    one_figure = None if blocker or sim >= cfg.agree_similarity - 0.15 or sim < EXACT_FIGURE_SIMILARITY \
        else _one_exact_figure(a, b)
    if one_figure:
        shared = one_figure
    if not blocker and (sim >= cfg.agree_similarity or agree_by_text or quoted or paraphrase or worded_alike
                        or ((shared or both_deny) and sim >= cfg.agree_similarity - 0.15) or one_figure):
        reasons = []
        if agree_by_text:
            reasons.append("near-verbatim wording")
        elif worded_alike and sim < cfg.agree_similarity and not (quoted or paraphrase):
            reasons.append(f"mostly the same words ({fz:.0f}/100) and close in meaning")
        if renamed:
            reasons.append(renamed)
        if quoted and not agree_by_text:
            who = "same speaker" if fa.speakers & fb.speakers else "same quotation"
            reasons.append(f"{who}{QUOTED}{quoted}”")
        if paraphrase:
            reasons.append(paraphrase)
        if both_deny:
            reasons.append(both_deny)
        if shared:
            reasons.append(shared)
        if a.speaker and b.speaker and (fa.actors & fb.actors or fa.speakers & fb.speakers):
            reasons.append(f"same speaker: {a.speaker}")
        elif bool(a.speaker) != bool(b.speaker):
            who = a.speaker or b.speaker
            reasons.append(f"one outlet attributes it to {who}, the other states it itself")
        score = max(sim, fz / 100 if agree_by_text else 0)
        return ClaimPair(a.id, b.id, sim, fz, "agree", "paraphrase", round(score, 3),
                         tuple(["same statement in different words" if not verbatim else "same wording"]
                               + reasons + base))
    reasons = [blocker] if blocker else ["related wording, not the same checkable statement"]
    return ClaimPair(a.id, b.id, sim, fz, "related", "", round(sim * 0.5, 3), tuple(reasons + base))


QUOTED = ", same words: “"  # how an agreement's reasons show one quotation reported twice


def firm_agreement(pair: ClaimPair) -> bool:
    """An agreement of the kinds helpers judged the same fact 8 or 9 times in 10: near-verbatim
    wording, one quotation reported twice, or similarity from AGREE_BY_MEANING. The rest (close in
    meaning, mostly the same words, a shared figure) were judged the same fact about half the time:
    they link claims for review but are weak corroboration."""
    return pair.relation == "agree" and (pair.score >= AGREE_BY_MEANING or any(QUOTED in r for r in pair.reasons))


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


def _relate_range_rows(bounds: tuple[int, int]) -> list[tuple]:
    """As _relate_range, as plain tuples: a tenth of the cost of sending ClaimPairs back."""
    return [p.row() for p in _relate_range(bounds)]


def relate(claims: list[Claim], candidates: list[Candidate], index: EntityIndex,
           cfg: RelateSettings, workers: int = 2) -> list[ClaimPair]:
    """Label every candidate pair, measuring shared wording where matching left it out. A large
    dossier's pairs are split between this process and forked workers (the work is pure Python)."""
    global _WORK
    _WORK = (claims, candidates, index, cfg)
    try:
        if workers < 2 or len(candidates) < PARALLEL_PAIRS:
            return _relate_range((0, len(candidates)))
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        # Per-claim work (facts, word weights, cue searches) is memoised as each process meets the
        # claim: done here once before the fork, it would keep the other core idle for seconds.
        step = -(-len(candidates) // workers)
        parts = [(start, min(len(candidates), start + step)) for start in range(0, len(candidates), step)]
        # No garbage collection while 200k+ pairs come back (each pass would walk every object),
        # and none in the workers over the inherited objects (it would copy their memory pages).
        # A caller that froze objects already (the pipeline does) keeps them frozen.
        owner, was_enabled = gc.get_freeze_count() == 0, gc.isenabled()
        gc.disable()
        gc.freeze()
        try:
            with ProcessPoolExecutor(max_workers=len(parts) - 1,
                                     mp_context=multiprocessing.get_context("fork")) as pool:
                theirs = [pool.submit(_relate_range_rows, part) for part in parts[1:]]
                mine = _relate_range(parts[0])  # this process takes the first part meanwhile
                return mine + [ClaimPair(*row) for future in theirs for row in future.result()]
        except (BrokenProcessPool, OSError):
            return _relate_range((0, len(candidates)))
        finally:
            if owner:
                gc.unfreeze()
            if was_enabled:
                gc.enable()
    finally:
        _WORK = ()
