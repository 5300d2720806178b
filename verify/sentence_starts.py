"""No sentence starts in the middle of a sentence: a rule the parser is given before it parses.

The parser sometimes ends a sentence where none ends: after an editor's insertion ("Tom Brokaw
and [former NBC News President] || Steve Capus knew …"), before "and" ("The next thing we wake
up || and he's famous"), inside a name ("Abu Bakr al- || Baghdadi"). The claims of both halves
are then wrong: the attribution at the end no longer reaches the statement, and the second half
has no subject. Within a paragraph, no sentence may start right after a word, a number or a
comma (closing quotes looked through, a bracketed insertion looked past), nor inside a word cut
by a hyphen; after other punctuation (a full stop, a dateline's dash: "SYDNEY -", "(CNN) --"),
a bracket that opens the paragraph ("(MENAFN)") or a line break, one may. A capitalised word after a
clock's "p.m." that names nothing starts one ("at 4:30 p.m. Homes within a mile were told …"). The
parser honours the rule and still chooses every other boundary itself.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

CLOSING_QUOTES = {"”", "’", '"', "'", "»"}
BRACKETS = {")": "(", "]": "["}


def _may_start(texts: list[str], i: int) -> bool:
    """Whether a sentence may start at token i, given the paragraph's token texts."""
    j, line_break = i - 1, False
    while j >= 0 and texts[j].isspace():
        line_break |= "\n" in texts[j]
        j -= 1
    if j >= 0 and _hyphen_cut(texts[j]):
        return False  # "al-" then "Baghdadi": one name, cut at the end of a line
    if line_break:
        return True
    while j >= 0 and texts[j] in CLOSING_QUOTES:
        j -= 1
    if j < 0:
        return True
    if texts[j] in BRACKETS:
        closing, opening, depth, k = texts[j], BRACKETS[texts[j]], 0, j
        while k >= 0:  # back to the bracket that opens this group
            depth += (texts[k] == closing) - (texts[k] == opening)
            if depth == 0:
                break
            k -= 1
        if k <= 0:
            return True  # "(MENAFN) The European Commission …": a dateline before the sentence
        j = k - 1
        while j >= 0 and texts[j].isspace():
            j -= 1
        if j < 0:
            return True
    text = texts[j]
    return not (text[-1:].isalnum() or text == "," or _hyphen_cut(text))


def _hyphen_cut(text: str) -> bool:
    return len(text) > 1 and text.endswith("-") and text[-2].isalpha()


# A clock time's "a.m."/"p.m." keeps its full stop when it ends a sentence: "… flared at about 4:30
# p.m. Homes within a mile …" is two sentences; "4:30 p.m. Tuesday", "3 p.m. Dallas time" are one.
CLOCK_ENDS = {"a.m.", "p.m.", "A.M.", "P.M."}
NOT_AFTER_CLOCK = {"Eastern", "Pacific", "Central", "Mountain", "Atlantic", "GMT", "UTC", "BST", "CET", "ET", "PT",
                   "CT", "MT", "EST", "EDT", "PST", "PDT", "CST", "CDT", "IST", "AEST", "AEDT"}


def _ends_at_clock(doc: Doc, i: int) -> bool:
    """Token i starts a sentence after a clock time: capitalised, neither a name (a day, a month, a
    place: tagged NNP) nor a time zone."""
    tok = doc[i]
    return (i >= 1 and doc[i - 1].text in CLOCK_ENDS and tok.text[:1].isupper() and tok.tag_ not in ("NNP", "NNPS")
            and tok.text not in NOT_AFTER_CLOCK)


@Language.component("verify_sentence_starts")
def sentence_starts(doc: Doc) -> Doc:
    texts = [t.text for t in doc]
    for i in range(1, len(texts)):
        if texts[i].isspace():
            continue
        if _ends_at_clock(doc, i):
            doc[i].is_sent_start = True
        elif not _may_start(texts, i):
            doc[i].is_sent_start = False
    return doc


def install(nlp: Language) -> None:
    nlp.add_pipe("verify_sentence_starts", before="parser")
