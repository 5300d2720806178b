"""Stance features for a (claim, body) pair: embedding similarity, lexical overlap and cue words.

Model work stays outside: every function here takes vectors from an `embed_texts`
callable, so tests can pass hand-made vectors and the training and serving paths
share one feature definition.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
from rapidfuzz import fuzz

EmbedTexts = Callable[[Sequence[str]], np.ndarray]

TOP_K = 3  # best-matching body sentences that form the "window" around the claim
MAX_SENTENCES = 120  # longer bodies are cut; the stance is almost always stated early
LEAD_CHARS = 1500  # the body lead embedded as one text (MiniLM reads ~256 word pieces)
FUZZ_CHARS = 1000  # body lead length compared character-wise with rapidfuzz

# Cue lexicons. Multi-word cues are matched as phrases; every cue on word boundaries.
CUES: dict[str, tuple[str, ...]] = {
    "refute": (
        "fake", "fakes", "faked", "hoax", "hoaxes", "false", "falsely", "deny", "denies", "denied",
        "denying", "denial", "debunk", "debunked", "debunks", "debunking", "not true", "no evidence",
        "untrue", "fabricated", "fabrication", "bogus", "myth", "satire", "satirical", "prank",
        "made up", "misleading", "refute", "refuted", "refutes", "baseless", "not real",
        "never happened", "no truth", "rejected", "rejects", "fraud", "scam", "nonsense",
        "incorrect", "spoof", "parody", "photoshopped", "doctored", "dismissed", "dismisses",
        "retracted", "no proof", "not the case", "is not", "was not", "isn't", "wasn't",
    ),
    "hedge": (
        "reportedly", "allegedly", "alleged", "claims", "claimed", "claim", "unconfirmed",
        "according to", "may", "might", "could", "purportedly", "purported", "apparently",
        "rumor", "rumors", "rumour", "rumours", "rumored", "rumoured", "suggests", "suspected",
        "possibly", "likely", "unverified", "believed", "appears", "seems", "speculation",
        "speculated", "supposedly", "unclear", "if true", "not yet",
    ),
    "discuss": (
        "said", "says", "told", "report", "reports", "reported", "sources", "source", "statement",
        "spokesman", "spokeswoman", "spokesperson", "insisted", "stated", "added", "explained",
        "posted", "tweeted", "interview", "investigation", "investigating", "questions", "asked",
    ),
    "support": (
        "confirmed", "confirms", "confirm", "officially", "official", "announced", "verified",
        "proof", "revealed", "reveals", "shows", "footage", "indeed", "true", "truth", "real",
        "authentic", "genuine", "admitted", "admits",
    ),
    "negation": (
        "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "cannot",
        "n't",
    ),
}
CUE_KINDS = tuple(CUES)

# Cues by meaning rather than spelling: each sentence's best cosine to these sentences.
PROTOTYPES: dict[str, tuple[str, ...]] = {
    "refute": (
        "The story is a hoax and the claim is false.",
        "Officials denied the report.",
        "There is no evidence that this happened.",
        "The photo is fake and has been debunked.",
        "The website that published it is satirical.",
    ),
    "unverified": (
        "It is unclear whether the report is true.",
        "The claim could not be independently verified.",
        "Reports suggest it happened but it has not been confirmed.",
    ),
    "support": (
        "Officials confirmed that it happened.",
        "The report is true.",
        "Video footage shows it happened.",
    ),
}
PROTOTYPE_KINDS = tuple(PROTOTYPES)
RELEVANT_MARGIN = 0.15  # sentences within this cosine of the best one count as "about the claim"


def _cue_pattern(words: Sequence[str]) -> re.Pattern:
    parts = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])")


CUE_PATTERNS = {kind: _cue_pattern(words) for kind, words in CUES.items()}
# "n't" sits inside a word ("didn't"), so negation gets its own suffix rule.
CONTRACTED_NOT = re.compile(r"\w+n't\b|\bcannot\b")

STOPWORDS = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being it its
this that these those he she they we you i his her their our your my me him them us not no
has have had do does did will would shall should can could may might must so than then there
here who whom whose which what when where why how all any each more most some such only own same
too very just also into over after before about up down out off again further once s t
""".split())

TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]{2,}")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\s*\n+\s*")


def split_sentences(text: str) -> list[str]:
    """Sentences of a news body, by punctuation and line breaks; tiny fragments dropped."""
    parts = (p.strip() for p in SENTENCE_BREAK.split(text or ""))
    sentences = [p for p in parts if len(p) >= 8 and any(c.isalpha() for c in p)]
    return sentences[:MAX_SENTENCES] or [(text or "").strip() or "(empty)"]


def stem(word: str) -> str:
    """Crude suffix stripper: enough to match 'denied'/'denies', 'reports'/'reported'."""
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""),
                         ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + repl
    return word


def content_tokens(text: str) -> list[str]:
    return [t for t in TOKEN.findall(text.lower()) if t not in STOPWORDS]


def cue_counts(text: str) -> np.ndarray:
    """How often each cue kind occurs in `text`, in CUE_KINDS order."""
    lower = text.lower().replace("’", "'")
    counts = [len(CUE_PATTERNS[kind].findall(lower)) for kind in CUE_KINDS]
    counts[CUE_KINDS.index("negation")] += len(CONTRACTED_NOT.findall(lower))
    return np.array(counts, dtype=np.float32)


def numbers_in(text: str) -> frozenset[str]:
    return frozenset(n.replace(",", "") for n in NUMBER.findall(text))


def capitalised_in(text: str) -> frozenset[str]:
    """Capitalised words not opening a sentence: a cheap stand-in for named entities."""
    return frozenset(w.lower() for w in CAPITALISED.findall(text))


@dataclass(frozen=True)
class TextInfo:
    """What the features need of a claim or of a body, computed once per distinct text."""

    text: str
    sentences: tuple[str, ...]
    sentence_vectors: np.ndarray  # (n_sentences, dim); for a claim: one row, the claim itself
    lead_vector: np.ndarray
    stems: frozenset[str]
    sentence_stems: tuple[frozenset[str], ...]
    numbers: frozenset[str]
    sentence_numbers: tuple[frozenset[str], ...]
    entities: frozenset[str]
    sentence_cues: np.ndarray  # (n_sentences, len(CUE_KINDS))
    sentence_prototypes: np.ndarray  # (n_sentences, len(PROTOTYPE_KINDS)) best cosine per kind
    n_tokens: int


def prototype_vectors(embed_texts: EmbedTexts) -> list[np.ndarray]:
    """Embedded PROTOTYPES, one (n_prototypes, dim) array per kind in PROTOTYPE_KINDS order."""
    flat = [text for kind in PROTOTYPE_KINDS for text in PROTOTYPES[kind]]
    vectors, out, start = embed_texts(flat), [], 0
    for kind in PROTOTYPE_KINDS:
        out.append(vectors[start:start + len(PROTOTYPES[kind])])
        start += len(PROTOTYPES[kind])
    return out


def describe_texts(texts: Sequence[str], embed_texts: EmbedTexts, as_body: bool,
                   prototypes: list[np.ndarray] | None = None) -> list[TextInfo]:
    """TextInfo for each text; bodies are split into sentences, claims kept whole."""
    prototypes = prototypes if prototypes is not None else prototype_vectors(embed_texts)
    split = [split_sentences(t) if as_body else [(t or "").strip() or "(empty)"] for t in texts]
    flat = [s for sentences in split for s in sentences]
    vectors = embed_texts(flat) if flat else np.zeros((0, 1), dtype=np.float32)
    leads = embed_texts([(t or "")[:LEAD_CHARS] or "(empty)" for t in texts]) if as_body else None
    infos, start = [], 0
    for i, (text, sentences) in enumerate(zip(texts, split)):
        sentence_vectors = vectors[start:start + len(sentences)]
        start += len(sentences)
        tokens = content_tokens(text)
        infos.append(TextInfo(
            text=text,
            sentences=tuple(sentences),
            sentence_vectors=sentence_vectors,
            lead_vector=leads[i] if leads is not None else sentence_vectors[0],
            stems=frozenset(stem(t) for t in tokens),
            sentence_stems=tuple(frozenset(stem(t) for t in content_tokens(s)) for s in sentences),
            numbers=numbers_in(text),
            sentence_numbers=tuple(numbers_in(s) for s in sentences),
            entities=capitalised_in(text),
            sentence_cues=np.stack([cue_counts(s) for s in sentences]),
            sentence_prototypes=np.stack([(sentence_vectors @ p.T).max(axis=1)
                                          for p in prototypes], axis=1),
            n_tokens=len(tokens),
        ))
    return infos


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


FEATURE_NAMES: tuple[str, ...] = (
    "sim_max", "sim_top3_mean", "sim_std", "sim_mean", "sim_gap", "sim_lead", "sim_first",
    "sim_share_above_05", "best_position", "best_index", "body_sentences_log",
    "stem_jaccard", "stem_coverage", "window_stem_coverage", "best_stem_coverage",
    "fuzz_partial_best", "fuzz_token_set_best", "fuzz_token_set_lead",
    "claim_numbers", "number_coverage", "window_number_coverage", "window_number_mismatch",
    "claim_entities", "entity_coverage", "window_entity_coverage",
    "claim_tokens", "claim_question",
    *(f"claim_{kind}" for kind in CUE_KINDS),
    *(f"body_{kind}_rate" for kind in CUE_KINDS),
    *(f"body_{kind}_any" for kind in CUE_KINDS),
    *(f"lead_{kind}" for kind in CUE_KINDS),
    *(f"window_{kind}" for kind in CUE_KINDS),
    *(f"best_{kind}" for kind in CUE_KINDS),
    "negation_mismatch", "window_refute_x_sim", "sim_refute_sentences_max",
    "sim_hedge_sentences_max", "sim_support_sentences_max",
    *(f"relevant_{kind}_rate" for kind in CUE_KINDS),
    *(f"claim_proto_{kind}" for kind in PROTOTYPE_KINDS),
    *(f"body_proto_{kind}_max" for kind in PROTOTYPE_KINDS),
    *(f"lead_proto_{kind}_max" for kind in PROTOTYPE_KINDS),
    *(f"window_proto_{kind}_max" for kind in PROTOTYPE_KINDS),
    *(f"relevant_proto_{kind}_mean" for kind in PROTOTYPE_KINDS),
)


def pair_features(claim: TextInfo, body: TextInfo) -> np.ndarray:
    """One feature row, in FEATURE_NAMES order, for a claim against a body."""
    claim_vector = claim.sentence_vectors[0]
    sims = body.sentence_vectors @ claim_vector
    order = np.argsort(-sims, kind="stable")
    window = order[:TOP_K]
    best = int(order[0])
    top = sims[window]
    n_sent = len(sims)

    window_stems = frozenset().union(*(body.sentence_stems[i] for i in window))
    window_numbers = frozenset().union(*(body.sentence_numbers[i] for i in window))
    window_text = " ".join(body.sentences[i] for i in window)
    window_entities = capitalised_in(window_text)
    best_sentence = body.sentences[best]
    lead = body.text[:FUZZ_CHARS]

    cues = body.sentence_cues
    window_cues = cues[window].sum(axis=0)
    best_cues = cues[best]
    lead_cues = cues[:TOP_K].sum(axis=0)
    claim_cues = claim.sentence_cues[0]
    neg = CUE_KINDS.index("negation")
    proto = body.sentence_prototypes
    relevant = sims >= sims.max() - RELEVANT_MARGIN

    def sim_where(kind: str) -> float:
        mask = cues[:, CUE_KINDS.index(kind)] > 0
        return float(sims[mask].max()) if mask.any() else -1.0

    shared_stems = len(claim.stems & body.stems)
    row = [
        float(sims.max()), float(top.mean()), float(sims.std()), float(sims.mean()),
        float(top[0] - top[1]) if n_sent > 1 else 0.0,
        float(body.lead_vector @ claim_vector), float(sims[0]),
        float((sims > 0.5).mean()), best / n_sent, float(min(best, 20)), float(np.log1p(n_sent)),
        _ratio(shared_stems, len(claim.stems | body.stems)),
        _ratio(shared_stems, len(claim.stems)),
        _ratio(len(claim.stems & window_stems), len(claim.stems)),
        _ratio(len(claim.stems & body.sentence_stems[best]), len(claim.stems)),
        fuzz.partial_ratio(claim.text.lower(), best_sentence.lower()) / 100.0,
        fuzz.token_set_ratio(claim.text, best_sentence) / 100.0,
        fuzz.token_set_ratio(claim.text, lead) / 100.0,
        float(len(claim.numbers)),
        _ratio(len(claim.numbers & body.numbers), len(claim.numbers)),
        _ratio(len(claim.numbers & window_numbers), len(claim.numbers)),
        float(bool(claim.numbers) and bool(window_numbers) and not claim.numbers & window_numbers),
        float(len(claim.entities)),
        _ratio(len(claim.entities & {e.lower() for e in body.entities}), len(claim.entities)),
        _ratio(len(claim.entities & window_entities), len(claim.entities)),
        float(claim.n_tokens), float("?" in claim.text),
        *claim_cues,
        *(cues.sum(axis=0) / n_sent),
        *(cues.sum(axis=0) > 0).astype(np.float32),
        *lead_cues, *window_cues, *best_cues,
        float((claim_cues[neg] > 0) != (window_cues[neg] > 0)),
        float(window_cues[CUE_KINDS.index("refute")] * top.mean()),
        sim_where("refute"), sim_where("hedge"), sim_where("support"),
        *cues[relevant].mean(axis=0),
        *claim.sentence_prototypes[0],
        *proto.max(axis=0), *proto[:TOP_K].max(axis=0), *proto[window].max(axis=0),
        *proto[relevant].mean(axis=0),
    ]
    return np.asarray(row, dtype=np.float32)


def feature_matrix(claims: Sequence[str], bodies: Sequence[str], embed_texts: EmbedTexts,
                   progress: bool = False) -> np.ndarray:
    """Feature rows for aligned claim/body pairs; each distinct text is described once."""
    if len(claims) != len(bodies):
        raise ValueError(f"{len(claims)} claims but {len(bodies)} bodies; pairs must align")
    if not claims:
        return np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32)
    unique_bodies = list(dict.fromkeys(bodies))
    unique_claims = list(dict.fromkeys(claims))
    prototypes = prototype_vectors(embed_texts)
    body_info = dict(zip(unique_bodies,
                         describe_texts(unique_bodies, embed_texts, True, prototypes)))
    claim_info = dict(zip(unique_claims,
                          describe_texts(unique_claims, embed_texts, False, prototypes)))
    pairs = zip(claims, bodies)
    if progress:
        from tqdm import tqdm
        pairs = tqdm(pairs, total=len(claims), desc="stance features", unit="pair")
    return np.stack([pair_features(claim_info[c], body_info[b]) for c, b in pairs])
