"""Relating: the conflict shapes of real coverage, agreement, and hard negatives."""
import dataclasses
import datetime as dt

import numpy as np
import pytest

from verify.match import Candidate, EntityIndex
from verify.records import Claim, ClaimPair, Quantity
from verify.relate import RelateSettings, relate_pair

CFG = RelateSettings(agree_similarity=0.6, conflict_min_similarity=0.5, number_tolerance=0.05)


def claim(cid, text, day, *, article=None, polarity=1, predicate="", actor="", actor_entities=(), speaker=None,
          speaker_entities=(), reporting_verb="", quantities=(), entities=(), core=()):
    return Claim(id=cid, article_id=article or f"art{cid}", text=text, sentence=text, span=(0, 1),
                 speaker=speaker, polarity=polarity, quantities=tuple(quantities), entities=tuple(entities),
                 predicate=predicate, published=dt.date(2026, 1, 1) + dt.timedelta(days=day - 1), outlet=f"outlet{cid}",
                 reporting_verb=reporting_verb, actor=actor or (speaker or ""),
                 actor_entities=tuple(actor_entities), speaker_entities=tuple(speaker_entities), core=tuple(core))


def relate(a, b, sim, fuzzy=30.0):
    index = EntityIndex.build([a, b])
    return relate_pair(a, b, Candidate(0, 1, sim, fuzzy, ("embedding",)), index, CFG)


def test_reversal_is_a_conflict_with_ordered_dates():
    later = claim("b", "we can confirm our analysts have discovered criminal imagery of children", 7,
                  predicate="discover", speaker="Ngaire Alexander, who heads the IWF hotline",
                  speaker_entities=["IWF"], actor_entities=["IWF"])
    earlier = claim("a", "so far, we have not seen any imagery which crosses the legal threshold", 6,
                    polarity=-1, predicate="see", speaker="Internet Watch Foundation chief executive Kerry Smith",
                    speaker_entities=["Internet Watch Foundation", "Kerry Smith"],
                    actor_entities=["Internet Watch Foundation"])
    pair = relate(later, earlier, 0.45)
    assert (pair.relation, pair.kind) == ("conflict", "reversal")
    assert (pair.a, pair.b) == ("a", "b")  # earlier first
    assert any("2026-01-06" in r and "2026-01-07" in r and r.index("2026-01-06") < r.index("2026-01-07")
               for r in pair.reasons)


def test_status_change_from_assessing_to_investigating_is_an_update():
    a = claim("a", "we will quickly assess whether further action may be required against X", 7,
              predicate="assess", speaker="spokesperson for the ICO", speaker_entities=["ICO"],
              actor_entities=["ICO"], entities=["X"])
    b = claim("b", "The U.K. also launched an investigation into X on Tuesday", 35, predicate="launch",
              actor="U.K.", actor_entities=["U.K."], entities=["U.K.", "X"])
    pair = relate(a, b, 0.4)
    assert (pair.relation, pair.kind) == ("conflict", "update")
    assert "status changed" in pair.reasons[0]


def test_two_bodies_of_one_country_take_two_steps_not_one_status_change():
    bank = claim("a", "on Friday it had directed Harbourline to stop opening new customer accounts until an "
                 "independent review of its IT security", 1,
                 predicate="direct", actor="Central Bank of Ireland",
                 actor_entities=["Central Bank of Ireland", "Ireland"])
    dpc = claim("b", "Ireland's Data Protection Commission has opened a statutory inquiry into Harbourline", 14,
                predicate="open", actor="Ireland's Data Protection Commission",
                actor_entities=["Ireland", "Data Protection Commission"])
    assert relate_in_dossier(bank, dpc, 0.57, 39.0).kind != "update"
    same = dataclasses.replace(dpc, text="The Central Bank of Ireland has opened a statutory inquiry into Harbourline",
                               actor="Central Bank of Ireland", actor_entities=("Central Bank of Ireland", "Ireland"))
    assert relate_in_dossier(bank, same, 0.57, 39.0).kind == "update"


def test_a_sanction_of_a_past_year_is_no_step_after_an_assessment():
    assessing = claim("a", "it was assessing the information provided by Harbourline", 1, predicate="assess",
                      actor="Central Bank", actor_entities=["Central Bank"])
    old_fine = claim("b", "The Central Bank fined Harbourline €1.8 million in 2023 over anti-money-laundering failings",
                     20, predicate="fine", actor="Central Bank", actor_entities=["Central Bank"])
    assert relate(assessing, old_fine, 0.4).kind != "update"
    new_fine = dataclasses.replace(old_fine, text="The Central Bank fined Harbourline €1.8 million over the breach")
    assert relate(assessing, new_fine, 0.4).kind == "update"


def test_not_responded_then_posted_is_an_update():
    a = claim("a", "Musk has not responded directly to the criticisms", 2, polarity=-1, predicate="respond",
              actor="Musk", actor_entities=["Musk"])
    b = claim("b", "would suffer the same consequences as if they uploaded it themselves", 10, predicate="suffer",
              speaker="Musk", speaker_entities=["Musk"], reporting_verb="post")
    pair = relate(a, b, 0.2)
    assert (pair.relation, pair.kind) == ("conflict", "update")


def test_no_comment_boilerplate_is_not_a_conflict_with_a_later_statement():
    a = claim("a", "X did not respond to a request for comment about the incident", 2, polarity=-1,
              predicate="respond", actor="X", actor_entities=["X"])
    b = claim("b", "X warned users not to employ Grok to generate illegal material", 10, predicate="warn",
              actor="X", actor_entities=["X"])
    assert relate(a, b, 0.45).relation != "conflict"


def test_isolated_cases_against_tens_of_thousands_is_a_scale_conflict():
    a = claim("a", "there have been isolated cases where users received AI images depicting minors", 6,
              predicate="be")
    b = claim("b", "Grok generated 3 million sexualized images, including 23,000 that appeared to depict children",
              35, predicate="generate", quantities=[Quantity(3e6, "", "image", "3 million"),
                                                     Quantity(23000, "", "child", "23,000")])
    pair = relate(a, b, 0.45)
    assert (pair.relation, pair.kind) == ("conflict", "scale")
    assert pair.reasons[0] == "scale: “isolated cases” vs 3 million (image)"  # words as written, not folded


@pytest.mark.parametrize("x, y, relation", [
    (Quantity(23000, "", "image", "23,000"), Quantity(23300, "", "image", "about 23,300", approximate=True), "agree"),
    (Quantity(23000, "", "image", "23,000"), Quantity(3000, "", "image", "3,000"), "conflict"),
])
def test_numbers_for_the_same_quantity_are_compared_with_rounding(x, y, relation):
    a = claim("a", f"Grok created {x.text} images of children", 3, predicate="create", quantities=[x],
              entities=["Grok"])
    b = claim("b", f"Grok created {y.text} images of children", 5, predicate="create", quantities=[y],
              entities=["Grok"])
    assert relate(a, b, 0.9).relation == relation


def test_total_and_subset_are_not_a_number_conflict():
    a = claim("a", "Grok generated 3 million images including 23,000 of children", 3, predicate="generate",
              quantities=[Quantity(3e6, "", "image", "3 million"), Quantity(23000, "", "image", "23,000")],
              entities=["Grok"])
    b = claim("b", "Grok created 23,000 images of children", 5, predicate="create",
              quantities=[Quantity(23000, "", "image", "23,000")], entities=["Grok"])
    assert relate(a, b, 0.8).relation == "agree"


def test_two_regulators_first_contacts_are_not_linked_as_agree():
    a = claim("a", "We have made urgent contact with X and xAI to understand what steps they have taken", 6,
              predicate="make", speaker="spokesperson for the regulator (Ofcom)", speaker_entities=["Ofcom"],
              actor_entities=["Ofcom"])
    b = claim("b", "We have contacted X and xAI to seek clarity on the measures they have in place", 7,
              predicate="contact", speaker="spokesperson for the ICO", speaker_entities=["ICO"],
              actor_entities=["ICO"])
    pair = relate(a, b, 0.87)
    assert pair.relation == "related"
    assert "different actors" in pair.reasons[0]


def test_paraphrase_by_two_outlets_agrees_with_reasons():
    a = claim("a", "X limited Grok's image generation and editing features to paying users", 7, predicate="limit")
    b = claim("b", "X has changed access to Grok's image-generation and editing features to paying subscribers",
              10, predicate="change", speaker="The Register")
    pair = relate(a, b, 0.78)
    assert pair.relation == "agree" and 0 < pair.score <= 1
    assert any("attributes it to The Register" in r for r in pair.reasons)


def test_a_body_tied_to_one_country_does_not_update_another_countrys_probe():
    background = claim("c", "Ofcom is the UK's communications regulator", 5, predicate="be",
                       actor_entities=["Ofcom"], entities=["Ofcom", "UK"])
    a = claim("a", "Ofcom has not launched an investigation", 6, polarity=-1, predicate="launch",
              actor_entities=["Ofcom"], entities=["Ofcom"])
    b = claim("b", "Cybercrime investigators in France have been probing the company for over a year", 35,
              predicate="probe", actor_entities=["France"], entities=["France"])
    index = EntityIndex.build([a, b, background])
    pair = relate_pair(a, b, Candidate(0, 1, 0.4, 20, ("status",)), index, CFG)
    assert pair.relation != "conflict"


def test_being_contacted_is_not_a_procedural_step():
    a = claim("a", "it had been contacted by two members of France's parliament about Grok", 2,
              predicate="contact", actor_entities=["Paris Prosecutor's Office"], entities=["France"])
    b = claim("b", "Cybercrime investigators in France have been probing the company", 35, predicate="probe",
              actor_entities=["France"], entities=["France"])
    assert relate(a, b, 0.5).relation != "conflict"


def test_a_quote_copied_inside_a_longer_sentence_agrees():
    from verify.match import shared_wording
    a = claim("a", "X needs to deal with this urgently.", 6, predicate="need", speaker="Ms Kendall")
    b = claim("b", "the social media platform needed to “deal with this urgently", 7, predicate="need")
    pair = relate(a, b, 0.41, shared_wording(a.text, b.text))
    assert pair.relation == "agree" and "same wording" in pair.reasons[0]


def test_same_speaker_and_same_words_agree_even_when_worded_apart():
    a = claim("a", "it has my full backing to take any enforcement action it deems necessary", 6,
              predicate="have", speaker="Ms Kendall", speaker_entities=["Kendall"], actor_entities=["Kendall"])
    b = claim("b", "social media platform called on Ofcom to take whatever enforcement action it deems necessary",
              7, predicate="call", speaker="Liz Kendall", speaker_entities=["Liz Kendall"],
              actor="social media platform")
    pair = relate(a, b, 0.31)
    assert pair.relation == "agree"
    assert any("enforcement action it deems necessary" in r for r in pair.reasons)


def test_same_words_from_different_speakers_are_not_enough():
    a = claim("a", "it has my full backing to take any enforcement action it deems necessary", 6,
              predicate="have", speaker="Ms Kendall", speaker_entities=["Kendall"], actor_entities=["Kendall"])
    b = claim("b", "Ofcom will take any enforcement action it deems necessary", 7, predicate="take",
              speaker="an Ofcom spokesperson", speaker_entities=["Ofcom"], actor_entities=["Ofcom"])
    assert relate(a, b, 0.31).relation != "agree"


def test_a_country_acting_means_the_body_its_article_quotes():
    """'The U.K. launched an investigation' in an article quoting only the ICO is the ICO's
    investigation: it updates the ICO's assessment, not Ofcom's contact with X."""
    background = claim("c", "Ofcom is the UK's communications regulator", 5, predicate="be",
                       actor_entities=["Ofcom"], entities=["Ofcom", "UK"])
    ico_said = claim("q", "The reports raise deeply troubling questions", 35, article="art_uk",
                     speaker="William Malcolm, an official with the U.K. Information Commissioner’s Office",
                     speaker_entities=["William Malcolm", "U.K."], actor="reports")
    ico = claim("i", "We will quickly assess whether further action may be required", 7, predicate="assess",
                speaker="a spokesperson for the ICO", speaker_entities=["Information Commissioner's Office (ICO)"],
                actor_entities=["Information Commissioner's Office (ICO)"])
    ofcom = claim("o", "it has contacted X and xAI to understand what steps have been taken", 6,
                  predicate="contact", speaker="Ofcom", speaker_entities=["Ofcom"], actor_entities=["Ofcom"])
    uk = claim("u", "The U.K. also launched an investigation into the company", 35, article="art_uk",
               predicate="launch", actor_entities=["U.K."], entities=["U.K."])
    index = EntityIndex.build([background, ico_said, ico, ofcom, uk])
    assert relate_pair(ico, uk, Candidate(0, 1, 0.4, 20, ("status",)), index, CFG).kind == "update"
    assert relate_pair(ofcom, uk, Candidate(0, 1, 0.4, 20, ("status",)), index, CFG).relation != "conflict"


def test_different_figures_for_the_same_quantity_conflict_and_never_agree():
    a = claim("a", "Managua has a population of 1.2 million people", 1, predicate="have",
              quantities=[Quantity(1.2e6, "", "people", "1.2 million")], entities=["Managua"])
    b = claim("b", "About 1.5 million people live in the Nicaraguan capital", 2, predicate="live",
              quantities=[Quantity(1.5e6, "", "people", "1.5 million", approximate=True)], entities=["Nicaraguan"])
    pair = relate(a, b, 0.66)
    assert (pair.relation, pair.kind) == ("conflict", "number")


def test_a_denial_never_agrees_with_the_claim_it_denies():
    a = claim("a", "he was convinced it was a meteorite", 1, predicate="be", speaker="Wilfried Strauch",
              speaker_entities=["Wilfried Strauch", "Nicaragua"])
    b = claim("b", "he could not confirm for sure it was a meteorite", 2, polarity=-1, predicate="confirm",
              speaker="Jaime Incer", speaker_entities=["Jaime Incer", "Nicaragua"])
    pair = relate(a, b, 0.77)
    assert pair.relation != "agree"
    assert not any("same speaker" in r for r in pair.reasons)  # sharing a country is not being one source


def test_relating_in_worker_processes_gives_the_same_pairs(monkeypatch):
    import verify.relate as relate_module

    claims = [claim(str(n), f"the regulator fined the platform {n} million euros on Monday", n % 5 + 1,
                    predicate="fine", actor_entities=["Ofcom"], quantities=[Quantity(n * 1e6, "€", "", f"{n}")])
              for n in range(1, 13)]
    index = EntityIndex.build(claims)
    candidates = [Candidate(i, j, 0.5 + (i + j) / 100, -1.0, ("embedding",))
                  for i in range(len(claims)) for j in range(i + 1, len(claims))]
    alone = relate_module.relate(claims, candidates, index, CFG, workers=1)
    monkeypatch.setattr(relate_module, "PARALLEL_PAIRS", 1)
    assert relate_module.relate(claims, candidates, index, CFG, workers=2) == alone
    assert all(p.fuzzy >= 0 for p in alone)  # wording measured where matching left it out
    assert {p.relation for p in alone} >= {"conflict"}


def test_a_measure_conflict_names_what_was_measured():
    a = claim("a", "The asteroid was about 40 feet across", 1, predicate="be", entities=["2014 RC"],
              quantities=[Quantity(12.19, "m", "size", "40 feet", approximate=True)])
    b = claim("b", "The asteroid 2014 RC was 60 feet long", 2, predicate="be", entities=["2014 RC"],
              quantities=[Quantity(18.29, "m", "size", "60 feet")])
    pair = relate(a, b, 0.7)
    assert (pair.relation, pair.kind) == ("conflict", "number")
    assert pair.reasons[0] == "numbers differ for size: 40 feet vs 60 feet"
    c = claim("c", "The flyby lasted 12 hours", 1, predicate="last", entities=["2014 RC"],
              quantities=[Quantity(43200, "s", "", "12 hours")])
    d = claim("d", "The 2014 RC flyby lasted 13 hours", 2, predicate="last", entities=["2014 RC"],
              quantities=[Quantity(46800, "s", "", "13 hours")])
    assert relate(c, d, 0.8).reasons[0] == "numbers differ for duration: 12 hours vs 13 hours"


# Background claims about other matters, so that rare and common words weigh as in a real dossier.
FILLER = [claim(f"f{n}", text, 1, article=f"filler{n % 3}") for n, text in enumerate((
    "The council approved the new budget for the coming year", "Shares in the company rose sharply on Friday",
    "The minister visited the flooded town and met residents", "Rain is expected across the region this week",
    "The museum reopened after a two-year renovation", "Fans queued overnight for tickets to the final",
    "A new bridge will link the two districts by next spring", "The school introduced free breakfasts for pupils",
    "The airline cancelled flights because of the strike", "Doctors warned about the spread of the flu virus",
    "The band announced a tour of thirty cities", "Farmers protested against the new import rules",
    "The court postponed the hearing until next month", "The library extended its opening hours"))]


def relate_in_dossier(a, b, sim, fuzzy=30.0):
    index = EntityIndex.build([a, b] + FILLER)
    return relate_pair(a, b, Candidate(0, 1, sim, fuzzy, ("embedding",)), index, CFG)


def test_a_denial_of_what_another_source_asserts_is_a_conflict():
    a = claim("a", "the explosion was caused by a meteorite", 1, predicate="cause", entities=["Managua"])
    b = claim("b", "it seems unlikely that the explosion was caused by a meteorite", 2, predicate="seem",
              polarity=-1, speaker="NASA", speaker_entities=["NASA"])
    pair = relate_in_dossier(a, b, 0.72)
    assert (pair.relation, pair.kind) == ("conflict", "polarity")
    assert "“unlikely”" in pair.reasons[0]


def test_a_denied_light_verb_denies_what_it_acts_on():
    made = claim("a", "We have not made ceasefire with anyone", 2, polarity=-1, predicate="make",
                 core=("make", "ceasefire", "anyone"), speaker="Abubakar Shekau", speaker_entities=["Abubakar Shekau"],
                 reporting_verb="say")
    concluded = claim("b", "A ceasefire agreement has been concluded between the government and the group", 1,
                      predicate="conclude", core=("conclude",), speaker="Air Marshal Alex Badeh",
                      speaker_entities=["Alex Badeh"], reporting_verb="say")
    pair = relate_in_dossier(concluded, made, 0.58)
    assert (pair.relation, pair.kind) == ("conflict", "polarity")
    assert "a negation of the “ceasefire” the other reports" in pair.reasons[0]  # what is denied, for the reviewer
    agreed = claim("c", "the fighters have agreed to an immediate ceasefire", 1, predicate="agree",
                   core=("agree", "ceasefire"))
    assert relate_in_dossier(agreed, made, 0.56).relation == "conflict"
    # ability and novelty are no denial of what happened; nor is a part not taken a denial of the whole
    could_not = claim("d", "The army could not make a ceasefire with anyone", 2, polarity=-1, predicate="make",
                      core=("make", "ceasefire", "anyone"))
    assert relate_in_dossier(concluded, could_not, 0.58).relation != "conflict"
    never = claim("e", "I have never made a ceasefire like that before", 2, polarity=-1, predicate="make",
                  core=("make", "ceasefire"))
    assert relate_in_dossier(concluded, never, 0.58).relation != "conflict"
    part = claim("f", "Abdullah did not take part in any ceasefire", 2, polarity=-1, predicate="take",
                 core=("take", "part", "ceasefire"))
    assert relate_in_dossier(concluded, part, 0.58).relation != "conflict"


def test_a_no_denies_the_thing_itself():
    detained = claim("a", "A wife and child of the leader have been detained by the army", 1, predicate="detain",
                     core=("detain",), speaker="security officials")
    none = claim("b", "there is no wife in the name of Saja al-Dulaimi", 2, polarity=-1, predicate="be",
                 entities=["Saja al-Dulaimi"], speaker="the ministry")
    assert (relate_in_dossier(detained, none, 0.59).relation, relate_in_dossier(detained, none, 0.59).kind) == \
        ("conflict", "polarity")
    left = claim("c", "the meteorite left small fragments embedded in the soil", 1, predicate="leave",
                 core=("leave", "fragment"))
    found = claim("d", "So far no meteorite fragments have been found in the crater", 2, polarity=-1,
                  predicate="find")
    assert relate_in_dossier(left, found, 0.64).relation == "conflict"
    # "no data will be deleted" denies the deletion, not that there is data; "no immediate comment" nothing
    kept = claim("e", "other data remains untouched on the phone", 1, predicate="remain", core=("remain",))
    deleted = claim("f", "no data or media will be deleted from the phone", 2, polarity=-1, predicate="delete")
    assert relate_in_dossier(kept, deleted, 0.6).relation != "conflict"
    comment = claim("g", "there was no immediate comment from the army", 2, polarity=-1, predicate="be")
    assert relate_in_dossier(detained, comment, 0.59).relation != "conflict"


def test_still_finding_out_whether_it_happened_does_not_corroborate_that_it_did():
    assessing = claim("a", "The US is assessing whether an airstrike on an encampment in Somalia killed the leader of "
                           "the Al Shabaab group", 1, predicate="assess", entities=["US", "Somalia", "Al Shabaab"])
    confirmed = claim("b", "The US confirmed that an airstrike on an encampment in Somalia killed the leader of the "
                           "Al Shabaab group", 5, predicate="confirm", entities=["US", "Somalia", "Al Shabaab"])
    assert relate_in_dossier(assessing, confirmed, 0.8, 80.0).relation != "agree"
    soon = claim("c", "it was too soon to say whether the airstrike killed the leader of the Al Shabaab group", 1,
                 predicate="be", entities=["Al Shabaab"])
    assert relate_in_dossier(soon, confirmed, 0.75).relation != "agree"
    also = claim("d", "The US said an airstrike on an encampment in Somalia killed the leader of the Al Shabaab group",
                 2, predicate="kill", entities=["US", "Somalia", "Al Shabaab"])
    assert relate_in_dossier(also, confirmed, 0.8, 80.0).relation == "agree"


def pentagon_assessing_then_confirming():
    """The Pentagon still finding out whether a strike killed Godane (day 2), then confirming it (day 5)."""
    assessing = claim("a", "The Pentagon is assessing whether the airstrike in Somalia killed Ahmed Godane", 2,
                      predicate="assess", actor="The Pentagon", actor_entities=["Pentagon"],
                      entities=["Pentagon", "Somalia", "Ahmed Godane"])
    confirmed = claim("b", "The Pentagon confirmed the airstrike in Somalia killed Ahmed Godane", 5, predicate="confirm",
                      actor="The Pentagon", actor_entities=["Pentagon"], entities=["Pentagon", "Somalia", "Ahmed Godane"])
    return assessing, confirmed


def test_still_finding_out_then_said_to_be_so_is_an_update_in_date_order():
    assessing, confirmed = pentagon_assessing_then_confirming()
    pair = relate_in_dossier(assessing, confirmed, 0.75)
    assert (pair.relation, pair.kind) == ("conflict", "update")
    assert pair.reasons[0] == "update: still finding out, later said to be so"
    assert (pair.a, pair.b) == ("a", "b")  # the earlier first
    earlier = dataclasses.replace(confirmed, published=dt.date(2025, 12, 30))  # confirmed before the assessing
    assert relate_in_dossier(assessing, earlier, 0.75).kind != "update"


def test_two_intervals_after_one_event_disagree():
    one = claim("a", "just a day after police killed a Muslim convert in Quebec", 1, predicate="kill")
    two = claim("b", "two days after an Islamic convert ran down two Canadian soldiers in Quebec", 2, predicate="run")
    pair = relate_in_dossier(one, two, 0.72)
    assert (pair.relation, pair.kind) == ("conflict", "date")
    assert pair.reasons[0] == "intervals differ for the same event: a day after vs two days after"
    near = claim("c", "two days after a radicalized Quebec terrorist killed one Canadian soldier", 2, predicate="kill")
    assert relate_in_dossier(one, near, 0.66).relation != "agree"  # not the same statement either way
    same = claim("d", "one day after police killed a Muslim convert in Quebec", 2, predicate="kill")
    assert relate_in_dossier(one, same, 0.8).relation == "agree"


def test_an_assumption_is_no_assertion_and_novelty_denies_nothing():
    big = [claim(f"g{n}", c.text, 1, article=f"filler{n % 5}") for n, c in enumerate(FILLER * 4)]

    def related(a, b, sim):
        index = EntityIndex.build([a, b] + big)
        return relate_pair(a, b, Candidate(0, 1, sim, 30.0, ("embedding",)), index, CFG)

    spent = claim("a", "he did not use the donated money from strangers for alcohol at the store", 2, polarity=-1, predicate="use",
                  core=("use", "money"))
    assumed = claim("b", "Lin assumed he used the donated money from strangers for alcohol at the store", 1, predicate="use")
    assert related(assumed, spent, 0.8).relation != "conflict"  # what someone assumed is no assertion
    said = claim("c", "Lin said he used the donated money from strangers for alcohol at the store", 1, predicate="use")
    assert related(said, spent, 0.8).relation == "conflict"
    agreed = claim("d", "the fighters have agreed to an immediate ceasefire", 1, predicate="agree",
                   core=("agree", "ceasefire"))
    before = claim("e", "We haven't made a ceasefire like this before", 2, polarity=-1, predicate="make",
                   core=("make", "ceasefire"))
    assert related(agreed, before, 0.6).relation != "conflict"  # "not … before" is novelty
    anyone = claim("f", "We haven't made a ceasefire with anyone", 2, polarity=-1, predicate="make",
                   core=("make", "ceasefire"))
    assert related(agreed, anyone, 0.6).relation == "conflict"


def test_not_being_able_to_confirm_is_not_a_denial():
    a = claim("a", "he was convinced it was a meteorite", 1, predicate="be", speaker="Wilfried Strauch")
    b = claim("b", "he could not confirm for sure it was a meteorite", 2, polarity=-1, predicate="confirm",
              speaker="Jaime Incer")
    assert relate_in_dossier(a, b, 0.77).relation == "related"


def test_a_denial_of_another_proposition_on_the_same_topic_is_only_related():
    a = claim("a", "the meteorite left a crater near the airport", 1, predicate="leave")
    b = claim("b", "it is unlikely that the asteroid will come back towards Earth", 2, predicate="be", polarity=-1)
    assert relate_in_dossier(a, b, 0.55).relation == "related"


def test_a_bare_negation_conflicts_only_with_the_same_proposition():
    arrested = claim("a", "The driver was arrested at the scene", 1, predicate="arrest")
    not_arrested = claim("b", "The driver was not arrested", 2, predicate="arrest", polarity=-1)
    assert relate_in_dossier(arrested, not_arrested, 0.8).relation == "conflict"
    named_street = claim("c", "Police named the street where the crash happened", 1, predicate="name")
    not_named = claim("d", "Police did not name the driver", 2, predicate="name", polarity=-1)
    assert relate_in_dossier(named_street, not_named, 0.6).relation == "related"


def test_a_correction_not_a_but_b_conflicts_with_a_claim_stating_a():
    a = claim("a", "A baby was among the victims of the attack", 1, predicate="be")
    b = claim("b", "the youngest victim was not a baby, but a 21-year-old woman", 2, predicate="be", polarity=-1)
    pair = relate_in_dossier(a, b, 0.45)
    assert (pair.relation, pair.kind) == ("conflict", "correction")
    assert "not a baby, but a 21-year-old woman" in pair.reasons[0]


def test_a_correction_agrees_with_a_claim_stating_b():
    a = claim("a", "A 21-year-old woman was among the victims of the attack", 1, predicate="be")
    b = claim("b", "the youngest victim was not a baby, but a 21-year-old woman", 2, predicate="be", polarity=-1)
    assert relate_in_dossier(a, b, 0.45).relation != "conflict"


def test_a_handful_against_thousands_of_the_same_thing_is_a_scale_conflict():
    a = claim("a", "only a handful of users were affected by the data leak", 1, predicate="affect")
    b = claim("b", "the data leak exposed the records of 12,000 users", 2, predicate="expose",
              quantities=[Quantity(12000, "", "user", "12,000")])
    pair = relate_in_dossier(a, b, 0.5)
    assert (pair.relation, pair.kind) == ("conflict", "scale")


@pytest.mark.parametrize("small, big, quantity, reason", [
    # the counted thing is the third word after the minimiser; hundreds are no handful either
    ('only "a handful" of odor complaints had been filed with state regulators since the fire',
     "it has now received more than 2,100 complaints about odors", Quantity(2100, "", "complaint", "2,100"),
     "scale: “a handful” vs 2,100 (complaint)"),
    ("A handful of people have called about headaches and a scratchy throat",
     "its hotline had logged more than 600 calls reporting headaches", Quantity(600, "", "call", "600"),
     "scale: “A handful” vs 600 (call)"),
])
def test_a_handful_against_hundreds_of_what_its_phrase_names_is_a_scale_conflict(small, big, quantity, reason):
    pair = relate_in_dossier(claim("a", small, 1, predicate="file"), claim("b", big, 9, predicate="receive",
                                                                           quantities=[quantity]), 0.5)
    assert (pair.relation, pair.kind, pair.reasons[0]) == ("conflict", "scale", reason)


def test_what_a_handful_comes_from_is_not_what_it_counts():
    a = claim("a", "Kestrel had received a handful of reports from users", 1, predicate="receive")
    b = claim("b", "2,310 users in the Netherlands were among the people whose messages turned up", 9,
              predicate="be", quantities=[Quantity(2310, "", "user", "2,310")])
    assert relate_in_dossier(a, b, 0.5).kind != "scale"


@pytest.mark.parametrize("small, big, quantity", [
    ("he started trading a few months ago", "he turned his savings into $20,000", Quantity(20000, "$", "", "$20,000")),
    ("a handful of users complained about the app", "the app has 12,000 downloads",
     Quantity(12000, "", "download", "12,000")),
])
def test_a_minimiser_and_a_large_figure_of_different_things_are_no_scale_conflict(small, big, quantity):
    a = claim("a", small, 1, predicate="start")
    b = claim("b", big, 2, predicate="turn", quantities=[quantity])
    assert relate_in_dossier(a, b, 0.5).kind != "scale"


def test_a_floor_and_a_converted_figure_are_read_as_stated():
    a = claim("a", "A crater 12m wide and more than 5m deep was found", 1, predicate="find",
              quantities=[Quantity(12.0, "m", "size", "12m"), Quantity(5.0, "m", "depth", "5m", approximate=True)])
    b = claim("b", "The blast left a hole 40 feet (12 meters) wide and 19 feet (5 meters) deep", 2, predicate="leave",
              quantities=[Quantity(12.19, "m", "size", "40 feet"), Quantity(12.0, "m", "size", "12 meters"),
                          Quantity(5.79, "m", "depth", "19 feet"), Quantity(5.0, "m", "depth", "5 meters")])
    assert relate_in_dossier(a, b, 0.61).relation != "conflict"  # 19 feet is more than 5 m
    c = claim("c", "The crater was 16 feet deep", 1, predicate="be",
              quantities=[Quantity(4.88, "m", "depth", "16 feet")])
    pair = relate_in_dossier(c, b, 0.61)  # 16 ft is close to the bracketed 5 m, but the source said 19 ft
    assert (pair.relation, pair.kind) == ("conflict", "number")
    assert "16 feet vs 19 feet" in pair.reasons[0]


def test_a_radius_is_compared_with_the_size_across():
    a = claim("a", "The crater had a radius of 39 feet", 1, predicate="have",
              quantities=[Quantity(11.89, "m", "radius", "39 feet")])
    b = claim("b", "The meteorite left a crater 39 feet across", 2, predicate="leave",
              quantities=[Quantity(11.89, "m", "size", "39 feet")])
    pair = relate_in_dossier(a, b, 0.63)
    assert (pair.relation, pair.kind) == ("conflict", "number")
    assert "a radius of 39 feet vs 39 feet" in pair.reasons[0]


@pytest.mark.parametrize("rough, exact, relation", [
    (Quantity(20000, "", "image", "20,000", approximate=True), Quantity(23000, "", "image", "23,000"), "agree"),
    (Quantity(20000, "", "image", "20,000", approximate=True), Quantity(15000, "", "image", "15,000"), "conflict"),
])
def test_about_a_round_figure_covers_what_rounds_to_it(rough, exact, relation):
    a = claim("a", f"Grok created about {rough.text} images of children", 1, predicate="create",
              quantities=[rough], entities=["Grok"])
    b = claim("b", f"Grok created {exact.text} images of children", 2, predicate="create",
              quantities=[exact], entities=["Grok"])
    assert relate_in_dossier(a, b, 0.9).relation == relation


def test_times_of_day_that_differ_for_one_event_conflict():
    a = claim("a", "they heard a large blast just before midnight on Saturday", 1, predicate="hear")
    b = claim("b", "Managua residents reported the blast just after midnight", 2, predicate="report")
    pair = relate_in_dossier(a, b, 0.57)
    assert (pair.relation, pair.kind) == ("conflict", "date")
    assert pair.reasons[0] == "times differ for the same event: before midnight vs after midnight"


def test_a_live_page_stamp_or_another_body_s_hour_is_not_the_event_s_time():
    # tuning round H (d60): the stamp dates the update; two bodies held two press conferences
    from verify.relate import _clock
    assert _clock("Update at 2:11 p.m.: The patient just walked out of the facility") is None
    assert str(_clock("UPDATED 3 p.m. ET: the patient walked out at 2:11 p.m.")) == "14:11"
    stamp = claim("a", "Update at 2:11 p.m.: The patient just walked out of the facility and into the ambulance", 1,
                  predicate="walk")
    call = claim("b", "Medics at the clinic called 911 at around 12.30pm to request an ambulance for the patient", 2,
                 predicate="call")
    assert relate_in_dossier(stamp, call, 0.68, 57.0).relation != "conflict"
    cdc = claim("c", "CDC already had a 3 p.m. press conference scheduled", 1, predicate="have", actor="CDC",
                actor_entities=["CDC"], entities=["CDC"])
    county = claim("d", "Dallas County has scheduled a press conference for 3:30 p.m.", 2, predicate="schedule",
                   actor="Dallas County", actor_entities=["Dallas County"], entities=["Dallas County"])
    assert relate_in_dossier(cdc, county, 0.61, 69.0).relation != "conflict"
    same = dataclasses.replace(county, text="CDC has scheduled a press conference for 3:30 p.m.", actor="CDC",
                               actor_entities=("CDC",), entities=("CDC",))
    assert relate_in_dossier(cdc, same, 0.61, 69.0).kind == "date"
    # "locals" and "Managua residents" are not two named actors: their times still conflict
    locals_ = claim("e", "Locals said they heard a large blast just before midnight", 1, predicate="hear", actor="Locals")
    residents = claim("f", "Managua residents reported the blast just after midnight", 2, predicate="report",
                      actor="Managua residents", actor_entities=["Managua"], entities=["Managua"])
    assert relate_in_dossier(locals_, residents, 0.55, 57.0).kind == "date"


def test_times_of_day_conflict_only_for_one_act_on_one_day():
    lifted = claim("a", "the shelter-in-place order was lifted at 2 p.m. Wednesday", 1, predicate="lift")
    later = claim("b", "The shelter-in-place order that the mayor issued early Wednesday for residents within three "
                  "miles of the plant was lifted at about 6 p.m. that day.", 7, predicate="lift")
    pair = relate_in_dossier(lifted, later, 0.76, 98.0)
    assert (pair.relation, pair.kind) == ("conflict", "date")
    assert pair.reasons[0] == "times differ for the same event: 14:00 vs 18:00"
    # an order issued at 1:15 a.m. and the order lifted at 6 p.m. are two acts
    ordered = claim("c", "At about 1:15 a.m., the agency ordered everyone within one mile of the plant to leave and "
                    "residents to shelter in place.", 1, predicate="order")
    assert relate_in_dossier(ordered, later, 0.55, 56.0).relation != "conflict"
    # the first fire on Tuesday night and a second one on Friday afternoon: two days
    first = claim("d", "The fire at the plant was reported at about 11:50 p.m. Tuesday", 1, predicate="report")
    second = claim("e", "The order was reimposed on Friday afternoon when a second fire at the plant was reported "
                   "at about 4:30 p.m.", 7, predicate="reimpose")
    assert relate_in_dossier(first, second, 0.64, 58.0).relation != "conflict"


def test_days_of_different_events_in_one_story_do_not_conflict():
    a = claim("a", "the asteroid was forecast to pass by the planet on Saturday night", 1, predicate="forecast")
    b = claim("b", "a crater found near the capital raised suspicions on Monday", 2, predicate="raise")
    assert relate_in_dossier(a, b, 0.6).relation != "conflict"
    c = claim("c", "the council approved the budget for the museum on Tuesday", 1, predicate="approve")
    d = claim("d", "the council approved the budget for the museum on Thursday", 2, predicate="approve")
    pair = relate_in_dossier(c, d, 0.9)
    assert (pair.relation, pair.kind) == ("conflict", "date")
    assert "Tuesday vs Thursday" in pair.reasons[0]


def test_two_holders_of_one_post_conflict():
    a = claim("a", "Jose Millan is the director of the Institute of Territorial Studies", 1, predicate="be")
    b = claim("b", "Wilfried Strauch is the director of the Institute of Territorial Studies", 2, predicate="be")
    pair = relate_in_dossier(a, b, 0.8)
    assert (pair.relation, pair.kind) == ("conflict", "role")


def test_two_people_in_a_post_held_by_many_do_not_conflict():
    a = claim("a", "Rosario Murillo is a government spokeswoman", 1, predicate="be")
    b = claim("b", "Paul Oquist is a government spokeswoman", 2, predicate="be")
    assert relate_in_dossier(a, b, 0.8).relation != "conflict"


def test_a_moderately_similar_paraphrase_naming_the_same_things_agrees():
    a = claim("a", "Ofcom opened an investigation into deepfake images of children made with Grok on X", 1,
              predicate="open", actor_entities=["Ofcom"], entities=["Ofcom", "Grok", "X"])
    b = claim("b", "Ofcom has launched an investigation into X after Grok made deepfake images of children", 2,
              predicate="launch", actor_entities=["Ofcom"], entities=["Ofcom", "X", "Grok"])
    pair = relate_in_dossier(a, b, 0.52)
    assert pair.relation == "agree"
    assert any("same things named" in r for r in pair.reasons)


def test_sharing_only_a_law_s_name_is_not_a_paraphrase():
    a = claim("a", "Intimate image abuse is a priority offence under the UK's Online Safety Act", 1, predicate="be",
              entities=["UK", "Online Safety Act"])
    b = claim("b", "Under the Online Safety Act in the UK, social media firms must prevent", 2, predicate="prevent",
              entities=["Online Safety Act", "UK"])
    assert relate_in_dossier(a, b, 0.52).relation == "related"


def test_one_figure_for_two_different_things_does_not_agree():
    a = claim("a", "House-sized asteroid 2014 RC measured 60 feet", 1, predicate="measure", entities=["2014 RC"],
              quantities=[Quantity(18.29, "m", "size", "60 feet")])
    b = claim("b", "a nearly 60-foot-wide meteor exploded over Chelyabinsk", 2, predicate="explode",
              entities=["Chelyabinsk"], quantities=[Quantity(18.29, "m", "size", "60-foot")])
    assert relate_in_dossier(a, b, 0.5).relation == "related"


def test_the_same_quotation_reported_by_an_outlet_that_names_no_speaker_agrees():
    a = claim("a", "the platform must act to stop the spread of these degrading images at once", 1,
              predicate="act", speaker="Liz Kendall", speaker_entities=["Liz Kendall"])
    b = claim("b", "ministers said the platform must act to stop the spread of these degrading images", 2,
              predicate="say")
    pair = relate_in_dossier(a, b, 0.4, fuzzy=70)
    assert pair.relation == "agree"
    assert any("same quotation, same words" in r for r in pair.reasons)


def test_one_account_naming_a_son_and_another_a_daughter_conflict():
    a = claim("a", "the army had detained the wife and son of the group's leader", 1, predicate="detain")
    b = claim("b", "the army had detained a wife and daughter of the group's leader", 2, predicate="detain")
    pair = relate_in_dossier(a, b, 0.85)
    assert (pair.relation, pair.kind) == ("conflict", "role")
    assert "son vs daughter" in pair.reasons[0]
    named = claim("c", "A DNA test had confirmed the child is Baghdadi's son", 1, predicate="be")
    girl = claim("d", "DNA tests showed that the girl was Baghdadi's child", 2, predicate="show")
    assert relate_in_dossier(named, girl, 0.87).relation == "conflict"


def test_a_boy_and_a_girl_who_are_nobody_named_s_children_do_not_conflict():
    # tuning rounds A and F: what she believed she was expecting, and two nuns' different babies
    a = claim("a", "She was convinced she was having a girl", 1, predicate="be")
    b = claim("b", "she was having a boy", 2, predicate="have")
    assert relate_in_dossier(a, b, 0.76, 89.0).relation != "conflict"
    nun = claim("c", "A cloistered nun has stunned her mother superior after giving birth to a baby boy", 1,
                predicate="stun")
    other = claim("d", "the nun initially gave her daughter up for adoption", 2, predicate="give")
    assert relate_in_dossier(nun, other, 0.73).relation != "conflict"


def test_a_son_and_a_mother_named_in_one_account_do_not_conflict():
    a = claim("a", "the army had detained the leader's son and his mother", 1, predicate="detain")
    b = claim("b", "the army had detained the leader's son and his mother near the border", 2, predicate="detain")
    assert relate_in_dossier(a, b, 0.9).relation == "agree"


def test_a_report_called_false_conflicts_with_an_outlet_asserting_it():
    a = claim("a", "singer Robert Plant ripped up a contract that would have paid him about $300 million", 1,
              predicate="rip", entities=["Robert Plant"])
    b = claim("b", "it is false that Robert Plant ripped up an $800 million contract offer", 2, polarity=-1,
              predicate="rip", reporting_verb="deny", entities=["Robert Plant"])
    pair = relate_in_dossier(a, b, 0.72)
    assert pair.relation == "conflict"
    assert any("denies" in r for r in pair.reasons)


def test_a_shared_list_of_names_is_not_one_quotation():
    a = claim("a", "The deal would have paid Plant, Jimmy Page and John Paul Jones roughly $346 million apiece", 1,
              predicate="pay", speaker="Mirror", speaker_entities=["Mirror"],
              entities=["Plant", "Jimmy Page", "John Paul Jones"])
    b = claim("b", "Plant, as well as former bandmates Jimmy Page and John Paul Jones, were offered $800 million", 2,
              predicate="offer", entities=["Plant", "Jimmy Page", "John Paul Jones"])
    pair = relate_in_dossier(a, b, 0.52)
    assert pair.relation != "agree"


@pytest.mark.parametrize("wording, relation", [(62.0, "agree"), (40.0, "related")])
def test_mostly_the_same_words_and_close_meaning_agree(wording, relation):
    a = claim("a", "she had been travelling with a fake passport", 1, predicate="travel")
    b = claim("b", "the woman was found with a fake passport at the border", 2, predicate="find")
    assert relate(a, b, 0.5, fuzzy=wording).relation == relation


@pytest.mark.parametrize("asserted, denied", [
    # a fake passport describes a thing; it denies nothing
    ("she was arrested in the north of Lebanon 10 days ago",
     "the woman who was detained 10 days ago in northern Lebanon was travelling with a fake ID"),
    # names alone, inside a sentence about something else, are not the denied proposition
    ("Abu Bakr al-Baghdadi is Isis", "it is false that Lebanese officials had captured the wife of ISIS "
                                     "leader Abu Bakr al-Baghdadi"),
])
def test_look_alike_denials_are_no_conflict(asserted, denied):
    a = claim("a", asserted, 1, predicate="be", entities=["Abu Bakr al-Baghdadi", "Isis", "Lebanon"])
    b = claim("b", denied, 2, polarity=-1 if denied.startswith("it is false") else 1, predicate="capture",
              reporting_verb="deny" if denied.startswith("it is false") else "",
              entities=["Abu Bakr al-Baghdadi", "ISIS", "Lebanon"])
    assert relate_in_dossier(a, b, 0.6).relation != "conflict"


def test_the_same_digits_without_million_are_a_slip_not_a_conflicting_figure():
    a = claim("a", "Robert Plant ripped up an $800 million contract offer", 1, predicate="rip",
              quantities=[Quantity(800e6, "$", "contract", "$800 million", False)])
    b = claim("b", "Robert Plant ripped up an $800 contract for such a gig", 2, predicate="rip",
              quantities=[Quantity(800.0, "$", "contract", "$800", False)])
    c = claim("c", "Robert Plant ripped up a $500 million contract offer", 3, predicate="rip",
              quantities=[Quantity(500e6, "$", "contract", "$500 million", False)])
    assert relate_in_dossier(a, b, 0.85).relation != "conflict"
    assert (relate_in_dossier(a, c, 0.85).relation, relate_in_dossier(a, c, 0.85).kind) == ("conflict", "number")


def test_two_claims_that_both_deny_it_are_no_conflict():
    # the "assertion" carries its own negation: it says what the denial says
    iraqi = claim("a", "the woman identified as Saja al-Dulaimi is an Iraqi national and not the wife of the leader",
                  1, predicate="be", entities=["Saja al-Dulaimi"])
    not_wife = claim("b", "Saja al-Dulaimi is not the wife of the leader", 2, predicate="be", polarity=-1,
                     entities=["Saja al-Dulaimi"])
    assert relate_in_dossier(iraqi, not_wife, 0.75).relation != "conflict"
    wife = claim("c", "Saja al-Dulaimi is the wife of the leader", 1, predicate="be", entities=["Saja al-Dulaimi"])
    assert relate_in_dossier(wife, not_wife, 0.75).relation == "conflict"


def test_a_bare_negation_of_another_action_is_no_denial_even_when_close_in_meaning():
    ripped = claim("a", "The singer ripped up a contract offer to reunite the band", 1, predicate="rip")
    no_money = claim("b", "No amount of money is enough for the singer to reunite the band", 2, predicate="be",
                     polarity=-1)
    assert relate_in_dossier(ripped, no_money, 0.74).relation != "conflict"
    kept = claim("c", "The singer did not rip up a contract offer to reunite the band", 2, predicate="rip",
                 polarity=-1)
    assert relate_in_dossier(ripped, kept, 0.74).relation == "conflict"
    # the negated verb is another one, though the asserted claim is inside the negated one
    lost = claim("d", "Mike had lost cellphone contact with the control room", 1, predicate="lose")
    deaf = claim("e", "Mike had lost cellphone contact with the control room, so he couldn't hear that he was on "
                 "air", 2, predicate="hear", polarity=-1)
    assert relate_in_dossier(lost, deaf, 0.88).relation != "conflict"


def test_a_denied_identity_conflicts_with_a_claim_naming_that_identity():
    detained = claim("a", "The army has detained a wife and a son of the Isis leader in Lebanon", 1,
                     predicate="detain", entities=["Lebanon"])
    not_wife = claim("b", "the woman detained in Lebanon was not the wife of the Isis leader", 2, predicate="be",
                     polarity=-1, entities=["Lebanon"])
    assert relate_in_dossier(detained, not_wife, 0.72).relation == "conflict"


def test_no_comment_boilerplate_is_not_a_denial_of_being_contacted():
    contacted = claim("a", "Mr Thomas has been contacted for comment.", 1, predicate="contact", entities=["Thomas"])
    silent = claim("b", "Thomas did not immediately respond to request for comment.", 2, predicate="respond",
                   polarity=-1, entities=["Thomas"])
    assert relate_in_dossier(contacted, silent, 0.72).relation != "conflict"


def test_dismissing_claims_is_a_denial_and_two_denials_do_not_conflict():
    agreed = claim("a", "Boko Haram has agreed to a ceasefire with the government", 1, predicate="agree",
                   entities=["Boko Haram"])
    dismissed = claim("b", "The leader of Boko Haram has dismissed claims that it has agreed to a ceasefire with "
                      "the government", 2, predicate="dismiss", entities=["Boko Haram"])
    denied = claim("c", "Boko Haram has denied claims that it has agreed to a ceasefire with the government", 2,
                   predicate="deny", entities=["Boko Haram"])
    assert relate_in_dossier(agreed, dismissed, 0.78).relation == "conflict"
    assert relate_in_dossier(dismissed, denied, 0.85).relation != "conflict"


def test_the_same_negated_quote_with_a_curly_apostrophe_is_no_conflict():
    plain = claim("a", "The fact that God is a Holy Mother doesn't disturb me.", 1, predicate="disturb", polarity=-1)
    curly = claim("b", "The fact that God is a Holy Mother doesn’t disturb me, she is everything I hoped", 2,
                  predicate="be")
    assert relate_in_dossier(plain, curly, 0.93).relation != "conflict"


def test_sources_negating_the_existence_of_cases_deny_them():
    reported = claim("a", "two cases of Ebola were reported at the hospital in Mosul", 1, predicate="report",
                     entities=["Ebola", "Mosul"])
    negated = claim("b", "All sources contacted have negated the existence of any cases of Ebola at the hospital "
                    "in Mosul", 2, predicate="negate", entities=["Ebola", "Mosul"])
    pair = relate_in_dossier(reported, negated, 0.75)
    assert pair.relation == "conflict" and "negated the existence" in pair.reasons[0]


def test_a_report_called_false_conflicts_with_claims_close_to_what_it_said():
    agreed = claim("a", "More than 200 girls who were kidnapped will be released after a ceasefire deal", 1,
                   predicate="release")
    false = claim("b", "it is false that it has agreed to a ceasefire and will free the abducted schoolgirls", 2,
                  predicate="agree", polarity=-1, reporting_verb="deny", core=("agree", "ceasefire"))
    pair = relate_in_dossier(agreed, false, 0.58)
    assert pair.relation == "conflict" and "the other denies it" in pair.reasons[0]
    # only the background of the report shared (who was kidnapped), not what it is said to do
    kidnapped = claim("e", "An initial 300 students were kidnapped from a boarding school", 1, predicate="kidnap",
                      core=("kidnap",))
    freed = claim("f", "it is false that it agreed to release the schoolgirls kidnapped in April", 2,
                  predicate="agree", polarity=-1, reporting_verb="deny", core=("agree", "release", "schoolgirl"))
    assert relate_in_dossier(kidnapped, freed, 0.60).relation != "conflict"
    told = claim("c", "A video showed the leader laughing off claims that it had agreed to a ceasefire deal", 2,
                 predicate="show", polarity=-1, reporting_verb="call false")
    leader = claim("d", "Shekau is the leader of the group that agreed to a ceasefire deal", 1, predicate="be")
    assert relate_in_dossier(leader, told, 0.66).relation != "conflict"


def test_the_same_words_never_conflict_even_when_relative_dates_resolve_apart():
    # "on Tuesday" in copy published a week apart resolves to two dates; the words are one report
    first = dataclasses.replace(claim("a", "The minister resigned on Tuesday after the vote", 1, predicate="resign"),
                                dates=("2026-01-06",))
    again = dataclasses.replace(claim("b", "The minister resigned on Tuesday after the vote", 9, predicate="resign"),
                                dates=("2026-01-13",))
    assert relate_in_dossier(first, again, 1.0, fuzzy=100.0).relation == "agree"


def test_different_counts_of_people_are_not_one_statement():
    a = claim("1", "the group agreed to release the 219 teenage girls kidnapped from a boarding school", 1,
              predicate="agree", quantities=[Quantity(219, "", "girl", "219")])
    b = claim("2", "An initial 300 students were kidnapped from a boarding school", 2,
              predicate="kidnap", quantities=[Quantity(300, "", "student", "300")])
    pair = relate(a, b, 0.66, 50.0)
    assert pair.relation == "related" and "different figures: 219 vs 300" in pair.reasons
    same = claim("3", "219 girls were kidnapped from a boarding school", 3, predicate="kidnap",
                 quantities=[Quantity(219, "", "girl", "219")])
    assert relate(a, same, 0.70, 50.0).relation == "agree"


def test_a_name_and_its_short_form_are_one_actor():
    a = claim("1", "Dylan Thomas had a spider removed from under his skin at a Bali clinic", 1, predicate="have",
              actor="Dylan Thomas", actor_entities=["Dylan Thomas"])
    b = claim("2", "Dylan had the spider removed from under his skin at the clinic in Bali", 2, predicate="have",
              actor="Dylan", actor_entities=["Dylan"])
    assert relate(a, b, 0.75, 70.0).relation == "agree"
    other = claim("3", "Dylan Maxwell had a spider removed from under his skin at a Bali clinic", 3,
                  predicate="have", actor="Dylan Maxwell", actor_entities=["Dylan Maxwell"])
    assert relate(a, other, 0.9, 80.0).relation != "agree"  # a different surname is not the same name


def test_there_is_no_such_person_conflicts_with_a_claim_about_him():
    none = claim("1", "There is no 71-year-old Father John Michael O’Neal in Massachusetts", 1, predicate="be",
                 polarity=-1, entities=["John Michael O’Neal", "Massachusetts"])
    story = claim("2", "Father John Micheal O’neal was rushed to the hospital after a major heart attack", 2,
                  predicate="rush", entities=["John Micheal O’neal"])
    pair = relate(none, story, 0.62)
    assert pair.relation == "conflict" and "there is no John Michael O’Neal" in pair.reasons[0]
    elsewhere = claim("3", "Doctors in Massachusetts were rushed to the hospital", 2, predicate="rush",
                      entities=["Massachusetts"])
    assert relate(none, elsewhere, 0.62).relation != "conflict"  # only the one said not to exist


def test_a_denial_the_claim_concedes_is_not_its_own():
    a = claim("1", "O’Neal said that he will continue to spread the word of God, despite the Archbishop "
                   "moving to rubbish the claims", 1, predicate="say")
    b = claim("2", "Despite the disapproval of his superiors, Father O’Neal says that he will continue to spread "
                   "the word of God", 2, predicate="say")
    assert relate(a, b, 0.80, 60.0).relation == "agree"


def test_minutes_against_hours_conflict_even_as_caps_and_far_apart_sums_do_not():
    a = claim("1", "he woke up less than 48 minutes later", 1, predicate="wake",
              quantities=[Quantity(48 * 60, "s", "", "48 minutes")])
    b = claim("2", "he woke up less than 48 hours later", 2, predicate="wake",
              quantities=[Quantity(48 * 3600, "s", "", "48 hours")])
    pair = relate(a, b, 0.98, 91.0)
    assert pair.relation == "conflict" and pair.kind == "number"
    gave = claim("3", "Lin gave a homeless man $100 to see what he would do with it", 1, predicate="give",
                 quantities=[Quantity(100, "$", "", "$100")])
    raised = claim("4", "the clip has raised more than $130,000 for homeless people", 2, predicate="raise",
                   quantities=[Quantity(130000, "$", "", "$130,000")])
    assert relate(gave, raised, 0.61).relation != "conflict"


def test_so_far_is_a_time_not_a_doubt():
    a = claim("1", "it surpassed $55,000 through Wednesday morning", 1, predicate="surpass",
              quantities=[Quantity(55000, "$", "", "$55,000")])
    b = claim("2", "So far, donations have reached close to $56,000", 2, predicate="reach",
              quantities=[Quantity(56000, "$", "donation", "$56,000", approximate=True)])
    assert not any(r.startswith("one says it, the other") for r in relate(a, b, 0.59).reasons)


def test_a_report_called_false_disputes_neither_names_nor_figures_alone():
    false = claim("1", "it is false that Lebanese officials had captured the wife and child of ISIS leader Abu Bakr "
                       "al-Baghdadi", 1, predicate="capture", polarity=-1, reporting_verb="deny", core=("capture",),
                  entities=["Abu Bakr al-Baghdadi"])
    background = claim("2", "Abu Bakr al-Baghdadi is the leader of the Islamic State", 2, predicate="be",
                       entities=["Abu Bakr al-Baghdadi"])
    assert relate_in_dossier(background, false, 0.61).relation != "conflict"
    rumour = claim("3", "it is false that Robert Plant ripped up an $800 million contract offer", 1,
                   predicate="rip", polarity=-1, reporting_verb="deny", core=("rip",),
                   quantities=[Quantity(800e6, "$", "contract", "$800 million")])
    offer = claim("4", "Branson guaranteed the band more than $900 million for the reunion contract", 2,
                  predicate="guarantee", quantities=[Quantity(900e6, "$", "contract", "$900 million")])
    assert relate_in_dossier(offer, rumour, 0.62).relation != "conflict"


def test_one_quotation_agrees_though_outlets_name_its_speaker_differently():
    words = "it was a tropical spider that's been living inside me for the last three days"
    a = claim("1", words, 1, predicate="be", speaker="Dylan Thomas", speaker_entities=["Dylan Thomas"],
              actor_entities=["Dylan Thomas"])
    b = claim("2", words.replace("inside me", "inside of me"), 2, predicate="be", speaker="Dylan Maxwell",
              speaker_entities=["Dylan Maxwell"], actor_entities=["Dylan Maxwell"])
    pair = relate(a, b, 0.99, 97.0)
    assert pair.relation == "agree" and any("attributed to Dylan Thomas and to Dylan Maxwell" in r for r in pair.reasons)
    short = "I am cautiously optimistic."  # a short quotation, word for word
    badeh = claim("5", short, 1, predicate="be", speaker="Alex Badeh", speaker_entities=["Alex Badeh"],
                  actor_entities=["Alex Badeh"])
    tukur = claim("6", short, 2, predicate="be", speaker="Hassan Tukur", speaker_entities=["Hassan Tukur"],
                  actor_entities=["Hassan Tukur"])
    pair = relate(badeh, tukur, 1.0, 100.0)
    assert pair.relation == "agree" and any("attributed to Alex Badeh and to Hassan Tukur" in r for r in pair.reasons)
    assert pair.reasons[0] == "same wording"
    # two bodies' own statements in the same words stay apart
    ofcom = claim("3", "it had made urgent contact with X and xAI about the images", 1, predicate="make",
                  speaker="Ofcom", speaker_entities=["Ofcom"], actor_entities=["Ofcom"])
    eu = claim("4", "it had made urgent contact with X and xAI about the images", 2, predicate="make",
               speaker="the European Commission", speaker_entities=["European Commission"],
               actor_entities=["European Commission"])
    assert relate(ofcom, eu, 0.99, 100.0).relation != "agree"


def test_two_verdicts_that_name_nothing_in_common_do_not_agree():
    a = claim("1", "the entire thing is a hoax", 1, predicate="be", speaker="an eyewitness")
    b = claim("2", "this could be a hoax story", 2, predicate="be", speaker="a spokesman for the Archbishop")
    pair = relate(a, b, 0.57, 58.0)
    assert pair.relation == "related" and pair.reasons[0] == "nothing said in common but names"


def test_no_reason_why_and_defies_logic_deny_what_they_name():
    story = claim("1", "the spider had burrowed its way through a scar", 1, predicate="burrow")
    for text in ("I can think of no valid reason why a spider might crawl beneath skin through a scar",
                 "The claim that it was burrowing its way through the scar tissue defies logic"):
        doubt = claim("2", text, 2, predicate="think")
        assert relate(story, doubt, 0.78).relation == "conflict", text


def test_a_relayed_report_is_no_side_against_its_denial():
    from verify.claims import RELAYED
    told = claim("1", "Islamic State militants in Mosul have contracted Ebola", 1, predicate="contract",
                 reporting_verb=RELAYED)
    false = claim("2", "it is false that Isis fighters in Iraq have contracted Ebola", 2, predicate="contract",
                  polarity=-1, reporting_verb="deny", core=("contract", "ebola"))
    assert relate_in_dossier(told, false, 0.84).relation != "conflict"
    asserted = dataclasses.replace(told, reporting_verb="")
    assert relate_in_dossier(asserted, false, 0.84).relation == "conflict"


def test_an_increment_is_not_a_total_to_dispute():
    more = claim("1", "14 additional police officers were arrested over the disappearances", 1, predicate="arrest",
                 quantities=[Quantity(14, "", "officer", "14")])
    total = claim("2", "Officials have detained 30 people, including 22 police officers, in the case", 2,
                  predicate="detain", quantities=[Quantity(30, "", "people", "30"), Quantity(22, "", "officer", "22")])
    assert relate_in_dossier(more, total, 0.6).relation != "conflict"


def test_a_hope_or_a_maybe_is_no_side_against_a_denial():
    hope = claim("1", "officials hope her capture could be the breakthrough needed to free the soldiers", 1,
                 predicate="hope")
    false = claim("2", "it is false that Lebanese officials had captured the wife of the leader", 2,
                  predicate="capture", polarity=-1, reporting_verb="deny", core=("capture",))
    assert relate_in_dossier(hope, false, 0.66).relation != "conflict"
    firm = claim("3", "Lebanese officials captured the wife of the leader last week", 1, predicate="capture")
    assert relate_in_dossier(firm, false, 0.85).relation == "conflict"


def test_not_ruled_out_and_looks_like_are_no_denial_and_no_firm_claim():
    open_question = claim("1", "NASA said that while a meteorite could not be ruled out, something else was likely",
                          1, predicate="say")
    story = claim("2", "A meteorite struck near the airport, leaving a crater", 2, predicate="strike")
    assert relate(story, open_question, 0.75).relation != "conflict"
    looks = claim("3", "the man in the video really looks like Paul Rudd", 1, predicate="look")
    denial = claim("4", "it is false that the man in the video was Paul Rudd", 2, predicate="be", polarity=-1,
                   reporting_verb="deny", core=("be", "Rudd"))
    assert relate_in_dossier(looks, denial, 0.8).relation != "conflict"


def test_an_age_and_a_spelled_out_count_block_agreement_only_against_their_own_kind():
    from verify.figures import counts_differ
    age = Quantity(66, "", "age", "66-year-old")
    tour = claim("a", "The 66-year-old singer walked away from a 35-date tour", 1,
                 quantities=[age, Quantity(35, "", "date", "35")])
    members = claim("b", "a tour to be split among the three original members", 2,
                    quantities=[Quantity(3, "", "member", "three")])
    assert counts_differ(tour, members, 0.05) is None  # an age is no count; "three members" counts no dates
    younger = claim("c", "The 50-year-old singer walked away", 2, quantities=[Quantity(50, "", "age", "50-year-old")])
    assert counts_differ(tour, younger, 0.05) == "different figures: 66-year-old vs 50-year-old"
    sons = claim("d", "The woman was travelling with two sons", 1, quantities=[Quantity(2, "", "son", "two")])
    three = claim("e", "The woman was travelling with three sons", 2, quantities=[Quantity(3, "", "son", "three")])
    assert counts_differ(sons, three, 0.05) == "different figures: two vs three"
    bonham = claim("f", "A big payday would have gone to Jason Bonham, 48", 1,
                   quantities=[Quantity(48, "", "age", "48,", of="bonham")])
    page = claim("g", "guitarist Jimmy Page, 70, had signed", 2, quantities=[Quantity(70, "", "age", "70,", of="page")])
    assert counts_differ(bonham, page, 0.05) is None  # two named people's ages


def _unit(*weights):
    v = np.array(weights, dtype=float)
    return v / np.linalg.norm(v)


def test_a_hoax_retold_by_the_article_debunking_it_is_no_side_of_a_conflict():
    from verify.relate import debunking
    hoax = claim("h", "NASA confirmed the Earth will experience six days of total darkness", 1, article="hoaxsite")
    debunk = claim("d", "The bogus report claimed the Earth would go dark for six days", 2, article="checker")
    retold = claim("r", "the Earth will experience six days of total darkness", 2, article="checker")
    own = claim("o", "the sun will rise as usual in December", 2, article="checker")
    other = claim("x", "it is false that there will be three days of darkness in December", 3, article="checker2",
                  reporting_verb="deny")
    quoted = claim("q", "It is a hoax, the agency said", 3, article="quoter", speaker="the agency")
    told_of = claim("t", "the Earth will be dark for six days", 3, article="quoter")
    claims = [hoax, debunk, retold, own, other, quoted, told_of]
    vectors = np.stack([_unit(1, 0.1, 0), _unit(1, 0.3, 0), _unit(1, 0.1, 0), _unit(0, 0, 1), _unit(1, 0.4, 0),
                        _unit(1, 0.2, 0), _unit(1, 0.1, 0)])
    retold_ids, same_side = debunking(claims, vectors)
    assert retold_ids == {"r"}  # not the article's own "sun will rise", nor what a quoted speaker called a hoax
    assert same_side == {frozenset(("checker", "checker2"))}
    index = EntityIndex.build(claims + FILLER)
    index.retold, index.co_debunkers = retold_ids, same_side
    assert relate_pair(retold, other, Candidate(0, 1, 0.8, 60, ("embedding",)), index, CFG).relation != "conflict"
    # both call the hoax false: what one says beside its debunking is no dispute with the other
    beside = claim("b", "the Earth will experience six days of darkness, the hoax said", 2, article="checker")
    assert relate_pair(beside, other, Candidate(0, 1, 0.8, 60, ("embedding",)), index, CFG).relation != "conflict"
    # the hoax site itself still conflicts with the debunking
    assert relate_pair(hoax, other, Candidate(0, 1, 0.7, 60, ("embedding",)), index, CFG).relation == "conflict"


def test_that_a_report_or_rumour_exists_is_no_side_against_a_denial():
    denial = claim("a", "it is false that the ISIS leader was killed in an air strike", 2, reporting_verb="deny",
                   speaker="Pentagon", entities=["ISIS"])
    for text in ("it was reported that the ISIS leader had been killed in an air strike",
                 "Rumours circulated that the ISIS leader was killed in an air strike",
                 "The ISIS leader may have been killed in an air strike"):
        assert relate_in_dossier(claim("b", text, 1, entities=["ISIS"]), denial, 0.8).relation != "conflict", text
    # what an outlet tells as reportedly so is a side (session 11: 14 of the 19 test-round flags this
    # raised were judged real; an earlier session (commit 887205e) had made it no side)
    assert relate_in_dossier(claim("b", "The ISIS leader was reportedly killed in an air strike", 1, entities=["ISIS"]),
                             denial, 0.8).relation == "conflict"
    assert relate_in_dossier(claim("b", "The ISIS leader was killed in an air strike", 1, entities=["ISIS"]),
                             denial, 0.8).relation == "conflict"


def test_no_validity_to_a_rumour_denies_it_and_does_not_say_the_person_does_not_exist():
    rumour = claim("a", "There is no validity to the rumor that we've killed Baghdadi", 2, polarity=-1,
                   entities=["Baghdadi"])
    aide = claim("b", "Baghdadi's aide had been wounded near the border", 1, entities=["Baghdadi"])
    pair = relate_in_dossier(rumour, aide, 0.55)
    assert not any("there is no Baghdadi" in r for r in pair.reasons)
    from verify.relate import _stance
    assert _stance(rumour.text, -1) == "deny"


def test_a_founder_is_no_finding():
    royalties = claim("a", "Sugarhill Gang didn't receive royalty checks equal to its influence", 1, polarity=-1,
                      predicate="receive", actor_entities=["Sugarhill Gang"], entities=["Sugarhill Gang"])
    death = claim("b", "Sugarhill Gang founder Henry Jackson has died at age 57", 2, predicate="die",
                  actor_entities=["Sugarhill Gang"], entities=["Sugarhill Gang", "Henry Jackson"])
    assert relate_in_dossier(royalties, death, 0.5).relation != "conflict"


def test_counts_conflict_only_for_the_same_happening():
    pregnant = claim("a", "Seven girls have fallen pregnant after a five-day school trip to the capital", 1,
                     quantities=[Quantity(7, "", "girl", "Seven", verb="fall")])
    trip = claim("b", "28 girls from a small town went on a five-day school trip to the capital", 2,
                 quantities=[Quantity(28, "", "girl", "28", verb="go")])
    assert relate_in_dossier(pregnant, trip, 0.6).relation != "conflict"  # seven of the 28
    abducted = claim("c", "militants abducted 219 schoolgirls from the town of Chibok in April", 1,
                     quantities=[Quantity(219, "", "schoolgirl", "219", verb="abduct")], entities=["Chibok"])
    some_300 = claim("d", "in April they abducted some 300 schoolgirls from a school in Chibok", 2,
                     quantities=[Quantity(300, "", "schoolgirl", "300", approximate=True, verb="abduct")],
                     entities=["Chibok"])
    assert relate_in_dossier(abducted, some_300, 0.65).relation == "conflict"


def test_one_exact_figure_is_one_fact_whatever_each_claim_says_it_counts():
    letters = claim("a", "Harbourline Bank is writing to 212,400 people to tell them their details had been stolen", 1,
                    quantities=[Quantity(212400, "", "people", "212,400", verb="write")], entities=["Harbourline Bank"])
    affected = claim("b", "In the bank's account, 212,400 customers are affected, including about 54,000 in the "
                     "Netherlands", 2, quantities=[Quantity(212400, "", "customer", "212,400", verb="affect")],
                     entities=["Netherlands"])
    pair = relate_in_dossier(letters, affected, 0.47, 41.0)
    assert pair.relation == "agree" and "same exact figure reported: 212,400 = 212,400" in pair.reasons
    # a round figure recurs: 2,000 complaints and 2,000 customers are not one fact for it
    round_a = dataclasses.replace(letters, text="Harbourline received 2,000 complaints",
                                  quantities=(Quantity(2000, "", "complaint", "2,000"),))
    round_b = dataclasses.replace(affected, text="2,000 customers in the Netherlands were affected",
                                  quantities=(Quantity(2000, "", "customer", "2,000"),))
    assert relate_in_dossier(round_a, round_b, 0.47, 41.0).relation != "agree"


def test_claims_of_different_years_or_days_do_not_agree():
    fined = claim("a", "The Central Bank fined Harbourline in 2023 over anti-money-laundering failings", 1,
                  predicate="fine", actor="Central Bank", actor_entities=["Central Bank"])
    again = claim("b", "In 2024 the Central Bank fined Harbourline over anti-money-laundering failings", 2,
                  predicate="fine", actor="Central Bank", actor_entities=["Central Bank"])
    pair = relate_in_dossier(fined, again, 0.9, 85.0)
    assert pair.relation != "agree" and pair.reasons[0] == "different years: 2023 vs 2024"
    shelter = claim("c", "the order for residents near the plant was lifted at 2 p.m. Wednesday", 1, predicate="lift")
    evacuation = claim("d", "the order for residents near the plant was lifted at 10 a.m. Thursday", 2, predicate="lift")
    assert relate_in_dossier(shelter, evacuation, 0.8, 80.0).relation != "agree"


def test_a_restriction_in_force_then_lifted_is_an_update():
    bank = dict(actor="Central Bank", actor_entities=["Central Bank"], entities=["Central Bank", "Harbourline"])
    in_force = claim("a", "The Central Bank's restriction on Harbourline opening new accounts remains in place.", 6,
                     predicate="remain", **bank)
    lifted = claim("b", "The Central Bank lifted the ban on Harbourline signing up new customers on Wednesday", 9,
                   predicate="lift", **bank)
    pair = relate_in_dossier(in_force, lifted, 0.59, 60.0)
    assert (pair.relation, pair.kind) == ("conflict", "update")
    assert pair.reasons[0] == "status changed: ban in force → lifted"
    # lifted first, then said to be in force again: not this rule's order; and "has not been lifted" lifts nothing
    assert relate_in_dossier(dataclasses.replace(lifted, published=in_force.published),
                             dataclasses.replace(in_force, published=lifted.published), 0.59, 60.0).kind != "update"
    kept = dataclasses.replace(lifted, text="The Central Bank has not lifted the ban on new customers", polarity=-1)
    assert relate_in_dossier(in_force, kept, 0.59, 60.0).kind != "update"
    # imposed by a verb, by a body the claims do not name: a suspension, a limit, a closure
    suspended = claim("c", "The regulator on Wednesday suspended export certification for formula from the plant", 1,
                      predicate="suspend")
    restored = claim("d", "The regulator also lifted its suspension of export certification for the plant", 20,
                     predicate="lift")
    assert relate_in_dossier(suspended, restored, 0.71, 69.0).reasons[0] == "status changed: suspension in force → lifted"
    closed = claim("e", "The formula factory has been closed since the recall", 1, predicate="close")
    reopened = claim("f", "The formula factory resumed production on Monday after the recall", 20, predicate="resume")
    assert relate_in_dossier(closed, reopened, 0.6, 60.0).reasons[0] == "status changed: closed → reopened"


def test_a_speaker_who_later_says_the_opposite_reverses_itself():
    said = dict(speaker="Whitcomb", speaker_entities=["Whitcomb"], actor="Whitcomb", actor_entities=["Whitcomb"])
    first = claim("a", "At this time we have no indication that any material left the facility", 7, polarity=-1,
                  predicate="have", **said)
    later = claim("b", "Some of that material moved beyond our property line", 13, predicate="move", **said)
    pair = relate_in_dossier(first, later, 0.48, 65.0)
    assert (pair.relation, pair.kind) == ("conflict", "reversal")
    assert pair.reasons[0] == "reversal: Whitcomb first said it was not so, later that it was so"
    assert (pair.a, pair.b) == ("a", "b")
    # still finding out is no statement to take back; another speaker's word is no reversal of one's own
    unsure = dataclasses.replace(first, text="It is unclear whether any material left the facility")
    assert relate_in_dossier(unsure, later, 0.48, 65.0).kind != "reversal"
    other = dataclasses.replace(later, speaker="Amundsen", speaker_entities=("Amundsen",), actor="Amundsen",
                                actor_entities=("Amundsen",))
    assert relate_in_dossier(first, other, 0.48, 65.0).kind != "reversal"


def test_a_count_worded_with_another_verb_or_noun_for_the_same_happening_conflicts():
    taken = claim("a", "Nine people were taken to hospitals, the director said", 1,
                  quantities=[Quantity(9, "", "people", "Nine", verb="take")])
    treated = claim("b", "Fourteen people were treated at hospitals after the fire", 2,
                    quantities=[Quantity(14, "", "people", "Fourteen", verb="treat")])
    pair = relate_in_dossier(taken, treated, 0.67)
    assert (pair.relation, pair.kind) == ("conflict", "number")
    evacuation = claim("c", "The fire forced the evacuation of 1,184 residents from about 460 homes", 1,
                       quantities=[Quantity(1184, "", "resident", "1,184", verb="force")])
    evacuated = claim("d", "About 1,800 people were evacuated", 2,
                      quantities=[Quantity(1800, "", "people", "1,800", approximate=True, verb="evacuate")])
    assert relate_in_dossier(evacuation, evacuated, 0.6).kind == "number"  # residents are people
    # taken somewhere else than a hospital is not treated at one
    bus = claim("e", "Nine people were taken to a school by bus", 1, quantities=[Quantity(9, "", "people", "Nine",
                                                                                          verb="take")])
    assert relate_in_dossier(bus, treated, 0.6).relation != "conflict"


def test_the_same_sentence_with_another_figure_is_a_conflict():
    first = claim("a", "Four remained hospitalized Thursday, including a plant worker in critical condition", 1,
                  predicate="remain")
    later = claim("b", "Five remained hospitalized, including a plant worker in critical condition", 1,
                  predicate="remain")
    pair = relate_in_dossier(first, later, 0.66, 92.0)
    assert (pair.relation, pair.kind) == ("conflict", "number")
    assert pair.reasons[0] == "the same sentence with another figure: Four vs Five"
    year = dataclasses.replace(later, text="Four remained hospitalized in 2025, including a plant worker in critical "
                               "condition")
    other_year = dataclasses.replace(first, text="Four remained hospitalized in 2026, including a plant worker in "
                                     "critical condition")
    assert relate_in_dossier(year, other_year, 0.9, 95.0).relation != "conflict"  # a year dates, it does not count


def test_a_figure_said_to_be_revised_updates_the_claim_that_gave_it():
    old = claim("a", "about 9,400 pounds of ethyl acrylate were released during the fire", 13,
                quantities=[Quantity(9400, "", "pound", "9,400", approximate=True)])
    new = claim("b", "Verant filed a revised estimate saying as much as 13,600 pounds may have been released, up "
                "from the 9,400 pounds it cited", 23, quantities=[Quantity(13600, "", "pound", "13,600"),
                                                                  Quantity(9400, "", "pound", "9,400")])
    pair = relate_in_dossier(old, new, 0.85, 60.0)
    assert (pair.relation, pair.kind) == ("conflict", "update")
    assert pair.reasons[0].startswith("figure revised: 9,400 → 13,600")


def test_not_confirmed_and_denied_point_the_same_way_and_not_the_first_time_is_a_second_time():
    unconfirmed = claim("a", "ISIS has not confirmed the report about Rosenberg's capture", 1, polarity=-1,
                        predicate="confirm", entities=["Rosenberg"])
    denied = claim("b", "Kurdish sources denied the reports about Rosenberg's capture", 2, predicate="deny",
                   entities=["Rosenberg"])
    assert relate_in_dossier(unconfirmed, denied, 0.7).relation != "conflict"
    again = claim("c", "this isn't the first time a Macedonian man has chopped off his penis", 1, polarity=-1,
                  predicate="be")
    second = claim("d", "This was the second recent example of a Macedonian man chopping off his penis", 2,
                   predicate="be")
    assert relate_in_dossier(again, second, 0.75).relation != "conflict"


def test_a_claim_giving_several_values_for_one_quantity_disputes_no_single_figure():
    from verify.figures import number_conflict
    sizes = claim("a", "The 12-inch MacBook Air is much slimmer than its 11-inch counterpart", 1,
                  quantities=[Quantity(12, "", "inch", "12"), Quantity(11, "", "inch", "11")])
    limit = claim("b", "the MacBook Air should have a 13-inch screen", 2, quantities=[Quantity(13, "", "inch", "13")])
    assert number_conflict(sizes, limit, 0.05) is None
    single = claim("c", "the MacBook Air will have a 12-inch screen", 1, quantities=[Quantity(12, "", "inch", "12")])
    assert number_conflict(single, limit, 0.05) == "numbers differ for inch: 12 vs 13"


def test_figures_of_two_differently_named_things_do_not_conflict():
    watch = claim("a", "The most expensive Apple Watch will have to cost around $10,000", 1, predicate="cost",
                  entities=["Apple Watch"], quantities=[Quantity(10000, "$", "", "$10,000", approximate=True)])
    mac = claim("b", "Its most expensive computer, the MacPro, starts at around $3,000", 2, predicate="start",
                entities=["MacPro"], quantities=[Quantity(3000, "$", "", "$3,000", approximate=True)])
    assert relate(watch, mac, 0.7).relation != "conflict"
    same = claim("c", "The most expensive Apple Watch will cost around $3,000", 2, predicate="cost",
                 entities=["Apple Watch"], quantities=[Quantity(3000, "$", "", "$3,000", approximate=True)])
    pair = relate(watch, same, 0.7)
    assert (pair.relation, pair.kind) == ("conflict", "number")  # one named thing, two prices


def test_counts_of_another_happening_or_another_year_do_not_conflict_however_close_the_wording():
    ran_down = claim("a", "an Islamic convert ran down two Canadian soldiers near Quebec on Monday", 1,
                     quantities=[Quantity(2, "", "soldier", "two", verb="run")])
    killed = claim("b", "an Islamic convert killed one Canadian soldier near Quebec on Monday", 2,
                   quantities=[Quantity(1, "", "soldier", "one", verb="kill")])
    assert relate_in_dossier(ran_down, killed, 0.9).relation != "conflict"
    then = claim("c", "In 2010, the dams were opened, forcing 100 families from their homes in Gaza", 1,
                 quantities=[Quantity(100, "", "family", "100", verb="force")])
    now = claim("d", "More than 40 homes were flooded in Gaza and 80 families are in shelters", 2,
                quantities=[Quantity(80, "", "family", "80")])
    assert relate_in_dossier(then, now, 0.65).relation != "conflict"
    population = claim("e", "Managua has a population of 1.2 million people", 1,
                       quantities=[Quantity(1.2e6, "", "people", "1.2 million")], entities=["Managua"])
    living = claim("f", "About 1.5 million people live in Managua", 2,
                   quantities=[Quantity(1.5e6, "", "people", "1.5 million", approximate=True, verb="live")],
                   entities=["Managua"])
    assert relate_in_dossier(population, living, 0.65).relation == "conflict"


def test_a_corrected_name_disputes_what_was_done_for_that_person_not_every_mention_of_them():
    fix = claim("a", "the broker said the house was built not for Tiger Woods, but for a Swedish millionaire", 2,
                entities=["Tiger Woods"])
    golfer = claim("b", "Tiger Woods is winner of 14 major golf championships", 1, entities=["Tiger Woods"])
    assert relate_in_dossier(fix, golfer, 0.55).relation != "conflict"
    built = claim("c", "the house on the island was built for Tiger Woods", 1, entities=["Tiger Woods"])
    assert relate_in_dossier(fix, built, 0.6).kind == "correction"


def test_a_bare_not_of_a_state_denies_only_that_state_and_not_confirming_is_no_finding():
    unhappy = claim("a", "Apple isn't yet happy with the watch's battery life", 1, polarity=-1, predicate="be",
                    entities=["Apple"])
    a_day = claim("b", "the watch's battery life is currently about a day", 2, predicate="be")
    assert relate_in_dossier(unhappy, a_day, 0.72).relation != "conflict"
    happy = claim("c", "Apple is happy with the watch's battery life", 2, predicate="be", entities=["Apple"])
    assert relate_in_dossier(unhappy, happy, 0.9).relation == "conflict"
    unconfirmed = claim("d", "police would not confirm the former player was hurt at the address", 1, polarity=-1,
                        predicate="confirm", actor="police", actor_entities=["Metro Police"])
    shooting = claim("e", "police confirmed there was an accidental shooting at the address", 2, predicate="be",
                     reporting_verb="confirm", actor="police", actor_entities=["Metro Police"])
    assert relate_in_dossier(unconfirmed, shooting, 0.6).relation != "conflict"


def test_cannot_thank_enough_is_thanks():
    thanks = claim("a", "I thank you, Virgin Media, for finding the voicemail", 1, predicate="thank",
                   entities=["Virgin Media"])
    enough = claim("b", "I can't thank Virgin Media enough for finding the voicemail", 2, polarity=-1,
                   predicate="thank", entities=["Virgin Media"])
    assert relate_in_dossier(thanks, enough, 0.85).relation != "conflict"


def test_counts_a_thousand_times_apart_are_of_different_things():
    from verify.figures import number_conflict
    installed = claim("a", "the average user will install 100 apps on the watch", 1,
                      quantities=[Quantity(100, "", "app", "100", verb="install")])
    store = claim("b", "the store will hold 100,000 apps for the watch at launch", 2,
                  quantities=[Quantity(100000, "", "app", "100,000", verb="hold")])
    assert number_conflict(installed, store, 0.05) is None
    more = claim("c", "the store will hold 150,000 apps for the watch at launch", 2,
                 quantities=[Quantity(150000, "", "app", "150,000", verb="hold")])
    assert number_conflict(store, more, 0.05) == "numbers differ for app: 100,000 vs 150,000"


def test_what_a_kind_can_reach_is_disputed_only_by_a_figure_beyond_it_and_another_year_is_another_event():
    kind = claim("a", "Wels catfish can grow to be over 13 feet long in the Po Delta", 1,
                 quantities=[Quantity(3.96, "m", "", "13 feet")])
    this_one = claim("b", "the wels catfish caught in the Po Delta was 2.67m", 2,
                     quantities=[Quantity(2.67, "m", "", "2.67m")])
    assert relate_in_dossier(kind, this_one, 0.75).relation != "conflict"
    lifespan = claim("c", "Goldfish can live up to 10 years", 1, quantities=[Quantity(10, "", "year", "10")])
    this_fish = claim("d", "this goldfish will live for 20 years", 2,
                      quantities=[Quantity(20, "", "year", "20")])
    assert relate_in_dossier(lifespan, this_fish, 0.75).relation == "conflict"
    girl = claim("e", "In 2011 a Congolese nun gave birth to a baby girl in a hospital", 1, predicate="give")
    boy = claim("f", "a Salvadorean nun gave birth to a baby boy in a hospital", 2, predicate="give")
    assert relate_in_dossier(girl, boy, 0.8).relation != "conflict"


def test_a_conflict_both_articles_tell_both_sides_of_is_no_dispute():
    from verify.relate import told_by_both
    no = claim("a1", "I have no pre iOS 8 backups in iTunes", 1, article="x", polarity=-1, predicate="have")
    yes = claim("a2", "I should have iOS 7 backups in iTunes", 1, article="x", predicate="have")
    no_b = claim("b1", "I have no pre iOS 8 backups in iTunes or iCloud", 2, article="y", polarity=-1, predicate="have")
    yes_b = claim("b2", "I should have iOS 7 backups in iTunes", 2, article="y", predicate="have")
    # one unit vector per wording: the two "no backups" claims are alike, the two "should have" claims identical
    vectors = np.array([[1.0, 0, 0], [0, 1.0, 0], [0.95, 0.312, 0], [0, 1.0, 0]])
    flagged = ClaimPair("a1", "b2", 0.8, 60, "conflict", "polarity", 0.7, ("one asserts it, the other denies it",
                                                                         "meaning similarity 0.80"))
    (kept,) = told_by_both([no, yes, no_b, yes_b], vectors, [flagged])
    assert kept.relation == "related" and "both articles tell both sides" in kept.reasons[0]
    assert "meaning similarity 0.80" in kept.reasons
    # an article that has only its own side still disputes the other
    (alone,) = told_by_both([no, no_b, yes_b], vectors[[0, 2, 3]], [flagged])
    assert alone.relation == "conflict"
    # two figures for one quantity stay a discrepancy even where each article carries both
    figure = dataclasses.replace(flagged, kind="number")
    assert told_by_both([no, yes, no_b, yes_b], vectors, [figure])[0].relation == "conflict"


def test_a_time_given_to_the_second_is_the_same_minute():
    a = claim("a", "the video in question was created at 12:02:14 PM on Saturday", 1, predicate="create")
    b = claim("b", "the recording was created at 12:02 p.m.", 2, predicate="create")
    assert relate_in_dossier(a, b, 0.8).relation != "conflict"
    c = claim("c", "the recording was created at 3:15 p.m.", 2, predicate="create")
    pair = relate_in_dossier(a, c, 0.8)
    assert pair.relation == "conflict" and pair.reasons[0] == "times differ for the same event: 12:02 vs 15:15"


def test_not_confirmed_and_a_denial_that_quotes_a_not_point_one_way():
    a = claim("a", "The report about Rosenberg's capture has not been confirmed by ISIS.", 1, polarity=-1,
              predicate="confirm", entities=["Rosenberg", "ISIS"])
    b = claim("b", "Kurdish sources denied the reports, saying that Rosenberg wasn't in the area.", 2, polarity=-1,
              predicate="deny", entities=["Rosenberg"])
    assert relate(a, b, 0.6).relation != "conflict"
    confirmed = claim("c", "ISIS confirmed the report about Rosenberg's capture.", 1, predicate="confirm",
                      entities=["Rosenberg", "ISIS"])
    assert relate(confirmed, b, 0.6).kind == "polarity"


def test_ages_of_two_people_are_two_figures_not_one_in_dispute():
    from verify.figures import number_conflict
    castro = claim("a", "There is no indication that the 88-year-old Castro is on his deathbed.", 1,
                   quantities=[Quantity(88, "", "age", "88", of="castro")])
    boy = claim("b", "a man named Fidel Castro Odinga died at the age of 14 years old", 2,
                quantities=[Quantity(14, "", "age", "14", of="man")])
    assert number_conflict(castro, boy, 0.05) is None
    older = claim("c", "the 70-year-old Castro", 2, quantities=[Quantity(70, "", "age", "70", of="castro")])
    assert number_conflict(castro, older, 0.05) == "numbers differ for age: 88 vs 70"
    unsaid = claim("d", "He is 70 years old.", 2, quantities=[Quantity(70, "", "age", "70")])
    assert number_conflict(castro, unsaid, 0.05) == "numbers differ for age: 88 vs 70"  # whose is not said


def test_a_figure_given_as_a_forecast_disputes_no_figure():
    edition = claim("a", "Gruber wagers that the stainless steel Apple Watch will start at around $999.", 1,
                    predicate="start", entities=["Apple Watch"], quantities=[Quantity(999, "$", "", "$999")])
    gold = claim("b", "Apple's gold Apple Watch Edition may sell for as much as $4,999.", 2, predicate="sell",
                 entities=["Apple Watch"], quantities=[Quantity(4999, "$", "", "$4,999")])
    assert relate_in_dossier(edition, gold, 0.8).relation != "conflict"
    # figures stated as facts still conflict, and a deal that "would have paid" is no forecast
    paid = claim("c", "The deal would have paid the band $346 million for the Apple Watch tour", 1, predicate="pay",
                 entities=["Apple Watch"], quantities=[Quantity(346e6, "$", "", "$346 million")])
    offered = claim("d", "The deal paid the band $800 million for the Apple Watch tour", 2, predicate="pay",
                    entities=["Apple Watch"], quantities=[Quantity(800e6, "$", "", "$800 million")])
    assert relate_in_dossier(paid, offered, 0.9).kind == "number"


@pytest.mark.parametrize("first, second, differ", [
    ("Medics called 911 at around 12.30pm", "At 12:32 p.m. dispatch received a call", False),  # about
    ("police confirmed shortly before 5 p.m. that he was in custody", "he was in custody at 4:30 p.m.", False),
    ("the event kicks off at 10AM PT", "the event kicks off at 10:30PM IST tonight", False),  # zones apart
    ("the CDC will host a press conference at 4pm (ET)", "a press conference at 3:30 p.m.", False),
    ("they heard a blast just before midnight local time", "residents reported the blast just after midnight", True),
    ("the briefing began at 3 p.m.", "the briefing began at 4.30 p.m.", True),
    ("he arrived after 5 p.m.", "he arrived at 4 p.m.", True),
    ("the fire was reported at about 11:50 p.m.", "the fire began shortly before midnight", False),
    ("the fire began just after midnight", "the fire was reported at about 11:50 p.m.", True),
    ("the fire began at midnight", "the fire was reported at about 11:55 p.m.", False),
])
def test_times_of_day_differ_only_when_they_cannot_be_one_moment(first, second, differ):
    from verify.relate import _clock, _clocks_differ
    assert _clocks_differ(_clock(first), _clock(second)) is differ


def test_sums_paid_by_different_named_parties_are_two_figures():
    from verify.figures import number_conflict
    starwood = claim("a", "Starwood Capital paid about $833 million in the deal", 1,
                     quantities=[Quantity(833e6, "$", "", "$833 million", approximate=True, of="capital")])
    google = claim("b", "Google bought six office buildings from Starwood for $585 million", 2,
                   quantities=[Quantity(585e6, "$", "", "$585 million", of="building|google")])
    assert number_conflict(starwood, google, 0.05) is None
    fined = claim("c", "X was fined £5m by Ofcom", 1, quantities=[Quantity(5e6, "£", "", "£5m", of="ofcom|x")])
    fined_less = claim("d", "Ofcom fined X £2m", 2, quantities=[Quantity(2e6, "£", "", "£2m", of="ofcom|x")])
    assert number_conflict(fined, fined_less, 0.05) == "numbers differ for £: £5m vs £2m"


@pytest.mark.parametrize("text, stance", [
    ("It's a fake account", "deny"),  # the account is not what it claims to be
    ("how real Jasmine Tridevil's fake third breast really is", "assert"),  # a possessive, no "is"
    ("a disclaimer basically says it publishes fake news", "assert"),  # describes the site
    ("they carried a fake passport", "assert"),
    ("all information -- even false ones like the news about the six-day darkness -- spreads", "deny"),
])
def test_fake_denies_when_it_is_said_of_the_thing_itself(text, stance):
    from verify.relate import _stance
    assert _stance(text, 1) == stance


def test_neither_confirmed_nor_a_correction_that_only_adds():
    neither = claim("a", "In a statement, an Amazon spokeswoman neither confirmed nor denied the report", 1,
                    predicate="confirm", entities=["Amazon"])
    denied = claim("b", "Amazon firmly denied the report", 2, predicate="deny", entities=["Amazon"])
    assert relate(neither, denied, 0.7).relation != "conflict"
    adds = claim("c", "the watch will not just be gold-plated, but actually made of 18-karat gold", 1, predicate="make")
    plated = claim("d", "the watch is not gold-plated at all", 2, polarity=-1, predicate="be")
    assert relate_in_dossier(adds, plated, 0.7).kind != "correction"


def test_a_misspelt_name_inside_a_longer_one_is_the_same_person():
    from verify.relate import _part_of_name
    assert _part_of_name(frozenset({"john micheal o neal"}), frozenset({"john michael"}))
    assert not _part_of_name(frozenset({"dylan thomas"}), frozenset({"dylan maxwell"}))


def test_a_denial_sharing_only_names_and_the_story_topic_is_no_conflict():
    # the story's topic words ("gold", "watch") are in many of its claims; a denial and an assertion
    # that share only those and names are about different things
    topic = [claim(f"t{n}", text, 1, article=f"topic{n % 3}", entities=["Apple"]) for n, text in enumerate((
        "Apple will sell a gold watch", "The gold watch goes on sale in April", "The watch comes in gold",
        "Analysts priced the gold watch", "The watch was shown in gold and steel", "A gold watch is heavy"))]
    guess = claim("a", "the gold Apple watch will start at around $10,000, analysts say", 1, predicate="start",
                  entities=["Apple"])
    denial = claim("b", "it is impossible to find a gold watch by Apple for under $5,000", 2, predicate="find",
                   entities=["Apple"])
    index = EntityIndex.build([guess, denial] + topic + FILLER)
    pair = relate_pair(guess, denial, Candidate(0, 1, 0.75, 45, ("embedding",)), index, CFG)
    assert pair.relation != "conflict"
    # the same denial of what the other claim says, in its rarer words, is one
    found = claim("c", "a buyer can find a gold watch by Apple for under $5,000", 1, predicate="find", entities=["Apple"])
    index = EntityIndex.build([found, denial] + topic + FILLER)
    pair = relate_pair(found, denial, Candidate(0, 1, 0.75, 60, ("embedding",)), index, CFG)
    assert pair.relation == "conflict"


def test_a_debunker_telling_what_another_debunker_calls_false_retells_the_hoax():
    from verify.relate import debunking
    myth = claim("m", "Even though pumpkin spice condoms proved to be a myth", 1, article="first")
    blow = claim("b", "this debunked story is a brutal blow to the season", 2, article="second")
    joke = claim("j", "pumpkin spice condoms would be more fun", 2, article="second")
    expert = claim("e", "pumpkin spice condoms exist, a chemist said", 2, article="second", speaker="a chemist")
    plain = claim("p", "Durex launched pumpkin spice condoms", 3, article="shop")
    claims = [myth, blow, joke, expert, plain]
    vectors = np.stack([_unit(1, 0.3, 0), _unit(0, 0.2, 1), _unit(1, 0.2, 0), _unit(1, 0.25, 0), _unit(1, 0.1, 0)])
    retold_ids, _ = debunking(claims, vectors)
    assert "j" in retold_ids  # told in the second debunker's own voice, close to what the first calls false
    assert "e" not in retold_ids and "p" not in retold_ids  # a quoted expert's word; an article that debunks nothing


def test_a_denial_about_someone_is_not_disputed_by_news_of_his_aide():
    denial = claim("a", "There is no validity to the rumor that we've killed Baghdadi", 1, predicate="be", polarity=-1,
                   entities=["Baghdadi"])
    aide = claim("b", "Baghdadi’s aide had been killed in the strike", 2, predicate="kill", entities=["Baghdadi"])
    assert relate_in_dossier(aide, denial, 0.7).relation != "conflict"
    himself = claim("c", "Baghdadi had been killed in the strike", 2, predicate="kill", entities=["Baghdadi"])
    assert relate_in_dossier(himself, denial, 0.7).relation == "conflict"


def test_what_people_are_saying_is_hearsay_no_side_against_a_denial():
    from verify.relate import _claim_stance
    said = claim("a", "we launched a Pumpkin Spice condom", 1, predicate="launch", speaker="people")
    assert _claim_stance(said) == "told"
    named = claim("b", "we launched a Pumpkin Spice condom", 1, predicate="launch", speaker="a Durex spokesman")
    assert _claim_stance(named) == "assert"


def test_the_same_tally_agrees_whatever_else_each_claim_names():
    # dev2: the tour's 35 dates, told with the cities by one outlet and with the players by another
    a = claim("1", "The group was to play 35 dates in three locales-- London, Berlin and New Jersey.", 1,
              predicate="play", entities=["London", "Berlin", "New Jersey"],
              quantities=[Quantity(35, "", "date", "35")])
    b = claim("2", "Jimmy Page and John Paul Jones agreed to a “35 dates in three cities” tour", 2,
              predicate="agree", actor="Jimmy Page and John Paul Jones",
              actor_entities=["Jimmy Page", "John Paul Jones"], entities=["Jimmy Page", "John Paul Jones"],
              quantities=[Quantity(35, "", "date", "35")])
    pair = relate(a, b, 0.46, 53.0)
    assert pair.relation == "agree" and any("same number reported" in r for r in pair.reasons)
    # the same sum raised, rounded by one outlet
    raised = claim("3", "it surpassed $55,000 through Wednesday morning.", 1, predicate="surpass",
                   quantities=[Quantity(55000, "$", "", "$55,000")])
    close = claim("4", "So far, donations have reached close to $56,000.", 2, predicate="reach",
                  quantities=[Quantity(56000, "$", "donation", "$56,000", approximate=True)])
    assert relate(raised, close, 0.59, 46.0).relation == "agree"
    # a size or an age is what a thing measures, not a tally: two 12-inch models need not be one
    inch_a = dataclasses.replace(a, quantities=(Quantity(12, "", "inch", "12"),))
    inch_b = dataclasses.replace(b, quantities=(Quantity(12, "", "inch", "12"),))
    assert relate(inch_a, inch_b, 0.46, 53.0).relation == "related"
    # a small count ("three cities") ties nothing
    few_a = dataclasses.replace(a, quantities=(Quantity(3, "", "city", "three"),))
    few_b = dataclasses.replace(b, quantities=(Quantity(3, "", "city", "three"),))
    assert relate(few_a, few_b, 0.46, 53.0).relation == "related"


def test_a_denial_must_govern_the_word_it_shares_with_the_assertion():
    # round H (tuning), d56: the shared words are the subject's title, outside what the denial denies
    topic = [claim(f"t{n}", text, 1, article=f"topic{n % 3}", entities=["Williams"]) for n, text in enumerate((
        "Williams told the story on air", "Williams apologised on the evening news", "The anchor told the story",
        "Williams was suspended for six months", "The anchor's story was repeated for years",
        "Williams flew in a helicopter in 2003"))]
    uncomfortable = claim("a", "Brokaw and former NBC News president Steve Capus have been extremely uncomfortable "
                          "with it", 1, predicate="be", entities=["Brokaw", "NBC News", "Steve Capus"])
    knew = claim("b", "Brokaw and former NBC News president Steve Capus knew that Williams' updated version of his "
                 "tale was not true", 2, predicate="know", entities=["Brokaw", "NBC News", "Steve Capus", "Williams"])
    denied = dataclasses.replace(knew, denied_words="that Williams' updated version of his tale was not true")

    def related(pos, neg):
        index = EntityIndex.build([pos, neg] + topic + FILLER)
        return relate_pair(pos, neg, Candidate(0, 1, 0.74, 65, ("embedding",)), index, CFG)
    assert related(uncomfortable, knew).relation == "conflict"  # judged on the whole text, as before
    assert related(uncomfortable, denied).relation != "conflict"
    # an assertion of what the denial does govern is still set against it
    told = claim("c", "Williams' updated version of his tale was true", 1, predicate="be", entities=["Williams"])
    assert related(told, denied).relation == "conflict"


def test_a_record_or_the_conventional_wisdom_is_no_figure_to_dispute():
    # tuning rounds F (d34) and H (d59)
    caught = claim("a", "A fisherman has caught a giant catfish weighing 19 stone", 1, predicate="catch",
                   quantities=[Quantity(19, "", "stone", "19", verb="weigh")])
    record = claim("b", "Dino caught the fish in the Po Delta where the biggest catfish ever caught was 22 stone", 2,
                   predicate="catch", quantities=[Quantity(22, "", "stone", "22", verb="weigh")])
    assert relate_in_dossier(caught, record, 0.64, 54.0).relation != "conflict"
    weighed = dataclasses.replace(record, text="Dino caught a giant catfish in the Po Delta weighing 22 stone",
                                  quantities=(Quantity(22, "", "stone", "22", verb="weigh"),))
    assert relate_in_dossier(caught, weighed, 0.64, 54.0).kind == "number"
    wisdom = claim("c", "The conventional wisdom so far has been that the Apple Watch Edition will cost $5,000.", 1,
                   predicate="be", entities=["Apple Watch Edition"],
                   quantities=[Quantity(5000, "$", "", "$5,000", of="edition")])
    estimate = claim("d", "the gold Apple Watch Edition costs at least $10,000, based on the materials used", 2,
                     predicate="cost", entities=["Apple Watch Edition"],
                     quantities=[Quantity(10000, "$", "", "$10,000", of="edition")])
    assert relate_in_dossier(wisdom, estimate, 0.81, 69.0).relation != "conflict"
    stated = dataclasses.replace(wisdom, text="The Apple Watch Edition costs $5,000.")
    assert relate_in_dossier(stated, estimate, 0.81, 69.0).kind == "number"


def test_two_sources_calling_the_same_thing_false_agree():
    # dev4: the priest who "met God"
    record = claim("a", "they had no record of O'Neal being a priest", 1, polarity=-1, predicate="have",
                   speaker="a spokesman for the Archbishop of Boston", entities=["O'Neal"])
    nobody = claim("b", "There is no 71-year-old Father John Michael O'Neal in Massachusetts", 2, polarity=-1,
                   predicate="be", entities=["John Michael O'Neal", "Massachusetts"])
    pair = relate_in_dossier(record, nobody, 0.47, 31.0)
    assert pair.relation == "agree" and "both call it false" in pair.reasons
    # a denial and an assertion about him stay apart, and so do two plain negations of different facts
    served = claim("c", "O'Neal served as a priest in South Boston", 2, predicate="serve", entities=["O'Neal"])
    assert relate_in_dossier(record, served, 0.47, 31.0).relation != "agree"
    absent = claim("d", "O'Neal did not attend the press conference", 2, polarity=-1, predicate="attend",
                   entities=["O'Neal"])
    assert relate_in_dossier(record, absent, 0.47, 31.0).relation != "agree"


def test_round_l_false_alarms_a_hedge_a_denied_figure_and_shares_of_different_doings():
    # tuning round L (FNC-1 train stories of two bodies): each of these was flagged and judged false
    subscribers = claim("a", "the offering could also help reach some of the 70 million cable TV subscribers who do not "
                        "subscribe to HBO but might if given the opportunity to subscribe online", 1, predicate="help",
                        entities=["HBO"])
    direct = claim("b", "With HBO Now, however, consumers will be able to subscribe directly from HBO for a $15 monthly "
                   "fee", 2, predicate="be", entities=["HBO Now", "HBO"])
    assert relate_in_dossier(subscribers, direct, 0.62).relation != "conflict"
    weighed = claim("c", "It weighs 173.5 grams, a whopping 0.8 grams more than the Day One unit", 1, predicate="weigh",
                    quantities=[Quantity(0.1735, "kg", "", "173.5 grams"), Quantity(0.0008, "kg", "", "0.8 grams")])
    denied = claim("d", "our new unit definitely doesn't weigh 21 grams more than the Day One device", 2, polarity=-1,
                   predicate="weigh", quantities=[Quantity(0.021, "kg", "", "21 grams")])
    assert relate_in_dossier(weighed, denied, 0.75, 60.0).relation != "conflict"
    likely = claim("e", "about 10 percent said they are very likely to buy a smartwatch in the next year", 1,
                   predicate="cite", quantities=[Quantity(10, "%", "", "10 percent", approximate=True)])
    waiting = claim("f", "25 percent said they are waiting for the Apple Watch", 2, predicate="say",
                    quantities=[Quantity(25, "%", "", "25 percent")])
    assert relate_in_dossier(likely, waiting, 0.6, 56.0).relation != "conflict"
    # the same share of the same doing, given two ways, still conflicts; so does a real correction
    waiting_10 = dataclasses.replace(likely, text="10 percent said they are waiting for the Apple Watch", predicate="say")
    assert relate_in_dossier(waiting_10, waiting, 0.9, 80.0).kind == "number"
    fix = claim("g", "the spider was not a tropical spider but a common huntsman", 1, predicate="be")
    told = claim("h", "doctors pulled a tropical spider out of his stomach", 2, predicate="pull")
    assert relate_in_dossier(fix, told, 0.62).kind == "correction"


def test_a_story_called_false_is_denied_whatever_figure_each_tells():
    # tuning round A (d5): the darkness hoax told with three days and with six
    denial = claim("a", "it is false that there will be three days of darkness in December", 1, polarity=-1,
                   predicate="be", reporting_verb="deny", quantities=[Quantity(3, "", "day", "three")])
    hoax = claim("b", "the Earth will experience 6 days of almost complete darkness in December", 2, predicate="experience",
                 entities=["Earth"], quantities=[Quantity(6, "", "day", "6")])
    assert relate_in_dossier(denial, hoax, 0.72, 55.0).relation == "conflict"


def test_a_penalty_is_a_sanction_a_fine_day_or_a_battery_charge_is_not():
    from verify.relate import _status_of
    for text in ("X could be fined up to 10% of its revenue", "Ofcom can impose a fine of up to £18m",
                 "he was charged with fraud", "police pressed charges", "a £5m fine"):
        assert _status_of(text)[1] == "sanction", text
    for text in ("Without a charge, a dead Apple Watch isn't even a watch", "requiring a fresh charge at night",
                 "everything is fine", "the battery charged quickly"):
        assert _status_of(text)[1] != "sanction", text
    # tuning round D (d19): a dead watch and a nightly charge are no sanction that did and did not happen
    dead = claim("a", "Without a charge, a dead Apple Watch isn't even a watch.", 1, polarity=-1, predicate="be",
                 entities=["Apple Watch"])
    nightly = claim("b", "the Watch's battery should last only a normal day, requiring a fresh charge at night", 2,
                    predicate="last", entities=["Watch"])
    assert relate_in_dossier(dead, nightly, 0.54, 45.0).relation != "conflict"


def test_close_in_meaning_alone_is_not_agreement_without_words_alike():
    # dev2: two attacks in one story, told in different words
    patrol = claim("a", "militants had attacked a Lebanese army patrol in Ras Baalbek", 1, predicate="attack",
                   entities=["Lebanese", "Ras Baalbek"])
    arsal = claim("b", "militants from the two groups briefly overran the Lebanese border town of Arsal in August", 2,
                  predicate="overrun", entities=["Lebanese", "Arsal"])
    # the story's topic words ("militants", "Lebanese") are in many of its claims
    topic = [claim(f"t{n}", text, 1, article=f"topic{n % 3}", entities=["Lebanese"]) for n, text in enumerate((
        "Lebanese militants hold soldiers", "The militants crossed from Syria", "Lebanese troops fought militants",
        "Militants seized Lebanese soldiers", "The Lebanese army hunts militants", "Militants took Lebanese hostages",
        "Lebanese officials named the militants", "Militants freed two Lebanese", "The militants warned Lebanese police",
        "Lebanese villages fear the militants"))]

    def related(a, b, sim):
        index = EntityIndex.build([a, b] + topic + FILLER)
        return relate_pair(a, b, Candidate(0, 1, sim, 48.0, ("embedding",)), index, CFG)
    pair = related(patrol, arsal, 0.65)
    assert pair.relation == "related" and pair.reasons[0] == "close in meaning but few of the same words"
    # the same closeness with the rare words in common still agrees, and so does a very close pair
    again = claim("c", "militants attacked a Lebanese army patrol near Ras Baalbek overnight", 2, predicate="attack",
                  entities=["Lebanese", "Ras Baalbek"])
    assert related(patrol, again, 0.65).relation == "agree"
    # meaning alone agrees only from AGREE_BY_MEANING on: judged blind, pairs at 0.60-0.75 with few words
    # in common were more often two facts of one story than one fact
    from verify.relate import AGREE_BY_MEANING
    assert related(patrol, arsal, 0.72).relation == "related"
    assert related(patrol, arsal, AGREE_BY_MEANING + 0.01).relation == "agree"


def test_a_country_acting_and_the_country_where_it_acts_are_one_event():
    a = claim("a", "U.S. special operations forces destroyed an encampment with Hellfire missiles", 2,
              actor="U.S. special operations forces", actor_entities=["U.S."], entities=["U.S.", "Hellfire"])
    b = claim("b", "Hellfire missiles were dropped on the camp in northern Syria", 3,
              entities=["Hellfire", "Syria"])
    assert "different places" not in relate(a, b, 0.64, 55).reasons[0]
    c = claim("c", "Grok was blocked in Malaysia on Sunday", 3, entities=["Grok", "Malaysia"])
    d = claim("d", "Grok was blocked in Indonesia on Saturday", 2, entities=["Grok", "Indonesia"])
    assert relate(c, d, 0.9, 80).reasons[0].startswith("different places")


def test_a_body_told_once_as_its_words_and_once_as_its_act_is_one_source():
    a = claim("a", "whether Father O'Neal will be permitted to resume preaching in his parish", 2,
              speaker="Roman Catholic Archdiocese of Boston", speaker_entities=["Roman Catholic Archdiocese of Boston"],
              actor="Father O'Neal", actor_entities=["Father O'Neal"], reporting_verb="confirm")
    b = claim("b", "The Roman Catholic Archdiocese of Boston has not confirmed whether it will allow Father O'Neal "
              "to resume his preaching in his parish", 3, polarity=-1,
              actor="Roman Catholic Archdiocese of Boston", actor_entities=["Roman Catholic Archdiocese of Boston"])
    assert not relate(a, b, 0.9, 91).reasons[0].startswith("different actors")


def test_two_denials_of_one_person_are_not_kept_apart_by_who_denies():
    a = claim("a", "they had no record of O'Neal being a priest", 2, polarity=-1, reporting_verb="say",
              speaker="Terrence Donilon", speaker_entities=["Terrence Donilon"], actor_entities=["Terrence Donilon"],
              entities=["O'Neal"])
    b = claim("b", "Father O'Neal is made up, a hoax", 3, actor="Father O'Neal", actor_entities=["Father O'Neal"],
              entities=["Father O'Neal"])
    assert not relate(a, b, 0.62, 50).reasons[0].startswith("different actors")


def test_an_unknown_gunman_is_a_description_not_a_doubt():
    a = claim("a", "a soldier standing guard at the National War Memorial has been shot by an unknown gunman", 2,
              speaker="Police", reporting_verb="say", entities=["the National War Memorial"])
    b = claim("b", "A man with a rifle shot a soldier standing guard at the War Memorial in downtown Ottawa", 2,
              entities=["the War Memorial", "Ottawa"])
    assert relate(a, b, 0.75, 70).relation == "agree"


def test_an_age_is_disputed_only_when_both_say_whose():
    named = claim("a", "Zehaf-Bibeau, 23, is the suspected gunman", 2, entities=["Zehaf-Bibeau"],
                  quantities=[Quantity(23, "", "age", "23", of="zehaf-bibeau")])
    renamed = claim("b", "Michael Zehaf-Bibeau, 32, was the suspected gunman from Quebec", 3,
                    entities=["Michael Zehaf-Bibeau", "Quebec"], quantities=[Quantity(32, "", "age", "32", of="zehaf-bibeau")])
    assert relate(named, renamed, 0.8, 70).kind == "number"
    unnamed = claim("c", "The 41-year-old was born with both male genitalia and a uterus", 2,
                    quantities=[Quantity(41, "", "age", "41-year-old")])
    phelps = claim("d", "Phelps, 29, was unaware that she was born with both male genitalia and a uterus", 3,
                   entities=["Phelps"], quantities=[Quantity(29, "", "age", "29", of="phelps")])
    assert relate(unnamed, phelps, 0.8, 70).relation != "conflict"


def test_spans_of_time_counted_from_different_points_do_not_disagree():
    ago = claim("a", "A McDonald's burger bought 20 years ago still looks like new", 2,
                quantities=[Quantity(20, "", "year", "20")], predicate="buy")
    after = claim("b", "the McDonald's burger still looks like new six years after it was bought", 3,
                  quantities=[Quantity(6, "", "year", "six")], predicate="buy")
    assert relate(ago, after, 0.8, 70).relation != "conflict"
    before = claim("c", "A McDonald's burger bought six years ago still looks like new", 3,
                   quantities=[Quantity(6, "", "year", "six")], predicate="buy")
    assert relate(ago, before, 0.9, 80).kind == "number"


def test_still_finding_out_against_an_undated_confirmation_is_an_update_of_unknown_order():
    assessing, confirmed = pentagon_assessing_then_confirming()
    undated = [dataclasses.replace(c, published=None) for c in (confirmed, assessing)]
    pair = relate_in_dossier(*undated, 0.75)
    assert (pair.relation, pair.kind) == ("conflict", "update")
    assert "order unknown" in pair.reasons[0]
    other = claim("c", "The Pentagon has carried out several airstrikes in Somalia in recent years", 5,
                  predicate="carry", actor="The Pentagon", actor_entities=["Pentagon"], entities=["Pentagon", "Somalia"])
    assert relate_in_dossier(undated[1], dataclasses.replace(other, published=None), 0.75).relation != "conflict"


def test_an_indirect_question_corroborates_nothing():
    asked = claim("a", "whether he may have been sidelined in a power struggle", 2)
    said = claim("b", "Kim may have been sidelined in a power struggle, analysts said", 3, entities=["Kim"])
    assert relate(asked, said, 0.8, 80).relation != "agree"


def test_what_is_reportedly_so_is_a_side_a_denial_disputes_but_what_may_be_so_is_not():
    denial = claim("a", "it is false that King Abdullah is personally conducting air strikes against the militants", 2,
                   predicate="conduct", reporting_verb="deny", speaker="A government spokesman",
                   entities=["King Abdullah"])
    reported = claim("b", "King Abdullah is reportedly personally conducting air strikes against the militants", 1,
                     predicate="conduct", entities=["King Abdullah"])
    assert relate_in_dossier(reported, denial, 0.85, 80.0).relation == "conflict"
    may = claim("c", "King Abdullah may be personally conducting air strikes against the militants", 1,
                predicate="conduct", entities=["King Abdullah"])
    assert relate_in_dossier(may, denial, 0.85, 80.0).relation != "conflict"
    told = claim("d", "it was reported that King Abdullah is personally conducting air strikes against the militants",
                 1, predicate="report", entities=["King Abdullah"])
    assert relate_in_dossier(told, denial, 0.85, 80.0).relation != "conflict"


def test_a_reason_says_how_the_other_claim_holds_what_one_says():
    said = claim("a", "a wounded person was photographed outside the Library of Parliament", 1)
    unsure = claim("b", "there was an unconfirmed report of a person injured outside the Library of Parliament", 1)
    assert relate(said, unsure, 0.7, 67).reasons[0] == "one says it, the other is not sure of it"
    denied = claim("c", "no person was injured outside the Library of Parliament", 1, polarity=-1)
    assert relate(said, denied, 0.62, 40).reasons[0] in ("one says it, the other says it did not",
                                                           "one says it, the other calls it false")


def test_receiving_visits_finds_nothing_a_sighting_missed():
    a = claim("a", "Kim hadn't been seen in public for weeks", 1, polarity=-1, predicate="see", actor="Kim",
              actor_entities=["Kim"])
    b = claim("b", "Kim was receiving visits from several government officials", 2, predicate="receive",
              actor="Kim", actor_entities=["Kim"])
    assert relate(a, b, 0.62).relation != "conflict"
    c = claim("c", "Kim was seen in public at a factory opening", 2, predicate="see", actor="Kim",
              actor_entities=["Kim"])
    assert relate(a, c, 0.62).relation == "conflict"


def test_one_act_dated_two_ways_is_a_date_conflict_but_two_acts_are_not():
    announced = claim("a", "The board announced its investigation on Wednesday, Oct. 14", 23, predicate="announce",
                      actor="board")
    announced = dataclasses.replace(announced, dates=("2026-10-14",))
    opened = claim("b", "Investigation Board opened its investigation Oct. 15", 28, predicate="open")
    opened = dataclasses.replace(opened, dates=("2026-10-15",))
    pair = relate(announced, opened, 0.80, 55)
    assert (pair.relation, pair.kind) == ("conflict", "date")
    assert "2026-10-14 vs 2026-10-15" in pair.reasons[0]
    # another act on another date: expanding a recall is not announcing it
    expanded = dataclasses.replace(claim("c", "The board expanded its investigation Oct. 15", 28, predicate="expand"),
                                   dates=("2026-10-15",))
    assert relate(announced, expanded, 0.80, 55).kind != "date"
    # a month apart: more likely two acts than one misdated
    later = dataclasses.replace(opened, dates=("2026-11-20",))
    assert relate(announced, later, 0.80, 55).kind != "date"


def test_the_verb_a_date_is_given_for_tells_one_act_even_in_a_clause_of_its_own():
    lifted = dataclasses.replace(claim("a", "The evacuation order that displaced residents of Halvorsen was lifted on "
                                       "March 8", 13, predicate="displace", actor="county"), dates=("2026-03-08",))
    until = dataclasses.replace(claim("b", "More than 2,000 people from Halvorsen were evacuated until the order was "
                                      "lifted on March 7.", 24, predicate="evacuate"), dates=("2026-03-07",))
    pair = relate(lifted, until, 0.83, 70)
    assert (pair.relation, pair.kind) == ("conflict", "date")
    assert "2026-03-08 vs 2026-03-07" in pair.reasons[0] or "2026-03-07 vs 2026-03-08" in pair.reasons[0]
    # a date given for another act ("were evacuated on March 4") is no second date for the lifting
    evacuated = dataclasses.replace(until, text="More than 2,000 people from Halvorsen were evacuated on March 4 "
                                                "before the order was lifted", dates=("2026-03-04",))
    assert relate(lifted, evacuated, 0.83, 70).kind != "date"


def test_the_badly_hurt_are_a_part_of_the_hurt_not_another_count():
    hurt = claim("a", "14 passengers were hurt as they left the aircraft", 9, predicate="hurt",
                 quantities=[Quantity(14, "", "passenger", "14", verb="hurt")])
    serious = claim("b", "Two passengers were seriously hurt", 30, predicate="hurt",
                    quantities=[Quantity(2, "", "passenger", "Two", verb="hurt")])
    assert relate(hurt, serious, 0.7).relation != "conflict"
    more = claim("c", "16 passengers were hurt in the evacuation", 18, predicate="hurt",
                 quantities=[Quantity(16, "", "passenger", "16", verb="hurt")])
    assert (relate(hurt, more, 0.77).relation, relate(hurt, more, 0.77).kind) == ("conflict", "number")


def test_counts_that_verbs_tell_apart_are_each_a_figure_to_compare():
    # "nine of whom were taken to hospital" is a second figure for passengers, not a rival to 14 hurt
    hurt = claim("a", "14 passengers were hurt as they left the aircraft, nine of whom were taken to hospital", 9,
                 predicate="hurt", quantities=[Quantity(14, "", "passenger", "14", verb="hurt"),
                                               Quantity(9, "", "passenger", "nine", verb="take")])
    more = claim("b", "16 passengers and one flight attendant were injured in the evacuation", 18,
                 predicate="injure", quantities=[Quantity(16, "", "passenger", "16", verb="injure")])
    pair = relate(hurt, more, 0.77, 55)
    assert (pair.relation, pair.kind) == ("conflict", "number")
    assert "14 vs 16" in pair.reasons[0]


def test_a_silence_ends_only_with_the_silent_person_speaking_on_that_matter():
    silent = dataclasses.replace(claim(
        "a", "Tri-Valley Northern's chief executive, Gregory Alston, had not commented publicly by Wednesday", 4,
        polarity=-1, predicate="comment", actor="Tri-Valley Northern's chief executive, Gregory Alston",
        actor_entities=["Tri-Valley Northern", "Gregory Alston"]), people=("Gregory Alston",))
    spokeswoman = claim("b", "an estimated 9,000 gallons leaked from the first tank car", 9, predicate="leak",
                        speaker="Tri-Valley Northern spokeswoman Dana Whitcomb",
                        speaker_entities=["Tri-Valley Northern", "Dana Whitcomb"], reporting_verb="say")
    assert relate(silent, spokeswoman, 0.3).relation != "conflict"  # his company spoke, he did not
    himself = claim("c", "Gregory Alston apologized to residents in his first public comments since the derailment",
                    5, predicate="apologize", actor="Gregory Alston", actor_entities=["Gregory Alston"])
    pair = relate(silent, himself, 0.67)
    assert (pair.relation, pair.kind) == ("conflict", "update")
    # silent on one question: a later statement on another says nothing to it
    question = claim("d", "Health New Zealand has not commented on whether the cases are connected to the formula", 13,
                     polarity=-1, predicate="comment", actor="Health New Zealand", actor_entities=["Health New Zealand"])
    count = claim("e", "Seven infants have been diagnosed with Cronobacter infections", 18, predicate="diagnose",
                  speaker="Health New Zealand", speaker_entities=["Health New Zealand"], reporting_verb="say")
    assert relate(question, count, 0.45).relation != "conflict"
    answer = claim("f", "laboratory testing had tied a cluster of infections to the company's factory", 22,
                   predicate="tie", speaker="Health New Zealand", speaker_entities=["Health New Zealand"],
                   reporting_verb="confirm")
    assert relate(question, answer, 0.45).kind == "update"


def test_the_body_a_description_names_is_not_the_body_that_acts():
    # "Kestrel's lead regulator" and "which wrote to Kestrel" name the company, not who acts
    dpc = claim("a", "it was assessing the breach notification", 10, predicate="assess",
                actor="Ireland's Data Protection Commission (DPC), Kestrel's lead regulator in the European Union",
                actor_entities=["Ireland", "Data Protection Commission", "DPC", "Kestrel", "European Union"])
    dutch = claim("b", "it would not open its own investigation", 27, predicate="open", polarity=-1,
                  speaker="Dutch Data Protection Authority, which wrote to Kestrel separately earlier this month",
                  speaker_entities=["Dutch Data Protection Authority", "Kestrel"], reporting_verb="say")
    paid = claim("c", "Kestrel paid the fine", 12, predicate="pay", actor="Kestrel", actor_entities=["Kestrel"])
    assert relate_in_dossier(dpc, dutch, 0.45).kind != "update"
    assert relate_in_dossier(dpc, paid, 0.3).kind != "update"
    opened = claim("d", "the Data Protection Commission opened a formal investigation into Kestrel", 31,
                   predicate="open", actor="Data Protection Commission", actor_entities=["Data Protection Commission"],
                   entities=["Kestrel"])
    assert relate_in_dossier(dpc, opened, 0.45).kind == "update"


def test_a_pause_dated_two_ways_is_a_date_conflict_and_switching_back_on_is_another_act():
    paused = dataclasses.replace(claim("a", "Kestrel paused Recap for all users on Wednesday, March 4", 11,
                                       predicate="pause", actor="Kestrel", actor_entities=["Kestrel"],
                                       entities=["Recap"]), dates=("2026-03-04",))
    off = dataclasses.replace(claim("b", "Kestrel switched off its Recap feature on Thursday, March 5", 12,
                                    predicate="switch", actor="Kestrel", actor_entities=["Kestrel"],
                                    entities=["Recap"]), dates=("2026-03-05",))
    pair = relate(paused, off, 0.8, 55)
    assert (pair.relation, pair.kind) == ("conflict", "date")
    back_on = dataclasses.replace(off, text="Kestrel switched its Recap feature back on on Monday, March 9",
                                  dates=("2026-03-09",))
    assert relate(paused, back_on, 0.8, 55).kind != "date"


def test_a_count_or_sum_said_to_be_raised_updates_the_earlier_figure():
    counted = claim("a", "state biologists counted more than 3,000 dead fish along the creek", 9, predicate="count",
                    quantities=[Quantity(3000, "", "fish", "3,000", verb="count")])
    raised = claim("b", "State biologists have also raised their count of fish killed in Pike Creek to more than 4,500.",
                   24, predicate="raise", quantities=[Quantity(4500, "", "fish", "4,500", verb="kill")])
    pair = relate(counted, raised, 0.78, 55)
    assert (pair.relation, pair.kind) == ("conflict", "update") and "3,000 → 4,500" in pair.reasons[0]
    fund = claim("c", "The railroad also announced a $1 million community assistance fund", 9, predicate="announce",
                 quantities=[Quantity(1e6, "$", "fund", "$1 million")])
    bigger = claim("d", "the railroad would increase its community assistance fund from $1 million to $3.5 million",
                   24, predicate="increase", quantities=[Quantity(1e6, "$", "", "$1 million"),
                                                         Quantity(3.5e6, "$", "", "$3.5 million")])
    pair = relate(fund, bigger, 0.83, 55)
    assert (pair.relation, pair.kind) == ("conflict", "update") and "$1 million → $3.5 million" in pair.reasons[0]


def test_two_people_each_called_ceo_of_no_named_company_are_no_role_conflict():
    a = claim("a", "James Murren is CEO", 1, predicate="be", entities=["James Murren"])
    b = claim("b", "Shane Smith is CEO", 2, predicate="be", entities=["Shane Smith"])
    assert relate(a, b, 0.6, 54).relation != "conflict"
    a2 = dataclasses.replace(a, text="James Murren is the chief executive of MGM Resorts")
    b2 = dataclasses.replace(b, text="Shane Smith is the chief executive of MGM Resorts")
    assert relate(a2, b2, 0.8, 80).kind == "role"


def test_the_same_growth_told_twice_is_no_revised_figure():
    a = claim("a", "shipments will increase by more than 500 percent from 4.6 million units to 28.1 million units", 1,
              predicate="increase", quantities=[Quantity(4.6e6, "", "unit", "4.6 million"),
                                                Quantity(28.1e6, "", "unit", "28.1 million")])
    b = claim("b", "total shipments grew 511 percent from 4.6 million units in 2014 to 28.1 million units", 2,
              predicate="grow", quantities=[Quantity(4.6e6, "", "unit", "4.6 million"),
                                            Quantity(28.1e6, "", "unit", "28.1 million")])
    assert relate(a, b, 0.8, 60).kind != "update"


def test_one_exact_unround_figure_is_agreement_even_when_the_claims_say_more_besides():
    left = claim("a", "Flight LS417 had left Toronto Pearson at 5:55 p.m. with 168 passengers and six crew members", 8,
                 predicate="leave", quantities=[Quantity(168, "", "passenger", "168", verb="leave"),
                                                Quantity(6, "", "member", "six", verb="leave")])
    suit = claim("b", "The claim seeks $25 million in damages on behalf of all 168 passengers on Flight LS417", 30,
                 predicate="seek", quantities=[Quantity(25e6, "$", "damage", "$25 million"),
                                               Quantity(168, "", "passenger", "168", verb="seek")])
    pair = relate(left, suit, 0.33, 40)
    assert pair.relation == "agree" and any("168 = 168" in r for r in pair.reasons)
    # a round count recurs by chance: "200 passengers" twice is no sign of one fact
    round_a = dataclasses.replace(left, text=left.text.replace("168", "200"),
                                  quantities=(Quantity(200, "", "passenger", "200", verb="leave"),))
    round_b = dataclasses.replace(suit, text=suit.text.replace("168", "200"),
                                  quantities=(Quantity(200, "", "passenger", "200", verb="seek"),))
    assert relate(round_a, round_b, 0.33, 40).relation != "agree"
    # nor is an exact figure enough when little else is near in meaning
    assert relate(left, suit, 0.2, 40).relation != "agree"


def test_case_counts_of_one_outbreak_conflict_and_a_breakdown_by_place_is_no_other_count():
    nine = claim("a", "Nine babies have now been confirmed with infections linked to the formula: six in Canterbury, "
                 "two in Waikato and one in Otago.", 22, predicate="confirm",
                 entities=["Canterbury", "Waikato", "Otago"], quantities=[Quantity(9, "", "baby", "Nine", verb="confirm")])
    eleven = claim("b", "Health New Zealand's latest figures show 11 babies confirmed with Cronobacter infections linked "
                   "to the formula, seven of whom were admitted to hospital.", 47, predicate="show",
                   entities=["Health New Zealand", "Cronobacter"],
                   quantities=[Quantity(11, "", "baby", "11", verb="show"), Quantity(7, "", "baby", "seven", verb="admit")])
    pair = relate(nine, eleven, 0.76, 55)
    assert (pair.relation, pair.kind) == ("conflict", "number") and "Nine vs 11" in pair.reasons[0]
    # two towns' counts stay two counts
    town = dataclasses.replace(nine, text="Nine babies in Canterbury have been confirmed with infections",
                               entities=("Canterbury",))
    other_town = dataclasses.replace(eleven, text="11 babies in Waikato have been confirmed with infections",
                                     entities=("Waikato",))
    assert relate(town, other_town, 0.76, 55).relation != "conflict"


def test_a_count_is_set_against_the_count_of_the_same_happening():
    admitted = claim("a", "three babies were admitted to Christchurch Hospital with a rare bacterial infection", 13,
                     predicate="admit", quantities=[Quantity(3, "", "baby", "three", verb="admit")])
    diagnosed = claim("b", "Seven infants have been diagnosed with infections, five of whom were admitted to hospital", 18,
                      predicate="diagnose", quantities=[Quantity(7, "", "infant", "Seven", verb="diagnose"),
                                                         Quantity(5, "", "infant", "five", verb="admit")])
    pair = relate(admitted, diagnosed, 0.62, 50)
    assert any("three vs five" in r for r in pair.reasons)  # not "three vs Seven"


def test_ruling_something_out_against_not_ruling_it_out_is_a_conflict():
    wont = claim("a", "bank would not pay", 22, polarity=-1, predicate="pay", actor="bank", speaker="Brannigan",
                 reporting_verb="say")
    maybe = claim("b", "The bank did not rule out making a payment.", 26, polarity=-1, predicate="rule", actor="bank")
    pair = relate(wont, maybe, 0.8, 55)
    assert (pair.relation, pair.kind) == ("conflict", "polarity") and "rules it out" in pair.reasons[0]
    shut = claim("c", "the company had ruled out any connection to a power outage reported on Tuesday night", 8,
                 predicate="rule", actor="company")
    left_open = claim("d", "We have not ruled out that a loss of electrical power to the cooling system played a role.", 23,
                      polarity=-1, predicate="rule", actor="Hardesty", speaker="Hardesty")
    assert relate(shut, left_open, 0.36).relation == "conflict"
    # both leave it open: no dispute
    also_open = claim("e", "he would not rule out any of the powers available to the regulator", 27, polarity=-1,
                      predicate="rule", actor="regulator")
    assert relate(maybe, also_open, 0.5).relation != "conflict"
    # about something else: "would not pay" says nothing of the power outage
    assert relate(shut, dataclasses.replace(wont, text="the bank would not pay the ransom"), 0.4).relation != "conflict"


def test_a_patient_in_care_who_later_died_or_went_home_is_an_update():
    critical = claim("a", "One worker remained in critical condition at a burn center in Indianapolis.", 13,
                     predicate="remain")
    died = claim("b", "One of those workers, process operator Raymond Dunleavy, 47, died Oct. 19 at a burn center in "
                 "Indianapolis.", 28, predicate="die", entities=["Raymond Dunleavy", "Indianapolis"])
    pair = relate(critical, died, 0.6, 50)
    assert (pair.relation, pair.kind) == ("conflict", "update") and "in care → died" in pair.reasons[0]
    icu = claim("c", "one remains in intensive care at Christchurch Hospital", 22, predicate="remain")
    home = claim("d", "The infant who spent nearly a fortnight in intensive care at Christchurch Hospital has since "
                 "gone home", 47, predicate="go")
    assert relate(icu, home, 0.66, 88).kind == "update"
    # another hospital is another patient
    elsewhere = dataclasses.replace(home, text="The infant treated in intensive care at Dunedin Hospital has since gone home")
    assert relate(icu, elsewhere, 0.6, 60).kind != "update"
    # the earlier claim already tells the death: no change
    told = dataclasses.replace(critical, text="One worker who had remained in critical condition at a burn center died")
    assert relate(told, died, 0.7, 60).kind != "update"


def test_an_amount_released_against_an_amount_that_may_have_escaped_is_one_figure_in_dispute():
    # "may have escaped" estimates what happened; it is no forecast, and a release however worded is one
    a = claim("a", "engineers now estimate that about 9,400 pounds of ethyl acrylate were released during the fire",
              1, predicate="estimate", quantities=[Quantity(9400, "", "pound", "9,400", True, "release")])
    b = claim("b", "nearly 14,000 pounds of ethyl acrylate may have escaped during the fire", 15,
              predicate="escape", quantities=[Quantity(14000, "", "pound", "14,000", True, "escape")])
    pair = relate_in_dossier(a, b, 0.9)
    assert (pair.relation, pair.reasons[0]) == ("conflict", "numbers differ for pound: 9,400 vs 14,000")
    forecast = dataclasses.replace(b, text="nearly 14,000 pounds of ethyl acrylate may escape if the tank fails")
    assert relate_in_dossier(a, forecast, 0.9).relation != "conflict"


def test_undecided_on_an_act_then_reported_doing_it_is_an_update():
    pending = claim("a", "the agency had not yet decided whether to send investigators", 2, predicate="decide",
                    polarity=-1, actor="agency")
    sent = claim("b", "The National Transportation Safety Board sent a team of nine investigators to the wreck", 3,
                 predicate="send", actor="National Transportation Safety Board")
    pair = relate(pending, sent, 0.39)
    assert (pair.relation, pair.kind) == ("conflict", "update")
    assert pair.reasons[0] == "update: undecided, later done (investigators)"
    launched = claim("c", "The board is conducting a full investigation into the fire", 30, predicate="conduct")
    assert relate(claim("d", "the board has not yet decided whether to launch a full investigation", 7,
                        predicate="decide", polarity=-1), launched, 0.14).kind == "update"
    # the same act done to something else, or the act done before it was called undecided, is no update
    other = dataclasses.replace(sent, text="The railroad sent a team of engineers to the yard")
    assert relate(pending, other, 0.39).relation != "conflict"
    earlier = dataclasses.replace(sent, published=dt.date(2025, 12, 1))
    assert relate(pending, earlier, 0.39).relation != "conflict"


def test_a_person_named_inside_the_other_claims_speaker_phrase_is_the_same_source():
    a = claim("a", "There is nothing in our records to suggest a maintenance lapse", 1, predicate="be", polarity=-1,
              speaker="Laurentian Skyways Chief Executive Laurent Beaulieu-Hart", speaker_entities=["Laurentian Skyways"],
              actor_entities=["Laurentian Skyways"])
    b = claim("b", "nothing in the airline's records suggested a maintenance lapse", 10, predicate="suggest",
              polarity=-1, speaker="Chief executive Laurent Beaulieu-Hart",
              speaker_entities=["Laurent Beaulieu-Hart"], actor_entities=["Laurent Beaulieu-Hart"])
    pair = relate_in_dossier(a, b, 0.73, 84)
    assert pair.relation == "agree"
    other = dataclasses.replace(b, speaker="Chief executive Maria Lindqvist", speaker_entities=("Maria Lindqvist",),
                                actor_entities=("Maria Lindqvist",))
    assert relate_in_dossier(a, other, 0.73, 84).relation != "agree"


def test_an_account_withdrawn_later_is_a_reversal_but_a_negated_take_back_needs_a_negated_partner():
    first = claim("a", "the failure started at a transformer at the Kilbarrow substation that was pushed past its "
                  "limits by record demand", 2, predicate="start", speaker="Halvern spokesperson Teresa Amundsen")
    withdrawn = claim("b", "Halvern withdrew its first explanation — that a transformer had been overwhelmed by "
                      "demand", 30, predicate="withdraw", actor="Halvern")
    pair = relate(first, withdrawn, 0.48, 59)
    assert (pair.relation, pair.kind) == ("conflict", "reversal")
    assert pair.reasons[0].startswith("taken back: “withdrew its first explanation")
    attack = claim("c", "it had been hit by a cyber attack", 2, predicate="hit")
    position = claim("d", "hackers had copied personal data of 48,000 customers, reversing its earlier position "
                     "that no customer information had been taken in a cyber attack", 9, predicate="copy")
    assert relate(attack, position, 0.5).relation != "conflict"


def test_a_statement_contradicted_or_first_stated_wrongly_is_a_conflict():
    quoted = claim("a", "The fragments were limited to text.", 10, predicate="limit",
                   speaker="Tobias Brenner, Kestrel's chief privacy officer")
    found = claim("b", "It also found attachment file names mixed into some summaries, contradicting Brenner's "
                  "statement on March 10 that \"the fragments were limited to text\"", 31, predicate="find")
    pair = relate(quoted, found, 0.63, 97)
    assert (pair.relation, pair.kind) == ("conflict", "correction")
    fault = claim("c", "the fault lay in a caching system introduced with an app update on Feb. 26", 10,
                  predicate="lie", speaker="Tobias Brenner")
    dated = claim("d", "The fault dates back to a server change on February 17, not an app update on February 26 "
                  "as first stated", 27, predicate="date", speaker="Kestrel")
    pair = relate(fault, dated, 0.7, 50)
    assert (pair.relation, pair.kind) == ("conflict", "reversal")
    assert "as first stated" in pair.reasons[0]


def test_the_corrected_thing_named_first_and_one_law_with_two_years():
    isolated = claim("a", "This is an isolated case.", 2, predicate="be", speaker="Bogdan Ruel")
    pattern = claim("b", "We are looking at a pattern, not an isolated case", 30, predicate="look",
                    speaker="Tomas Ferrig")
    pair = relate(isolated, pattern, 0.7, 61)
    assert (pair.relation, pair.kind) == ("conflict", "correction")
    believer = claim("c", "Nobody in this club believes he is a cheat", 2, polarity=-1, predicate="believe")
    victim = claim("d", "Matej is a victim of it, not a cheat", 3, predicate="be")
    assert relate(believer, victim, 0.6).relation != "conflict"  # both say he is no cheat
    steel = claim("g", "the interior frame is likely made of steel or aluminum, not gold, to reduce cost", 2,
                  predicate="make")
    made = claim("h", "the Apple Watch Edition has a frame made from solid 18-karat gold", 3, predicate="have")
    assert relate(steel, made, 0.6).kind == "correction"
    pricey = claim("i", "solid 18-karat gold frames are very expensive", 3, predicate="be")
    assert relate(steel, pricey, 0.6).relation != "conflict"  # gold named, not said to be what the frame is
    act_2019 = claim("e", "CADA's powers to open investigations derive from the Anti-Doping Act 2019.", 2,
                     predicate="derive")
    act_2021 = claim("f", "the authority had opened a formal investigation under the Anti-Doping Act of 2021", 30,
                     predicate="open")
    pair = relate(act_2019, act_2021, 0.57, 60)
    assert (pair.relation, pair.kind) == ("conflict", "role")
    assert pair.reasons[0] == "different laws named: Anti-Doping Act 2019 vs Anti-Doping Act of 2021"
    same = dataclasses.replace(act_2021, text="the authority opened an investigation under the Anti-Doping Act 2019")
    assert relate(act_2019, same, 0.57, 60).relation != "conflict"


def test_two_days_for_one_act_are_no_agreement_unless_a_claim_dates_two_things():
    off = claim("a", "Kestrel switched off its Recap feature on Thursday, March 5", 12, predicate="switch")
    since = claim("b", "Recap had been off since March 4.", 31, predicate="be")
    off, since = (dataclasses.replace(c, dates=(d,)) for c, d in ((off, "2026-03-05"), (since, "2026-03-04")))
    pair = relate(off, since, 0.57, 62)
    assert pair.relation == "related" and pair.reasons[0] == "dated apart: 5 March vs 4 March"
    two = dataclasses.replace(since, text="Recap had been off since March 4, its filing of March 20 said.",
                              dates=("2026-03-04", "2026-03-20"))
    assert relate(off, two, 0.57, 62).relation == "agree"


def test_two_figures_for_one_promised_payment_conflict_but_two_forecasts_do_not():
    def pay(cid, amount, speaker, modal="would"):
        return claim(cid, f"Halvern {modal} pay a ${amount} credit to each residential customer who was without "
                     "power for more than 72 hours", 3 if cid == "a" else 8, predicate="pay", speaker=speaker,
                     quantities=[Quantity(float(amount), "$", "credit", f"${amount}", verb="pay")])
    pair = relate(pay("a", 250, "Halvern"), pay("b", 200, "Penhale"), 0.79, 93)
    assert (pair.relation, pair.kind) == ("conflict", "number")
    guess = relate(pay("a", 250, "Halvern", "might"), pay("b", 200, "Penhale", "might"), 0.79, 93)
    assert guess.relation != "conflict"


def test_none_reported_against_a_count_of_the_same_thing_for_the_same_place_is_a_conflict():
    none = claim("a", "Orrin County has not reported any heat-related deaths", 15, polarity=-1, predicate="report",
                 entities=["Orrin County"])
    two = claim("b", "Two more deaths were recorded in neighboring Orrin County.", 29, predicate="record",
                entities=["Orrin County"], quantities=[Quantity(2.0, "", "death", "Two", verb="record")])
    pair = relate(none, two, 0.66, 61)
    assert (pair.relation, pair.kind) == ("conflict", "update")
    assert pair.reasons[0].startswith("one says no deaths, the other counts Two")
    elsewhere = dataclasses.replace(two, text="Two more deaths were recorded in Tamsin County.",
                                    entities=("Tamsin County",))
    assert relate(none, elsewhere, 0.66, 61).relation != "conflict"
    second = claim("c", "There is no second case.", 15, polarity=-1, predicate="be")
    cases = claim("d", "The two cases are unrelated.", 29, predicate="be",
                  quantities=[Quantity(2.0, "", "case", "two")])
    assert relate(second, cases, 0.5).relation != "conflict"  # another case, not the count of all


def test_a_handful_of_injuries_against_sixteen_people_injured_is_a_scale_conflict():
    handful = claim("a", 'On Saturday evening the airline had described "a handful of minor injuries.', 9,
                    predicate="describe")
    sixteen = claim("b", "16 passengers and one flight attendant were injured in the evacuation", 18,
                    predicate="injure", quantities=[Quantity(16.0, "", "passenger", "16", verb="injure")])
    pair = relate(handful, sixteen, 0.59, 45)
    assert (pair.relation, pair.kind) == ("conflict", "scale")
    assert pair.reasons[0] == "scale: “a handful” vs 16 (injure)"
    four = dataclasses.replace(sixteen, text="4 passengers were injured in the evacuation",
                               quantities=(Quantity(4.0, "", "passenger", "4", verb="injure"),))
    assert relate(handful, four, 0.59, 45).relation != "conflict"  # four is a handful


def test_an_act_under_two_different_laws_conflicts_and_two_ordinals_of_a_kind_do_not_agree():
    air = claim("a", "the plant's Title V operating permit is issued under the federal Clean Air Act", 2,
                predicate="issue")
    water = claim("b", "The state agency issued the company a notice of violation under the federal Clean Water Act",
                  9, predicate="issue")
    pair = relate(air, water, 0.48, 63)
    assert (pair.relation, pair.kind) == ("conflict", "role")
    assert pair.reasons[0] == "under different laws: Clean Air Act vs Clean Water Act"
    assert relate(air, water, 0.40, 63).relation != "conflict"  # too far apart in meaning to be one act
    second = claim("c", "a second styrene car was seeping from a valve", 2, predicate="seep")
    third = claim("d", "contractors were lifting the third styrene car, the one earlier found seeping from a valve",
                  5, predicate="lift")
    pair = relate(second, third, 0.74, 85)
    assert pair.relation == "related" and pair.reasons[0] == "different ones: second styrene car vs third styrene car"


def test_six_people_taken_to_hospital_against_nine_passengers_taken_is_a_number_conflict_but_parts_are_not():
    from verify.figures import number_conflict
    six = claim("a", "Six people were taken to hospital", 8, predicate="take",
                quantities=[Quantity(6.0, "", "people", "Six", verb="take")])
    nine = claim("b", "14 passengers were hurt as they left the aircraft, nine of whom were taken to hospital", 9,
                 predicate="hurt", quantities=[Quantity(14.0, "", "passenger", "14", verb="hurt"),
                                               Quantity(9.0, "", "passenger", "nine", verb="take")])
    assert number_conflict(six, nine, 0.05) == "numbers differ for people: Six vs nine"
    parts = claim("c", "16 passengers and one flight attendant were injured in the evacuation", 9, predicate="injure",
                  quantities=[Quantity(16.0, "", "passenger", "16", verb="injure")])
    total = claim("d", "The board put the number of people injured in the evacuation at 17", 10, predicate="put",
                  quantities=[Quantity(17.0, "", "people", "17", verb="injure")])
    assert number_conflict(parts, total, 0.05) is None  # 16 and one make 17
    hurt = dataclasses.replace(nine, quantities=(Quantity(9.0, "", "passenger", "nine", verb="hurt"),))
    assert number_conflict(six, hurt, 0.05) is None  # taken to hospital is not hurt


def test_a_part_of_a_group_is_not_a_figure_against_the_whole():
    from verify.figures import number_conflict
    three = claim("a", "Three of the derailed cars were tank cars loaded with styrene.", 4, predicate="be",
                  quantities=[Quantity(3.0, "", "car", "Three", verb="be")])
    total = claim("b", "The derailment sent 26 cars off the tracks just east of town", 20, predicate="send",
                  quantities=[Quantity(26.0, "", "car", "26", verb="send")])
    assert number_conflict(three, total, 0.05) is None
    five = claim("c", "a total of 23 people have sought care since the fire, including five plant workers", 3,
                 predicate="seek", quantities=[Quantity(23.0, "", "people", "23", verb="seek"),
                                               Quantity(5.0, "", "worker", "five", verb="seek")])
    shift = claim("d", "He was one of 28 workers on the overnight shift when the fire started.", 6, predicate="be",
                  quantities=[Quantity(28.0, "", "worker", "28", verb="be")])
    assert number_conflict(five, shift, 0.05) is None
    forty = claim("e", "About 40 workers were on the overnight shift when the fire started", 2, predicate="be",
                  quantities=[Quantity(40.0, "", "worker", "40", approximate=True, verb="be")])
    assert number_conflict(forty, shift, 0.05) == "numbers differ for worker: 40 vs 28"  # "one of 28" is the whole


def test_a_handful_of_some_customers_is_no_scale_conflict_with_a_count_of_all_customers():
    few = claim("a", 'only "a handful" of customers who rely on home medical equipment had called Halvern for help', 4,
                predicate="call")
    served = claim("b", "Halvern serves about 860,000 customers across five counties", 9, predicate="serve",
                   quantities=[Quantity(860000.0, "", "customer", "860,000", approximate=True, verb="serve")])
    assert relate(few, served, 0.5).relation != "conflict"
    such = dataclasses.replace(few, text="only a handful of such customers had called for help")
    assert relate(such, served, 0.5).relation != "conflict"
    called = claim("c", "more than 1,900 such customers had called Halvern for help", 9, predicate="call",
                   quantities=[Quantity(1900.0, "", "customer", "1,900", verb="call")])
    assert relate(few, called, 0.5).kind == "scale"  # the same act counted


def test_two_bodies_each_telling_what_it_received_are_two_counts():
    few = claim("a", 'it had received "a handful" of complaints', 5, predicate="receive",
                speaker="Financial Services and Pensions Ombudsman",
                speaker_entities=["Financial Services and Pensions Ombudsman"])
    many = claim("b", "it had received more than 400 complaints from Dutch customers", 9, predicate="receive",
                 speaker="the DPC", speaker_entities=["DPC"],
                 quantities=[Quantity(400.0, "", "complaint", "400", verb="receive")])
    assert relate(few, many, 0.6).relation != "conflict"
    same = dataclasses.replace(many, speaker=few.speaker, speaker_entities=few.speaker_entities)
    assert relate(few, same, 0.6).kind == "scale"


def test_a_handful_against_a_count_of_many_is_never_one_fact_told_alike():
    few = claim("a", 'only "a handful" of customers who rely on home medical equipment had called Halvern for help',
                4, predicate="call")
    many = claim("b", "about 1,900 customers enrolled in its medical-equipment program lost power", 9,
                 predicate="lose", quantities=[Quantity(1900.0, "", "customer", "1,900", approximate=True, verb="lose")])
    pair = relate(few, many, 0.69, 54)
    assert pair.relation == "related" and pair.reasons[0] == "“a handful” against a count of 1,900"
    three = dataclasses.replace(many, text="about three customers enrolled in its medical-equipment program lost power",
                                quantities=(Quantity(3.0, "", "customer", "three", verb="lose"),))
    assert relate(few, three, 0.69, 54).reasons[0] != "“a handful” against a count of three"
