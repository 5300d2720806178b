"""Matching: candidate claim pairs across articles by nearest neighbours, near-verbatim text
and shared actors, plus entity names reconciled across spelling variants with rapidfuzz."""
from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from . import events, roles
from .figures import counted_as, telling_figure
from .records import Claim

ALIASES = {
    "u.k.": "uk", "u.k": "uk", "u.s": "us", "e.u": "eu", "united kingdom": "uk", "britain": "uk", "great britain": "uk", "british": "uk",
    "u.s.": "us", "united states": "us", "america": "us", "usa": "us", "american": "us",
    "european union": "eu", "e.u.": "eu", "european commission": "european commission",
    "eu commission": "european commission", "commission": "european commission",
    "twitter": "x",
}
# Countries with their adjectives and capitals, so "French prosecutors", "Paris" and "France" are
# one place and the UK's probe is not France's. Europe and the EU count as one place.
_PLACE_NAMES = {
    "uk": "london", "us": "washington", "eu": "europe, european, brussels", "france": "french, paris",
    "germany": "german, berlin", "ireland": "irish, dublin", "india": "indian, new delhi, delhi",
    "italy": "italian, rome", "spain": "spanish, madrid", "netherlands": "dutch, amsterdam, the hague",
    "belgium": "belgian", "sweden": "swedish, stockholm", "norway": "norwegian, oslo", "denmark": "danish, copenhagen",
    "poland": "polish, warsaw", "russia": "russian, moscow, kremlin", "ukraine": "ukrainian, kyiv, kiev",
    "china": "chinese, beijing", "japan": "japanese, tokyo", "south korea": "south korean, seoul",
    "north korea": "north korean, pyongyang", "canada": "canadian, ottawa", "mexico": "mexican",
    "brazil": "brazilian", "argentina": "argentinian, argentine", "australia": "australian, canberra",
    "new zealand": "", "south africa": "south african", "nigeria": "nigerian", "egypt": "egyptian, cairo",
    "kenya": "kenyan, nairobi", "israel": "israeli, jerusalem, tel aviv", "iran": "iranian, tehran",
    "iraq": "iraqi, baghdad", "syria": "syrian, damascus", "turkey": "turkish, ankara", "saudi arabia": "saudi, riyadh",
    "pakistan": "pakistani, islamabad", "afghanistan": "afghan, kabul", "indonesia": "indonesian, jakarta",
    "philippines": "filipino, manila", "vietnam": "vietnamese", "thailand": "thai, bangkok", "malaysia": "malaysian",
    "singapore": "singaporean", "switzerland": "swiss, geneva, zurich, bern", "austria": "austrian, vienna",
    "portugal": "portuguese, lisbon", "greece": "greek, athens", "scotland": "scottish, edinburgh",
    "wales": "welsh, cardiff", "lebanon": "lebanese, beirut", "jordan": "jordanian, amman", "libya": "libyan, tripoli",
    "yemen": "yemeni", "qatar": "qatari, doha", "cuba": "cuban, havana", "venezuela": "venezuelan, caracas",
    "colombia": "colombian, bogota", "chile": "chilean", "peru": "peruvian", "hong kong": "", "taiwan": "taiwanese",
    "nicaragua": "nicaraguan, managua", "honduras": "honduran, tegucigalpa", "guatemala": "guatemalan",
    "el salvador": "salvadoran, san salvador", "costa rica": "costa rican", "panama": "panamanian",
    "ecuador": "ecuadorian, quito", "bolivia": "bolivian, la paz", "uruguay": "uruguayan, montevideo",
    "paraguay": "paraguayan, asuncion", "haiti": "haitian, port-au-prince", "jamaica": "jamaican",
    "dominican republic": "dominican, santo domingo", "morocco": "moroccan, rabat", "algeria": "algerian, algiers",
    "tunisia": "tunisian, tunis", "ethiopia": "ethiopian, addis ababa", "ghana": "ghanaian, accra",
    "bangladesh": "bangladeshi, dhaka", "sri lanka": "sri lankan, colombo", "nepal": "nepalese, nepali, kathmandu",
    "finland": "finnish, helsinki", "hungary": "hungarian, budapest", "czech republic": "czech, prague",
    "romania": "romanian, bucharest", "bulgaria": "bulgarian", "serbia": "serbian, belgrade",
    "croatia": "croatian, zagreb", "iceland": "icelandic, reykjavik", "luxembourg": "",
    "somalia": "somali, mogadishu", "sudan": "sudanese, khartoum", "uganda": "ugandan, kampala",
    "tanzania": "tanzanian", "zimbabwe": "zimbabwean, harare", "mali": "malian, bamako", "rwanda": "rwandan, kigali",
    "senegal": "senegalese, dakar", "cameroon": "cameroonian", "liberia": "liberian, monrovia",
    "sierra leone": "sierra leonean, freetown", "congo": "congolese, kinshasa",
    "uae": "emirati, abu dhabi, dubai, united arab emirates",
    "kuwait": "kuwaiti", "bahrain": "bahraini", "oman": "omani, muscat", "palestine": "palestinian, ramallah",
    "myanmar": "burmese, burma", "cambodia": "cambodian, phnom penh", "mongolia": "mongolian",
    "kazakhstan": "kazakh", "armenia": "armenian, yerevan", "azerbaijan": "azerbaijani, baku",
    "belarus": "belarusian, minsk", "lithuania": "lithuanian, vilnius", "latvia": "latvian, riga",
    "estonia": "estonian, tallinn", "slovakia": "slovak", "slovenia": "slovenian", "albania": "albanian",
    "cyprus": "cypriot, nicosia", "malta": "maltese",
}
for _country, _names in _PLACE_NAMES.items():
    ALIASES.update({name.strip(): _country for name in _names.split(",") if name.strip()})
COUNTRIES = frozenset(_PLACE_NAMES)
STOP = {"the", "a", "an", "of", "and", "for", "in", "on", "to", "with", "by", "at", "from"}
NAME = re.compile(r"\b(?:[A-Z][\w’'.-]*|[A-Z]{2,})(?:\s+(?:of\s+|for\s+)?(?:[A-Z][\w’'.-]*|[A-Z]{2,}))*")
MINIMISERS = re.compile(r"(?i)\b(isolated (cases|incidents?)|a [\"“]?(few|handful)|handful of|rare (cases|instances)|"
                        r"small number|very few|limited number|one-off)\b")
LARGE = re.compile(r"(?i)\b(thousands|millions|tens of thousands|hundreds of thousands)\b")
# Words that call a story worthless or wave it away; also used to spot a report called false (claims.py).
DISMISSAL = r"rubbish|nonsense|baseless|bogus|laugh\w* (?:off|away)|brush\w* (?:off|aside)"
# A source denying or calling false what another asserts: "unlikely", "hoax", "retracted", "no evidence".
DENIAL = re.compile(r"(?i)\b(den(?:y|ies|ied|ying)|debunk\w*|hoax(?:es)?|fake[ds]?|false(?:ly)?|untrue|not true|"
                    r"retract\w*|fabricat\w+|no evidence|not possible|impossible|unlikely|ruled? out|"
                    r"never happened|myth|unrelated|nothing to do with|refut\w*|no (?:record|proof)|"
                    r"no (?:validity|truth|basis|substance|foundation)\b|"
                    r"no (?:valid |good |plausible )?reason (?:why|to believe|to think|that)|not plausible|implausible|"
                    r"defie?s? (?:what we know|logic|science|belief|explanation|common sense)|"
                    r"negat(?:ed|es|ing) the existence|" + DISMISSAL + r"|dismiss(?:ed|es|ing)? "
                    r"(?:the |these |those |earlier |media )?(?:claims?|reports?|allegations?|suggestions?|rumou?rs?|"
                    r"stor(?:y|ies)|speculation))\b")
# Official action words: claims about where a procedure stands (assess -> investigate -> sanction).
STATUS_WORDS = re.compile(r"(?i)\b(contact(ed)?|assess\w*|look(ing)? into|review\w*|investigat\w+|probe|probing|"
                          r"inquiry|fined?|charged?|prosecut\w+|raided|summoned|banned)\b")
EXACT_LIMIT = 6000  # claims; above this an inverted-file index replaces the exact product
# Words that carry no proposition of their own: function, reporting, hedging and denial words, so
# "NASA said it was unlikely the blast was a meteorite" and "the blast was a meteorite" are about the same.
NON_CONTENT = frozenset("""
the a an of and or to in on for with by at from as is are was were be been it its this that these those we they
has have had not will would any all our their said says say told tell also could may might can just about more
than which who what there after before during according seems seem appears appear appeared likely unlikely
possible impossible no nothing never denied deny denies false untrue true fake hoax evidence claim claims claimed
reported reports report but so if then he she his her him i you us me my your them one some very into over out up
now when where while whether because being did does do should must only such other news week weekend local time
indeed actually really under between against through without within across among via amid
per were don't didn't doesn't isn't wasn't hasn't haven't won't can't it's that's
""".split())


DOUBLED = re.compile(r"([bgmnprt])\1$")


@functools.lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    """Crude folding of plurals and verb endings, enough to meet "images" with "image", "burrowed"
    with "burrow", "kidnapped" with "kidnap" and "released" with "release" (both "releas")."""
    if len(word) > 4 and word.endswith(("ies", "ied")):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    elif word.endswith("eed"):
        word = word[:-1] if len(word) >= 6 else word  # "agreed" -> "agree"; "need", "speed" stay
    elif len(word) >= 7 and word.endswith("ing") or len(word) >= 5 and word.endswith("ed"):
        word = word[:-3] if word.endswith("ing") else word[:-2]
        word = DOUBLED.sub(r"\1", word)  # "kidnapp" -> "kidnap"
    if len(word) >= 4 and word.endswith("e") and word[-2] not in "aeiou":
        word = word[:-1]  # "release" and "releas(ed)" meet, "name" and "nam(ed)"
    return word


@functools.lru_cache(maxsize=200_000)
def content_words(text: str) -> frozenset[str]:
    """The words that say what a claim is about, plural-folded, without reporting or hedging words."""
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", re.sub(r"['’]s\b", "", text.lower()).replace("’", "'"))
    return frozenset(_stem(w) for w in words if len(w) > 2 and w not in NON_CONTENT and not w.isdigit())


TITLE = re.compile(r"^(?:king|queen|prince|princess|president|pope|sheikh|lord|lady|dame|senator|sen\.?|"
                   r"rep\.?|gov\.?|governor|(?:prime|foreign|defen[cs]e|interior|finance) minister|"
                   r"rear adm\.?|adm\.?|admiral|gen\.?|(?:1st |first |2nd |second )?(?:lt\.?|lieutenant)|col\.?|"
                   r"capt\.?|sgt\.?|sergeant|prof\.?|professor|rev\.?|father)\s+(?=\w)")


@functools.lru_cache(maxsize=200_000)
def _norm(surface: str) -> str:
    text = surface.lower().replace("’", "'")
    text = re.sub(r"'s\b|\(.*?(\)|$)|[^\w\s.&-]", " ", text)  # "Office (ICO)" and a cut "Office (ICO"
    text = re.sub(r"^(the|a|an|ms|mr|mrs|sir|dr)\s+", "", " ".join(text.split()))
    text = text.strip(" .")
    # a title or a regnal number is not part of who someone is: "King Abdullah" and "Abdullah II"
    first, _, rest = text.partition(" ")
    if rest and ALIASES.get(first, first) in COUNTRIES and TITLE.match(rest):
        text = rest  # "Jordanian King Abdullah" is King Abdullah
    text = TITLE.sub("", text) if TITLE.sub("", text) else text
    text = re.sub(r"^(\w[\w-]+) (?:ii|iii|iv|vi|vii|viii)$", r"\1", text)
    return ALIASES.get(text, text)


def _without_country(norm: str) -> str:
    """"u.k. information commissioner office" -> "information commissioner office"; "" when the
    name does not start with a country."""
    first, _, rest = norm.partition(" ")
    return rest if rest and ALIASES.get(first, first) in COUNTRIES else ""


def _acronym(norm: str) -> str:
    words = [w for w in norm.split() if w not in STOP]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


@dataclass
class EntityIndex:
    """Canonical names for entity surfaces: aliases, acronyms, surnames and misspellings."""

    canon: dict[str, str] = field(default_factory=dict)
    places: dict[str, frozenset[str]] = field(default_factory=dict)  # body -> countries named with it
    acting: dict[str, frozenset[str]] = field(default_factory=dict)  # article -> who acts or speaks in it
    retold: frozenset[str] = frozenset()  # claims an article tells only to call them false (relate.debunking)
    co_debunkers: frozenset[frozenset[str]] = frozenset()  # pairs of articles calling the same thing false
    word_claims: dict[str, int] = field(default_factory=dict)  # content word -> claims using it
    n_claims: int = 0
    _memo: dict = field(default_factory=dict, repr=False)
    _weights: dict = field(default_factory=dict, repr=False)  # word -> weight, worked out once
    _text_weights: dict = field(default_factory=dict, repr=False)  # claim text -> its words' weight

    @classmethod
    def build(cls, claims: Iterable[Claim]) -> "EntityIndex":
        claims = list(claims)
        surfaces: set[str] = set()
        for claim in claims:
            for surface in claim.entities + claim.actor_entities + claim.speaker_entities:
                surfaces.update(re.findall(r"\(([^()]+)\)?", surface))  # "Office (ICO)" also names "ICO"
            surfaces.update(claim.entities)
            surfaces.update(claim.actor_entities)
            surfaces.update(claim.speaker_entities)
        norms = sorted({_norm(s) for s in surfaces if _norm(s)}, key=lambda s: (-len(s), s))
        canon: dict[str, str] = {}
        known = set(norms)
        acronyms = {_acronym(n): n for n in norms if _acronym(n)}
        for norm in norms:
            if norm in canon:
                continue
            if norm in COUNTRIES:  # "jordan" is the country, not short for "jordan times"
                canon[norm] = norm
                continue
            target = norm
            rest = _without_country(norm)
            if len(rest.split()) >= 2 and rest in known:
                target = rest  # "u.k. information commissioner office" -> "information commissioner office"
            elif norm in acronyms:  # "ico" -> "information commissioner office"
                target = acronyms[norm]
            else:
                same = list(dict.fromkeys(other for other in canon.values() if _same_name(norm, other)))
                if " " not in norm and len([o for o in same if " " in o]) > 1:
                    target = norm  # "Thomas" alone: Dylan Thomas or Clarence Thomas, so neither
                elif same:
                    target = same[0]
                else:
                    target = _short_form_of(norm, set(canon.values())) or norm
            canon[norm] = canon.get(target, target)
        for norm, target in canon.items():  # a prefix dropped points at a name settled later
            canon[norm] = canon.get(target, target)
        index = cls(canon)
        places: dict[str, set[str]] = defaultdict(set)
        for claim in claims:  # "Ofcom, the UK's communications regulator" ties Ofcom to the UK
            names = ({index.canonical(e) for e in claim.entities + claim.actor_entities + claim.speaker_entities}
                     | index.actor_keys(claim) | index.speaker_keys(claim))
            countries = {n for n in names if n in COUNTRIES}
            for name in names - COUNTRIES:
                places[name] |= countries
        index.places = {k: frozenset(v) for k, v in places.items() if v}
        acting: dict[str, set[str]] = defaultdict(set)
        for claim in claims:
            acting[claim.article_id] |= (index.actor_keys(claim) | index.speaker_keys(claim)) - COUNTRIES
        index.acting = {k: frozenset(v) for k, v in acting.items()}
        word_claims: dict[str, int] = defaultdict(int)
        for claim in claims:
            for word in content_words(claim.text):
                word_claims[word] += 1
        index.word_claims, index.n_claims = dict(word_claims), len(claims)
        return index

    def weight(self, word: str) -> float:
        """How much a content word tells about what a claim says: a story's topic words ("meteorite"
        in every other claim) little, a rarer word ("radius", "unrelated") much."""
        found = self._weights.get(word)
        if found is None:
            found = self._weights[word] = math.log((self.n_claims + 1) / (self.word_claims.get(word, 0) + 1)) + 0.1
        return found

    def acting_for(self, article_id: str, countries: frozenset[str]) -> frozenset[str]:
        """Bodies and people of these countries that act or speak in one article: when an
        article says "the U.K. launched an investigation" and quotes only the ICO, it means the ICO."""
        return frozenset(x for x in self.acting.get(article_id, ()) if self.places.get(x, frozenset()) & countries)

    def canonical(self, surface: str) -> str:
        norm = _norm(surface)
        return self.canon.get(norm, norm)

    def keys(self, text: str) -> frozenset[str]:
        """Canonical known entities named in a phrase such as a speaker description."""
        found = set()
        for name in NAME.findall(text or ""):
            for part in [name] + re.split(r"\s+(?:of|for|with)\s+", name):
                norm = _norm(part)
                if norm not in self.canon and _without_country(norm):
                    norm = _without_country(norm)  # "U.K. Information Commissioner's Office" names the ICO
                if norm in self.canon:
                    found.add(self.canon[norm])
        return frozenset(found)

    def speaker_keys(self, claim: Claim) -> frozenset[str]:
        """Who the claim is attributed to, as canonical entity names."""
        key = ("speaker", claim.id)
        if key not in self._memo:
            self._memo[key] = (frozenset(self.canonical(e) for e in claim.speaker_entities)
                               | self.keys(claim.speaker or ""))
        return self._memo[key]

    def actor_keys(self, claim: Claim) -> frozenset[str]:
        """Who does or says the claim, as canonical entity names."""
        key = ("actor", claim.id)
        if key not in self._memo:
            own = frozenset(self.canonical(e) for e in claim.actor_entities)
            # a name the subject only mentions ("a tribute to the victims of the Charlie Hebdo shooting")
            mentioned = frozenset(self.canonical(e) for e in claim.entities) - own
            self._memo[key] = own | (self.keys(claim.actor) - mentioned)
        return self._memo[key]


def _short_form_of(norm: str, names: set[str]) -> str | None:
    """The one full name a lone surname stands for: "lin" for "josh paler lin", but "thomas" for
    neither "dylan thomas" nor "clarence thomas". A first word alone is no short form: news names
    people by surname, and "jordan" or "bunbury" alone are not "the Jordan Times" or "the Bunbury Mail"."""
    if " " in norm or len(norm) < 3:
        return None
    for position in (-1,):
        found = {n for n in names if " " in n and n.split()[position] == norm}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def _same_name(a: str, b: str) -> bool:
    """'Kier Starmer' ~ 'Keir Starmer', 'Kendal' ~ 'Liz Kendall', but 'X' != 'xAI'."""
    if min(len(a), len(b)) < 4:
        return False
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False  # "Flight LS417" is not "Flight LS1204", nor "Stage 1" "Stage 2": codes are spelt exactly
    ta, tb = a.split(), b.split()
    if len(ta) == 1 and len(tb) > 1 and JaroWinkler.similarity(ta[0], tb[-1]) >= 0.95:
        return True
    if len(tb) == 1 and len(ta) > 1 and JaroWinkler.similarity(tb[0], ta[-1]) >= 0.95:
        return True
    return len(ta) == len(tb) and JaroWinkler.similarity(a, b) >= 0.93 and fuzz.ratio(a, b) >= 80


@dataclass(frozen=True)
class Candidate:
    """A candidate pair by claim index, before relating."""

    i: int
    j: int
    similarity: float
    fuzzy: float
    channels: tuple[str, ...]


def _topk_exact(vectors: np.ndarray, groups: np.ndarray, k: int, min_sim: float, block: int = 1024,
                asking: np.ndarray | None = None):
    """Exact neighbours, a block of rows at a time; `asking` (a boolean mask) limits the claims
    whose neighbours are looked up."""
    n = len(vectors)
    wanted = np.arange(n) if asking is None else np.flatnonzero(asking)
    for start in range(0, len(wanted), block):
        rows = wanted[start:start + block]
        sims = vectors[rows] @ vectors.T
        sims[groups[rows][:, None] == groups[None, :]] = -1.0
        kk = min(k, n - 1)
        if kk <= 0:
            return
        top = np.argpartition(-sims, kk - 1, axis=1)[:, :kk]
        top_sims = np.take_along_axis(sims, top, axis=1)
        keep = top_sims >= min_sim
        yield from zip(np.broadcast_to(rows[:, None], top.shape)[keep].tolist(),
                       top[keep].tolist(), top_sims[keep].tolist())


def _kmeans(vectors: np.ndarray, n_lists: int, iterations: int = 8, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centroids = vectors[rng.choice(len(vectors), n_lists, replace=False)].copy()
    sample = vectors[rng.choice(len(vectors), min(len(vectors), n_lists * 40), replace=False)]
    for _ in range(iterations):
        assign = np.argmax(sample @ centroids.T, axis=1)
        for c in range(n_lists):
            members = sample[assign == c]
            if len(members):
                mean = members.mean(axis=0)
                centroids[c] = mean / (np.linalg.norm(mean) or 1.0)
    return centroids


def _topk_ivf(vectors: np.ndarray, groups: np.ndarray, k: int, min_sim: float, n_probe: int = 3,
              asking: np.ndarray | None = None):
    """Approximate neighbours through an inverted-file index: work grows as n^1.5, not n^2.
    `asking` (a boolean mask) limits the claims whose neighbours are looked up."""
    n = len(vectors)
    n_lists = max(8, int(np.sqrt(n)))
    centroids = _kmeans(vectors, n_lists)
    affinity = vectors @ centroids.T
    home = np.argmax(affinity, axis=1)
    probes = np.argpartition(-affinity, n_probe - 1, axis=1)[:, :n_probe]
    members = [np.flatnonzero(home == c) for c in range(n_lists)]
    best: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for c in range(n_lists):
        probing = (probes == c).any(axis=1)
        queries = np.flatnonzero(probing if asking is None else probing & asking)
        targets = members[c]
        if not len(queries) or not len(targets):
            continue
        sims = vectors[queries] @ vectors[targets].T
        sims[groups[queries][:, None] == groups[targets][None, :]] = -1.0
        kk = min(k, len(targets))
        top = np.argpartition(-sims, kk - 1, axis=1)[:, :kk]
        top_sims = np.take_along_axis(sims, top, axis=1)
        keep = top_sims >= min_sim  # row by row, as a loop over queries and their top would go
        rows = np.broadcast_to(queries[:, None], top.shape)[keep].tolist()
        for q, sim, t in zip(rows, top_sims[keep].tolist(), targets[top[keep]].tolist()):
            best[q].append((sim, t))
    for q, found in best.items():
        for sim, j in sorted(found, reverse=True)[:k]:
            yield q, j, sim


def nearest_pairs(vectors: np.ndarray, groups: list[str], k: int, min_sim: float) -> dict[tuple[int, int], float]:
    """Each claim's k nearest claims from other articles with cosine >= min_sim."""
    if len(vectors) < 2:
        return {}
    return _neighbours(vectors, groups, k, min_sim)


def _neighbours(vectors: np.ndarray, groups: list[str], k: int, min_sim: float,
                asking: np.ndarray | None = None) -> dict[tuple[int, int], float]:
    """Neighbour pairs across groups, exact up to EXACT_LIMIT claims and through the inverted-file
    index above; `asking` limits the claims whose neighbours are looked up."""
    group_ids = np.unique(np.array(groups), return_inverse=True)[1]
    finder = _topk_exact if len(vectors) <= EXACT_LIMIT else _topk_ivf
    out: dict[tuple[int, int], float] = {}
    for i, j, sim in finder(vectors, group_ids, k, min_sim, asking=asking):
        out[(min(i, j), max(i, j))] = sim
    return out


def _tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3 and w not in STOP]


def shared_wording(a: str, b: str, cutoff: float = 0) -> float:
    """0-100: near-verbatim copy, or the shorter text (a quote of five words or more) found
    almost intact inside the longer ("needs to deal with this urgently"); 0 below `cutoff`."""
    score = fuzz.token_set_ratio(a, b, score_cutoff=cutoff)
    if score < 90 and min(len(a.split()), len(b.split())) >= 5:
        # the cut-off lets rapidfuzz stop early: only a near-intact quote matters here
        score = max(score, fuzz.partial_ratio(a.lower(), b.lower(), score_cutoff=88))
    return float(score)


def fuzzy_pairs(claims: list[Claim], threshold: float, max_bucket: int = 60) -> dict[tuple[int, int], float]:
    """Near-verbatim copies (wire copy, shared quotes), found by blocking on rare words."""
    df: dict[str, int] = defaultdict(int)
    token_lists = [_tokens(c.text) for c in claims]
    for tokens in token_lists:
        for t in set(tokens):
            df[t] += 1
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, tokens in enumerate(token_lists):
        if len(tokens) >= 3:
            for t in sorted(set(tokens), key=lambda w: (df[w], w))[:3]:
                buckets[t].append(index)
    out: dict[tuple[int, int], float] = {}
    seen: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2 or len(members) > max_bucket:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if claims[i].article_id == claims[j].article_id or (i, j) in seen:
                    continue
                seen.add((i, j))
                score = shared_wording(claims[i].text, claims[j].text, cutoff=threshold)
                if score >= threshold:
                    out[(i, j)] = score
    return out


def scale_pairs(claims: list[Claim], vectors: np.ndarray, min_sim: float) -> dict[tuple[int, int], float]:
    """"Isolated cases" against claims counting thousands: a characterisation conflict in the making."""
    small = [i for i, c in enumerate(claims) if MINIMISERS.search(c.text)]
    large = [i for i, c in enumerate(claims)
             if any(q.value >= 100 and not q.unit and q.counts for q in c.quantities) or LARGE.search(c.text)]
    return _across(claims, vectors, small, large, min_sim)


def _across(claims: list[Claim], vectors: np.ndarray, left: list[int], right: list[int],
            min_sim: float) -> dict[tuple[int, int], float]:
    """Every pair of a claim in `left` and one in `right` from another article, at `min_sim` or closer."""
    out: dict[tuple[int, int], float] = {}
    if not left or not right:
        return out
    sims = vectors[left] @ vectors[right].T
    for x, i in enumerate(left):
        for y, j in enumerate(right):
            if claims[i].article_id != claims[j].article_id and sims[x, y] >= min_sim:
                out[(min(i, j), max(i, j))] = float(sims[x, y])
    return out


# ruling something out (or saying it will not happen) and not ruling it out: see relate._ruled_out_or_open
RULE_OUT = re.compile(r"(?i)\bru(?:le|led|les|ling)\s+(?:\w+\s+){0,2}?out\b|\bexclud(?:e|ed|es|ing)\b")
LEFT_OPEN = re.compile(r"(?i)\b(?:not|n[’']t|never|declined to|refused to)\s+(?:\w+\s+){0,2}?ru(?:le|led)\s+"
                           r"(?:\w+\s+){0,2}?out\b")
WILL_NOT = re.compile(r"(?i)\b(?:will|would|is|was)\s+not\s+(?:be\s+)?|\bwon[’']t\s+")


def rule_out_pairs(claims: list[Claim], vectors: np.ndarray, min_sim: float) -> dict[tuple[int, int], float]:
    """Claims that do not rule something out with claims elsewhere that rule it out or say it will not
    happen: "we have not ruled out that a loss of power played a role" and "had ruled out any connection
    to a power outage" share few words."""
    open_ = [i for i, c in enumerate(claims) if LEFT_OPEN.search(c.text)]
    shut = [i for i, c in enumerate(claims) if rules_out(c)]
    return _across(claims, vectors, open_, shut, min_sim)


def rules_out(claim: Claim) -> bool:
    """The claim rules something out ("had ruled out any connection") or says it will not happen
    ("the bank would not pay"), and does not leave it open ("did not rule out")."""
    return not LEFT_OPEN.search(claim.text) and bool(
        (claim.polarity > 0 and RULE_OUT.search(claim.text)) or (claim.polarity < 0 and WILL_NOT.search(claim.text)))


# Undecided on an act, then reported doing it: "had not yet decided whether to send investigators" and
# "sent a team of nine investigators" share few words besides the act (see relate._decided_later).
UNDECIDED = re.compile(r"(?i)\b(?:(?:has|had|have)(?:\s+not|n[’']t)\s+(?:yet\s+)?decided|(?:is|was|were|are)\s+"
                       r"(?:still\s+)?(?:considering|weighing|deciding)|undecided(?:\s+on)?)\s+whether\s+(?:or\s+not\s+)?"
                       r"(?:to\s+|(?:it|they|he|she)\s+(?:would|will|should)\s+)?(?P<verb>[a-z]+)\s+(?P<what>[^,;.]{3,80})")
# acts one may be undecided on and later do in other words: launching an investigation is opening it
DONE_ALIKE = (frozenset(map(_stem, ("launch", "open", "begin", "start", "conduct", "initiate"))),)


def undecided(claim: Claim) -> tuple[str, frozenset[str]] | None:
    """(the act, folded, and the words of what it is done to) that the claim says is not yet decided."""
    return _undecided(claim.text)


@functools.lru_cache(maxsize=100_000)
def _undecided(text: str) -> tuple[str, frozenset[str]] | None:
    m = UNDECIDED.search(text)
    return (_stem(m.group("verb").lower()), content_words(m.group("what"))) if m else None


def done_as(act: str, claim: Claim) -> bool:
    """The claim reports doing the act (its own verb, or one of the same kind), not leaving it open."""
    done = _stem(claim.predicate)
    return claim.polarity > 0 and undecided(claim) is None and (
        done == act or any(act in group and done in group for group in DONE_ALIKE))


def pending_pairs(claims: list[Claim]) -> dict[tuple[int, int], float]:
    """Claims undecided on an act with claims elsewhere that report it done to the same thing."""
    open_ = {i: found for i, c in enumerate(claims) if (found := undecided(c))}
    if not open_:
        return {}
    acts = {act for act, _ in open_.values()}
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        if i in open_:
            buckets[open_[i][0]].append(i)
        else:
            for act in acts:
                if done_as(act, claim):
                    buckets[act].append(i)

    def test(a: Claim, b: Claim) -> bool:  # what is undecided is named in the act done
        return any(pending[1] & content_words(other.text)
                   for pending, other in ((undecided(a), b), (undecided(b), a)) if pending)
    return _within(claims, buckets, test)


def status_pairs(claims: list[Claim], vectors: np.ndarray, k: int) -> dict[tuple[int, int], float]:
    """Each claim about an official procedure with its nearest such claims elsewhere, however
    differently worded: "will assess whether further action may be required" and "launched an
    investigation" share few words."""
    subset = [i for i, c in enumerate(claims) if STATUS_WORDS.search(c.text)]
    if len(subset) < 2:
        return {}
    found = nearest_pairs(vectors[subset], [claims[i].article_id for i in subset], k, 0.15)
    return {(subset[i], subset[j]): sim for (i, j), sim in found.items()}


def denial_pairs(claims: list[Claim], vectors: np.ndarray, k: int, min_sim: float) -> dict[tuple[int, int], float]:
    """Each claim that denies or calls something false ("unlikely", "a hoax", "retracted") with its
    nearest claims elsewhere: the assertion it denies is worded differently and may not be among
    its ordinary neighbours."""
    asking = np.array([c.polarity < 0 or bool(DENIAL.search(c.text)) for c in claims], dtype=bool)
    if not asking.any():
        return {}
    return _neighbours(vectors, [c.article_id for c in claims], k, min_sim, asking=asking)


def actor_pairs(claims: list[Claim], index: EntityIndex, vectors: np.ndarray, min_sim: float,
                max_bucket: int = 40) -> dict[tuple[int, int], float]:
    """Claims by the same actor in different articles: where reversals and updates hide.

    A negated claim ("has not responded", "has not seen") pairs with any later claim by the
    same actor, however different the wording: the later one may be what reverses it."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        # every name in the subject, not only who acts: "an Australian man" meets "the spider in his skin"
        for key in index.actor_keys(claim) | index.keys(claim.actor) | index.speaker_keys(claim):
            buckets[key].append(i)
    out: dict[tuple[int, int], float] = {}
    for members in buckets.values():
        if len(members) < 2 or len(members) > max_bucket:
            continue
        sims = vectors[members] @ vectors[members].T
        for x, i in enumerate(members):
            for y in range(x + 1, len(members)):
                j = members[y]
                negated = claims[i].polarity < 0 or claims[j].polarity < 0
                if claims[i].article_id != claims[j].article_id and (sims[x, y] >= min_sim or negated):
                    out[(min(i, j), max(i, j))] = float(sims[x, y])
    return out


def number_pairs(claims: list[Claim], vectors: np.ndarray, k: int, min_sim: float) -> dict[tuple[int, int], float]:
    """Claims giving a figure for the same kind of quantity (a crater's depth, people, euros) in
    different articles, nearest first: where differing numbers hide behind different wording."""
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        # a radius and a size across are one measure (the one is half the other)
        keys = {(q.unit, "size" if q.counts == "radius" else counted_as(q)) for q in claim.quantities if q.unit or q.counts}
        # one exact figure ("47,860 people", "47,860 customers") whatever each says it counts
        keys |= {(q.unit, f"={q.value:g}") for q in claim.quantities if telling_figure(q)}
        # and one exact, unround count of one kind of thing ("168 passengers", "all 168 passengers")
        keys |= {("", f"{counted_as(q)}={q.value:g}") for q in claim.quantities
                 if q.counts and not q.unit and not q.approximate and q.value >= 10 and q.value % 10 != 0}
        for key in keys:
            buckets[key].append(i)
    out: dict[tuple[int, int], float] = {}
    for members in buckets.values():
        if len(members) < 2 or len({claims[i].article_id for i in members}) < 2:
            continue
        found = nearest_pairs(vectors[members], [claims[i].article_id for i in members], k, min_sim)
        out.update({(members[i], members[j]): sim for (i, j), sim in found.items()})
    return out


def post_pairs(claims: list[Claim]) -> dict[tuple[int, int], float]:
    """Claims in different articles that give one person different posts ("Tobias Brenner, Kestrel's
    chief privacy officer" / "… chief technology officer"): however little else they share."""
    told: dict[tuple[str, str, str], tuple[bool, int]] = {}  # one claim of a sentence is enough: the one
    for i, claim in enumerate(claims):                       # whose own words say who holds the post, else the first
        for surname, own_words in roles.surnames(claim).items():
            key = (claim.article_id, claim.sentence, surname)
            if key not in told or (own_words and not told[key][0]):
                told[key] = (own_words, i)
    buckets: dict[str, list[int]] = defaultdict(list)
    for (_, _, surname), (_, i) in sorted(told.items(), key=lambda item: item[1][1]):
        buckets[surname].append(i)
    return _within(claims, buckets, roles.post_conflict)


def _within(claims: list[Claim], buckets: dict[str, list[int]], test) -> dict[tuple[int, int], float]:
    """Every pair of claims of one bucket from two articles that `test(a, b)` holds for."""
    out: dict[tuple[int, int], float] = {}
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if claims[i].article_id != claims[j].article_id and test(claims[i], claims[j]):
                    out[(min(i, j), max(i, j))] = 0.0
    return out


def event_date_pairs(claims: list[Claim]) -> dict[tuple[int, int], float]:
    """Claims in different articles that date one of the story's happenings differently ("the March 3
    derailment" / "the derailment on the night of March 2"), however little else they share."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        for noun in events.event_dates(claim):
            buckets[noun].append(i)
    return _within(claims, buckets, events.dated_apart)


CHANNELS = ("actor", "date", "denial", "embedding", "fuzzy", "number", "pending", "post", "rule-out", "scale",
            "status")  # sorted


def candidate_pairs(claims: list[Claim], vectors: np.ndarray, index: EntityIndex, *, neighbours: int,
                    min_similarity: float, fuzzy_min: float, wording: bool = True) -> list[Candidate]:
    """Union of the channels, each pair once, with similarity and fuzzy score filled in
    (with wording=False the fuzzy score is -1 where the fuzzy channel did not measure it:
    relating measures it, in parallel on a large dossier)."""
    channels: dict[tuple[int, int], int] = defaultdict(int)  # a bit per channel that proposed it

    def proposed(pairs, name: str) -> None:
        bit = 1 << CHANNELS.index(name)
        for key in pairs:
            channels[key] |= bit

    proposed(nearest_pairs(vectors, [c.article_id for c in claims], neighbours, min_similarity), "embedding")
    fuzzy_scores = fuzzy_pairs(claims, fuzzy_min)
    proposed(fuzzy_scores, "fuzzy")
    proposed(actor_pairs(claims, index, vectors, min_similarity * 0.6), "actor")
    proposed(scale_pairs(claims, vectors, min_similarity * 0.75), "scale")
    proposed(status_pairs(claims, vectors, neighbours), "status")
    proposed(number_pairs(claims, vectors, neighbours, min_similarity * 0.6), "number")
    proposed(denial_pairs(claims, vectors, neighbours * 2, min_similarity), "denial")
    proposed(post_pairs(claims), "post")
    proposed(event_date_pairs(claims), "date")
    proposed(rule_out_pairs(claims, vectors, min_similarity * 0.6), "rule-out")
    proposed(pending_pairs(claims), "pending")
    names = {mask: tuple(name for bit, name in enumerate(CHANNELS) if mask >> bit & 1)
             for mask in set(channels.values())}
    keys = sorted(channels)
    sims = np.empty(len(keys), dtype=np.float32)
    for start in range(0, len(keys), 20_000):  # row-wise dot products, a block at a time
        rows = np.array(keys[start:start + 20_000], dtype=np.int64).reshape(-1, 2)
        sims[start:start + len(rows)] = np.einsum("ij,ij->i", vectors[rows[:, 0]], vectors[rows[:, 1]])
    out = []
    for (i, j), sim in zip(keys, sims.tolist()):
        fz = fuzzy_scores.get((i, j)) or (shared_wording(claims[i].text, claims[j].text) if wording else -1.0)
        out.append(Candidate(i, j, sim, fz, names[channels[(i, j)]]))
    return out
