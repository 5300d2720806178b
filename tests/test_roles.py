"""Posts people hold: one person given two posts by two articles is a role conflict."""
import dataclasses
import datetime as dt

import pytest

from verify.records import Claim
from verify.roles import post_conflict, posts


def claim(cid, text, sentence, speaker=None):
    return Claim(id=cid, article_id=f"art{cid}", text=text, sentence=sentence, span=(0, 1), speaker=speaker,
                 polarity=1, published=dt.date(2026, 3, 1))


@pytest.mark.parametrize("sentence, found", [
    ("Tobias Brenner, Kestrel's chief privacy officer, said the fault was fixed.",
     (("Tobias Brenner", "chief privacy officer"),)),
    ("Chief operating officer Conor Whelehan said the app was working.", (("Conor Whelehan", "chief operating officer"),)),
    ("Conor Whelehan, the bank's CTO, said so.", (("Conor Whelehan", "chief technology officer"),)),
    ("Tri-Valley Northern's chief executive, Gregory Alston, had not commented.", (("Gregory Alston", "chief executive"),)),
    # "president and" adds no post compared here: she holds the chief executive's
    ("Aoife Brannigan, president and chief executive of Harbourline, said.", (("Aoife Brannigan", "chief executive"),)),
    ("Colin Draycott, Halvern's senior vice president of operations, said.", (("Colin Draycott", "vice president"),)),
    ("Aoife Brannigan, chief executive and chief operating officer, said.", ()),  # two posts: none to compare
    ("The chief executive said the bank would not pay.", ()),  # nobody named
])
def test_posts_named_beside_a_person(sentence, found):
    assert posts(sentence) == found


def test_one_person_in_two_posts_is_a_conflict_and_a_misspelt_first_name_is_still_them():
    privacy = claim("a", "Tobias Brenner is Kestrel's chief privacy officer",
                    "Tobias Brenner, Kestrel's chief privacy officer, said the fault lay in a caching system.")
    technology = claim("b", "Tobias Brenner is Kestrel's chief technology officer",
                       "Tobias Brenner, Kestrel's chief technology officer, said the fault lay in a caching system.")
    assert post_conflict(privacy, technology) == ("different posts for Tobias Brenner: chief privacy officer vs "
                                                  "chief technology officer")
    misspelt = dataclasses.replace(technology, text="Tobais Brenner is Kestrel's chief technology officer",
                                   sentence="Tobais Brenner, Kestrel's chief technology officer, said so.")
    assert post_conflict(privacy, misspelt)
    other = dataclasses.replace(technology, text="Anna Brenner is Kestrel's chief technology officer",
                                sentence="Anna Brenner, Kestrel's chief technology officer, said so.")
    assert post_conflict(privacy, other) is None  # another Brenner
    same = dataclasses.replace(technology, text="Tobias Brenner is Kestrel's chief privacy officer",
                               sentence=privacy.sentence)
    assert post_conflict(privacy, same) is None
    # a claim of the sentence that does not itself name him and his post says nothing about it
    caching = dataclasses.replace(technology, text="the fault lay in a caching system")
    assert post_conflict(privacy, caching) is None


def test_a_post_before_a_name_is_a_claim_and_two_articles_posts_for_one_person_conflict(score_files):
    dossier = score_files({
        "a.txt": " date 2026-09-14 Bank confirms cyber attack\nConor Whelehan, the bank's chief technology "
                 "officer, said the forensic investigation was continuing.\n",
        "b.txt": " date 2026-09-22 Bank app restored\nChief operating officer Conor Whelehan said the bank's app "
                 "was fully working again by Wednesday.\n"})
    texts = {c.text for c in dossier.claims}
    assert "Conor Whelehan is Chief operating officer" in texts
    claims = {c.id: c for c in dossier.claims}
    roles = [p for p in dossier.pairs if p.relation == "conflict" and p.kind == "role"]
    assert len(roles) == 1  # one flag for the two sentences, not one per claim of each
    assert "chief technology officer vs chief operating officer" in roles[0].reasons[0]
    assert {claims[roles[0].a].article_id, claims[roles[0].b].article_id} == {"a", "b"}


@pytest.mark.parametrize("sentence, found", [
    ("Brennard Fire Chief Rick Amundsen said the evacuation order was lifted.", (("Rick Amundsen", "fire chief"),)),
    ("Ray Gauthier, deputy chief of the Northwestern District Paramedic Service, said.",
     (("Ray Gauthier", "deputy chief"),)),
    ("Deputy commissioner Ciarán Mulvey said the inquiry had begun.", (("Ciarán Mulvey", "deputy commissioner"),)),
    ("Data Protection Commissioner Ciarán Mulvey said so.", (("Ciarán Mulvey", "commissioner"),)),
    ("Harriet Olsen-Kerr, director-general of the Ministry for Primary Industries, said.",
     (("Harriet Olsen-Kerr", "director-general"),)),
    ("Tom Kessling is Fire Chief", (("Tom Kessling", "fire chief"),)),
])
def test_public_offices_are_posts_too_and_names_may_carry_accents(sentence, found):
    assert posts(sentence) == found


def test_a_deputy_is_not_the_head_and_a_fire_chief_no_emergency_director():
    deputy = claim("a", "Ciarán Mulvey is Deputy commissioner", "Deputy commissioner Ciarán Mulvey said so.")
    head = claim("b", "Ciarán Mulvey is Commissioner", "Data Protection Commissioner Ciarán Mulvey said so.")
    assert post_conflict(deputy, head) == "different posts for Ciarán Mulvey: deputy commissioner vs commissioner"
    chief = claim("c", "Rick Amundsen is Fire Chief", "Brennard Fire Chief Rick Amundsen said so.")
    director = claim("d", "Rick Amundsen is Emergency Management Director",
                     "Tolland County Emergency Management Director Rick Amundsen said so.")
    assert post_conflict(chief, director)


def test_a_chair_may_also_be_the_chief_executive():
    chair = claim("a", "Elon Musk is Tesla chairman", "Tesla chairman Elon Musk said so.")
    ceo = claim("b", "Elon Musk is CEO", "Tesla CEO Elon Musk said so.")
    assert post_conflict(chair, ceo) is None


def test_two_people_said_to_hold_one_post_do_not_agree():
    from verify.roles import holders_differ
    one = claim("a", "Tom Kessling is Fire Chief", "according to Brennard Fire Chief Tom Kessling")
    other = claim("b", "Rick Amundsen is Fire Chief", "Brennard Fire Chief Rick Amundsen said so.")
    assert holders_differ(one, other) == "different people given one post (fire chief): Tom Kessling vs Rick Amundsen"
    assert holders_differ(one, dataclasses.replace(other, text="Tom Kessling is fire chief")) is None


def test_a_deputy_in_one_article_and_the_head_in_another_is_one_role_flag(score_files):
    dossier = score_files({
        "a.txt": " date 2026-03-10 Regulator opens inquiry\nDeputy commissioner Ciarán Mulvey said the inquiry "
                 "into the messaging company had begun.\n",
        "b.txt": " date 2026-03-20 Regulator widens inquiry\nData Protection Commissioner Ciarán Mulvey said the "
                 "inquiry would also cover the restoration of the feature.\n"})
    roles = [p for p in dossier.pairs if p.relation == "conflict" and p.kind == "role"]
    assert len(roles) == 1
    assert "Ciarán Mulvey: deputy commissioner vs commissioner" in roles[0].reasons[0]


def test_a_chief_operating_officer_later_called_president_and_chief_executive_is_a_role_conflict():
    from verify.match import Candidate, EntityIndex
    from verify.relate import RelateSettings, relate_pair
    coo = claim("a", "Harold Nkemelu is Corvane's chief operating officer",
                "Corvane's chief operating officer, Harold Nkemelu, said the grid held.")
    ceo = claim("b", "Harold Nkemelu is Corvane's president and chief executive",
                "Harold Nkemelu, Corvane's president and chief executive, told the panel.")
    pair = relate_pair(coo, ceo, Candidate(0, 1, 0.89, 79, ("embedding",)), EntityIndex.build([coo, ceo]),
                       RelateSettings(agree_similarity=0.6, conflict_min_similarity=0.5, number_tolerance=0.05))
    assert (pair.relation, pair.kind) == ("conflict", "role")
    assert "chief operating officer vs chief executive" in pair.reasons[0]


def test_a_senator_and_a_representative_of_one_name_are_two_posts():
    sen = claim("a", "Sen. Marcus Eberly chairs the Senate Energy and Utilities Committee",
                "State Sen. Marcus Eberly, who chairs the Senate Energy and Utilities Committee, said so.")
    rep = claim("b", "Rep. Marcus Eberly chairs the House energy committee",
                "state Rep. Marcus Eberly, who chairs the House energy committee, said so.")
    assert posts(sen.sentence) == (("Marcus Eberly", "senator"),)
    assert post_conflict(sen, rep) == "different posts for Marcus Eberly: senator vs representative"
    assert posts("The sales rep said the order shipped.") == ()  # nobody named
