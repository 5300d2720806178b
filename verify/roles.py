"""Posts people hold, as each article names them: "Tobias Brenner, Kestrel's chief privacy officer"
in one article and "Tobias Brenner, Kestrel's chief technology officer" in another is a role conflict.

Only posts one person holds one of at a time are compared (a chief executive is not also the chief
operating officer); a sentence giving a person two of them ("president and chief executive") says
nothing against either.
"""
from __future__ import annotations

import functools
import re

from .records import Claim

# one post each, however it is written
POSTS = {
    "chief executive": r"chief executive(?: officer)?|ceo",
    "chief operating officer": r"chief operating officer|coo",
    "chief technology officer": r"chief technology officer|chief technical officer|cto",
    "chief financial officer": r"chief financial officer|cfo",
    "chief privacy officer": r"chief privacy officer",
    "chief information security officer": r"chief information security officer|ciso",
    "chief information officer": r"chief information officer",
    "vice president": r"(?:senior |executive )?vice[- ]president",
    # public offices, each written before or after the name ("Brennard Fire Chief Rick Amundsen",
    # "Ray Gauthier, deputy chief of the … Paramedic Service")
    "deputy director-general": r"deputy director[- ]general",
    "director-general": r"director[- ]general",
    "deputy commissioner": r"deputy commissioner|assistant commissioner",
    "commissioner": r"(?<!deputy )(?<!assistant )commissioner",
    "deputy fire chief": r"deputy fire chief",
    "fire chief": r"(?<!deputy )fire chief",
    "deputy chief": r"deputy chief(?! executive)",
    "police chief": r"police chief|chief constable",
    "emergency management director": r"emergency management director|director of emergency management",
    "sheriff": r"(?<!deputy )sheriff",
    "deputy mayor": r"deputy mayor",
    "mayor": r"(?<!deputy )mayor",
    "chair": r"chair(?:man|woman|person)?(?! of the (?:\w+ )?committee)",
    "board member": r"board member|member of the board",
    # legislators, by chamber ("Sen. Marcus Eberly" / "Rep. Marcus Eberly")
    "senator": r"senator|sen",  # "Sen." (the dot is read after the post)
    "representative": r"representative|rep|congress(?:man|woman)",
}
# Posts of one kind exclude each other (a fire chief is no emergency management director, a chair is
# no mere board member); posts of two kinds may be one person's at once (a chair may be the chief executive).
FAMILY = {"chief executive": "officer", "chief operating officer": "officer", "chief technology officer": "officer",
          "chief financial officer": "officer", "chief privacy officer": "officer",
          "chief information security officer": "officer", "chief information officer": "officer",
          "vice president": "officer",
          "chair": "board", "board member": "board", "senator": "legislator", "representative": "legislator"}
_POST = "|".join(f"(?:{p})" for p in POSTS.values())
_NAME = r"[A-Z](?:[^\W\d_]|['’-])+(?:\s+(?:[A-Z]\.\s+)?[A-Z](?:[^\W\d_]|['’-])+){1,2}"  # "Ciarán Mulvey"
_OWNER = (r"(?:the\s+|a\s+|its\s+|(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+|the\s+\w+['’]s\s+)?"
          r"(?:(?i:president|founder|co-founder)\s+and\s+)?")  # "Corvane's president and chief executive"
# "Tobias Brenner, Kestrel's chief privacy officer", "Chief operating officer Conor Whelehan",
# "the railroad's chief executive, Gregory Alston"
NAME_THEN_POST = re.compile(rf"(?P<name>{_NAME}),\s+{_OWNER}(?P<post>(?i:{_POST}))\b")
POST_THEN_NAME = re.compile(rf"\b(?P<post>(?i:{_POST}))\.?,?\s+(?P<name>{_NAME})")
NAME_IS_POST = re.compile(rf"(?P<name>{_NAME})\s+(?:is|was)\s+{_OWNER}(?P<post>(?i:{_POST}))\b")  # "Kessling is Fire Chief"
AND_POST = re.compile(rf"\s+and\s+(?:the\s+)?(?P<post>(?i:{_POST}))\b")
POST_REASON = "different posts for "  # how a post conflict's reasons start
_CODES = {name: re.compile(rf"(?i)^(?:{pattern})$") for name, pattern in POSTS.items()}
_MENTIONS = {name: re.compile(rf"(?i)\b(?:{pattern})\b") for name, pattern in POSTS.items()}


def _code(surface: str) -> str:
    return next(name for name, pattern in _CODES.items() if pattern.match(" ".join(surface.split())))


@functools.lru_cache(maxsize=50_000)
def posts(sentence: str) -> tuple[tuple[str, str], ...]:
    """(person, post) for each person the sentence gives one post of POSTS."""
    found: dict[str, set[str]] = {}
    for pattern in (NAME_THEN_POST, POST_THEN_NAME, NAME_IS_POST):
        for m in pattern.finditer(sentence):
            name = m.group("name")
            if not name[:1].isupper() or name.split()[0].lower() in ("chief", "the", "a"):
                continue
            held = found.setdefault(name, set())
            held.add(_code(m.group("post")))
            also = AND_POST.match(sentence, m.end("post"))
            if also:
                held.add(_code(also.group("post")))  # "chief executive and chief operating officer": two
    return tuple((name, next(iter(held))) for name, held in found.items() if len(held) == 1)


def bare_post(words: str) -> bool:
    """A post named without whose it is: "CEO", "chief executive" (not "chief executive of MGM")."""
    return bool(re.fullmatch(rf"(?i)(?:the\s+)?(?:{_POST})", " ".join(words.split())))


def _one_person(x: str, y: str) -> bool:
    """The same person, allowing a misspelt first name ("Kier"/"Keir") but not another surname."""
    wx, wy = x.lower().split(), y.lower().split()
    if wx[-1] != wy[-1]:
        return False
    return len(wx) == 1 or len(wy) == 1 or wx[0] == wy[0] or sorted(wx[0]) == sorted(wy[0])


def _tells(words: str | None, name: str, post: str) -> bool:
    """These words name the person (by surname) and the post."""
    return bool(words) and name.split()[-1] in words and bool(_MENTIONS[post].search(words))


def _names_them(claim: Claim, name: str, post: str) -> bool:
    """The claim itself (its words or its speaker), not only its sentence, names the person and the post."""
    return _tells(claim.text, name, post) or _tells(claim.speaker, name, post)


def post_conflict(a: Claim, b: Claim) -> str | None:
    """One person given two different posts by two articles, or None."""
    for name_a, post_a in posts(a.sentence):
        for name_b, post_b in posts(b.sentence):
            if post_a != post_b and FAMILY.get(post_a, "office") == FAMILY.get(post_b, "office") \
                    and _one_person(name_a, name_b) and _names_them(a, name_a, post_a) \
                    and _names_them(b, name_b, post_b):
                return f"{POST_REASON}{name_a}: {post_a} vs {post_b}"
    return None


def holders_differ(a: Claim, b: Claim) -> str | None:
    """Two claims that each name who holds a post, naming different people ("Tom Kessling is Fire
    Chief", "Rick Amundsen is Fire Chief"): not one statement, whatever their wording shares."""
    for name_a, post_a in posts(a.text):
        for name_b, post_b in posts(b.text):
            if post_a == post_b and not _one_person(name_a, name_b):
                return f"different people given one post ({post_a}): {name_a} vs {name_b}"
    return None


def surnames(claim: Claim) -> dict[str, bool]:
    """The surnames of the people the claim names with a post of POSTS its sentence gives them, each
    with whether the claim's own words (not only its speaker) name them so ("Conor Whelehan is Chief
    operating officer")."""
    out: dict[str, bool] = {}
    for name, post in posts(claim.sentence):
        if _names_them(claim, name, post):
            surname = name.split()[-1].lower()
            out[surname] = out.get(surname, False) or _tells(claim.text, name, post)
    return out
