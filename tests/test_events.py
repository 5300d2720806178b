"""The dates articles give the story's happenings: one happening dated two ways is a date conflict."""
import datetime as dt

import pytest

from verify.events import dated_apart, event_dates
from verify.records import Claim


def claim(cid, text, published):
    return Claim(id=cid, article_id=f"art{cid}", text=text, sentence=text, span=(0, 1), speaker=None, polarity=1,
                 published=published)


@pytest.mark.parametrize("text, dates", [
    ("investigators are concentrating on a possible factor in the March 3 derailment", {"derailment": "2026-03-03"}),
    ("The derailment on the night of March 2 sent 26 cars off the tracks", {"derailment": "2026-03-02"}),
    ("The Sunday, March 8 emergency landing at Red Pine Lake prompted calls for a review",
     {"emergency landing": "2026-03-08"}),
    ("that aircraft made an emergency landing at Red Pine Lake on March 7", {"emergency landing": "2026-03-07"}),
    # "began on", a word before the noun, and the blackout that is the outage
    ("the cascading outage that began late on the afternoon of Sunday, March 15, in the valley", {"outage": "2026-03-15"}),
    ("The blackout began on the afternoon of March 16 with the temperature at 109 degrees", {"outage": "2026-03-16"}),
    ("a second fire on March 12 damaged a warehouse", {}),  # another fire
    ("Harbourline had notified it of a possible breach on Sept. 14", {}),  # the date of the telling
    ("The recall began on March 4", {}),  # a recall has steps of its own
])
def test_a_happening_and_its_date(text, dates):
    assert event_dates(claim("a", text, dt.date(2026, 3, 24))) == dates


def test_one_happening_dated_two_ways_but_not_two_happenings_a_month_apart():
    a = claim("a", "investigators are concentrating on a possible factor in the March 3 derailment", dt.date(2026, 3, 13))
    b = claim("b", "The derailment on the night of March 2 sent 26 cars off the tracks", dt.date(2026, 3, 24))
    assert dated_apart(a, b) == ("derailment", "2026-03-03", "2026-03-02")
    same = claim("c", "the derailment on March 3 forced an evacuation", dt.date(2026, 3, 5))
    assert dated_apart(a, same) is None
    far = claim("d", "the derailment on April 20 near the border", dt.date(2026, 4, 22))
    assert dated_apart(a, far) is None


def test_a_dossier_with_a_happening_dated_two_ways_flags_it(score_files):
    dossier = score_files({
        "a.txt": " date 2026-03-13 NTSB update on Halvorsen\nFederal investigators are concentrating on an overheated "
                 "wheel bearing as a possible factor in the March 3 derailment of a freight train at Halvorsen.\n",
        "b.txt": " date 2026-03-24 Three weeks after the derailment\nThe derailment on the night of March 2 sent 26 "
                 "cars off the tracks just east of Halvorsen.\n"})
    dates = [p for p in dossier.pairs if p.relation == "conflict" and p.kind == "date"]
    assert dates and "dates differ for the derailment: 2026-03-03 vs 2026-03-02" in dates[0].reasons[0]
