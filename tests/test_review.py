"""Workbench logic on a hand-built dossier: queue order, filters, views, overview, report."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from verify.errors import StoreError, VerifyError
from verify.records import Adjudication, Article, Claim, ClaimPair, Cluster, ScoredDossier
from verify import review
from verify.review import QueueFilters

JAN = dt.date(2026, 1, 1)


def article(id: str, outlet: str, day: int) -> Article:
    return Article(id=id, path=f"{id}.txt", title=f"{outlet} story", outlet=outlet,
                   url=f"https://{outlet.lower()}.example/{id}", published=JAN.replace(day=day),
                   body="", offsets=())


def claim(id: str, art: Article, text: str, speaker: str | None = None,
          sentence: str | None = None) -> Claim:
    return Claim(id=id, article_id=art.id, text=text, sentence=sentence or f"{text}.",
                 span=(0, len(text)), speaker=speaker, polarity=1, published=art.published,
                 outlet=art.outlet)


def cluster(id: str, claims: list[Claim], verdict: str, outlets: int) -> Cluster:
    dates = [c.published for c in claims]
    return Cluster(id=id, claim_ids=tuple(c.id for c in claims), summary=claims[0].text,
                   representative=claims[0].id, n_articles=len(claims), n_outlets=outlets,
                   n_independent_sources=outlets, first_published=min(dates),
                   last_published=max(dates), suggested_verdict=verdict)


BBC, GUARDIAN, MENAFN = article("a1", "BBC", 2), article("a2", "Guardian", 5), article("a3", "MENAFN", 9)
IWF_BBC = claim("c1", BBC, "the IWF found imagery of children aged 11 to 13", "Ngaire Alexander",
                sentence='She said <b>the IWF found imagery of children aged 11 to 13</b> on X.')
IWF_GUARDIAN = claim("c2", GUARDIAN, "the IWF found imagery of children aged 11 to 13")
IWF_DENIAL = claim("c3", MENAFN, "the IWF found no such imagery", "X spokesperson")
GROK_LIMIT = claim("c4", MENAFN, "X limited Grok image tools to paying users")
FINE_BBC = claim("c5", BBC, "Ofcom opened an investigation")
FINE_GUARDIAN = claim("c6", GUARDIAN, "Ofcom opened an investigation into X")
IWF = dataclasses.replace(cluster("k-iwf", [IWF_BBC, IWF_GUARDIAN, IWF_DENIAL], "conflicting", 3),
                          stances=(("a1", "agree"), ("a3", "disagree")))
LIMIT = cluster("k-limit", [GROK_LIMIT], "single-source", 1)
OFCOM = cluster("k-ofcom", [FINE_BBC, FINE_GUARDIAN], "corroborated", 2)
DOSSIER = ScoredDossier(
    articles=(BBC, GUARDIAN, MENAFN),
    claims=(IWF_BBC, IWF_GUARDIAN, IWF_DENIAL, GROK_LIMIT, FINE_BBC, FINE_GUARDIAN),
    pairs=(ClaimPair("c1", "c2", 0.97, 100.0, "agree", "", 0.95, ("same wording",)),
           ClaimPair("c2", "c3", 0.81, 60.0, "conflict", "reversal", 0.88,
                     ("negation: found vs found no",)),
           ClaimPair("c5", "c6", 0.9, 90.0, "agree", "", 0.9, ())),
    clusters=(OFCOM, LIMIT, IWF))


def decided(cluster: Cluster, verdict: str = "supported") -> Adjudication:
    return Adjudication(cluster.id, verdict, cluster.summary, (), "", "ana",
                        "2026-01-10T09:00:00+00:00", cluster.claim_ids)


def ids(clusters: list[Cluster]) -> list[str]:
    return [c.id for c in clusters]


def test_queue_puts_conflicts_first_then_single_source_then_corroborated():
    assert ids(review.filter_queue(DOSSIER, {}, QueueFilters())) == ["k-iwf", "k-limit", "k-ofcom"]


@pytest.mark.parametrize("filters, expected", [
    (QueueFilters(verdicts=("corroborated",)), ["k-ofcom"]),
    (QueueFilters(verdicts=("supported",)), ["k-limit"]),  # the reviewer's verdict counts too
    (QueueFilters(outlets=("Guardian",)), ["k-iwf", "k-ofcom"]),
    (QueueFilters(speakers=("X spokesperson",)), ["k-iwf"]),
    (QueueFilters(start=JAN.replace(day=6)), ["k-iwf", "k-limit"]),
    (QueueFilters(end=JAN.replace(day=3)), ["k-iwf", "k-ofcom"]),
    (QueueFilters(status="reviewed"), ["k-limit"]),
    (QueueFilters(status="unreviewed"), ["k-iwf", "k-ofcom"]),
    (QueueFilters(search="iwf"), ["k-iwf"]),
    (QueueFilters(search="Guardian story"), ["k-iwf", "k-ofcom"]),  # article titles searched
    (QueueFilters(search="IWF", outlets=("BBC",), status="reviewed"), []),
    (QueueFilters(corroboration=("weak",)), ["k-iwf", "k-ofcom"]),  # two sources or more, no firm link
    (QueueFilters(corroboration=("none",)), ["k-limit"]),
    (QueueFilters(corroboration=("firm",)), []),
])
def test_queue_filters_narrow_to_matching_clusters(filters, expected):
    assert ids(review.filter_queue(DOSSIER, {"k-limit": decided(LIMIT)}, filters)) == expected


def test_unknown_review_status_is_a_clear_error():
    with pytest.raises(VerifyError, match="unknown review status 'done'; expected one of all"):
        review.filter_queue(DOSSIER, {}, QueueFilters(status="done"))


def test_filter_options_list_outlets_speakers_and_date_range():
    options = review.filter_options(DOSSIER)
    assert options.outlets == ("BBC", "Guardian", "MENAFN")
    assert options.speakers == ("Ngaire Alexander", "X spokesperson")
    assert (options.first, options.last) == (JAN.replace(day=2), JAN.replace(day=9))


def test_progress_and_next_unreviewed_skip_decided_clusters():
    decisions = {"k-limit": decided(LIMIT)}
    queue = review.filter_queue(DOSSIER, decisions, QueueFilters())
    assert review.review_progress(DOSSIER, decisions) == (1, 3)
    assert review.next_unreviewed(queue, decisions) == "k-iwf"
    assert review.next_unreviewed(queue, decisions, current="k-iwf") == "k-ofcom"
    assert review.next_unreviewed(queue, decisions, current="k-ofcom") == "k-iwf"  # wraps
    everything = {c.id: decided(c) for c in DOSSIER.clusters}
    assert review.next_unreviewed(queue, everything, current="k-iwf") is None


def test_source_sentence_is_literal_markdown_with_the_claim_highlighted():
    shown = review.highlighted_sentence(IWF_BBC)
    assert shown == ("She said \\<b\\>:orange-background[the IWF found imagery of children aged "
                     "11 to 13]\\</b\\> on X\\.")


@pytest.mark.parametrize("text", ["[click](javascript:alert(1))", "<script>x</script>",
                                  ":red[alarm] *bold* `code` $x$ &lt;"])
def test_escape_markdown_leaves_no_active_syntax(text):
    escaped = review.escape_markdown(text)
    for special in "[]()<>*`$:&":
        assert special not in escaped.replace("\\" + special, "")


@pytest.mark.parametrize("url, shown", [("https://bbc.example/a", "https://bbc.example/a"),
                                        ("javascript:alert(1)", ""), ("file:///etc/passwd", "")])
def test_only_web_links_are_offered(url, shown):
    assert review.safe_url(url) == shown


def test_cluster_views_show_claims_pairs_and_a_timeline_with_the_reversal():
    claims = review.claims_frame(DOSSIER, IWF)
    assert list(claims["outlet"]) == ["BBC", "Guardian", "MENAFN"]
    assert claims.loc[0, "speaker"] == "Ngaire Alexander"
    assert claims.loc[0, "link"] == "https://bbc.example/a1"
    pairs = review.pairs_frame(DOSSIER, IWF)
    assert list(pairs["relation"]) == ["agree", "conflict"]
    assert pairs.loc[1, "reasons"] == "negation: found vs found no"
    timeline = review.timeline_frame(DOSSIER, IWF)
    assert list(timeline["mark"]) == ["agree", "reversal", "reversal"]
    assert list(timeline["published"]) == [JAN.replace(day=d) for d in (2, 5, 9)]


def test_split_and_merge_groups_and_refusals():
    assert review.split_groups(IWF, ["c3"]) == [["c3"], ["c1", "c2"]]
    with pytest.raises(VerifyError, match="some, but not all"):
        review.split_groups(IWF, ["c1", "c2", "c3"])
    assert review.merge_groups(LIMIT, OFCOM) == [["c4", "c5", "c6"]]
    with pytest.raises(VerifyError, match="another cluster"):
        review.merge_groups(LIMIT, LIMIT)


def test_overview_counts_verdicts_and_who_agrees_or_conflicts_with_whom():
    counts = review.verdict_counts(DOSSIER, {"k-iwf": decided(IWF, "disputed")})
    reviewer = dict(zip(counts[counts.kind == "reviewer"].verdict,
                        counts[counts.kind == "reviewer"].clusters))
    assert reviewer == {"disputed": 1, "not reviewed": 2}
    conflicts = review.outlet_relation_matrix(DOSSIER, "conflict")
    assert conflicts.loc["Guardian", "MENAFN"] == conflicts.loc["MENAFN", "Guardian"] == 1
    assert conflicts.loc["BBC", "MENAFN"] == 0
    assert review.outlet_relation_matrix(DOSSIER, "agree").loc["BBC", "Guardian"] == 2
    matrix = review.source_cluster_matrix(DOSSIER)
    first = matrix.columns[0]
    assert first.startswith("1. the IWF found")
    assert matrix.loc["MENAFN", first] == "conflicts" and matrix.loc["BBC", first] == "agrees"
    assert matrix.loc["BBC", matrix.columns[1]] == ""  # BBC silent on the Grok limit
    over_time = review.claims_over_time(DOSSIER)
    assert int(over_time.to_numpy().sum()) == 6


def test_content_key_changes_with_content_not_order():
    first = review.content_key([("a.txt", b"one"), ("b.txt", b"two")])
    assert first == review.content_key([("b.txt", b"two"), ("a.txt", b"one")])
    assert first != review.content_key([("a.txt", b"one!"), ("b.txt", b"two")])


def test_report_command_refuses_a_missing_database_before_scoring(tmp_path):
    with pytest.raises(StoreError, match="no decisions database"):
        review.report_command(tmp_path, tmp_path / "typo.sqlite", tmp_path / "report.csv")


def test_weak_corroboration_is_reviewed_before_firm():
    firm = dataclasses.replace(OFCOM, id="k-firm", n_firm_sources=2)
    weak = dataclasses.replace(OFCOM, id="k-weak", n_firm_sources=1)
    order = [c.id for c in review.review_order([firm, weak, LIMIT, IWF])]
    assert order == ["k-iwf", "k-limit", "k-weak", "k-firm"]
    assert list(review.queue_frame([weak, firm], {})["corroboration"]) == ["weak", "firm"]


def test_outlet_matrix_of_firm_agreements_leaves_weak_ones_out():
    weak = ClaimPair("c5", "c6", 0.66, 50.0, "agree", "", 0.66, ("same statement in different words",))
    dossier = dataclasses.replace(DOSSIER, pairs=DOSSIER.pairs[:2] + (weak,))
    assert review.outlet_relation_matrix(dossier, "agree").loc["BBC", "Guardian"] == 2
    assert review.outlet_relation_matrix(dossier, "agree", firm_only=True).loc["BBC", "Guardian"] == 1
