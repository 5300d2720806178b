"""Figures: whether two claims give the same quantity, and whether their numbers agree.

A figure is compared only with one that measures the same thing (a width with a width, money
with money for the same thing), a conversion in brackets is one figure, "more than" and "up to"
make floors and caps, and a round "about 20,000" covers what rounds to it.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from .records import Claim, Quantity

MEASURE_UNITS = {"m", "s", "kg"}
ROUNDING_MAX = 0.2  # "about 20,000" covers 23,000, not 15,000
FAR_APART = 10  # figures this many times apart (sums or counts, not measures) are for different things


# Words that count people alike: "1,184 residents were evacuated" and "1,800 people were evacuated"
# count one crowd; workers, patients or children are a part of it, counted apart ("nine babies" and
# "seven infants" count one group).
PEOPLE = frozenset({"people", "person", "resident", "individual", "inhabitant", "local", "civilian"})
CHILDREN = frozenset({"child", "children", "baby", "infant", "newborn", "toddler", "kid"})


# people of one description or another: "six people were taken to hospital" and "nine of whom [passengers]
# were taken to hospital" count the same, when the same thing happens to them
HUMAN = PEOPLE | frozenset({"passenger", "patient", "worker", "employee", "customer", "student", "pupil", "victim",
                            "visitor", "guest", "spectator", "fan", "traveller", "traveler", "rider", "member",
                            "occupant", "tenant", "household", "family", "man", "woman", "adult", "casualty"})


def people_alike(x: Quantity, y: Quantity) -> bool:
    """A count of "people" and a count of passengers (patients, workers …) that one verb tells alike."""
    return bool(x.verb and x.verb == y.verb and not x.unit and not y.unit and (
        (x.counts in PEOPLE and y.counts in HUMAN) or (y.counts in PEOPLE and x.counts in HUMAN)))


PART_AFTER = re.compile(r"(?i)\s+of\s+(?:the|them|whom|which|those|these|its|their)\b")
PART_BEFORE = re.compile(r"(?i)\b(?:including|among them|of whom|of which|of them)\s+$")
COMPOSED = re.compile(r"(?i)\b(?:including|plus|as well as|along with|and (?:one|a|an|two|three|four|five|six|seven|"
                      r"eight|nine|ten|\d+))\b")


def _part(claim, q: Quantity) -> bool:
    """The figure counts part of a group: "three of the derailed cars", "five of them", "including five
    plant workers" ("one of 28 workers" counts the whole: 28)."""
    at = claim.text.find(q.text)
    if at < 0:
        return False
    return bool(PART_AFTER.match(claim.text, at + len(q.text)) or PART_BEFORE.search(claim.text[:at]))


def _one_of_its_verb(claim, q: Quantity) -> bool:
    """No other figure of the claim counts what the same verb does: "16 passengers and one flight
    attendant were injured" are parts of 17 people injured, neither a count of its own."""
    if COMPOSED.search(claim.text):
        return False
    return not any(o is not q and o.verb == q.verb and o.value != q.value for o in claim.quantities)


def counted_as(q: Quantity) -> str:
    """What a figure counts, people of any description as one, and babies, infants and children as one."""
    return "people" if q.counts in PEOPLE else "children" if q.counts in CHILDREN else q.counts


def same_quantity(x: Quantity, y: Quantity) -> bool:
    if x.of and y.of and not set(x.of.split("|")) & set(y.of.split("|")):
        return False  # the 88-year-old Castro and a boy who died at 14; what Starwood paid and what Google did
    if x.unit in MEASURE_UNITS or y.unit in MEASURE_UNITS:
        return x.unit == y.unit and x.counts == y.counts  # a width is not a depth
    if x.unit or y.unit:  # money, percentages: and the same thing counted where both say
        return x.unit == y.unit and (x.counts == y.counts or not x.counts or not y.counts)
    return bool(x.counts) and counted_as(x) == counted_as(y)


# "14 additional officers", "a further 14", "another 14": an increment, not a total
INCREMENT_AFTER = re.compile(r"(?i)^\s*(?:more|additional|further|extra|new|other)\b")
INCREMENT_BEFORE = re.compile(r"(?i)\b(?:an additional|a further|another|an extra|additional|further)\s+$")
LOWER_BOUND = re.compile(r"(?i)\b(more than|over|at least|upwards of|in excess of|exceeding)\s+$")
UPPER_BOUND = re.compile(r"(?i)\b(less than|fewer than|under|up to|at most|no more than)\s+$")


@dataclass(frozen=True)
class Figure:
    """A figure as the claim states it: its quantity and whether it is a floor ("more than 5m") or a cap."""

    q: Quantity
    bound: str = ""  # "min", "max", "add" (an increment: "14 more") or ""


@functools.lru_cache(maxsize=100_000)
def _figures_of(text: str, quantities: tuple[Quantity, ...]) -> tuple[Figure, ...]:
    out: list[Figure] = []
    for q in quantities:
        if out and out[-1].q.unit == q.unit and re.search(
                re.escape(out[-1].q.text) + r"\s*\(\s*(?:about |around |roughly |some )?" + re.escape(q.text), text):
            continue  # "19 feet (5 meters)": one figure, converted
        at = text.find(q.text)
        before = text[:at] if at >= 0 else ""
        bound = "min" if LOWER_BOUND.search(before) else "max" if UPPER_BOUND.search(before) else ""
        if INCREMENT_BEFORE.search(before) or (at >= 0 and INCREMENT_AFTER.match(text[at + len(q.text):])):
            bound = "add"
        if q.unit == "m" and q.counts == "radius":
            q = dataclasses.replace(q, value=2 * q.value, counts="size", text=f"a radius of {q.text}")
        out.append(Figure(q, bound))
    return tuple(out)


def figures(claim: Claim) -> tuple[Figure, ...]:
    """The claim's figures as stated: a conversion in brackets is not a second figure, a radius is
    read as the size across it gives, "more than"/"up to" make a floor or a cap."""
    return _figures_of(claim.text, claim.quantities)


def _round_unit(value: float) -> float:
    """The rounding step of a round figure: 20,000 -> 10,000, 1,500 -> 100, 23 -> 1."""
    whole = int(abs(value))
    if whole != abs(value):
        return 0.0  # a decimal is not a rounded figure
    step = 1.0
    while whole and whole % 10 == 0:
        whole //= 10
        step *= 10
    return step


def _figures_agree(x: Figure, y: Figure, tolerance: float) -> bool:
    for limit, other in ((x, y), (y, x)):  # "more than 5m deep" holds for 5.8 m
        if limit.bound == "min" and other.q.value >= limit.q.value * (1 - tolerance):
            return True
        if limit.bound == "max" and other.q.value <= limit.q.value * (1 + tolerance):
            return True
    return numbers_agree(x.q, y.q, tolerance)


def numbers_agree(x: Quantity, y: Quantity, tolerance: float) -> bool:
    slack = tolerance * (2 if (x.approximate or y.approximate) else 1)
    if abs(x.value - y.value) <= slack * max(abs(x.value), abs(y.value)):
        return True
    for rough, exact in ((x, y), (y, x)):  # "about 20,000" is what 23,000 rounds to
        if rough.approximate and abs(rough.value - exact.value) <= min(_round_unit(rough.value) / 2,
                                                                     ROUNDING_MAX * abs(rough.value)):
            return True
    return False


DIGITS = re.compile(r"\d[\d,.]*")


def _same_digits_scaled(x: Quantity, y: Quantity, factor: float) -> bool:
    """The same digits, the values at least `factor` apart: "$800" and "$800 million" (a dropped
    multiplier), "48 minutes" and "48 hours" (another unit of the same measure)."""
    dx, dy = DIGITS.search(x.text), DIGITS.search(y.text)
    return bool(dx and dy and dx.group(0) == dy.group(0) and max(x.value, y.value) >= factor * min(x.value, y.value) > 0)


def _single_values(figs: tuple[Figure, ...], tolerance: float) -> tuple[Figure, ...]:
    """The figures that are the only value their claim gives for what they measure: "the 12-inch
    model is slimmer than the 11-inch one" or "between 10 and 25 years" gives no one value to dispute."""
    return tuple(x for x in figs if not any(f is not x and same_quantity(f.q, x.q) and not _figures_agree(f, x, tolerance)
                                            and not _told_apart(f.q, x.q) for f in figs))


def _told_apart(x: Quantity, y: Quantity) -> bool:
    """Two counts of one kind of thing that different verbs tell apart: "14 passengers were hurt, nine
    of whom were taken to hospital" gives one figure for the hurt and one for those taken."""
    return bool(x.verb and y.verb and x.verb != y.verb)


def number_conflict(a: Claim, b: Claim, tolerance: float) -> str | None:
    # an increment is no total to dispute
    figures_a = _single_values(tuple(f for f in figures(a) if f.bound != "add"), tolerance)
    figures_b = _single_values(tuple(f for f in figures(b) if f.bound != "add"), tolerance)
    for x in figures_a:
        same = [y for y in figures_b if same_quantity(x.q, y.q) or (
            people_alike(x.q, y.q) and _one_of_its_verb(a, x.q) and _one_of_its_verb(b, y.q))]
        if x.q.unit == "%" and a.predicate != b.predicate:
            continue  # shares of people who do different things: "10 percent are likely to buy one",
            # "25 percent said they are waiting for the Apple Watch"
        same = [y for y in same if _one_reckoning(a, x.q, b, y.q)]
        # a part ("three of the derailed cars", "including five plant workers") is set
        # only against a figure of what the same verb counts: not against the whole
        same = [y for y in same if not (_part(a, x.q) or _part(b, y.q)) or (x.q.verb and x.q.verb == y.q.verb)]
        if x.q.verb and any(y.q.verb == x.q.verb for y in same):
            same = [y for y in same if y.q.verb == x.q.verb]  # "three admitted" is set against "five of whom
            # were admitted", not against "seven diagnosed"
        for y in same:
            if x.q.unit == "s" and _same_digits_scaled(x.q, y.q, 10):  # "48 minutes" vs "48 hours", whatever the bounds
                return f"numbers differ for duration: {x.q.text} vs {y.q.text}"
        if same and not any(_figures_agree(x, y, tolerance) for y in same):
            if any(_same_digits_scaled(x.q, y.q, 1000) for y in same):
                continue  # "$800" against "$800 million": a slip of the pen, not another figure
            if x.q.unit not in MEASURE_UNITS and \
                    max(x.q.value, same[0].q.value) >= FAR_APART * min(x.q.value, same[0].q.value):
                continue  # "$100" handed over and "$130,000" raised, "100 apps" installed and "100,000 apps"
                # in the store: different things, not one figure in dispute
            others = [f for f in figures_a if same_quantity(f.q, same[0].q)]
            if any(_figures_agree(f, y, tolerance) for f in others for y in same):
                continue  # a total and a subset, not a disagreement
            what = x.q.counts or {"m": "length", "s": "duration", "kg": "weight"}.get(x.q.unit, x.q.unit)
            return f"numbers differ for {what}: {x.q.text} vs {same[0].q.text}"
    return None


# what a span of time is counted from: "20 years ago" (now), "six years after it was bought"
SPAN_ANCHOR = r"\s*(?:[a-z-]+\s+)?(ago|after|later|since|before|earlier|old|on|into|in)\b"
SPAN_NOUNS = {"year", "month", "week", "day", "decade", "hour", "minute"}


def _one_reckoning(a: Claim, x: Quantity, b: Claim, y: Quantity) -> bool:
    """Whether two figures can be one figure in dispute: two ages only when each says whose, by name
    or pronoun ("The 41-year-old" may be someone other than "Phelps, 29"), two spans of time only when counted from
    the same point ("bought 20 years ago" and "six years after it was bought" are both true)."""
    if x.counts == "age" and y.counts == "age":  # "He is 70" speaks of the story's man; "the 41-year-old" may not
        return all(q.of or re.match(r"(?i)\s*(?:he|she)\b", c.text) for c, q in ((a, x), (b, y)))
    if x.counts in SPAN_NOUNS and y.counts in SPAN_NOUNS:
        return _anchor(a.text, x.text) == _anchor(b.text, y.text)
    return True


def _anchor(text: str, figure: str) -> str:
    found = re.search(re.escape(figure) + r"\s*[a-z-]*" + SPAN_ANCHOR, text.lower())
    return found.group(1) if found else ""


EXACT_FIGURE = "same exact figure reported: "


def numbers_shared(a: Claim, b: Claim, tolerance: float) -> str | None:
    for x in figures(a):
        for y in figures(b):
            if same_quantity(x.q, y.q) and numbers_agree(x.q, y.q, tolerance) and x.q.value >= 10:
                return f"same number reported: {x.q.text} ≈ {y.q.text}"
            if telling_figure(x.q) and x.q.unit == y.q.unit and x.q.value == y.q.value and x.bound == y.bound:
                return f"{EXACT_FIGURE}{x.q.text} = {y.q.text}"
    return None


def telling_figure(q: Quantity) -> bool:
    """A figure exact enough to name one fact whatever each claim says it counts: "47,860 people" and
    "47,860 customers", "212,400 people" and "212,400 customers affected" (not 300 or 2,000: round
    figures recur)."""
    if q.approximate or q.counts == "age" or q.value < 1000 or (1900 <= q.value <= 2100 and not q.unit):
        return False  # a year is no figure
    return q.value % 100 != 0 or q.value % 1000 != 0 and q.value >= 10_000


def counts_differ(a: Claim, b: Claim, tolerance: float) -> str | None:
    """Each claim counts something, and no count of one matches a count of the other ("219 girls
    kidnapped" vs "300 students kidnapped"): maybe a total and a part, maybe a dispute, but not one
    statement."""
    def counts(claim: Claim, ages: bool) -> list[Quantity]:
        return [f.q for f in figures(claim) if not f.q.unit and f.q.counts and f.q.value >= 2
                and (f.q.counts == "age") == ages]

    for ages in (False, True):  # an age ("the 66-year-old singer") is set only against an age
        counts_a, counts_b = counts(a, ages), counts(b, ages)
        # a count spelled out ("three original members") is set only against a count of the same thing
        nouns_a, nouns_b = {q.counts for q in counts_a}, {q.counts for q in counts_b}
        counts_a = [q for q in counts_a if not q.text.isalpha() or q.counts in nouns_b]
        counts_b = [q for q in counts_b if not q.text.isalpha() or q.counts in nouns_a]
        if ages:  # two named people's ages ("Jason Bonham, 48", "Jimmy Page, 70") are not two figures for one
            counts_a = [x for x in counts_a if any(same_quantity(x, y) for y in counts_b)]
            counts_b = [y for y in counts_b if any(same_quantity(x, y) for x in counts_a)]
        if counts_a and counts_b and not any(numbers_agree(x, y, tolerance) for x in counts_a for y in counts_b):
            return f"different figures: {counts_a[0].text} vs {counts_b[0].text}"
    return None

