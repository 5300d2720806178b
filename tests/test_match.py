"""Matching: neighbours across articles only, near-verbatim copies, names with misspellings."""
import dataclasses
import datetime as dt

import numpy as np
import pytest

from verify.match import EntityIndex, _topk_exact, _topk_ivf, content_words, denial_pairs, fuzzy_pairs, nearest_pairs
from verify.records import Claim


def claim(cid, article, text, entities=(), actor="", actor_entities=()):
    return Claim(id=cid, article_id=article, text=text, sentence=text, span=(0, len(text)), speaker=None,
                 polarity=1, entities=tuple(entities), actor=actor, actor_entities=tuple(actor_entities),
                 published=dt.date(2026, 1, 1))


def unit(*rows):
    m = np.array(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_nearest_pairs_link_across_articles_only():
    vectors = unit([1, 0, 0], [0.99, 0.1, 0], [0.98, 0.05, 0.1], [0, 0, 1])
    pairs = nearest_pairs(vectors, ["a", "a", "b", "c"], k=2, min_sim=0.5)
    assert (0, 1) not in pairs  # same article
    assert (0, 2) in pairs and (1, 2) in pairs
    assert not any(3 in key for key in pairs)  # nothing similar enough


def test_inverted_index_finds_the_same_best_neighbours_as_exact_search():
    rng = np.random.default_rng(1)
    centres = rng.normal(size=(30, 16))
    vectors = np.repeat(centres, 20, axis=0) + rng.normal(scale=0.05, size=(600, 16))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    groups = np.arange(600) % 7
    exact = {(i, j) for i, j, _ in _topk_exact(vectors, groups, 1, 0.5)}
    approx = {(i, j) for i, j, _ in _topk_ivf(vectors, groups, 1, 0.5)}
    assert len(exact & approx) / len(exact) > 0.9


def test_fuzzy_pairs_find_wire_copy_with_small_changes():
    claims = [claim("1", "a", "Sir Keir Starmer has vowed to take action against X over the images"),
              claim("2", "b", "Sir Kier Starmer has vowed to take action against X over the images"),
              claim("3", "c", "The European Commission fined the company 120 million euros")]
    assert set(fuzzy_pairs(claims, threshold=88)) == {(0, 1)}


@pytest.mark.parametrize("a, b, same", [
    ("Kier Starmer", "Keir Starmer", True),
    ("Kendal", "Liz Kendall", True),
    ("Musk", "Elon Musk", True),
    ("X", "xAI", False),
    ("Ofcom", "ICO", False),
    ("Flight LS417", "Flight LS1204", False),  # codes are spelt exactly
    ("Cradlemilk Stage 1", "Cradlemilk Stage 2", False),
])
def test_entity_names_are_reconciled(a, b, same):
    index = EntityIndex.build([claim("1", "a", "t", entities=[a]), claim("2", "b", "t", entities=[b])])
    assert (index.canonical(a) == index.canonical(b)) is same


def test_acronyms_and_aliases_resolve():
    index = EntityIndex.build([claim("1", "a", "t", entities=["Internet Watch Foundation", "IWF", "U.K.", "Britain"])])
    assert index.canonical("IWF") == index.canonical("the Internet Watch Foundation")
    assert index.canonical("U.K.") == index.canonical("Britain") == "uk"
    assert "internet watch foundation" in index.keys("Ngaire Alexander, who heads the IWF hotline")


def test_places_and_country_prefixed_bodies_resolve():
    index = EntityIndex.build([claim("1", "a", "t", entities=["Information Commissioner’s Office (ICO)", "Paris",
                                                              "France", "French", "Europe", "EU"])])
    assert index.canonical("the ICO") == index.canonical("Information Commissioner’s Office (ICO")
    assert index.canonical("Paris") == index.canonical("French") == index.canonical("France") == "france"
    assert index.canonical("Europe") == index.canonical("EU")
    assert index.keys("William Malcolm, an official with the U.K. Information Commissioner’s Office") >= {
        index.canonical("ICO")}


def test_a_denial_is_paired_with_its_nearest_claims_in_other_articles_only():
    claims = [claim("0", "a", "NASA said it was unlikely the blast was caused by a meteorite"),
              claim("1", "a", "The blast was heard across the city"),
              claim("2", "b", "All the evidence corresponds exactly with a meteorite"),
              claim("3", "c", "The museum reopened after a renovation")]
    vectors = unit([1, 0.2, 0], [0.9, 0.3, 0], [0.8, 0.4, 0.1], [0, 0, 1])
    pairs = denial_pairs(claims, vectors, k=4, min_sim=0.5)
    assert set(pairs) == {(0, 2)}  # not its own article's claim, not the unrelated one
    assert denial_pairs(claims[1:], vectors[1:], k=4, min_sim=0.1) == {}  # nothing denied, no pairs


def test_content_words_fold_verb_endings_so_inflected_forms_meet():
    for inflected, base in (("burrowed", "burrow"), ("kidnapped", "kidnap"), ("released", "release"),
                            ("releasing", "releases"), ("agreed", "agree"), ("denied", "deny")):
        assert content_words(f"spider {inflected}") == content_words(f"spider {base}"), inflected
    # short words keep their endings: "need" is not "ne", "speed" not "spe"
    assert content_words("need speed") == {"need", "speed"}


def test_content_words_leave_out_reporting_and_hedging_words_and_fold_plurals():
    assert content_words("NASA said it was unlikely the craters were caused by meteorites") == \
        content_words("nasa crater cause meteorite") == {"nasa", "crater", "caus", "meteorit"}
    assert content_words("near Managua's international airport") == {"near", "managua", "international", "airport"}


def test_a_lone_surname_stands_for_the_one_full_name_it_ends():
    names = ["Josh Paler Lin", "Lin", "Thomas", "Dylan Thomas", "Clarence Thomas"]
    claims = [claim(str(n), f"art{n}", "t", entities=[name]) for n, name in enumerate(names)]
    index = EntityIndex.build(claims)
    assert index.canonical("Lin") == index.canonical("Josh Paler Lin")
    assert index.canonical("Thomas") not in (index.canonical("Dylan Thomas"), index.canonical("Clarence Thomas"))


def test_a_first_word_or_a_country_alone_is_not_short_for_an_outlet_or_a_group():
    # "Jordanian" is Jordan, not the Jordan Times; "Bunbury" is no short form of the Bunbury Mail
    names = ["the Jordan Times", "Jordanian", "Jordan", "the Bunbury Mail", "Bunbury", "Islamic State", "Islamic"]
    claims = [claim(str(n), f"art{n}", "t", entities=[name]) for n, name in enumerate(names)]
    index = EntityIndex.build(claims)
    assert index.canonical("Jordanian") == index.canonical("Jordan") == "jordan"
    assert index.canonical("Bunbury") != index.canonical("the Bunbury Mail")
    assert index.canonical("Islamic") != index.canonical("Islamic State")


def test_a_title_or_a_regnal_number_does_not_make_another_person():
    names = ["King Abdullah", "Abdullah II", "Jordanian King Abdullah", "Rear Adm. John Kirby", "John Kirby",
             "1st Lt. Moaz Kasasbeh", "First Lieutenant Moaz al-Kasasbeh", "General Motors"]
    claims = [claim(str(n), f"art{n}", "t", entities=[name]) for n, name in enumerate(names)]
    index = EntityIndex.build(claims)
    assert index.canonical("King Abdullah") == index.canonical("Abdullah II") == index.canonical("Jordanian King Abdullah")
    assert index.canonical("1st Lt. Moaz Kasasbeh") == index.canonical("First Lieutenant Moaz al-Kasasbeh")
    assert index.canonical("Rear Adm. John Kirby") == index.canonical("John Kirby")
    assert index.canonical("General Motors") == "general motors"


def test_denials_in_a_large_dossier_find_nearly_the_same_neighbours_through_the_index(monkeypatch):
    import verify.match as match
    rng = np.random.default_rng(1)
    centres = rng.normal(size=(12, 16))
    vectors = centres[rng.integers(0, 12, 600)] + 0.3 * rng.normal(size=(600, 16))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    claims = [claim(str(n), f"art{n % 40}", "it is not true that the spider burrowed" if n % 5 == 0 else "a claim")
              for n in range(600)]
    exact = denial_pairs(claims, vectors, k=8, min_sim=0.3)
    monkeypatch.setattr(match, "EXACT_LIMIT", 100)
    indexed = denial_pairs(claims, vectors, k=8, min_sim=0.3)
    assert exact and len(set(exact) & set(indexed)) >= 0.9 * len(exact)
    assert all(claims[i].article_id != claims[j].article_id for i, j in indexed)


def test_each_candidate_names_every_channel_that_proposed_it_in_sorted_order():
    from verify import match
    assert list(match.CHANNELS) == sorted(match.CHANNELS)
    rng = np.random.default_rng(3)
    base = rng.normal(size=(6, 16)).astype(np.float32)
    vectors = np.vstack([base, base + 0.01 * rng.normal(size=base.shape).astype(np.float32)])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    claims = [claim(str(i), f"a{i // 6}", f"The regulator fined the firm {i % 6} million pounds on Monday")
              for i in range(12)]
    found = match.candidate_pairs(claims, vectors, EntityIndex.build(claims), neighbours=2,
                                  min_similarity=0.9, fuzzy_min=88)
    by_pair = {(c.i, c.j): c.channels for c in found}
    assert by_pair[(0, 6)] == ("embedding", "fuzzy", "status")  # "fined" is an official step
    assert all(list(ch) == sorted(ch) and ch for ch in by_pair.values())


def test_a_minimiser_meets_claims_counting_hundreds_of_something_not_hundreds_of_dollars():
    from verify.match import scale_pairs
    from verify.records import Quantity
    small = claim("s", "a", "A handful of people have called about headaches")
    calls = dataclasses.replace(claim("c", "b", "its hotline had logged more than 600 calls"),
                                quantities=(Quantity(600, "", "call", "600"),))
    dollars = dataclasses.replace(claim("d", "c", "the county spent $600 on leaflets"),
                                  quantities=(Quantity(600, "$", "", "$600"),))
    vectors = unit([1, 0.1], [1, 0.2], [1, 0.15])
    assert set(scale_pairs([small, calls, dollars], vectors, min_sim=0.3)) == {(0, 1)}


def test_a_claim_undecided_on_an_act_meets_claims_elsewhere_that_report_it_done():
    from verify.match import pending_pairs
    pending = dataclasses.replace(claim("p", "a", "the agency had not yet decided whether to send investigators"),
                                  predicate="decide", polarity=-1)
    sent = dataclasses.replace(claim("s", "b", "The board sent a team of nine investigators to the wreck"),
                               predicate="send")
    crews = dataclasses.replace(claim("c", "c", "The railroad sent crews to the yard"), predicate="send")
    same_article = dataclasses.replace(sent, id="t", article_id="a")
    assert set(pending_pairs([pending, sent, crews, same_article])) == {(0, 1)}
