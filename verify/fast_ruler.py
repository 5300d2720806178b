"""spaCy's attribute ruler (tag -> part of speech, morphology, a few lemmas), applied faster.

The English model's attribute ruler is 179 one- and two-token patterns run through spaCy's
Matcher, whose set and regex predicates call back into Python at every token: a sixth of the
whole parse. This applies the very same patterns, in the same order and with spaCy's own
attribute setter, but tests each pattern only on tokens it can match (indexed by tag and
lower-case form) and remembers the outcome for each (tag, word, dependency) seen. The result is
identical token for token (`tests/test_claims.py` checks it against the stock ruler); a pattern
it does not understand makes it keep the stock ruler instead.
"""
from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
KEY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
FOLDED = (POS, MORPH, LEMMA)  # what the patterns set on ordinary tokens, written in one pass


class Unsupported(ValueError):
    """A pattern uses a key or operator this ruler does not implement."""


def _test(value):
    """A predicate over one token attribute from a Matcher pattern value."""
    if isinstance(value, (str, bool)):
        return lambda got: got == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda got: got in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda got: got not in banned
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda got: pattern.search(got) is not None
    raise Unsupported(f"pattern value {value!r}")


class _Token:
    """One token position of a pattern: a test per attribute it names."""

    def __init__(self, spec: dict):
        if set(spec) - set(KEYS):
            raise Unsupported(f"pattern keys {sorted(spec)}")
        self.tests = [(KEYS.index(key), _test(value)) for key, value in spec.items()]

    def matches(self, key: tuple) -> bool:
        return all(test(key[i]) for i, test in self.tests)


def _anchors(spec: dict, key: str):
    """The values a pattern token must have for `key`, or None if any value may do."""
    value = spec.get(key)
    if isinstance(value, str):
        return (value,)
    if isinstance(value, dict) and set(value) == {"IN"}:
        return tuple(value["IN"])
    return None


class FastAttributeRuler:
    def __init__(self, ruler):
        # `order` is the pattern's place among the stock ruler's add() calls: a later one overrides
        # an earlier one on the same token, as in AttributeRuler.match. One-token patterns are
        # indexed by the tag or word they need; two-token ones are (order, tokens, index, attrs).
        self.single_by_tag: dict[str, list] = defaultdict(list)
        self.single_by_lower: dict[str, list] = defaultdict(list)
        self.single_general: list = []
        self.multi: list = []
        for order, entry in enumerate(ruler.patterns):
            attrs = ruler.attrs[order]
            for alternative in entry["patterns"]:
                tokens = [_Token(spec) for spec in alternative]
                index = entry["index"] if entry["index"] >= 0 else len(tokens) + entry["index"]
                if not 0 <= index < len(tokens):
                    raise Unsupported(f"index {entry['index']} of {alternative}")
                if len(tokens) > 1:
                    self.multi.append((order, tokens, index, attrs))
                    continue
                item = (order, tokens[0], attrs)
                tags, lowers = _anchors(alternative[0], "TAG"), _anchors(alternative[0], "LOWER")
                if tags:
                    for tag in tags:
                        self.single_by_tag[tag].append(item)
                elif lowers:
                    for lower in lowers:
                        self.single_by_lower[lower].append(item)
                else:
                    self.single_general.append(item)
        self.multi_specs = [(m, k, token) for m, (_, tokens, _, _) in enumerate(self.multi)
                            for k, token in enumerate(tokens)]
        self.strings = ruler.vocab.strings
        self._memo: dict[tuple, tuple] = {}

    def _lookup(self, ids: tuple) -> tuple:
        """For one token's (tag, lower, dep, is_space) ids: the single-token entries that match
        it in order, their POS/MORPH/LEMMA settings folded, whether any sets something else,
        and which positions of the two-token patterns it could fill."""
        found = self._memo.get(ids)
        if found is None:
            key = (self.strings[ids[0]], self.strings[ids[1]], self.strings[ids[2]], bool(ids[3]))
            candidates = self.single_by_tag.get(key[0], []) + self.single_by_lower.get(key[1], []) \
                + self.single_general
            hits = sorted({order: attrs for order, token, attrs in candidates if token.matches(key)}.items())
            folded: dict[int, int] = {}
            for _, attrs in hits:
                folded.update(attrs)
            special = bool(set(folded) - set(FOLDED))
            updates = tuple((FOLDED.index(attr), value) for attr, value in folded.items() if attr in FOLDED)
            multi = frozenset((m, k) for m, k, token in self.multi_specs if token.matches(key))
            found = self._memo[ids] = (hits, updates, special, multi)
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        looked = [self._lookup(tuple(ids)) for ids in doc.to_array(KEY_ATTRS).tolist()]
        extra: dict[int, list] = {}  # token -> (order, attrs) of two-token patterns that set it
        for start, (_, _, _, multi) in enumerate(looked):
            for m, k in multi:
                order, tokens, index, attrs = self.multi[m]
                if k == 0 and start + len(tokens) <= len(looked) and all(
                        (m, j) in looked[start + j][3] for j in range(1, len(tokens))):
                    extra.setdefault(start + index, []).append((order, attrs))
        values = doc.to_array(list(FOLDED)).tolist()
        for row, (_, updates, _, _) in zip(values, looked):
            for column, value in updates:
                row[column] = value
        doc.from_array(list(FOLDED), np.array(values, dtype="uint64"))
        for i, (hits, _, special, _) in enumerate(looked):
            if special or i in extra:  # rare: whitespace tokens, "gonna", "let's": spaCy's own way
                for _, attrs in sorted(hits + extra.get(i, []), key=lambda item: item[0]):
                    set_token_attrs(doc[i], attrs)
        return doc


@Language.factory("verify_attribute_ruler")
def _make_fast_ruler(nlp, name):  # no annotations: spaCy reads them to validate its config
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


def install(nlp: Language) -> bool:
    """Put the fast ruler in place of the stock one; False (stock ruler kept) if it can't be."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe("verify_attribute_ruler", before="attribute_ruler")
    except Unsupported:
        return False
    nlp.disable_pipe("attribute_ruler")
    return True
