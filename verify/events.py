"""The dates articles give the story's happenings: "the March 3 derailment" in one article and "the
derailment on the night of March 2" in another date one event two ways.

Only happenings a story has one of are dated here (a derailment, a fire, an emergency landing);
one qualified as another ("a second fire", "an earlier leak") is a different happening.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from .records import Claim

# happenings a developing story is about, each once: not a recall, an evacuation or a vote, which
# have steps of their own (begun, widened, lifted)
EVENT_NOUNS = ("derailment", "fire", "blaze", "explosion", "blast", "emergency landing", "crash", "collapse",
               "cyberattack", "cyber attack", "attack", "breach", "outage", "spill", "dam failure", "outbreak",
               "shooting", "storm", "flood", "earthquake", "collision", "accident", "blackout")
# two names for one happening
SAME_HAPPENING = {"blackout": "outage", "blaze": "fire", "blast": "explosion", "cyber attack": "cyberattack"}
_NOUN = "|".join(n.replace(" ", r"\s+") for n in sorted(EVENT_NOUNS, key=len, reverse=True))
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DATE = rf"(?:(?:{_DAY},?\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|(?:{_DAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})"
# "the March 3 derailment", "The Sunday, March 8 emergency landing", "the Oct. 6 fire"
DATE_BEFORE = re.compile(rf"\b(?P<date>{DATE}),?\s+(?P<noun>{_NOUN})\b")
# "the derailment on the night of March 2", "the fire on Oct. 7"
# "the cascading outage that began late on the afternoon of Sunday, July 12", "the outage began on July 13"
_BEGAN = (r"(?:\s+(?:that|which))?\s+(?:began|started|happened|occurred|struck|erupted|broke out)"
          r"(?:\s+(?:late|early|shortly))?")
DATE_AFTER = re.compile(rf"\b(?i:the|a|an)\s+(?:(?i:[a-z-]+)\s+)?(?P<noun>{_NOUN})"
                        rf"(?:\s+(?:at|in|near|outside)\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}?)?(?:{_BEGAN})?"
                        rf"\s*(?:on\s+)?(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?(?P<date>{DATE})\b")
# a happening told of on a date ("notified it of a possible breach on Sept. 14"): the date is the telling's
TOLD_OF = re.compile(r"(?i)\b(?:notif\w*|told|tell\w*|inform\w*|warn\w*|report\w*|alert\w*|disclos\w*)\b[^.;]{0,30}$")
ANOTHER = re.compile(r"(?i)\b(?:second|third|another|new|earlier|previous|separate|later|first|latest|last|"
                     r"similar|other|smaller|larger)\s+(?:\w+\s+)?$")
DAYS_APART = 10  # further apart than this, two dates are more likely two happenings than one misdated


@functools.lru_cache(maxsize=50_000)
def _dated(text: str, published: dt.date | None) -> tuple[tuple[str, str], ...]:
    from .claims import _resolve_date
    out = {}
    for pattern in (DATE_BEFORE, DATE_AFTER):
        for m in pattern.finditer(text):
            noun = " ".join(m.group("noun").lower().split())
            noun = SAME_HAPPENING.get(noun, noun)
            if ANOTHER.search(text[:m.start("noun")]):
                continue  # "a second fire on Oct. 16" is another fire
            if pattern is DATE_AFTER and TOLD_OF.search(text[:m.start()]):
                continue
            day = _resolve_date(m.group("date"), published)
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
                out.setdefault(noun, day)
    return tuple(sorted(out.items()))


def event_dates(claim: Claim) -> dict[str, str]:
    """{happening: ISO date} for each happening the claim dates."""
    return dict(_dated(claim.text, claim.published))


def dated_apart(a: Claim, b: Claim) -> tuple[str, str, str] | None:
    """(happening, date in a, date in b) when the two claims date one happening differently."""
    dates_a, dates_b = event_dates(a), event_dates(b)
    for noun, day_a in dates_a.items():
        day_b = dates_b.get(noun)
        if day_b and day_b != day_a and abs((dt.date.fromisoformat(day_a) - dt.date.fromisoformat(day_b)).days) <= DAYS_APART:
            return noun, day_a, day_b
    return None
